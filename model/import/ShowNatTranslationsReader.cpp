#include "ShowNatTranslationsReader.h"

#include "LineSplitter.h"

#include <QFile>
#include <QRegularExpression>

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\b' || c == '\f' || c == '\v';
}

QByteArrayView trimmed(QByteArrayView s)
{
    while (!s.isEmpty() && isSpace(s.front()))
        s = s.sliced(1);
    while (!s.isEmpty() && isSpace(s.back()))
        s.chop(1);
    return s;
}

// Splits on blanks into at most max tokens; returns the number found (max + 1
// when there are more).
int tokenize(QByteArrayView s, QByteArrayView *tokens, int max)
{
    int n = 0;
    qsizetype i = 0;
    while (i < s.size()) {
        while (i < s.size() && isSpace(s[i]))
            ++i;
        if (i >= s.size())
            break;
        const qsizetype start = i;
        while (i < s.size() && !isSpace(s[i]))
            ++i;
        if (n == max)
            return max + 1;
        tokens[n++] = s.sliced(start, i - start);
    }
    return n;
}

bool startsWithNoCase(QByteArrayView s, const char *prefix)
{
    const QByteArrayView p(prefix);
    return s.size() >= p.size() && s.first(p.size()).compare(p, Qt::CaseInsensitive) == 0;
}

QString genieKey(const QString &label)
{
    static const struct {
        const char *label;
        const char *key;
    } keys[] = {{"create", "create"},       {"use", "use"},
                {"timeout", "timeout"},     {"map-id(in)", "map_id_in"},
                {"mac-address", "mac_address"}, {"input-idb", "input_idb"},
                {"output-idb", "output_idb"}, {"entry-id", "entry_id"},
                {"use_count", "use_count"}, {"ruleid", "rule_id"},
                {"flags", "flags"},         {"wlan-flags", "wlan_flags"},
                {"alg application type", "alg_application_type"},
                {"in_pkts", "in_pkts"},     {"in_bytes", "in_bytes"},
                {"out_pkts", "out_pkts"},   {"out_bytes", "out_bytes"},
                {"group_id", "group_id"},   {"vrf", "vrf"},
                {"format(h:m:s) time-left", "time_left"}};
    QString l = label.toLower();
    l.remove(QLatin1Char(':'));
    l = l.simplified();
    if (l.startsWith(QLatin1String("format(hms)")))
        return QStringLiteral("time_left");
    for (const auto &k : keys) {
        if (l == QLatin1String(k.label))
            return QString::fromLatin1(k.key);
    }
    return l;
}

bool isIntegerKey(const QString &key)
{
    static const QStringList keys = {"map_id_in", "use_count", "rule_id", "in_pkts",
                                     "in_bytes",  "out_pkts",  "out_bytes", "group_id"};
    return keys.contains(key);
}

} // namespace

ShowNatTranslationsReader::ShowNatTranslationsReader(ObservedTranslations *out)
    : m_out(out)
{
    m_out->format = ObservedTranslations::CiscoShow;
}

void ShowNatTranslationsReader::report(ImportIssue::Severity severity, QByteArrayView text,
                                       const QString &message)
{
    m_out->issues.append(ImportIssue::fromLine(severity, m_out->lines, text, message));
}

