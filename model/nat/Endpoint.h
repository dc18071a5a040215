#pragma once

#include "Ipv4.h"

#include <QHashFunctions>
#include <QString>

// An IPv4 address and port, as packed in translation tables.
struct Endpoint
{
    quint32 ip = 0;
    quint16 port = 0;

    bool operator==(const Endpoint &o) const { return ip == o.ip && port == o.port; }
    bool operator!=(const Endpoint &o) const { return !(*this == o); }
    bool isNull() const { return ip == 0 && port == 0; }
    QString toString() const { return QStringLiteral("%1:%2").arg(Ipv4::toString(ip)).arg(port); }
};

inline size_t qHash(const Endpoint &e, size_t seed = 0)
{
    return qHashMulti(seed, e.ip, e.port);
}
