#include "ParseTranslationsCommand.h"

#include "JsonStreamWriter.h"
#include "ObservedTable.h"
#include "Printable.h"
#include "PrintableOutput.h"
#include "ReaderVerdict.h"
#include "RouterDataRegistry.h"

#include <QCommandLineParser>
#include <QFile>
#include <QHash>

#include <algorithm>
#include <charconv>
#include <map>
#include <vector>

namespace {

// Rows as JSON, keys in the order QJsonDocument sorted them before. A row's
// values are formatted into a small buffer and written in one call: a plain
// row's keys, separators and indentation are shaped once, at the first; a
// row with details is shaped once per set of shared details and own values
// present (the shared details baked in), so that each row only fills in its
// own values and cells.
class RowWriter
{
public:
    RowWriter(JsonStreamWriter &json, const ObservedTranslations &t)
        : m_json(json)
        , m_t(t)
    {
    }

    void write(int i)
    {
        const ObservedRow &r = m_t.rows.at(i);
        if (r.extra < 0 && m_t.timeouts.isEmpty() && m_t.columns.isEmpty())
            writePlain(r);
        else if (const RowShape *shape = rowShape(i, r))
            writeShaped(*shape, i, r);
        else
            writeObject(m_json, i, r, false);
    }

private:
    static constexpr QByteArrayView ColumnKeys[4] = {"inside_global", "inside_local",
                                                      "outside_local", "outside_global"};
    // The members every row has, in key order; then "vrf" when it has one.
    static constexpr QByteArrayView CellKeys[6] = {ColumnKeys[0], ColumnKeys[1], "line",
                                                   ColumnKeys[3], ColumnKeys[2], "protocol"};
    static constexpr int CellCount = 6;
    static constexpr int CellBufferSize = 4 * JsonStreamWriter::Ipv4StringSize + 24;
    static constexpr int TimeoutSlot = -1; // an own value's slot: the timeout, else a column

    static QByteArrayView protocolJson(const ObservedRow &r)
    {
        static constexpr QByteArrayView lower[] = {"\"---\"", "\"tcp\"", "\"udp\"", "\"icmp\"",
                                                   "\"esp\"", "\"gre\"", "\"any\""};
        static constexpr QByteArrayView upper[] = {"\"---\"", "\"TCP\"", "\"UDP\"", "\"ICMP\"",
                                                   "\"ESP\"", "\"GRE\"", "\"ANY\""};
        return (r.upperCase ? upper : lower)[int(r.protocol)];
    }

    // Nearly every row: addresses, line, protocol, nothing else.
    void writePlain(const ObservedRow &r)
    {
        char buffer[CellBufferSize];
        char *end = buffer;
        QByteArrayView values[CellCount];
        cells(r, nullptr, values, end);
        if (m_plain.depth < 0)
            m_plain = m_json.shape(CellKeys, CellCount);
        m_json.object(m_plain, values);
    }

    // The row's cells in CellKeys' order: addresses formatted at `end`, text
    // kept as printed quoted into m_cells (made room for by the caller).
    void cells(const ObservedRow &r, const ObservedRowExtra *extra, QByteArrayView *values,
               char *&end)
    {
        char *quoted = m_cells.data();
        const auto quote = [&](const QString &text) {
            char *const start = quoted;
            quoted = JsonStreamWriter::quoted(quoted, QStringView(text));
            return QByteArrayView(start, quoted - start);
        };
        const auto address = [&](ObservedRow::Column c) {
            const ObservedAddress &a = r.address[c];
            if (extra && !extra->text[c].isEmpty())
                return quote(extra->text[c]);
            if (a.kind == ObservedAddress::Address) {
                char *const start = end;
                end = JsonStreamWriter::formatIpv4String(end, a.ip, a.hasPort ? a.port : -1);
                return QByteArrayView(start, end - start);
            }
            // What addressText() gives a cell without text.
            return a.kind == ObservedAddress::Placeholder ? QByteArrayView("\"---\"")
                                                          : QByteArrayView("\"\"");
        };
        values[0] = address(ObservedRow::InsideGlobal);
        values[1] = address(ObservedRow::InsideLocal);
        char *const line = end;
        end = std::to_chars(end, end + 12, r.line).ptr;
        values[2] = QByteArrayView(line, end - line);
        values[3] = address(ObservedRow::OutsideGlobal);
        values[4] = address(ObservedRow::OutsideLocal);
        if (r.protocol != ObservedProtocol::Other)
            values[5] = protocolJson(r);
        else // protocolText()
            values[5] = extra ? quote(extra->protocol) : QByteArrayView("\"\"");
        if (extra && !extra->vrf.isEmpty())
            values[CellCount] = quote(extra->vrf); // the caller's room for "vrf"
    }