bool ShowNatTranslationsReader::addLine(QByteArrayView raw)
{
    ++m_out->lines;
    if (!m_error.isEmpty())
        return false;
    QByteArrayView line = trimmed(raw);
    // Terminal captures can carry the pager prompt in front of the next line.
    for (const char *pager : {"--More--", "<--- More --->"}) {
        while (startsWithNoCase(line, pager))
            line = trimmed(line.sliced(qstrlen(pager)));
    }
    if (line.isEmpty())
        return true;

    QByteArrayView tokens[6];
    const int count = tokenize(line, tokens, 5);
    if (count == 5 && ObservedAddress::looksLikeAddress(tokens[1])
        && ObservedAddress::looksLikeAddress(tokens[2])
        && ObservedAddress::looksLikeAddress(tokens[3])
        && ObservedAddress::looksLikeAddress(tokens[4])) {
        return parseRow(line, tokens, count);
    }
    if (startsWithNoCase(line, "Pro")) {
        const QString header = QString::fromLatin1(line).simplified();
        if (header.contains(QLatin1String("Inside global"), Qt::CaseInsensitive)
            && header.contains(QLatin1String("Outside global"), Qt::CaseInsensitive)) {
            ++m_out->headers;
            m_lastRow = -1;
            return true;
        }
    }
    if (startsWithNoCase(line, "Total number of translations")) {
        const qsizetype colon = line.indexOf(':');
        bool ok = false;
        const qint64 n = colon < 0 ? -1 : trimmed(line.sliced(colon + 1)).toLongLong(&ok);
        if (!ok || n < 0) {
            report(ImportIssue::Error, line, tr("the translation count is not a number"));
        } else {
            m_out->total = qMax<qint64>(m_out->total, 0) + n;
        }
        m_lastRow = -1;
        return true;
    }
    // Echoed prompt and command: "Router#show ip nat translations", "show …".
    const qsizetype mark = [&] {
        for (qsizetype i = 0; i < line.size(); ++i) {
            if (line[i] == '#' || line[i] == '>')
                return i;
            if (isSpace(line[i]))
                return qsizetype(-1);
        }
        return qsizetype(-1);
    }();
    if (startsWithNoCase(line, "show ") || startsWithNoCase(line, "sh ") || mark > 0) {
        const QByteArrayView command = startsWithNoCase(line, "sh") ? line
                                                                    : trimmed(line.sliced(mark + 1));
        if (!command.isEmpty())
            m_out->commands.append(QString::fromUtf8(command));
        m_lastRow = -1;
        return true;
    }
    if (parseDetails(QString::fromUtf8(line)))
        return true;
    if (count == 5)
        report(ImportIssue::Unknown, line,
               tr("five columns, but not all of the last four are addresses"));
    else
        report(ImportIssue::Unknown, line, tr("not a translation, header or detail line"));
    return true;
}

bool ShowNatTranslationsReader::parseRow(QByteArrayView line, const QByteArrayView *tokens, int)
{
    if (m_out->rows.size() >= MaxRows) {
        m_error = tr("more than %1 translations; the rest was not read").arg(MaxRows);
        return false;
    }
    ObservedRow row;
    row.line = m_out->lines;
    row.protocol = ObservedTranslations::protocolFromText(tokens[0], &row.upperCase);
    bool protocolOk = true;
    for (char c : tokens[0]) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
              || c == '-'))
            protocolOk = false;
    }
    if (!protocolOk || tokens[0].size() > 12) {
        report(ImportIssue::Unknown, line, tr("the first column is not a protocol"));
        return true;
    }
    for (int c = 0; c < 4; ++c)
        row.address[c] = ObservedAddress::parse(tokens[c + 1]);
    m_out->rows.append(row);
    const int index = int(m_out->rows.size()) - 1;
    m_lastRow = index;
    if (row.protocol == ObservedProtocol::Other)
        m_out->extraFor(index).protocol = QString::fromUtf8(tokens[0]);
    for (int c = 0; c < 4; ++c) {
        const QByteArrayView t = tokens[c + 1];
        const ObservedAddress &a = row.address[c];
        if (a.kind == ObservedAddress::Text) {
            m_out->extraFor(index).text[c] = QString::fromUtf8(t);
            report(ImportIssue::Warning, line,
                   tr("column %1 (\"%2\") is not an IPv4 address; kept as text")
                       .arg(c + 2)
                       .arg(QString::fromUtf8(t)));
        } else if (a.kind == ObservedAddress::Placeholder && t.size() != 3) {
            m_out->extraFor(index).text[c] = QString::fromUtf8(t);
        }
    }
    return true;
}

