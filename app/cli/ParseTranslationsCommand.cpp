#include "ParseTranslationsCommand.h"

#include "JsonStreamWriter.h"
#include "ObservedTable.h"
#include "Printable.h"
#include "ReaderVerdict.h"
#include "RouterDataRegistry.h"

#include <QCommandLineParser>
#include <QFile>

namespace {

// One row as JSON, keys in the order QJsonDocument sorted them before; the
// addresses of ordinary rows are formatted straight into the output buffer.
void writeRow(JsonStreamWriter &json, const ObservedTranslations &t, int i)
{
    static const QByteArrayView columnKeys[4] = {"inside_global", "inside_local", "outside_local",
                                                 "outside_global"};
    const ObservedRow &r = t.rows.at(i);
    const ObservedRowExtra *extra = r.extra >= 0 ? &t.extras.at(r.extra) : nullptr;
    json.beginObject();
    const QVariantMap details = extra || !t.timeouts.isEmpty() ? t.details(i) : QVariantMap();
    if (!details.isEmpty()) {
        json.plainKey("details");
        json.value(details);
    }
    const auto address = [&](ObservedRow::Column c) {
        json.plainKey(columnKeys[c]);
        const ObservedAddress &a = r.address[c];
        if (a.kind == ObservedAddress::Address && !(extra && !extra->text[c].isEmpty()))
            json.ipv4String(a.ip, a.hasPort ? a.port : -1);
        else
            json.string(t.addressText(i, c));
    };
    address(ObservedRow::InsideGlobal);
    address(ObservedRow::InsideLocal);
    json.plainKey("line");
    json.number(qint64(r.line));
    address(ObservedRow::OutsideGlobal);
    address(ObservedRow::OutsideLocal);
    json.plainKey("protocol");
    if (r.protocol == ObservedProtocol::Other) {
        json.string(t.protocolText(i));
    } else {
        static const QByteArray keys[] = {"---", "tcp", "udp", "icmp", "esp", "gre", "any"};
        static const QByteArray upper[] = {"---", "TCP", "UDP", "ICMP", "ESP", "GRE", "ANY"};
        json.string(r.upperCase ? upper[int(r.protocol)] : keys[int(r.protocol)]);
    }
    if (extra && !extra->vrf.isEmpty()) {
        json.plainKey("vrf");
        json.string(extra->vrf);
    }
    json.endObject();
}

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
        JsonStreamWriter w([&](QByteArrayView piece) {
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
        for (int i = 0; i < t.size(); ++i)
            writeRow(w, t, i);
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
