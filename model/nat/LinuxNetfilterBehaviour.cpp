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
        // Only the newest live entry of this inside endpoint is tried, even when
        // an older one has the same port (find_appropriate_src walks a chain that
        // new entries are prepended to; measured: tests/fidelity, scenarios 3b
        // and 3c); then the own port, then a random one.
        const Endpoint newest = table.newestMappingOf(r.protocol, r.local);
        if (!newest.isNull() && !table.holderToward(r.protocol, newest, r.remote))
            return {true, newest, 0};
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
    // The device's nf_conntrack_udp_timeout / nf_conntrack_udp_timeout_stream;
    // udpTimeout (one timer) is not netfilter's (docs/profiles.md).
    if (p == Protocol::Udp)
        return assured ? device.udpStream : device.udpUnreplied;
    return NatBehaviour::timeout(p, assured, device);
}
