#include "ObservedTranslations.h"

#include "LineSplitter.h"

#include <charconv>

bool ObservedAddress::looksLikeAddress(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    bool digit = false, dashesOnly = true;
    for (char c : text) {
        if (c >= '0' && c <= '9')
            digit = true;
        else if (c != '.' && c != ':' && c != '-')
            return false;
        if (c != '-')
            dashesOnly = false;
    }
    return digit || dashesOnly;
}

ObservedAddress ObservedAddress::parse(QByteArrayView text)
{
    ObservedAddress a;
    if (text.isEmpty())
        return a;
    const char *const begin = text.data();
    const char *const end = begin + text.size();
    if (*begin == '-') {
        bool dashes = true;
        for (char c : text)
            dashes = dashes && c == '-';
        if (dashes) {
            a.kind = Placeholder;
            return a;
        }
    }
    // a.b.c.d or a.b.c.d:port, nothing else (1-3 digit octets up to 255,
    // a port of 1-5 digits up to 65535); anything else is Text.
    // One pass, no search for the colon first; an octet's digits are read
    // without a loop (readers parse four addresses a row).
    a.kind = Text;
    const char *p = begin;
    quint32 ip = 0;
    for (int octet = 0; octet < 4; ++octet) {
        if (octet > 0) {
            if (p == end || *p != '.')
                return a;
            ++p;
        }
        if (p == end)
            return a;
        uint value = uint(uchar(p[0])) - '0';
        if (value > 9)
            return a;
        const qsizetype left = end - p;
        const uint d1 = left > 1 ? uint(uchar(p[1])) - '0' : 10;
        if (d1 > 9) {
            p += 1;
        } else {
            value = value * 10 + d1;
            const uint d2 = left > 2 ? uint(uchar(p[2])) - '0' : 10;
            if (d2 > 9) {
                p += 2;
            } else {
                value = value * 10 + d2;
                p += 3;
                if (value > 255)
                    return a;
            }
        }
        ip = (ip << 8) | value;
    }
    if (p != end && *p != ':')
        return a;
    a.ip = ip;
    if (p != end) {
        ++p;
        uint port = 0;
        p = LineSplitter::digitsAt<5>(p, end, &port);
        if (!p || p != end || port > 65535)
            return a;
        a.port = quint16(port);
        a.hasPort = true;
    }
    a.kind = Address;
    return a;
}

QString ObservedTranslations::protocolKey(ObservedProtocol protocol)
{
    switch (protocol) {
    case ObservedProtocol::None: return QStringLiteral("---");
    case ObservedProtocol::Tcp: return QStringLiteral("tcp");
    case ObservedProtocol::Udp: return QStringLiteral("udp");
    case ObservedProtocol::Icmp: return QStringLiteral("icmp");
    case ObservedProtocol::Esp: return QStringLiteral("esp");
    case ObservedProtocol::Gre: return QStringLiteral("gre");
    case ObservedProtocol::Any: return QStringLiteral("any");
    case ObservedProtocol::Other: return QString();
    }
    return QString();
}

ObservedProtocol ObservedTranslations::protocolFromText(QByteArrayView text, bool *upperCase)
{
    // One switch on the word's bytes (every reader calls this once a row; a
    // compare per known name was a twentieth of a reader's time). "---" is
    // None; any other text, dashes included, is Other.
    *upperCase = false;
    const qsizetype n = text.size();
    if (n != 3 && n != 4)
        return ObservedProtocol::Other;
    // Three or four bytes, without a loop over them.
    const char *const s = text.data();
    const quint32 k = quint32(uchar(s[0])) | quint32(uchar(s[1])) << 8 | quint32(uchar(s[2])) << 16
                      | (n == 4 ? quint32(uchar(s[3])) << 24 : 0);
    const auto upper = [upperCase](ObservedProtocol p) {
        *upperCase = true;
        return p;
    };
#define MESHNAT_KEY(s) (quint32(uchar(s[0])) | quint32(uchar(s[1])) << 8 | quint32(uchar(s[2])) << 16 \
                        | (sizeof(s) > 4 ? quint32(uchar(s[3])) << 24 : 0))
    if (n == 3) {
        switch (k) {
        case MESHNAT_KEY("---"): return ObservedProtocol::None;
        case MESHNAT_KEY("tcp"): return ObservedProtocol::Tcp;
        case MESHNAT_KEY("TCP"): return upper(ObservedProtocol::Tcp);
        case MESHNAT_KEY("udp"): return ObservedProtocol::Udp;
        case MESHNAT_KEY("UDP"): return upper(ObservedProtocol::Udp);
        case MESHNAT_KEY("esp"): return ObservedProtocol::Esp;
        case MESHNAT_KEY("ESP"): return upper(ObservedProtocol::Esp);
        case MESHNAT_KEY("gre"): return ObservedProtocol::Gre;
        case MESHNAT_KEY("GRE"): return upper(ObservedProtocol::Gre);
        case MESHNAT_KEY("any"): return ObservedProtocol::Any;
        case MESHNAT_KEY("ANY"): return upper(ObservedProtocol::Any);
        default: return ObservedProtocol::Other;
        }
    }
    switch (k) {
    case MESHNAT_KEY("icmp"): return ObservedProtocol::Icmp;
    case MESHNAT_KEY("ICMP"): return upper(ObservedProtocol::Icmp);
    default: return ObservedProtocol::Other;
    }
