#pragma once

#include "NatBehaviour.h"

// FortiGate (FortiOS 6.x/7.x) source NAT of a firewall policy with `set nat
// enable` (docs/profiles.md, section fortigate). Ports are unique per NAT
// address, destination address, destination port and protocol. The original
// port is kept only when it lies in 5117-65533 and is free toward the
// destination (port-preserve, the default); any other port is translated:
// 1-1023 into 512-1023, the rest into 5117-65532. So UDP 4500 is never kept
// unless the policy has `set fixedport enable`, which never translates the
// port and refuses a second session on the same tuple. An overload pool
// chooses its address from the source address (first + source mod size).
// Options: fixedport, no-port-preserve (`set port-preserve disable`), and the
// IP pool type one-to-one, fixed-port-range or port-block-allocation.
class FortiGateBehaviour : public NatBehaviour
{
public:
    enum class PoolType { Overload, OneToOne, FixedPortRange, PortBlockAllocation };
    FortiGateBehaviour(bool fixedPort, bool preservePort, PoolType pool)
        : m_fixedPort(fixedPort), m_preservePort(preservePort), m_pool(pool)
    {
    }
    static std::unique_ptr<NatBehaviour> fromOptions(const QStringList &options);

    QString key() const override { return QStringLiteral("fortigate"); }
    Result allocate(const Request &request, const Occupancy &table,
                    std::mt19937 &rng) const override;

    // The range a translated port is drawn from (documented), and whether the
    // original port may be kept at all.
    static PortRange translatedRange(quint16 port);
    static bool preservable(quint16 port) { return port >= 5117 && port <= 65533; }

private:
    Result oneToOne(const Request &r, const Occupancy &table) const;

    bool m_fixedPort;
    bool m_preservePort;
    PoolType m_pool;
};
