#include "ObservedTranslations.h"

namespace {
bool parseIpv4(QByteArrayView s, quint32 *out)
{
    quint32 value = 0;
    int octets = 0, digits = 0;
    uint octet = 0;
    for (char c : s) {
        if (c >= '0' && c <= '9') {
            if (++digits > 3)
                return false;
            octet = octet * 10 + uint(c - '0');
        } else if (c == '.') {
            if (digits == 0 || octet > 255 || ++octets > 3)
                return false;
            value = (value << 8) | octet;
            octet = 0;
            digits = 0;
        } else {
            return false;
        }
    }
    if (digits == 0 || octet > 255 || octets != 3)
        return false;
    *out = (value << 8) | octet;
    return true;
}
} // namespace

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
    bool dashes = true;
    for (char c : text)
        dashes = dashes && c == '-';
    if (dashes) {
        a.kind = Placeholder;
        return a;
    }
    const qsizetype colon = text.indexOf(':');
    QByteArrayView ip = colon < 0 ? text : text.first(colon);
    if (!parseIpv4(ip, &a.ip)) {
        a.kind = Text;
        return a;
    }
    if (colon >= 0) {
        const QByteArrayView port = text.sliced(colon + 1);
        uint p = 0;
        if (port.isEmpty() || port.size() > 5) {
            a.kind = Text;
            return a;
        }
        for (char c : port) {
            if (c < '0' || c > '9') {
                a.kind = Text;
                return a;
            }
            p = p * 10 + uint(c - '0');
        }
        if (p > 65535) {
            a.kind = Text;
            return a;
        }
        a.port = quint16(p);
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
