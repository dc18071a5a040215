#include "YamahaRtxBehaviour.h"

#include "JuniperSrxBehaviour.h"

NatBehaviour::Result YamahaRtxBehaviour::allocate(const Request &r, const Occupancy &table,
                                                  std::mt19937 &) const
{
    if (!r.translatePort)
        return JuniperSrxBehaviour::keepPort(r, table);
    // A binding is kept for new destinations (show nat descriptor address lists
    // inner address, inner port and outer port only).
    const QList<Endpoint> existing = table.mappingsOf(r.protocol, r.local);
    if (!existing.isEmpty())
        return {true, existing.first(), 0};
    // "IP マスカレードでは、先頭の 1 個の外側の IP アドレスが使用される。"
    Result result;
    if (r.globals.isEmpty())
        return result;
    const quint32 address = r.globals.first();
    result.heldBy = table.holderAnyDestination(r.protocol, {address, r.local.port}, r.local);
    const quint16 port = probe(m_range, m_range.first, [&](quint16 p) {
        return !table.holderAnyDestination(r.protocol, {address, p}, r.local);
    });
    if (port) {
        result.ok = true;
        result.global = {address, port};
    }
    return result;
}
