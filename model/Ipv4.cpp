#include "Ipv4.h"

#include <QStringList>

bool Ipv4::parse(const QString &text, quint32 *out)
{
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return false;
    quint32 value = 0;
    for (const QString &part : parts) {
        if (part.isEmpty() || part.size() > 3)
            return false;
        for (QChar c : part) {
            if (!c.isDigit() || c.unicode() > 127)
                return false;
        }
        const uint octet = part.toUInt();
        if (octet > 255)
            return false;
        value = (value << 8) | octet;
    }
    *out = value;
    return true;
}

QString Ipv4::toString(quint32 a)
{
    return QStringLiteral("%1.%2.%3.%4")
        .arg(a >> 24)
        .arg((a >> 16) & 0xff)
        .arg((a >> 8) & 0xff)
        .arg(a & 0xff);
}

quint32 Ipv4::mask(int prefixLength)
{
    if (prefixLength <= 0)
        return 0;
    if (prefixLength >= 32)
        return 0xffffffffu;
    return ~((1u << (32 - prefixLength)) - 1);
}

int Ipv4::prefixFromNetmask(quint32 netmask)
{
    for (int p = 0; p <= 32; ++p) {
        if (mask(p) == netmask)
            return p;
    }
    return -1;
}

bool Ipv4::parseCidr(const QString &text, quint32 *network, int *prefixLength)
{
    if (text == QLatin1String("any")) {
        *network = 0;
        *prefixLength = 0;
        return true;
    }
    const int slash = text.indexOf(QLatin1Char('/'));
    quint32 addr = 0;
    int prefix = 32;
    if (slash >= 0) {
        bool ok = false;
        prefix = text.mid(slash + 1).toInt(&ok);
        if (!ok || prefix < 0 || prefix > 32)
            return false;
    }
    if (!parse(slash >= 0 ? text.left(slash) : text, &addr))
        return false;
    *network = addr & mask(prefix);
    *prefixLength = prefix;
    return true;
}
