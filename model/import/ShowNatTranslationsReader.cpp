#include "ShowNatTranslationsReader.h"

#include "vendors/VendorText.h"

#include <QRegularExpression>
#include <QtEndian>

#include <cstring>

namespace {

bool isBlank(char c)
{
    return LineSplitter::isBlank(c);
}

// Splits on blanks into at most max tokens; returns the number found (max + 1
// when there are more).
int tokenize(QByteArrayView s, QByteArrayView *tokens, int max)
{
    int n = 0;
    qsizetype i = 0;
    while (i < s.size()) {
        while (i < s.size() && isBlank(s[i]))
            ++i;
        if (i >= s.size())
            break;
        const qsizetype start = i;
        while (i < s.size() && !isBlank(s[i]))
            ++i;
        if (n == max)
            return max + 1;
        tokens[n++] = s.sliced(start, i - start);
    }
    return n;
}

bool startsWithNoCase(QByteArrayView s, const char *prefix)
{
    return LineSplitter::startsWithNoCase(s, QByteArrayView(prefix));
}

// The protocol of an ordinary row, or false for anything the general path
// must look at ("--", "ipinip", "Pro"): ObservedTranslations' one switch.
bool knownProtocol(const char *p, qsizetype n, ObservedProtocol *protocol, bool *upper)
{
    // The words nearly every row has first, without a call: tcp and udp rows
    // mixed at random mispredicted the switch's compares (show-nat's reader,
    // 1M rows, warm, best of 6: 57 -> 54 ms).
    if (n == 3 && (p[0] == 't' || p[0] == 'u') && p[1] == (p[0] == 't' ? 'c' : 'd') && p[2] == 'p') {
        *protocol = p[0] == 't' ? ObservedProtocol::Tcp : ObservedProtocol::Udp;
        *upper = false;
        return true;
    }
    *protocol = ObservedTranslations::protocolFromText(QByteArrayView(p, n), upper);
    return *protocol != ObservedProtocol::Other;
}

const char *skipBlanks(const char *p, const char *end)
{
    return LineSplitter::skipBlanks(p, end);
}

// One address column of an ordinary row: a.b.c.d, a.b.c.d:port or "---",
// ending at a blank or the line's end. Anything else is left to the general
// path (ObservedAddress::parse), which this agrees with on what it accepts.
const char *fastAddress(const char *p, const char *end, ObservedAddress *a)
{
    if (p < end && *p == '-') {
        if (end - p >= 3 && p[1] == '-' && p[2] == '-' && (end - p == 3 || isBlank(p[3]))) {
            a->kind = ObservedAddress::Placeholder;
            return p + 3;
        }
        return nullptr;
    }
    p = VendorText::endpointAt(p, end, ':', a);
    return p && VendorText::endsField(p, end) ? p : nullptr;
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

// An ordinary row at p: a known protocol and four address columns, separated
// by spaces or tabs. Where its last column ends, null when it is not one.
const char *rowAt(const char *p, const char *end, ObservedRow *row)
{
    const char *const word = p;
    p = LineSplitter::wordEnd(p, end);
    if (p == end || !knownProtocol(word, p - word, &row->protocol, &row->upperCase))
        return nullptr;
    for (int c = 0; c < 4; ++c) {
        p = LineSplitter::skipSpaces(p, end);
        if (p == end || !(p = fastAddress(p, end, &row->address[c])))
            return nullptr;
    }
    return p;
}

} // namespace

ShowNatTranslationsReader::ShowNatTranslationsReader(ObservedTranslations *out)
{
    takesRows = true;
    if (out)
        begin(out);
}

QString ShowNatTranslationsReader::displayName() const
{
    return tr("Cisco show ip nat translations");
}

int ShowNatTranslationsReader::sniff(QByteArrayView head) const
{
    // The column header is unmistakable; rows alone are likely; anything else
    // falls to this reader last (its verdict then says what the input is not).
    if (head.indexOf("Inside global") >= 0 || head.indexOf("inside global") >= 0
        || head.indexOf("Inside Global") >= 0)
        return 90;
    int rows = 0;
    LineSplitter::split(head, [&](QByteArrayView line) {
        QByteArrayView tokens[6];
        if (tokenize(line, tokens, 5) == 5 && ObservedAddress::looksLikeAddress(tokens[1])
            && ObservedAddress::looksLikeAddress(tokens[2]))
            ++rows;
        return rows == 0;
    });
    return rows > 0 ? 60 : 5;
}

bool ShowNatTranslationsReader::tooMany()
{
    if (out()->rows.size() < MaxRows)
        return false;
    fail(tr("more than %1 translations; the rest was not read").arg(MaxRows));
    return true;
}

bool ShowNatTranslationsReader::fastRow(QByteArrayView line)
{
    const char *const end = line.data() + line.size();
    ObservedRow row;
    const char *p = rowAt(line.data(), end, &row);
    if (!p || skipBlanks(p, end) != end)
        return false;
    appendRow(row); // false: stopped, which addLine returns
    return true;
}

const char *ShowNatTranslationsReader::takeRows(const char *p, const char *end)
{
    // A line that starts with a blank, a pager prompt or a header is the
    // general path's: rowAt() takes only a protocol's letters first.
    while (p < end) {
        ObservedRow row;
        const char *next = rowAt(p, end, &row);
        if (!next || !(next = LineSplitter::pastLineEnd(next, end)))
            return p;
        ++out()->lines;
        if (!appendRow(row))
            return nullptr;
        p = next;
    }
    return p;
}

bool ShowNatTranslationsReader::appendRow(ObservedRow row)
{
    ObservedTranslations *const t = out();
    if (t->rows.size() >= MaxRows && tooMany())
        return false;
    row.line = t->lines;
    m_lastRow = int(t->rows.size());
    t->rows.append(row);
    return true;
}

bool ShowNatTranslationsReader::addLine(QByteArrayView line)
{
    if (fastRow(line))
        return !stopped();

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
            ++out()->headers;
            m_lastRow = -1;
            return true;
        }
    }
    if (startsWithNoCase(line, "Total number of translations")) {
        const qsizetype colon = line.indexOf(':');
        bool ok = false;
        const qint64 n = colon < 0 ? -1
                                   : LineSplitter::trimmed(line.sliced(colon + 1)).toLongLong(&ok);
        if (!ok || n < 0) {
            report(ImportIssue::Error, line, tr("the translation count is not a number"));
        } else {
            out()->total = qMax<qint64>(out()->total, 0) + n;
        }
        m_lastRow = -1;
        return true;
    }
    // Echoed prompt and command: "Router#show ip nat translations", "show …".
    const qsizetype mark = LineSplitter::promptMark(line);
    if (startsWithNoCase(line, "show ") || startsWithNoCase(line, "sh ") || mark > 0) {
        const QByteArrayView command = startsWithNoCase(line, "sh")
                                           ? line
                                           : LineSplitter::trimmed(line.sliced(mark + 1));
        if (!command.isEmpty())
            out()->commands.append(QString::fromUtf8(command));
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
    if (tooMany())
        return false;
    ObservedTranslations *const t = out();
    ObservedRow row;
    row.line = t->lines;
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
    t->rows.append(row);
    const int index = int(t->rows.size()) - 1;
    m_lastRow = index;
    if (row.protocol == ObservedProtocol::Other)
        t->extraFor(index).protocol = QString::fromUtf8(tokens[0]);
    for (int c = 0; c < 4; ++c) {
        const QByteArrayView text = tokens[c + 1];
        const ObservedAddress &a = row.address[c];
        if (a.kind == ObservedAddress::Text) {
            t->extraFor(index).text[c] = QString::fromUtf8(text);
            report(ImportIssue::Warning, line,
                   tr("column %1 (\"%2\") is not an IPv4 address; kept as text")
                       .arg(c + 2)
                       .arg(QString::fromUtf8(text)));
        } else if (a.kind == ObservedAddress::Placeholder && text.size() != 3) {
            t->extraFor(index).text[c] = QString::fromUtf8(text);
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
    out()->verbose = true;
    ObservedRowExtra &extra = out()->extraFor(m_lastRow);
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
    return ShowNatTranslationsReader().parseDevice(device, sourceName, out, error);
}

bool ShowNatTranslationsReader::readFile(const QString &fileName, ObservedTranslations *out,
                                         QString *error)
{
    return ShowNatTranslationsReader().parseFile(fileName, out, error);
}

ObservedTranslations ShowNatTranslationsReader::readData(QByteArrayView data)
{
    ObservedTranslations out;
    ShowNatTranslationsReader().parseData(data, &out);
    return out;
}
