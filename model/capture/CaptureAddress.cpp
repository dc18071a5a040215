#include "CaptureAddress.h"

#include "Ipv4.h"

#include <QtEndian>

CaptureAddress CaptureAddress::ipv6(const uchar bytes[16])
{
    return {qFromBigEndian<quint64>(bytes), qFromBigEndian<quint64>(bytes + 8), true};
}

QByteArray CaptureAddress::wireBytes() const
{
    if (!v6) {
        QByteArray out(4, Qt::Uninitialized);
        qToBigEndian<quint32>(quint32(low), out.data());
        return out;
    }
    QByteArray out(16, Qt::Uninitialized);
    qToBigEndian<quint64>(high, out.data());
    qToBigEndian<quint64>(low, out.data() + 8);
    return out;
}

QString CaptureAddress::toString() const
{
    if (!v6)
        return Ipv4::toString(quint32(low));
    quint16 group[8];
    for (int i = 0; i < 4; ++i) {
        group[i] = quint16(high >> (48 - 16 * i));
        group[4 + i] = quint16(low >> (48 - 16 * i));
    }
    // RFC 5952: the longest run (>= 2) of zero groups becomes "::".
    int bestStart = -1, bestLength = 1;
    for (int i = 0; i < 8;) {
        if (group[i] != 0) {
            ++i;
            continue;
        }
        int j = i;
        while (j < 8 && group[j] == 0)
            ++j;
        if (j - i > bestLength) {
            bestStart = i;
            bestLength = j - i;
        }
        i = j;
    }
    QString out;
    for (int i = 0; i < 8; ++i) {
        if (i == bestStart) {
            out += QLatin1String("::");
            i += bestLength - 1;
            continue;
        }
        if (!out.isEmpty() && !out.endsWith(QLatin1Char(':')))
            out += QLatin1Char(':');
        out += QString::number(group[i], 16);
    }
    return out;
}

QString CaptureEndpoint::toString() const
{
    if (address.v6)
        return QStringLiteral("[%1]:%2").arg(address.toString()).arg(port);
    return QStringLiteral("%1:%2").arg(address.toString()).arg(port);
}