    // Room in m_cells for an extra's texts quoted (at most the seven a row writes).
    void reserveCells(const ObservedRowExtra *extra)
    {
        if (!extra)
            return;
        qsizetype length = extra->protocol.size() + extra->vrf.size();
        for (const QString &text : extra->text)
            length += text.size();
        const size_t size = size_t(JsonStreamWriter::quotedSize(length) + 6 * 2);
        if (m_cells.size() < size)
            m_cells.resize(size);
    }

    // A row through the general calls: beginObject, its details, its cells.
    // With holes, every value that differs between rows of the same shape is
    // a hole (for JsonStreamWriter::record()), and m_ownSlots says whose.
    void writeObject(JsonStreamWriter &w, int i, const ObservedRow &r, bool holes)
    {
        const ObservedRowExtra *extra = r.extra >= 0 ? &m_t.extras.at(r.extra) : nullptr;
        const bool timeout = i < m_t.timeouts.size();
        w.beginObject();
        if (timeout || (extra && !extra->details.isEmpty()) || hasColumnValue(i))
            writeDetails(w, i, r.extra, holes);
        char buffer[CellBufferSize];
        char *end = buffer;
        QByteArrayView keys[CellCount + 1], values[CellCount + 1];
        std::copy_n(CellKeys, CellCount, keys);
        keys[CellCount] = "vrf";
        reserveCells(extra);
        cells(r, extra, values, end);
        if (holes)
            std::fill_n(values, CellCount, JsonStreamWriter::hole());
        w.members(keys, values, extra && !extra->vrf.isEmpty() ? CellCount + 1 : CellCount);
        w.endObject();
    }

    // An extra's details rendered: keys escaped, scalar values as JSON text,
    // and where the row's own "timeout" goes (ObservedTranslations::details()).
    struct Details
    {
        std::vector<QByteArray> keys;
        std::vector<QByteArray> values;
        std::vector<QByteArrayView> keyViews, valueViews;
        QStringList names; // the keys unescaped, to merge a row's own values in order
        int timeoutAt = 0; // -1: the details have their own timeout
        bool scalar = true;
    };

    void prepare(const QVariantMap &map, Details *d) const
    {
        d->timeoutAt = 0;
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            if (!JsonStreamWriter::isScalar(it.value()))
                d->scalar = false;
            if (it.key() < QLatin1String("timeout"))
                ++d->timeoutAt;
            d->names.append(it.key());
            d->keys.push_back(JsonStreamWriter::escapedKey(it.key().toUtf8()));
            d->values.push_back(JsonStreamWriter::render(it.value()));
        }
        if (map.contains(QStringLiteral("timeout")))
            d->timeoutAt = -1;
        for (size_t k = 0; k < d->keys.size(); ++k) {
            d->keyViews.push_back(d->keys[k]);
            d->valueViews.push_back(d->values[k]);
        }
    }

    // An extra's details, rendered once while fewer than MaxCached are;
    // null when the cache is full.
    const Details *cachedDetails(int extra)
    {
        auto found = m_cache.find(extra);
        if (found == m_cache.end()) {
            if (m_cache.size() >= MaxCached)
                return nullptr;
            found = m_cache.emplace(extra);
            prepare(m_t.extras.at(extra).details, &found.value());
        }
        return &found.value();
    }

    // The row's own value in slot (TimeoutSlot or a column) as JSON text at out.
    char *ownValue(int slot, int i, char *out) const
    {
        if (slot == TimeoutSlot)
            return std::to_chars(out, out + 24, qint64(m_t.timeouts.at(i))).ptr;
        const ObservedValueColumn &column = m_t.columns.at(slot);
        const bool quoted = column.style != ObservedValueColumn::Number;
        if (quoted)
            *out++ = '"';
        out = ObservedValueColumn::format(column.style, column.at(i), out);
        if (quoted)
            *out++ = '"';
        return out;
    }

