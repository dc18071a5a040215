#include "NatDeviceEngine.h"

NatDeviceEngine::NatDeviceEngine(int index, NatDeviceConfig config,
                                 std::vector<Translation> *store, quint32 seed)
    : m_index(index)
    , m_config(std::move(config))
    , m_behaviour(NatBehaviour::create(m_config.profile, m_config.options))
    , m_store(store)
    , m_rng(seed)
{
}

QList<quint32> NatDeviceEngine::installStatics(double now)
{
    QList<quint32> ids;
    for (const NatDeviceConfig::StaticNat &s : std::as_const(m_config.statics)) {
        Translation t;
        t.protocol = Protocol::Any;
        t.insideLocal = {s.local, 0};
        t.insideGlobal = {s.global, 0};
        t.isStatic = true;
        t.simple = true;
        t.rule = s.rule;
        const quint32 id = create(t, now);
        m_staticByGlobalIp.insert(s.global, id);
        ids.append(id);
    }
    for (const NatDeviceConfig::StaticPat &s : std::as_const(m_config.staticPats)) {
        Translation t;
        t.protocol = s.protocol;
        t.insideLocal = s.local;
        t.insideGlobal = s.global;
        t.isStatic = true;
        t.rule = s.rule;
        const quint32 id = create(t, now);
        m_staticPatByGlobal.insert(key(s.protocol, s.global), id);
        ids.append(id);
    }
    // A row a later one replaced by global is no longer reachable, as before.
    for (quint32 id : std::as_const(ids)) {
        const Translation &t = translation(id);
        if (!t.simple && m_staticPatByGlobal.value(key(t.protocol, t.insideGlobal)) == id
            && !m_staticPatByLocal.contains(key(t.protocol, t.insideLocal)))
            m_staticPatByLocal.insert(key(t.protocol, t.insideLocal), id);
    }
    return ids;
}

void NatDeviceEngine::append(FlatMap<PackedKey, IdList> &index, Chain chain, const PackedKey &k,
                             quint32 id)
{
    IdList &list = index[k];
    Node &n = node(id);
    if (chain == ByGlobal) {
        n.prevGlobal = list.tail;
        n.nextGlobal = 0;
        if (list.tail)
            node(list.tail).nextGlobal = id;
    } else {
        n.prevLocal = list.tail;
        n.nextLocal = 0;
        if (list.tail)
            node(list.tail).nextLocal = id;
    }
    if (!list.head)
        list.head = id;
    list.tail = id;
}

void NatDeviceEngine::unlink(FlatMap<PackedKey, IdList> &index, Chain chain, const PackedKey &k,
                             quint32 id)
{
    IdList *list = index.find(k);
    if (!list)
        return;
    Node &n = node(id);
    const quint32 prev = chain == ByGlobal ? n.prevGlobal : n.prevLocal;
    const quint32 next = chain == ByGlobal ? n.nextGlobal : n.nextLocal;
    if (prev)
        (chain == ByGlobal ? node(prev).nextGlobal : node(prev).nextLocal) = next;
    else
        list->head = next;
    if (next)
        (chain == ByGlobal ? node(next).prevGlobal : node(next).prevLocal) = prev;
    else
        list->tail = prev;
    if (!list->head)
        index.remove(k);
}

quint32 NatDeviceEngine::create(Translation t, double now)
{
    t.id = quint32(m_store->size() + 1);
    t.device = m_index;
    t.created = now;
    m_store->push_back(t);
    if (m_nodes.size() < t.id)
        m_nodes.resize(std::max<size_t>(t.id, m_nodes.size() * 2));
    Node &n = node(t.id);
    n = Node();
    n.live = true;
    ++m_liveCount;
    TranslationState &s = n.state;
    s.id = t.id;
    s.lastUsed = now;
    s.expires = t.isStatic ? -1 : now + m_behaviour->timeout(t.protocol, false, m_config.timeouts);
    if (t.toRouter) {
        // Holds its tuple only: it is no inside endpoint's mapping.
        m_byGlobalRemote.insert(key(t.protocol, t.insideGlobal, t.outside), t.id);
        return t.id;
    }
    if (!t.simple) {
        append(m_byGlobal, ByGlobal, key(t.protocol, t.insideGlobal), t.id);
        append(m_byLocal, ByLocal, key(t.protocol, t.insideLocal), t.id);
        if (!t.outside.isNull()) {
            m_byFlow.insert(key(t.protocol, t.insideLocal, t.outside), t.id);
            m_byGlobalRemote.insert(key(t.protocol, t.insideGlobal, t.outside), t.id);
        }
    }
    return t.id;
}

