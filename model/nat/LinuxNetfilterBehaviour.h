#pragma once

#include "NatBehaviour.h"

// Linux netfilter MASQUERADE/SNAT (measured on kernel 6.18, DESIGN.md §3).
// Uniqueness is per full tuple, destination included: reuse a live mapping of
// the same inside ip:port if free toward the destination, else keep the source
// port if free toward it, else a random port of its class (1-511, 600-1023,
// 1024-65535) probing upward. --random/--random-fully randomise every flow.
// UDP: 30 s until assured (a reply seen and traffic past 2 s), then 120 s.
class LinuxNetfilterBehaviour : public NatBehaviour
{
public:
    explicit LinuxNetfilterBehaviour(bool randomise) : m_random(randomise) {}
    QString key() const override { return QStringLiteral("linux-netfilter"); }
    Result allocate(const Request &request, const Occupancy &table,
                    std::mt19937 &rng) const override;
    double timeout(Protocol p, bool assured, const Timeouts &device) const override;
    bool isAssured(bool replied, double age) const override;
    static PortRange portClass(quint16 port);

private:
    bool m_random;
};
