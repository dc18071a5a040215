#include "ObservedTranslations.h"

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
    // One pass, no search for the colon first.
    a.kind = Text;
    const char *p = begin;
    quint32 ip = 0;
    for (int octet = 0; octet < 4; ++octet) {
        if (octet > 0) {
            if (p == end || *p != '.')
                return a;
            ++p;
        }
        uint value = 0;
        const char *const digits = p;
        while (p < end && uint(*p - '0') < 10 && p - digits < 3)
            value = value * 10 + uint(*p++ - '0');
        if (p == digits || value > 255)
            return a;
        ip = (ip << 8) | value;
    }
    if (p != end && *p != ':')
        return a;
    a.ip = ip;
    if (p != end) {
        ++p;
        uint port = 0;
        const char *const digits = p;
        while (p < end && uint(*p - '0') < 10 && p - digits < 5)
            port = port * 10 + uint(*p++ - '0');
        if (p == digits || p != end || port > 65535)
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
    *upperCase = false;
    bool dashes = !text.isEmpty();
    for (char c : text)
        dashes = dashes && c == '-';
    if (dashes)
        return text.size() == 3 ? ObservedProtocol::None : ObservedProtocol::Other;
    static const struct {
        const char *lower;
        const char *upper;
        ObservedProtocol protocol;
    } known[] = {{"tcp", "TCP", ObservedProtocol::Tcp},   {"udp", "UDP", ObservedProtocol::Udp},
                 {"icmp", "ICMP", ObservedProtocol::Icmp}, {"esp", "ESP", ObservedProtocol::Esp},
                 {"gre", "GRE", ObservedProtocol::Gre},   {"any", "ANY", ObservedProtocol::Any}};
    for (const auto &k : known) {
        if (text == QByteArrayView(k.lower))
            return k.protocol;
        if (text == QByteArrayView(k.upper)) {
            *upperCase = true;
            return k.protocol;
        }
    }
    return ObservedProtocol::Other;
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
    return map;
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