    void writeDetails(JsonStreamWriter &w, int i, int extra, bool holes)
    {
        static const Details none;
        Details scratch;
        const Details *d = &none;
        if (extra >= 0) {
            d = cachedDetails(extra);
            if (!d) {
                prepare(m_t.extras.at(extra).details, &scratch);
                d = &scratch;
            }
        }
        w.plainKey("details");
        if (!d->scalar) {
            w.value(m_t.details(i));
            return;
        }
        // The row's own values (conntrack's timeout, the columns), in key
        // order, merged into the shared ones; a row's value wins over a shared
        // one of the same key, as in ObservedTranslations::details().
        const bool timeout = i < m_t.timeouts.size() && d->timeoutAt >= 0;
        const qsizetype own = m_t.columns.size() + 1;
        m_text.resize(size_t(own) * 26);
        m_ownKeys.clear();
        m_ownNames.clear();
        m_ownValues.clear();
        m_ownSlots.clear();
        char *end = m_text.data();
        const auto add = [&](const QString *name, QByteArrayView key, int slot) {
            char *const start = end;
            end = ownValue(slot, i, end);
            qsizetype at = m_ownNames.size();
            while (at > 0 && *name < *m_ownNames[at - 1])
                --at;
            m_ownNames.insert(m_ownNames.begin() + at, name);
            m_ownKeys.insert(m_ownKeys.begin() + at, key);
            m_ownValues.insert(m_ownValues.begin() + at,
                               holes ? JsonStreamWriter::hole() : QByteArrayView(start, end - start));
            m_ownSlots.insert(m_ownSlots.begin() + at, slot);
        };
        static const QString timeoutName = QStringLiteral("timeout");
        if (timeout)
            add(&timeoutName, "timeout", TimeoutSlot);
        if (m_columnKeys.size() != size_t(m_t.columns.size())) {
            for (const ObservedValueColumn &c : m_t.columns)
                m_columnKeys.push_back(JsonStreamWriter::escapedKey(c.key.toUtf8()));
        }
        for (qsizetype c = 0; c < m_t.columns.size(); ++c) {
            if (m_t.columns.at(c).at(i) != ObservedValueColumn::None)
                add(&m_t.columns.at(c).key, m_columnKeys[size_t(c)], int(c));
        }
        w.beginObject();
        const int count = int(d->keys.size());
        if (m_ownNames.empty()) {
            w.members(d->keyViews.data(), d->valueViews.data(), count);
            w.endObject();
            return;
        }
        m_keys.clear();
        m_values.clear();
        size_t o = 0;
        for (int k = 0; k < count; ++k) {
            const QString &name = d->names.at(k);
            for (; o < m_ownNames.size() && *m_ownNames[o] < name; ++o) {
                m_keys.push_back(m_ownKeys[o]);
                m_values.push_back(m_ownValues[o]);
            }
            if (o < m_ownNames.size() && *m_ownNames[o] == name)
                continue; // the row's own value, written next
            m_keys.push_back(d->keyViews[size_t(k)]);
            m_values.push_back(d->valueViews[size_t(k)]);
        }
        for (; o < m_ownNames.size(); ++o) {
            m_keys.push_back(m_ownKeys[o]);
            m_values.push_back(m_ownValues[o]);
        }
        w.members(m_keys.data(), m_values.data(), int(m_keys.size()));
        w.endObject();
    }

    bool hasColumnValue(int i) const
    {
        for (const ObservedValueColumn &c : m_t.columns) {
            if (c.at(i) != ObservedValueColumn::None)
                return true;
        }
        return false;
    }

    // A row with details as one shape: its extra's details baked in, holes
    // for its own values (in slot order) and its cells.
    struct RowShape
    {
        JsonStreamWriter::ObjectShape shape;
        std::vector<int> ownSlots; // whose value each hole before the cells is
    };
    using ShapeKey = std::pair<int, quint64>; // the extra; the own values present

    // The shape of rows like row i, recorded at the first; null when the row
    // cannot have one (details that are not all scalars, too many shapes or
    // columns): it is then written through the general calls.
    const RowShape *rowShape(int i, const ObservedRow &r)
    {
        constexpr qsizetype MaxColumns = 62; // bit 62: a timeout
        if (m_t.columns.size() > MaxColumns)
            return nullptr;
        quint64 present = i < m_t.timeouts.size() ? quint64(1) << MaxColumns : 0;
        for (qsizetype c = 0; c < m_t.columns.size(); ++c) {
            if (m_t.columns.at(c).at(i) != ObservedValueColumn::None)
                present |= quint64(1) << c;
        }
        const ShapeKey key{r.extra, present};
        if (m_lastShape && key == m_lastKey)
            return m_lastShape;
        auto found = m_shapes.find(key);
        if (found == m_shapes.end()) {
            if (qsizetype(m_shapes.size()) >= MaxCached)
                return nullptr;
            if (r.extra >= 0) {
                const Details *d = cachedDetails(r.extra);
                if (!d || !d->scalar)
                    return nullptr;
            }
            RowShape shape;
            m_ownSlots.clear(); // stays empty when the row has no details
            shape.shape = m_json.record(
                [&](JsonStreamWriter &w) { writeObject(w, i, r, true); });
            shape.ownSlots = m_ownSlots;
            found = m_shapes.emplace(key, std::move(shape)).first;
        }
        m_lastKey = key;
        m_lastShape = &found->second;
        return m_lastShape;
    }

