#pragma once

#include "NatBehaviour.h"

// Linux netfilter MASQUERADE/SNAT (measured on kernel 6.18, DESIGN.md §3).
// Uniqueness is per full tuple, destination included: reuse a live mapping of
// the same inside ip:port if free toward the destination, else keep the source
// port if free toward it, else a random port of its class (1-511, 600-1023,
// 1024-65535) probing upward; the reused mapping is the newest entry of that
// inside endpoint. --random/--random-fully randomise every flow.
// UDP: the device's nf_conntrack_udp_timeout (30 s) until assured (a reply seen
// and traffic past 2 s), then nf_conntrack_udp_timeout_stream (120 s). An
// unsolicited inbound packet to the router is tracked too (docs/profiles.md).
class LinuxNetfilterBehaviour : public NatBehaviour
{
public:
    explicit LinuxNetfilterBehaviour(bool randomise) : m_random(randomise) {}
    QString key() const override { return QStringLiteral("linux-netfilter"); }
    Result allocate(const Request &request, const Occupancy &table,
                    std::mt19937 &rng) const override;
    double timeout(Protocol p, bool assured, const Timeouts &device) const override;
    bool isAssured(bool replied, double age) const override;
    bool tracksUnsolicitedInbound() const override { return true; }
    static PortRange portClass(quint16 port);

private:
    bool m_random;
};
