#pragma once

#include "NatBehaviour.h"

// Juniper SRX source NAT (docs/profiles.md, juniper-srx). With port translation
// (interface NAT, a pool without "port no-translation") every session gets a
// port of its own from the pool's range (1024-63487 single ports by default, or
// the "ports=LOW-HIGH" option from the pool's "port range"); the inside source
// port is not kept, and the draw is random (assumed). Without port translation
// the host keeps its source port and gets one pool address for all its sessions.
class JuniperSrxBehaviour : public NatBehaviour
{
public:
    explicit JuniperSrxBehaviour(PortRange range) : m_range(range) {}
    QString key() const override { return QStringLiteral("juniper-srx"); }
    Result allocate(const Request &request, const Occupancy &table,
                    std::mt19937 &rng) const override;
    // "Within range (1024, 63487) one port is allocated at a time" (Junos).
    static PortRange defaultRange() { return {1024, 63487}; }

    // Address only, port kept: the host's address if it has one, else the first
    // pool address whose port is free (shared with YamahaRtxBehaviour's type nat).
    static Result keepPort(const Request &request, const Occupancy &table);

private:
    PortRange m_range;
};