    void writeShaped(const RowShape &shape, int i, const ObservedRow &r)
    {
        const ObservedRowExtra *extra = r.extra >= 0 ? &m_t.extras.at(r.extra) : nullptr;
        const size_t own = shape.ownSlots.size();
        m_rowValues.resize(own + CellCount + 1);
        m_text.resize(own * 26);
        char *end = m_text.data();
        for (size_t k = 0; k < own; ++k) {
            char *const start = end;
            end = ownValue(shape.ownSlots[k], i, end);
            m_rowValues[k] = QByteArrayView(start, end - start);
        }
        char buffer[CellBufferSize];
        char *cellEnd = buffer;
        reserveCells(extra);
        cells(r, extra, m_rowValues.data() + own, cellEnd);
        m_json.object(shape.shape, m_rowValues.data());
    }

    static constexpr qsizetype MaxCached = 4096;
    JsonStreamWriter &m_json;
    const ObservedTranslations &m_t;
    QHash<int, Details> m_cache;
    std::map<ShapeKey, RowShape> m_shapes; // node-based: m_lastShape stays valid
    ShapeKey m_lastKey;
    const RowShape *m_lastShape = nullptr;
    // Reused for every row: its own values, their text, the merged members.
    std::vector<QByteArray> m_columnKeys;
    std::vector<char> m_text;
    std::vector<char> m_cells; // a row's cells kept as printed, quoted
    std::vector<const QString *> m_ownNames;
    std::vector<int> m_ownSlots; // the own values' slots, in m_ownNames' order
    std::vector<QByteArrayView> m_ownKeys, m_ownValues, m_keys, m_values, m_rowValues;
    JsonStreamWriter::ObjectShape m_plain; // a plain row, shaped at the first
};

} // namespace

QString ParseTranslationsCommand::summary() const
{
    return tr("Read show ip nat translations or conntrack -L output");
}

int ParseTranslationsCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const RouterDataRegistry &registry = RouterDataRegistry::instance();
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("Router output (text); - reads standard input"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON"));
    const QCommandLineOption format(
        QStringLiteral("format"),
        tr("The output's format: auto (detected from its start, the default) or one of: %1")
            .arg(registry.keys().join(QStringLiteral(", "))),
        QStringLiteral("KEY"), QStringLiteral("auto"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help"));
    parser.addOption(json);
    parser.addOption(format);
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("meshnat-cli parse-translations")} + arguments)) {
        err << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        out << helpText(parser);
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1) {
        err << tr("usage: meshnat-cli parse-translations FILE [--json] [--format KEY]") << Qt::endl;
        return ExitUsage;
    }
    const QString key = parser.value(format);
    if (key != QLatin1String("auto") && !registry.create(key)) {
        err << tr("unknown format \"%1\"; known formats: %2")
                   .arg(key, registry.keys().join(QStringLiteral(", ")))
            << Qt::endl;
        return ExitUsage;
    }
    const QString fileName = parser.positionalArguments().first();
    // The file is memory-mapped and streamed; the format is sniffed from its start.
    ObservedTranslations data;
    QString error, formatKey;
    if (!registry.readFile(fileName, key, &data, &error, &formatKey)) {
        err << error << Qt::endl;
        return ExitInvalidInput;
    }
    // Not a translation table at all: one verdict, not an issue per line.
    QString verdict = ReaderVerdict::translations(data, registry.displayName(formatKey));
    if (!verdict.isEmpty() && (key.isEmpty() || key == QLatin1String("auto"))) {
        // Detected: say so, and when it is a configuration, which command reads it.
        QFile file(fileName);
        const QByteArray head = file.open(QIODevice::ReadOnly)
                                    ? file.read(RouterDataRegistry::SniffBytes)
                                    : QByteArray();
        const RouterDataRegistry::Choice best = registry.chooseAny(QString(), head);
        if (best.kind == RouterDataRegistry::Kind::Configuration && best.score >= 50)
            verdict += QLatin1Char(' ')
                       + tr("(it looks like %1: meshnat-cli import reads it)").arg(best.displayName);
        else
            verdict += QLatin1Char(' ')
                       + tr("(the closest known format; --format KEY reads it as another)");
    }
    int omitted = 0;
    // JSON lists more for tools, but not thousands of lines of noise.
    const int limit = parser.isSet(json) && verdict.isEmpty() ? ReaderVerdict::ShownIssues * 50
                                                              : ReaderVerdict::ShownIssues;
    const QList<ImportIssue> shownIssues = ReaderVerdict::shownIssues(data.issues, limit, &omitted);
    if (!verdict.isEmpty() && !parser.isSet(json)) {
        err << Printable::text(tr("%1: %2").arg(fileName, verdict)) << Qt::endl;
        return ExitInvalidInput;
    }
    const ObservedTable table(std::move(data));
    const ObservedTranslations &t = table.translations();
    if (parser.isSet(json)) {
        // Streamed in 1 MB pieces: the document is never held whole. Keys in
        // sorted order, as the QJsonDocument this replaces wrote them.
        out.flush();
        QIODevice *device = out.device();
        auto *const printable = dynamic_cast<PrintableOutput *>(device);
        JsonStreamWriter w([&](QByteArrayView piece) {
            if (printable)
                return printable->writePrintable(piece.data(), piece.size());
            if (device)
                return device->write(piece.data(), piece.size()) == piece.size();
            out << QString::fromUtf8(piece);
            return true;
        });
        w.beginObject();
        w.key("collisions");
        w.beginArray();
        for (int c = 0; c < table.collisions().size(); ++c) {
            const ObservedTable::Collision &col = table.collisions().at(c);
            w.beginObject();
            w.key("holder_line");
            w.number(qint64(col.holderRow >= 0 ? t.rows.at(col.holderRow).line : 0));
            w.key("inside_global");
            w.ipv4String(col.insideGlobal);
            w.key("inside_locals");
            w.beginArray();
            for (quint32 a : col.insideLocals)
                w.ipv4String(a);
            w.endArray();
            w.key("moved_lines");
            w.beginArray();
            for (int r : col.movedRows)
                w.number(qint64(t.rows.at(r).line));
            w.endArray();
            w.key("summary");
            w.string(table.describeCollision(c, nullptr));
            w.endObject();
        }
        w.endArray();
        w.key("file");
        w.string(fileName);
        w.key("format");
        w.string(formatKey.toUtf8());
        w.key("issues");
        w.beginArray();
        for (const ImportIssue &i : shownIssues) {
            w.beginObject();
            w.key("line");
            w.number(qint64(i.line));
            w.key("message");
            w.string(i.message);
            w.key("severity");
            w.string(ImportIssues::severityName(i.severity));
            w.key("text");
            w.string(i.text);
            w.endObject();
        }
        w.endArray();
        w.key("issues_not_listed");
        w.number(qint64(omitted));
        w.key("rows");
        w.beginArray();
        RowWriter rows(w, t);
        for (int i = 0; i < t.size(); ++i)
            rows.write(i);
        w.endArray();
        if (t.total >= 0) {
            w.key("total");
            w.number(t.total);
        }
        if (!verdict.isEmpty()) {
            w.key("verdict");
            w.string(verdict);
        }
        w.endObject();
        if (!w.flush()) {
            err << tr("%1: cannot write the output").arg(fileName) << Qt::endl;
            return ExitInvalidInput;
        }
        return verdict.isEmpty() ? ExitOk : ExitInvalidInput;
    }
    out << Printable::text(tr("%1: %n translation(s)", nullptr, t.size()).arg(fileName))
        << Qt::endl;
    const int shown = qMin(t.size(), 200);
    for (int i = 0; i < shown; ++i) {
        out << Printable::text(QStringLiteral("  %1  %2 %3 %4 %5 %6")
                                   .arg(t.rows.at(i).line, 6)
                                   .arg(t.protocolText(i), -4)
                                   .arg(t.addressText(i, ObservedRow::InsideGlobal), -21)
                                   .arg(t.addressText(i, ObservedRow::InsideLocal), -21)
                                   .arg(t.addressText(i, ObservedRow::OutsideLocal), -21)
                                   .arg(t.addressText(i, ObservedRow::OutsideGlobal)))
            << Qt::endl;
    }
    if (shown < t.size())
        out << "  " << tr("… %1 more (use --json for all)").arg(t.size() - shown) << Qt::endl;
    for (const ImportIssue &i : shownIssues)
        err << ImportIssues::format(fileName, i) << Qt::endl;
    if (omitted > 0)
        err << ReaderVerdict::omittedText(omitted) << Qt::endl;
    for (int c = 0; c < table.collisions().size(); ++c)
        out << tr("Collision: %1").arg(table.describeCollision(c, nullptr)) << Qt::endl;
    return ExitOk;
}