void NatDeviceEngine::remove(quint32 id)
{
    if (!isLive(id))
        return;
    node(id).live = false;
    --m_liveCount;
    const Translation &t = translation(id);
    if (t.simple) {
        m_staticByGlobalIp.remove(t.insideGlobal.ip);
        return;
    }
    if (t.toRouter) {
        m_byGlobalRemote.remove(key(t.protocol, t.insideGlobal, t.outside));
        return;
    }
    unlink(m_byGlobal, ByGlobal, key(t.protocol, t.insideGlobal), id);
    unlink(m_byLocal, ByLocal, key(t.protocol, t.insideLocal), id);
    if (!t.outside.isNull()) {
        m_byFlow.remove(key(t.protocol, t.insideLocal, t.outside));
        m_byGlobalRemote.remove(key(t.protocol, t.insideGlobal, t.outside));
    }
    if (t.isStatic) {
        m_staticPatByGlobal.remove(key(t.protocol, t.insideGlobal));
        if (m_staticPatByLocal.value(key(t.protocol, t.insideLocal)) == id)
            m_staticPatByLocal.remove(key(t.protocol, t.insideLocal));
    }
}

QList<quint32> NatDeviceEngine::dynamicIds() const
{
    QList<quint32> ids; // ascending: ids are in creation order
    for (quint32 id = 1; id <= m_nodes.size(); ++id) {
        if (node(id).live && !translation(id).isStatic)
            ids.append(id);
    }
    return ids;
}

const TranslationState &NatDeviceEngine::touch(quint32 id, double now, bool reply)
{
    TranslationState &s = node(id).state;
    s.lastUsed = now;
    if (reply)
        s.replied = true;
    s.assured = m_behaviour->isAssured(s.replied, now - translation(id).created);
    if (s.expires >= 0)
        s.expires = now + m_behaviour->timeout(translation(id).protocol, s.assured,
                                               m_config.timeouts);
    return s;
}

NatDeviceEngine::Outbound NatDeviceEngine::outbound(Protocol p, const Endpoint &local,
                                                    const Endpoint &remote, double now,
                                                    ObjectId owner)
{
    Outbound out;
    if (const quint32 id = m_byFlow.value(key(p, local, remote))) {
        out.status = Outbound::Translated;
        out.id = id;
        out.global = translation(id).insideGlobal;
        return out;
    }
    if (const quint32 id = m_staticPatByLocal.value(key(p, local))) {
        out.status = Outbound::Translated;
        out.id = id;
        out.global = translation(id).insideGlobal;
        return out;
    }
    Translation t;
    t.protocol = p;
    t.insideLocal = local;
    t.outside = remote;
    t.owner = owner;
    for (const NatDeviceConfig::StaticNat &s : std::as_const(m_config.statics)) {
        if (s.local == local.ip) {
            t.insideGlobal = {s.global, local.port};
            t.rule = s.rule;
            out = {Outbound::Translated, create(t, now), true, t.insideGlobal};
            return out;
        }
    }
    for (const NatDeviceConfig::DynamicPat &d : std::as_const(m_config.dynamics)) {
        const bool permitted = std::any_of(d.sources.cbegin(), d.sources.cend(),
                                           [&](const auto &prefix) {
                                               return prefix.contains(local.ip);
                                           });
        if (!permitted)
            continue;
        NatBehaviour::Request request{p, local, remote, d.globals, d.overload};
        const NatBehaviour::Result r = m_behaviour->allocate(request, *this, m_rng);
        if (!r.ok) {
            out.status = Outbound::Exhausted;
            return out;
        }
        t.insideGlobal = r.global;
        t.rule = d.rule;
        if (r.global.port != local.port || r.heldBy) {
            t.requestedPort = local.port;
            t.heldBy = r.global.port != local.port ? r.heldBy : 0;
        }
        out = {Outbound::Translated, create(t, now), true, t.insideGlobal};
        return out;
    }
    return out; // NoRule
}

