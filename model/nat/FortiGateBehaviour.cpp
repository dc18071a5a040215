#include "FortiGateBehaviour.h"

std::unique_ptr<NatBehaviour> FortiGateBehaviour::fromOptions(const QStringList &options)
{
    PoolType pool = PoolType::Overload;
    if (options.contains(QStringLiteral("one-to-one")))
        pool = PoolType::OneToOne;
    else if (options.contains(QStringLiteral("fixed-port-range")))
        pool = PoolType::FixedPortRange;
    else if (options.contains(QStringLiteral("port-block-allocation")))
        pool = PoolType::PortBlockAllocation;
    return std::make_unique<FortiGateBehaviour>(options.contains(QStringLiteral("fixedport")),
                                                !options.contains(QStringLiteral("no-port-preserve")),
                                                pool);
}

// "If the original source port is above 1024 then the source NAT port will be in
// the range [5117, 65532]"; "when original-source-port < 1024, the translated
// source-port will be in the range of [512,1024)" (docs/profiles.md).
NatBehaviour::PortRange FortiGateBehaviour::translatedRange(quint16 port)
{
    if (port < 1024)
        return {512, 1023};
    return {5117, 65532};
}

NatBehaviour::Result FortiGateBehaviour::allocate(const Request &r, const Occupancy &table,
                                                  std::mt19937 &) const
{
    if (r.globals.isEmpty())
        return {};
    // One-to-one keeps the port on an address of its own (port translation is
    // not what the pool type is for; assumed, docs/profiles.md).
    if (m_pool == PoolType::OneToOne && !m_fixedPort)
        return oneToOne(r, table);

    // A port is taken only toward the same destination ip:port and protocol.
    const auto holder = [&](const Endpoint &global) {
        return table.holderToward(r.protocol, global, r.remote);
    };
    // Overload: "Y = P1 + X mod R1", the address follows from the source address.
    const int first = int(r.local.ip % quint32(r.globals.size()));
    Result result;
    if (m_fixedPort) {
        // Never translated; with a pool, the other addresses serve further
        // sessions of the same port ("limited by the number of IP addresses").
        for (int i = 0; i < r.globals.size(); ++i) {
            const Endpoint wanted{r.globals[(first + i) % r.globals.size()], r.local.port};
            const quint32 h = holder(wanted);
            if (!h)
                return {true, wanted, result.heldBy};
            if (!result.heldBy)
                result.heldBy = h;
        }
        return result; // a clash: the session is refused
    }

    const quint32 address = r.globals[first];
    const bool keepable = m_preservePort && m_pool == PoolType::Overload && preservable(r.local.port);
    if (keepable) {
        const Endpoint wanted{address, r.local.port};
        const quint32 h = holder(wanted);
        if (!h)
            return {true, wanted, 0};
        result.heldBy = h;
    }
    // The next free port from the start of the range (assumed: FortiOS keeps a
    // counter whose position the documentation does not give).
    const PortRange range = translatedRange(r.local.port);
    const quint16 port = probe(range, range.first, [&](quint16 p) { return !holder({address, p}); });
    if (port) {
        result.ok = true;
        result.global = {address, port};
    }
    return result;
}

NatBehaviour::Result FortiGateBehaviour::oneToOne(const Request &r, const Occupancy &table) const
{
    // First come, first served: the address this host already uses, else the
    // first address on which no other host holds this port.
    for (const Endpoint &e : table.mappingsOf(r.protocol, r.local)) {
        if (r.globals.contains(e.ip) && !table.holderToward(r.protocol, e, r.remote))
            return {true, e, 0};
    }
    Result result;
    for (quint32 address : r.globals) {
        const Endpoint wanted{address, r.local.port};
        const quint32 h = table.holderAnyDestination(r.protocol, wanted, r.local);
        if (!h)
            return {true, wanted, result.heldBy};
        if (!result.heldBy)
            result.heldBy = h;
    }
    return result; // every address is in use: the session is refused
}
