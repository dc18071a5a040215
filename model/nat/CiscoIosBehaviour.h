#pragma once

#include "NatBehaviour.h"

// Cisco IOS / IOS-XE PAT: keep the source port when no translation holds
// global:port (whatever its destination); else the first free port from the
// start of the port's group (0-511, 512-1023, 1024-65535); then the next address.
class CiscoIosBehaviour : public NatBehaviour
{
public:
    QString key() const override { return QStringLiteral("cisco-ios"); }
    Result allocate(const Request &request, const Occupancy &table,
                    std::mt19937 &rng) const override;
    static PortRange group(quint16 port);
};
