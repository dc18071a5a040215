#include "CiscoAsaBehaviour.h"

CiscoAsaBehaviour::Options CiscoAsaBehaviour::parse(const QStringList &options)
{
    Options o;
    o.extended = options.contains(QStringLiteral("extended"));
    o.flat = options.contains(QStringLiteral("flat"));
    o.includeReserve = o.flat && options.contains(QStringLiteral("include-reserve"));
    o.roundRobin = options.contains(QStringLiteral("round-robin"));
    return o;
}

// "Port ranges are 1-511, 512-1023 and 1024-65535 by default"; a flat pool uses
// one wide range, optionally with the reserved ports 1-1023 (Cisco FTD command
// reference, show nat pool; docs/profiles.md).
NatBehaviour::PortRange CiscoAsaBehaviour::range(quint16 realPort, const Options &options)
{
    if (options.flat)
        return options.includeReserve ? PortRange{1, 65535} : PortRange{1024, 65535};
    if (realPort < 512)
        return {1, 511};
    if (realPort < 1024)
        return {512, 1023};
    return {1024, 65535};
}

NatBehaviour::Result CiscoAsaBehaviour::allocate(const Request &r, const Occupancy &table,
                                                 std::mt19937 &rng) const
{
    const QList<Endpoint> existing = table.mappingsOf(r.protocol, r.local);
    for (const Endpoint &e : existing) {
        if (!m_options.extended || !table.holderToward(r.protocol, e, r.remote))
            return {true, e, 0};
    }
    const auto holder = [&](const Endpoint &global) {
        return m_options.extended ? table.holderToward(r.protocol, global, r.remote)
                                  : table.holderAnyDestination(r.protocol, global, r.local);
    };
    const PortRange range = CiscoAsaBehaviour::range(r.local.port, m_options);
    const bool realInRange = r.local.port >= range.first && r.local.port <= range.last;
    const int count = int(r.globals.size());
    const quint32 poolKey = r.globals.value(0);
    const int first = m_options.roundRobin && count > 1 ? m_next.value(poolKey) % count : 0;
    Result result;
    for (int i = 0; i < count; ++i) {
        const int index = (first + i) % count;
        const quint32 address = r.globals.at(index);
        quint16 port = 0;
        const quint32 h = realInRange ? holder({address, r.local.port}) : 0;
        if (realInRange && !h) {
            port = r.local.port;
        } else {
            if (!result.heldBy)
                result.heldBy = h;
            port = probe(range, randomIn(range, rng),
                         [&](quint16 p) { return !holder({address, p}); });
        }
        if (port) {
            if (m_options.roundRobin && count > 1)
                m_next.insert(poolKey, index + 1);
            result.ok = true;
            result.global = {address, port};
            return result;
        }
    }
    return result;
}
