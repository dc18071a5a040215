#include "Rfc4787Behaviour.h"

NatBehaviour::Result Rfc4787Behaviour::allocate(const Request &r, const Occupancy &table,
                                                std::mt19937 &) const
{
    const QList<Endpoint> existing = table.mappingsOf(r.protocol, r.local);
    if (!existing.isEmpty())
        return {true, existing.first(), 0};
    Result result;
    const PortRange range = r.local.port < 1024 ? PortRange{1, 1023} : PortRange{1024, 65535};
    for (quint32 address : r.globals) {
        const quint32 h = table.holderAnyDestination(r.protocol, {address, r.local.port}, r.local);
        if (!h)
            return {true, {address, r.local.port}, result.heldBy};
        if (!result.heldBy)
            result.heldBy = h;
        const quint16 port = probe(range, r.local.port, [&](quint16 p) {
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