NatDeviceEngine::Inbound NatDeviceEngine::inbound(Protocol p, const Endpoint &remote,
                                                  const Endpoint &global, double now)
{
    Inbound in;
    quint32 id = m_byGlobalRemote.value(key(p, global, remote));
    if (!id && m_behaviour->endpointIndependentFiltering()) {
        id = m_byGlobal.value(key(p, global)).head;
    }
    if (!id)
        id = m_staticPatByGlobal.value(key(p, global));
    if (id) {
        in.id = id;
        in.local = translation(id).insideLocal;
        in.toRouter = translation(id).toRouter;
        return in;
    }
    if (const quint32 staticId = m_staticByGlobalIp.value(global.ip)) {
        // Inbound through a static 1:1 opens an extended entry, as IOS shows it.
        Translation t;
        t.protocol = p;
        t.insideLocal = {translation(staticId).insideLocal.ip, global.port};
        t.insideGlobal = global;
        t.outside = remote;
        t.rule = translation(staticId).rule;
        in.id = create(t, now);
        in.created = true;
        in.local = t.insideLocal;
    }
    return in;
}

quint32 NatDeviceEngine::trackUnsolicited(Protocol p, const Endpoint &remote,
                                          const Endpoint &global, double now)
{
    if (!m_behaviour->tracksUnsolicitedInbound() || m_config.dropUnsolicitedInbound
        || !m_config.ownsGlobal(global.ip) || m_byGlobalRemote.contains(key(p, global, remote)))
        return 0;
    // Measured (tests/fidelity, droppedInboundHoldsTuple): with no INPUT rule
    // dropping it, the packet is delivered locally, its conntrack entry is
    // confirmed and holds global <-> remote for the unreplied timeout.
    Translation t;
    t.protocol = p;
    t.insideLocal = global;
    t.insideGlobal = global;
    t.outside = remote;
    t.toRouter = true;
    return create(t, now);
}

Endpoint NatDeviceEngine::publicEndpointOf(Protocol p, const Endpoint &local) const
{
    for (const NatDeviceConfig::StaticPat &s : std::as_const(m_config.staticPats)) {
        if (s.protocol == p && s.local == local)
            return s.global;
    }
    for (const NatDeviceConfig::StaticNat &s : std::as_const(m_config.statics)) {
        if (s.local == local.ip)
            return {s.global, local.port};
    }
    for (const NatDeviceConfig::DynamicPat &d : std::as_const(m_config.dynamics)) {
        const bool permitted = std::any_of(d.sources.cbegin(), d.sources.cend(),
                                           [&](const auto &prefix) {
                                               return prefix.contains(local.ip);
                                           });
        if (permitted && !d.globals.isEmpty())
            return {d.globals.first(), local.port};
    }
    return {};
}

quint32 NatDeviceEngine::holderAnyDestination(Protocol p, const Endpoint &global,
                                              const Endpoint &exceptLocal) const
{
    for (quint32 id = m_byGlobal.value(key(p, global)).head; id; id = node(id).nextGlobal) {
        if (translation(id).insideLocal != exceptLocal)
            return id;
    }
    return 0;
}

quint32 NatDeviceEngine::holderToward(Protocol p, const Endpoint &global,
                                      const Endpoint &remote) const
{
    if (const quint32 id = m_byGlobalRemote.value(key(p, global, remote)))
        return id;
    // A static PAT row holds its global endpoint toward everyone.
    return m_staticPatByGlobal.value(key(p, global));
}

Endpoint NatDeviceEngine::newestMappingOf(Protocol p, const Endpoint &local) const
{
    // m_byLocal lists ids in creation order: the newest entry is the last.
    const quint32 newest = m_byLocal.value(key(p, local)).tail;
    return newest ? translation(newest).insideGlobal : Endpoint();
}

QList<Endpoint> NatDeviceEngine::mappingsOf(Protocol p, const Endpoint &local) const
{
    QList<Endpoint> globals;
    for (quint32 id = m_byLocal.value(key(p, local)).head; id; id = node(id).nextLocal) {
        const Endpoint g = translation(id).insideGlobal;
        if (!globals.contains(g))
            globals.append(g);
    }
    return globals;
}
