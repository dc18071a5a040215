#include "LinuxNetfilterBehaviour.h"

NatBehaviour::PortRange LinuxNetfilterBehaviour::portClass(quint16 port)
{
    if (port < 512)
        return {1, 511};
    if (port < 1024)
        return {600, 1023};
    return {1024, 65535};
}

NatBehaviour::Result LinuxNetfilterBehaviour::allocate(const Request &r, const Occupancy &table,
                                                       std::mt19937 &rng) const
{
    Result result;
    if (!m_random) {
        // Only the newest live mapping of this inside endpoint is tried (measured:
        // tests/fidelity, scenario 3b); then the own port, then a random one.
        const QList<Endpoint> mappings = table.mappingsOf(r.protocol, r.local);
        if (!mappings.isEmpty() && !table.holderToward(r.protocol, mappings.last(), r.remote))
            return {true, mappings.last(), 0};
        for (quint32 address : r.globals) {
            const Endpoint wanted{address, r.local.port};
            const quint32 h = table.holderToward(r.protocol, wanted, r.remote);
            if (!h)
                return {true, wanted, 0};
            if (!result.heldBy)
                result.heldBy = h;
        }
    }
    const PortRange range = portClass(r.local.port);
    for (quint32 address : r.globals) {
        const quint16 port = probe(range, randomIn(range, rng), [&](quint16 p) {
            return !table.holderToward(r.protocol, {address, p}, r.remote);
        });
        if (port) {
            result.ok = true;
            result.global = {address, port};
            return result;
        }
    }
    return result;
}

bool LinuxNetfilterBehaviour::isAssured(bool replied, double age) const
{
    // nf_conntrack_udp: the stream timeout applies once a reply was seen and
    // traffic continues more than 2 s after the entry was created.
    return replied && age > 2.0;
}

double LinuxNetfilterBehaviour::timeout(Protocol p, bool assured, const Timeouts &device) const
{
    // nf_conntrack_udp_timeout / nf_conntrack_udp_timeout_stream defaults.
    if (p == Protocol::Udp)
        return assured ? 120 : 30;
    return NatBehaviour::timeout(p, assured, device);
}
