#include "CiscoIosBehaviour.h"

// "It starts from the beginning of the appropriate port group, 0 to 511, 512 to
// 1023, or 1024 to 65535" (Cisco Press, ICND2 3rd ed., "Scaling the Network with
// NAT and PAT"; docs/profiles.md). Port 0 itself is never allocated (probe()).
NatBehaviour::PortRange CiscoIosBehaviour::group(quint16 port)
{
    if (port < 512)
        return {0, 511};
    if (port < 1024)
        return {512, 1023};
    return {1024, 65535};
}

NatBehaviour::Result CiscoIosBehaviour::allocate(const Request &r, const Occupancy &table,
                                                 std::mt19937 &) const
{
    // An inside endpoint that already has a mapping keeps it for new destinations.
    const QList<Endpoint> existing = table.mappingsOf(r.protocol, r.local);
    if (!existing.isEmpty())
        return {true, existing.first(), 0};

    Result result;
    const PortRange range = group(r.local.port);
    for (quint32 address : r.globals) {
        const Endpoint wanted{address, r.local.port};
        const quint32 holder = table.holderAnyDestination(r.protocol, wanted, r.local);
        if (!holder)
            return {true, wanted, result.heldBy};
        if (!result.heldBy)
            result.heldBy = holder;
        const quint16 port = probe(range, range.first, [&](quint16 p) {
            return !table.holderAnyDestination(r.protocol, {address, p}, r.local);
        });
        if (port) {
            result.ok = true;
            result.global = {address, port};
            return result;
        }
    }
    return result;
}