#undef MESHNAT_KEY
}

QString ObservedTranslations::protocolText(int row) const
{
    const ObservedRow &r = rows.at(row);
    if (r.protocol == ObservedProtocol::Other)
        return r.extra >= 0 ? extras.at(r.extra).protocol : QString();
    const QString key = protocolKey(r.protocol);
    return r.upperCase ? key.toUpper() : key;
}

QString ObservedTranslations::addressText(int row, ObservedRow::Column column) const
{
    const ObservedRow &r = rows.at(row);
    const ObservedAddress &a = r.address[column];
    if (r.extra >= 0 && !extras.at(r.extra).text[column].isEmpty())
        return extras.at(r.extra).text[column];
    switch (a.kind) {
    case ObservedAddress::Empty: return QString();
    case ObservedAddress::Placeholder: return QStringLiteral("---");
    case ObservedAddress::Address:
        return a.hasPort ? a.endpoint().toString() : Ipv4::toString(a.ip);
    case ObservedAddress::Text: return QString();
    }
    return QString();
}

QString ObservedTranslations::vrf(int row) const
{
    const int e = rows.at(row).extra;
    return e >= 0 ? extras.at(e).vrf : QString();
}

QVariantMap ObservedTranslations::details(int row) const
{
    const int e = rows.at(row).extra;
    QVariantMap map = e >= 0 ? extras.at(e).details : QVariantMap();
    if (row < timeouts.size() && !map.contains(QStringLiteral("timeout")))
        map.insert(QStringLiteral("timeout"), qlonglong(timeouts.at(row)));
    for (const ObservedValueColumn &c : columns) {
        if (c.at(row) != ObservedValueColumn::None)
            map.insert(c.key, c.value(row));
    }
    return map;
}

int ObservedTranslations::column(const QString &key, ObservedValueColumn::Style style)
{
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns.at(i).key == key && columns.at(i).style == style)
            return int(i);
    }
    ObservedValueColumn c;
    c.key = key;
    c.style = style;
    columns.append(c);
    return int(columns.size() - 1);
}

void ObservedTranslations::setValue(int column, int row, quint32 value)
{
    QList<quint32> &values = columns[column].values;
    if (values.size() == row) { // the usual case: rows are read in order
        // Room for as many rows as the table has (a reader reserves them for
        // its input): columns growing side by side were copied by realloc at
        // every doubling, a tenth of a reader's time. Only address space:
        // values never written cost no memory, as for the rows.
        if (values.capacity() == row)
            values.reserve(qMax<qsizetype>(rows.capacity(), 2 * row + 16));
        values.append(value);
        return;
    }
    while (values.size() <= row)
        values.append(ObservedValueColumn::None);
    values[row] = value;
}

QVariant ObservedValueColumn::value(int row) const
{
    const quint32 v = at(row);
    if (v == None)
        return QVariant();
    if (style == Number)
        return qlonglong(v);
    char text[24];
    return QString::fromLatin1(text, format(style, v, text) - text);
}

char *ObservedValueColumn::format(Style style, quint32 value, char *p)
{
    if (style != Hms)
        return std::to_chars(p, p + 12, value).ptr;
    p = std::to_chars(p, p + 12, value / 3600).ptr;
    for (const quint32 part : {value / 60 % 60, value % 60}) {
        *p++ = ':';
        *p++ = char('0' + part / 10);
        *p++ = char('0' + part % 10);
    }
    return p;
}

quint32 ObservedValueColumn::parse(Style style, QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 14)
        return None;
    qsizetype digits = text.size();
    quint64 seconds = 0;
    if (style == Hms) {
        // h…h:mm:ss: the colons can only be 6 and 3 from the end (a ':' before
        // them is not a digit of the hours), so no search for them.
        const qsizetype c1 = text.size() - 6, c2 = text.size() - 3;
        if (c1 <= 0 || text[c1] != ':' || text[c2] != ':')
            return None;
        for (const qsizetype at : {c1 + 1, c2 + 1}) {
            const uint a = uint(uchar(text[at])) - '0', b = uint(uchar(text[at + 1])) - '0';
            if (a > 5 || b > 9)
                return None;
            seconds += (a * 10 + b) * (at == c1 + 1 ? 60 : 1);
        }
        digits = c1;
    }
    // Only what prints back the same (format() above): digits without a
    // leading zero, so not "007", "+1" or "0:0:12". At most 14 digits: no
    // overflow.
    if (digits > 1 && text[0] == '0')
        return None;
    quint64 n = 0;
    for (qsizetype i = 0; i < digits; ++i) {
        const uint d = uint(uchar(text[i])) - '0';
        if (d > 9)
            return None;
        n = n * 10 + d;
    }
    const quint64 value = style == Hms ? n * 3600 + seconds : n;
    return value >= None ? None : quint32(value);
}

ObservedRowExtra &ObservedTranslations::extraFor(int row)
{
    ObservedRow &r = rows[row];
    if (r.extra < 0) {
        r.extra = int(extras.size());
        extras.append(ObservedRowExtra());
    }
    return extras[r.extra];
}
