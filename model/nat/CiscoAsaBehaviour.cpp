#include "CiscoAsaBehaviour.h"

#include "CiscoIosBehaviour.h"

NatBehaviour::Result CiscoAsaBehaviour::allocate(const Request &r, const Occupancy &table,
                                                 std::mt19937 &rng) const
{
    const QList<Endpoint> existing = table.mappingsOf(r.protocol, r.local);
    for (const Endpoint &e : existing) {
        if (!m_extended || !table.holderToward(r.protocol, e, r.remote))
            return {true, e, 0};
    }
    const auto holder = [&](const Endpoint &global) {
        return m_extended ? table.holderToward(r.protocol, global, r.remote)
                          : table.holderAnyDestination(r.protocol, global, r.local);
    };
    Result result;
    const PortRange range = CiscoIosBehaviour::group(r.local.port);
    for (quint32 address : r.globals) {
        const quint32 h = holder({address, r.local.port});
        if (!h)
            return {true, {address, r.local.port}, result.heldBy};
        if (!result.heldBy)
            result.heldBy = h;
        const quint16 port = probe(range, randomIn(range, rng),
                                   [&](quint16 p) { return !holder({address, p}); });
        if (port) {
            result.ok = true;
            result.global = {address, port};
            return result;
        }
    }
    return result;
}