bool ShowNatTranslationsReader::parseDetails(const QString &line)
{
    // Labels of the three verbose styles (IOS, IOS-XE, IOS-XE "enhanced") and of
    // the VRF-aware style ("Group_id:0   vrf: genie").
    static const QRegularExpression label(QStringLiteral(
        "(?:^|(?<=[\\s,]))(create:?(?=\\s)|use_count\\s*:|use:?(?=\\s)|timeout\\s*:|"
        "Map-Id\\(In\\)\\s*:|Mac-Address\\s*:|Input-IDB\\s*:|Output-IDB\\s*:|entry-id\\s*:|"
        "RuleID\\s*:|WLAN-Flags\\s*:|Flags\\s*:|ALG Application Type\\s*:|In_pkts\\s*:|"
        "In_bytes\\s*:|Out_pkts\\s*:|Out_bytes\\s*:|Group_id\\s*:|vrf\\s*:|"
        "Format\\(H:M:S\\)\\s*Time-left\\s*:)"),
        QRegularExpression::CaseInsensitiveOption);
    QRegularExpressionMatchIterator it = label.globalMatch(line);
    if (!it.hasNext())
        return false;
    QList<QRegularExpressionMatch> matches;
    while (it.hasNext())
        matches.append(it.next());
    if (matches.first().capturedStart() != 0)
        return false;
    if (m_lastRow < 0) {
        report(ImportIssue::Unknown, line.toUtf8(),
               tr("detail line without a translation above it"));
        return true;
    }
    m_out->verbose = true;
    ObservedRowExtra &extra = m_out->extraFor(m_lastRow);
    for (int i = 0; i < matches.size(); ++i) {
        const qsizetype start = matches.at(i).capturedEnd();
        const qsizetype end = i + 1 < matches.size() ? matches.at(i + 1).capturedStart()
                                                     : line.size();
        QString value = line.mid(start, end - start).trimmed();
        while (value.endsWith(QLatin1Char(',')))
            value.chop(1);
        value = value.trimmed();
        const QString key = genieKey(matches.at(i).captured(1));
        if (key == QLatin1String("vrf")) {
            extra.vrf = value;
            continue;
        }
        bool ok = false;
        const qlonglong n = isIntegerKey(key) ? value.toLongLong(&ok) : 0;
        extra.details.insert(key, ok ? QVariant(n) : QVariant(value));
    }
    return true;
}

bool ShowNatTranslationsReader::readDevice(QIODevice *device, const QString &sourceName,
                                           ObservedTranslations *out, QString *error)
{
    ShowNatTranslationsReader reader(out);
    bool ok = true;
    LineSplitter splitter(MaxLineLength);
    const bool read = splitter.run(
        device, [&](QByteArrayView line) { return ok = reader.addLine(line); },
        [&] {
            ++out->lines;
            reader.report(ImportIssue::Error, QByteArrayView(),
                          tr("line longer than %1 characters; skipped").arg(MaxLineLength));
        });
    if (!read) {
        *error = tr("%1: cannot read: %2").arg(sourceName, device->errorString());
        return false;
    }
    if (!ok) {
        *error = tr("%1:%2: %3").arg(sourceName).arg(out->lines).arg(reader.errorString());
        return false;
    }
    return true;
}

bool ShowNatTranslationsReader::readFile(const QString &fileName, ObservedTranslations *out,
                                         QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot open: %2").arg(fileName, file.errorString());
        return false;
    }
    return readDevice(&file, fileName, out, error);
}

ObservedTranslations ShowNatTranslationsReader::readData(QByteArrayView data)
{
    ObservedTranslations out;
    ShowNatTranslationsReader reader(&out);
    LineSplitter::split(data, [&](QByteArrayView line) { return reader.addLine(line); });
    if (!reader.errorString().isEmpty()) {
        ImportIssue issue;
        issue.severity = ImportIssue::Error;
        issue.line = out.lines;
        issue.message = reader.errorString();
        out.issues.append(issue);
    }
    return out;
}
