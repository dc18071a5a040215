#include "JuniperSrxBehaviour.h"

NatBehaviour::Result JuniperSrxBehaviour::keepPort(const Request &r, const Occupancy &table)
{
    // "For source pool without PAT, Junos OS assigns one translated source address
    // to the same host for all its concurrent sessions."
    QList<quint32> order;
    for (const Endpoint &e : table.mappingsOf(r.protocol, r.local)) {
        if (r.globals.contains(e.ip) && !order.contains(e.ip))
            order.append(e.ip);
    }
    for (quint32 a : r.globals) {
        if (!order.contains(a))
            order.append(a);
    }
    Result result;
    for (quint32 a : std::as_const(order)) {
        const quint32 holder = table.holderAnyDestination(r.protocol, {a, r.local.port}, r.local);
        if (!holder)
            return {true, {a, r.local.port}, result.heldBy};
        if (!result.heldBy)
            result.heldBy = holder;
    }
    // "Packets are dropped if there are no addresses available in the designated
    // source NAT pool."
    return result;
}

NatBehaviour::Result JuniperSrxBehaviour::allocate(const Request &r, const Occupancy &table,
                                                   std::mt19937 &rng) const
{
    if (!r.translatePort)
        return keepPort(r, table);
    // Port translation: a new port per session, drawn at random from the range
    // and probed upward while taken on that address (any destination).
    Result result;
    for (quint32 address : r.globals) {
        if (!result.heldBy)
            result.heldBy = table.holderAnyDestination(r.protocol, {address, r.local.port}, r.local);
        const quint16 port = probe(m_range, randomIn(m_range, rng), [&](quint16 p) {
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
