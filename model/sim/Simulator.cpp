#include "Simulator.h"

#include "Catalogue.h"
#include "NatDeviceEngine.h"
#include "Project.h"

#include <algorithm>

namespace {

constexpr quint16 NatTPort = 4500;

// What the run does at a point in time. Ties at the same time: expiries first
// (a translation that times out at t is gone for a packet sent at t), then
// the order things were scheduled in.
// Packed in 24 bytes: `order` holds, from the top bit down, "not an expiry",
// the sequence number and the action, so one integer compare breaks ties.
struct Scheduled
{
    enum Action : quint8 { Expire, Deploy, Stop, Resume, IkeRequest, Keepalive, PeerSend,
                           Background, Scenario, PeerInitiate };
    double time;
    quint64 order;
    int index;        // tunnel, background flow, device or scenario event
    quint32 aux;      // translation id (Expire), generation (tunnel actions, PeerInitiate)
    Action action() const { return Action(order & 15); }
    static quint64 orderOf(Action action, quint64 seq)
    {
        return (quint64(action != Expire) << 63) | (seq << 4) | quint64(action);
    }
    bool operator>(const Scheduled &o) const
    {
        if (time != o.time)
            return time > o.time;
        return order > o.order;
    }
};

// The time-ordered queue: a binary heap over a flat array (std::push_heap and
// pop_heap, with the comparison above inlined).
class ScheduleQueue
{
public:
    bool empty() const { return m_heap.empty(); }
    const Scheduled &top() const { return m_heap.front(); }
    void push(const Scheduled &s)
    {
        m_heap.push_back(s);
        std::push_heap(m_heap.begin(), m_heap.end(), std::greater<Scheduled>());
    }
    void pop()
    {
        std::pop_heap(m_heap.begin(), m_heap.end(), std::greater<Scheduled>());
        m_heap.pop_back();
    }

private:
    std::vector<Scheduled> m_heap;
};

// The expiry a translation waits for. Every refresh of a translation used to
// queue one more expiry (all but the last found it refreshed and did
// nothing): now one entry per translation is queued and the refresh only notes
// its time and sequence number, and the entry is put back when it pops early,
// at the place in the order the refresh gave it. Exact when expiry times never
// decrease, which holds when the behaviour's assured timeouts are no shorter
// than its unassured ones (checked per device; otherwise every refresh queues).
struct PendingExpiry
{
    double at = 0;
    quint64 seq = 0;
    bool set = false;
    bool queued = false;
};

// Where a tunnel's steady events are logged (TunnelRun::hints).
enum LogSite { SentOut, TranslatedOut, DeliveredOut, SentIn, TranslatedIn, DeliveredIn };

struct TunnelRun
{
    SimulationResult::Tunnel info;
    double keepalive = 20;
    double deployAt = 0;
    quint32 generation = 0; // bumped on stop: cancels what was scheduled before
    bool deployed = false;
    SimEvent::TunnelState state = SimEvent::NotDeployed;
    SimEvent::Reason reason = SimEvent::NoReason;
    bool learnedPolicy = false; // info.policy is "learned"
    // The log detail each steady step logged last (EventLog::push_back's hint),
    // by LogSite: a keepalive repeats them, found without a hash lookup.
    quint32 hints[6] = {~0u, ~0u, ~0u, ~0u, ~0u, ~0u};
    Endpoint learned;       // where the peer sends; null until it heard an IKE message
    quint32 mapping = 0;    // the appliance's current outbound translation
    // Scenario "peer-initiates": the peer sends first until this time; the
    // generation drops attempts of an earlier, overlapping event.
    double initiateUntil = -1;
    quint32 initiateGeneration = 0;
};

struct BackgroundRun
{
    ObjectId id = NoId;
    int device = -1;
    Protocol protocol = Protocol::Udp;
    Endpoint local;
    Endpoint remote;
    double interval = 0;
    bool replies = true; // the remote answers (the entry becomes replied)
};

class SimulationRun
{
public:
    SimulationRun(const Project &project, const Simulator::Options &options)
        : m_project(project)
        , m_result(std::make_shared<SimulationResult>())
    {
        m_until = options.until >= 0 ? options.until
                                     : m_project.value(NoId, Field::duration).toDouble();
        m_maxEvents = options.maxEvents;
        m_cancel = options.cancel;
        m_result->duration = m_until;
    }

    std::shared_ptr<const SimulationResult> run()
    {
        // The store's ids index the per-translation tables; most runs create few.
        m_result->translations.reserve(1024);
        // A value held as written (Project::holdValue) would be simulated as its
        // default: nothing runs until it is fixed (the replay lists what to fix).
        // The devices are still listed, so the NAT table shows them, empty.
        if (m_project.hasHeldValues()) {
            compileDevices();
            m_result->warnings.append(
                Simulator::tr("Not simulated: %n value(s) of the project are not valid "
                              "(see the validation panel).",
                              nullptr, int(m_project.heldFields().size())));
            return m_result;
        }
        compileDevices();
        compileTunnels();
        compileBackground();
        compileScenario();
        if (m_cancel && m_cancel->load(std::memory_order_relaxed))
            return nullptr;
        while (!m_queue.empty() && m_result->events.size() < size_t(m_maxEvents)) {
            const Scheduled s = m_queue.top();
            if (s.time > m_until)
                break;
            m_queue.pop();
            m_now = s.time;
            dispatch(s);
            // An atomic load per event would be measurable; every 4096 is prompt enough.
            if (m_cancel && (++m_dispatched & 4095) == 0
                && m_cancel->load(std::memory_order_relaxed))
                return nullptr;
        }
        if (m_result->events.size() >= size_t(m_maxEvents))
            m_result->warnings.append(Simulator::tr("The simulation stopped after %1 events.")
                                          .arg(m_maxEvents));
        return m_result;
    }

private:
    // ---- setup
    void compileDevices()
    {
        const quint32 seed = m_project.value(NoId, Field::seed).toUInt();
        for (ObjectId id : m_project.objects(ObjectKind::Device)) {
            NatDeviceConfig config = NatDeviceConfig::fromProject(m_project, id,
                                                                  &m_result->warnings);
            const int index = int(m_engines.size());
            auto engine = std::make_unique<NatDeviceEngine>(index, config, &m_result->translations,
                                                            seed * 1000003u + quint32(index));
            if (!engine->isValid()) {
                m_result->warnings.append(Simulator::tr("%1: unknown NAT profile \"%2\"")
                                              .arg(config.name, config.profile));
            }
            m_result->devices.append({id, config.name, config.profile});
            m_monotoneExpiry.push_back(engine->isValid() && monotoneExpiry(*engine));
            m_deviceSite.append(m_project.parentOf(id));
            m_engines.push_back(std::move(engine));
        }
        for (size_t i = 0; i < m_engines.size(); ++i) {
            if (!m_engines[i]->isValid())
                continue;
            for (quint32 id : m_engines[i]->installStatics(0))
                log(translationEvent(SimEvent::TranslationCreated, int(i), id));
        }
    }

    // Whether a translation's expiry time can only move later: an assured
    // translation's timeout is never shorter than an unassured one's.
    static bool monotoneExpiry(const NatDeviceEngine &engine)
    {
        for (Protocol p : {Protocol::Udp, Protocol::Tcp, Protocol::Icmp, Protocol::Esp, Protocol::Any}) {
            if (engine.behaviour().timeout(p, true, engine.config().timeouts)
                < engine.behaviour().timeout(p, false, engine.config().timeouts))
                return false;
        }
        return true;
    }

    int deviceFor(ObjectId site, quint32 address) const
    {
        for (size_t i = 0; i < m_engines.size(); ++i) {
            if (m_deviceSite[int(i)] == site && m_engines[i]->isValid()
                && m_engines[i]->config().isInside(address))
                return int(i);
        }
        return -1;
    }

    void compileTunnels()
    {
        const Catalogue &catalogue = Catalogue::builtIn();
        QList<QPair<ObjectId, ObjectId>> pairs; // (appliance, mesh)
        for (ObjectId mesh : m_project.objects(ObjectKind::Mesh)) {
            for (const QVariant &v : m_project.value(mesh, Field::pairs).toList()) {
                if (!std::any_of(pairs.cbegin(), pairs.cend(),
                                 [&](const auto &p) { return p.first == v.toUInt(); }))
                    pairs.append({v.toUInt(), mesh});
            }
        }
        for (const auto &[appliance, mesh] : std::as_const(pairs)) {
            const ObjectId peer = m_project.value(appliance, Field::peer).toUInt();
            quint32 local = 0, remote = 0;
            if (!peer || !Ipv4::parse(m_project.text(appliance, Field::uplinkIp), &local)
                || !Ipv4::parse(m_project.text(peer, Field::uplinkIp), &remote)) {
                m_result->warnings.append(
                    Simulator::tr("%1: no peer with an uplink address; no tunnel simulated")
                        .arg(m_project.displayName(appliance)));
                continue;
            }
            const QString type = m_project.text(appliance, Field::type);
            QString policy = m_project.text(appliance, Field::peerPolicy);
            if (policy.isEmpty())
                policy = m_project.text(peer, Field::peerPolicy);
            if (policy.isEmpty())
                policy = catalogue.defaultPeerPolicy(type);
            if (policy.isEmpty())
                policy = QStringLiteral("expects-4500");
            const Catalogue::Flow *flow = catalogue.tunnelFlow(type);
            const quint16 peerPort = quint16(m_project.value(peer, Field::tunnelPort).toUInt());
            // One tunnel per pair of uplinks (HCX multi-uplink), the primary pair first.
            const QList<quint32> locals = uplinks(appliance, local);
            const QList<quint32> remotes = uplinks(peer, remote);
            for (quint32 l : locals) {
                for (quint32 r : remotes) {
                    TunnelRun t;
                    t.info.appliance = appliance;
                    t.info.peer = peer;
                    t.info.mesh = mesh;
                    t.info.name = l == local && r == remote
                                      ? QStringLiteral("%1 ⇄ %2").arg(m_project.displayName(appliance),
                                                                     m_project.displayName(peer))
                                      : QStringLiteral("%1 (%2) ⇄ %3 (%4)")
                                            .arg(m_project.displayName(appliance), Ipv4::toString(l),
                                                 m_project.displayName(peer), Ipv4::toString(r));
                    t.info.applianceType = type;
                    t.info.policy = policy;
                    t.learnedPolicy = policy == QLatin1String("learned");
                    t.info.local = {l, NatTPort};
                    t.info.remote = {r, peerPort};
                    t.info.device = deviceFor(m_project.parentOf(appliance), l);
                    t.keepalive = flow && flow->keepaliveSeconds > 0 ? flow->keepaliveSeconds : 20;
                    t.deployAt = m_project.value(appliance, Field::deployAt).toDouble();
                    m_tunnels.push_back(t);
                    const quint64 localKey = endpointKey(t.info.local);
                    if (!m_tunnelByLocal.contains(localKey))
                        m_tunnelByLocal.insert(localKey, int(m_tunnels.size()));
                    m_result->tunnels.append(t.info);
                    schedule(t.deployAt, Scheduled::Deploy, int(m_tunnels.size() - 1), 0);
                }
            }
        }
    }

    // The appliance's uplink addresses: the primary, then the valid additional ones.
    QList<quint32> uplinks(ObjectId appliance, quint32 primary) const
    {
        QList<quint32> addresses{primary};
        for (const QString &text : m_project.value(appliance, Field::extraUplinkIps).toStringList()) {
            quint32 a = 0;
            if (Ipv4::parse(text.trimmed(), &a) && !addresses.contains(a))
                addresses.append(a);
        }
        return addresses;
    }

    void compileBackground()
    {
        for (ObjectId id : m_project.objects(ObjectKind::Background)) {
            const ObjectId device = m_project.parentOf(id);
            const int index = int(m_project.objects(ObjectKind::Device).indexOf(device));
            quint32 local = 0, remote = 0;
            if (index < 0 || !m_engines[size_t(index)]->isValid()
                || !Ipv4::parse(m_project.text(id, Field::insideLocal), &local)
                || !Ipv4::parse(m_project.text(id, Field::remote), &remote))
                continue;
            Protocol p = Protocol::Udp;
            enumFromKey(m_project.text(id, Field::protocol),
                        ModelEnums::protocolKeys(), &p);
            const int first = m_project.value(id, Field::firstPort).toInt();
            const int count = m_project.value(id, Field::count).toInt();
            const double start = m_project.value(id, Field::start).toDouble();
            const double interval = m_project.value(id, Field::interval).toDouble();
            const quint16 remotePort = quint16(m_project.value(id, Field::remotePort).toUInt());
            const bool replies = m_project.value(id, Field::remoteReplies).toBool();
            for (int i = 0; i < count && first + i <= 65535; ++i) {
                m_background.append({id, index, p, {local, quint16(first + i)}, {remote, remotePort},
                                     interval, replies});
                schedule(start, Scheduled::Background, int(m_background.size() - 1), 0);
            }
        }
    }

    void compileScenario()
    {
        const QList<ObjectId> &events = m_project.objects(ObjectKind::Event);
        for (int i = 0; i < events.size(); ++i)
            schedule(m_project.value(events[i], Field::at).toDouble(),
                     Scheduled::Scenario, i, 0);
    }

    // ---- event loop
    void schedule(double time, Scheduled::Action action, int index, quint32 aux)
    {
        m_queue.push({time, Scheduled::orderOf(action, m_seq++), index, aux});
    }

    static quint64 endpointKey(const Endpoint &e) { return (quint64(e.ip) << 16) | e.port; }

    void dispatch(const Scheduled &s)
    {
        switch (s.action()) {
        case Scheduled::Expire: expire(s.index, s.aux); return;
        case Scheduled::Background: background(s.index); return;
        case Scheduled::Scenario: scenario(s.index); return;
        case Scheduled::PeerInitiate: peerInitiate(s.index, s.aux); return;
        default: break;
        }
        TunnelRun &t = m_tunnels[size_t(s.index)];
        if (s.action() != Scheduled::Deploy && s.action() != Scheduled::Resume
            && s.aux != t.generation)
            return; // scheduled before a stop or silence
        switch (s.action()) {
        case Scheduled::Deploy: deploy(s.index, s.aux); break;
        case Scheduled::Resume: resume(s.index, s.aux); break;
        case Scheduled::IkeRequest: ikeRequest(s.index); break;
        case Scheduled::Keepalive: keepalive(s.index); break;
        case Scheduled::PeerSend: peerSend(s.index, false); break;
        default: break;
        }
    }

    void log(SimEvent e, quint32 *hint = nullptr)
    {
        e.time = m_now;
        if (hint)
            m_result->events.push_back(e, hint);
        else
            m_result->events.push_back(e);
    }

    quint32 *hint(int tunnel, LogSite site)
    {
        return tunnel >= 0 ? &m_tunnels[size_t(tunnel)].hints[site] : nullptr;
    }

    SimEvent translationEvent(SimEvent::Type type, int device, quint32 id) const
    {
        SimEvent e;
        e.type = type;
        e.device = qint16(device);
        e.translation = id;
        const Translation &t = m_result->translation(id);
        e.subject = t.owner;
        e.from = t.insideLocal;
        e.mapped = t.insideGlobal;
        e.to = t.outside;
        const NatDeviceEngine &engine = *m_engines[size_t(device)];
        if (engine.isLive(id)) {
            e.value = engine.state(id).expires;
            if (engine.state(id).assured)
                e.flags |= SimEvent::Assured;
        }
        return e;
    }

    void scheduleExpiry(int device, quint32 id)
    {
        const TranslationState &s = m_engines[size_t(device)]->state(id);
        if (s.expires < 0)
            return;
        if (!m_monotoneExpiry[size_t(device)]) {
            schedule(s.expires, Scheduled::Expire, device, id);
            return;
        }
        if (m_pending.size() < id)
            m_pending.resize(std::max<size_t>(id, m_pending.size() * 2));
        PendingExpiry &p = m_pending[id - 1];
        const quint64 seq = m_seq++;
        // Of several refreshes to the same time, the first one's place counts.
        if (!p.set || p.at != s.expires) {
            p.at = s.expires;
            p.seq = seq;
            p.set = true;
        }
        if (!p.queued) {
            m_queue.push({p.at, Scheduled::orderOf(Scheduled::Expire, p.seq), device, id});
            p.queued = true;
        }
    }

    void expire(int device, quint32 id)
    {
        NatDeviceEngine &engine = *m_engines[size_t(device)];
        if (m_monotoneExpiry[size_t(device)]) {
            PendingExpiry &p = m_pending[id - 1];
            p.queued = false;
            if (engine.isLive(id) && engine.state(id).expires > m_now) {
                // Refreshed since: wait for the refresh's expiry, if one was
                // queued for the time it now expires at.
                if (p.set && p.at == engine.state(id).expires) {
                    m_queue.push({p.at, Scheduled::orderOf(Scheduled::Expire, p.seq), device, id});
                    p.queued = true;
                }
                return;
            }
        }
        if (!engine.isLive(id) || engine.state(id).expires > m_now)
            return; // refreshed since, or already gone
        SimEvent e = translationEvent(SimEvent::TranslationExpired, device, id);
        e.reason = SimEvent::Timeout;
        engine.remove(id);
        log(e);
    }

    // Outbound through the device (if any); returns the translation used (0 when
    // no NAT on the path) or -1 when the packet is dropped, why in *dropped.
    qint64 outbound(int device, Protocol p, const Endpoint &local, const Endpoint &remote,
                    ObjectId owner, Endpoint *global, quint8 flags, int tunnel = -1,
                    SimEvent::Reason *dropped = nullptr)
    {
        if (device < 0) {
            *global = local;
            return 0;
        }
        NatDeviceEngine &engine = *m_engines[size_t(device)];
        const NatDeviceEngine::Outbound out = engine.outbound(p, local, remote, m_now, owner);
        if (out.status != NatDeviceEngine::Outbound::Translated) {
            SimEvent e;
            e.type = SimEvent::PacketDropped;
            e.device = qint16(device);
            e.reason = out.status == NatDeviceEngine::Outbound::NoRule ? SimEvent::NoNatRule
                                                                       : SimEvent::PoolExhausted;
            e.subject = owner;
            e.from = local;
            e.to = remote;
            e.flags = flags;
            log(e);
            if (dropped)
                *dropped = SimEvent::Reason(e.reason);
            return -1;
        }
        if (!out.created)
            engine.touch(out.id, m_now, false);
        SimEvent e = translationEvent(out.created ? SimEvent::TranslationCreated
                                                  : SimEvent::NatTranslated,
                                      device, out.id);
        e.subject = owner;
        e.from = local;
        e.to = remote;
        e.mapped = out.global;
        e.flags |= flags;
        e.tunnel = tunnel;
        if (tunnel >= 0 && out.created && out.global.port != NatTPort
            && !m_tunnels[size_t(tunnel)].learnedPolicy) {
            // The tunnel is lost the moment the port is given: the peer will send
            // to 4500. Shown on this very step, not a round trip later.
            TunnelRun &t = m_tunnels[size_t(tunnel)];
            t.mapping = out.id;
            t.state = e.state = SimEvent::Down;
            t.reason = e.reason = SimEvent::PortChanged;
            e.flags |= SimEvent::StateChange;
        }
        log(e, hint(tunnel, TranslatedOut));
        if (out.created)
            noteOwner(device, out.id, owner);
        scheduleExpiry(device, out.id);
        *global = out.global;
        return out.id;
    }

    // Remembers who held each global endpoint, to report ownership flips: another
    // owner getting it after the holder's translation ended. While that one
    // lives (a per-tuple NAT sharing the endpoint toward other peers) it is not
    // a flip.
    void noteOwner(int device, quint32 id, ObjectId owner)
    {
        const Translation &t = m_result->translation(id);
        if (!owner || t.simple)
            return;
        const PackedKey key{(quint64(t.insideGlobal.ip) << 32) | (quint64(t.insideGlobal.port) << 16)
                                | quint64(quint8(t.protocol)),
                            quint64(quint32(device))};
        quint32 &holder = m_lastHolder[key];
        const quint32 previous = holder;
        holder = id;
        if (!previous)
            return;
        const ObjectId previousOwner = m_result->translation(previous).owner;
        if (previousOwner && previousOwner != owner
            && !m_engines[size_t(device)]->isLive(previous)) {
            SimEvent e = translationEvent(SimEvent::PortFlip, device, id);
            e.subject = owner;
            e.aux = previousOwner;
            log(e);
        }
    }

    void background(int index)
    {
        const BackgroundRun &b = m_background[index];
        Endpoint global;
        const qint64 id = outbound(b.device, b.protocol, b.local, b.remote, b.id, &global,
                                   SimEvent::Background);
        if (id > 0 && b.replies) {
            // The remote answers (DNS, NTP...): the entry is replied to.
            m_engines[size_t(b.device)]->touch(quint32(id), m_now, true);
        }
        if (b.interval > 0)
            schedule(m_now + b.interval, Scheduled::Background, index, 0);
    }

    void setTunnel(int index, SimEvent::TunnelState state, SimEvent::Reason reason,
                   const Endpoint &from = {}, const Endpoint &to = {})
    {
        TunnelRun &t = m_tunnels[size_t(index)];
        if (t.state == state && t.reason == reason)
            return;
        t.state = state;
        t.reason = reason;
        SimEvent e;
        e.type = SimEvent::TunnelChanged;
        e.tunnel = index;
        e.state = state;
        e.reason = reason;
        e.subject = t.info.appliance;
        e.translation = t.mapping;
        e.device = qint16(t.info.device);
        e.from = from;
        e.to = to;
        e.mapped = t.learned;
        log(e);
    }

    void deploy(int index, quint32)
    {
        TunnelRun &t = m_tunnels[size_t(index)];
        t.deployed = true;
        t.learned = {};
        t.mapping = 0;
        SimEvent e;
        e.type = SimEvent::ApplianceDeployed;
        e.tunnel = index;
        e.subject = t.info.appliance;
        log(e);
        setTunnel(index, SimEvent::Connecting, SimEvent::Deploying);
        ikeRequest(index);
    }

    void stop(int index, SimEvent::Reason reason)
    {
        TunnelRun &t = m_tunnels[size_t(index)];
        ++t.generation;
        SimEvent e;
        e.type = SimEvent::ApplianceStopped;
        e.tunnel = index;
        e.subject = t.info.appliance;
        e.reason = reason;
        log(e);
        if (reason == SimEvent::Redeploying) {
            t.deployed = false;
            setTunnel(index, SimEvent::NotDeployed, SimEvent::Redeploying);
        }
    }

    void resume(int index, quint32 generation)
    {
        TunnelRun &t = m_tunnels[size_t(index)];
        if (generation != t.generation || !t.deployed)
            return;
        if (t.state == SimEvent::Up) {
            keepalive(index);
            schedule(m_now + t.keepalive / 2, Scheduled::PeerSend, index, t.generation);
        } else {
            ikeRequest(index);
        }
    }

    // The appliance sends from uplink:4500 to its peer; returns false if the
    // packet did not reach the peer.
    bool sendToPeer(int index, bool ike)
    {
        TunnelRun &t = m_tunnels[size_t(index)];
        SimEvent sent;
        sent.type = SimEvent::PacketSent;
        sent.tunnel = index;
        sent.subject = t.info.appliance;
        sent.from = t.info.local;
        sent.to = t.info.remote;
        sent.flags = 0;
        log(sent, &t.hints[SentOut]);
        Endpoint global;
        SimEvent::Reason dropped = SimEvent::NoNatRule;
        const qint64 id = outbound(t.info.device, Protocol::Udp, t.info.local, t.info.remote,
                                   t.info.appliance, &global, 0, index, &dropped);
        if (id < 0) {
            // The tunnel's reason is the drop's: no rule, or a pool out of ports.
            setTunnel(index, SimEvent::Down, dropped, t.info.local, t.info.remote);
            return false;
        }
        t.mapping = quint32(id);
        SimEvent got;
        got.type = SimEvent::PacketDelivered;
        got.tunnel = index;
        got.subject = t.info.peer;
        got.from = global;
        got.to = t.info.remote;
        log(got, &t.hints[DeliveredOut]);
        if (ike) {
            // The peer takes the source it saw from an IKE message (RFC 7296
            // §2.23); keepalives never move it (RFC 3948).
            const Endpoint target = t.learnedPolicy
                                        ? global
                                        : Endpoint{global.ip, NatTPort};
            if (target != t.learned) {
                t.learned = target;
                SimEvent e;
                e.type = SimEvent::PeerLearned;
                e.tunnel = index;
                e.subject = t.info.peer;
                e.from = global;
                e.mapped = target;
                log(e);
            }
        }
        return true;
    }

    void ikeRequest(int index)
    {
        TunnelRun &t = m_tunnels[size_t(index)];
        if (sendToPeer(index, true) && peerSend(index, true)) {
            schedule(m_now + t.keepalive, Scheduled::Keepalive, index, t.generation);
            schedule(m_now + t.keepalive / 2, Scheduled::PeerSend, index, t.generation);
            return;
        }
        schedule(m_now + t.keepalive, Scheduled::IkeRequest, index, t.generation);
    }

    void keepalive(int index)
    {
        TunnelRun &t = m_tunnels[size_t(index)];
        sendToPeer(index, false);
        schedule(m_now + t.keepalive, Scheduled::Keepalive, index, t.generation);
    }

    // The peer sends to where it believes the appliance is. Returns whether the
    // packet reached the right appliance; updates the tunnel state.
    bool peerSend(int index, bool reply)
    {
        TunnelRun &t = m_tunnels[size_t(index)];
        SimEvent sent;
        sent.type = SimEvent::PacketSent;
        sent.tunnel = index;
        sent.subject = t.info.peer;
        sent.from = t.info.remote;
        sent.to = t.learned;
        sent.flags = SimEvent::Inbound | (reply ? SimEvent::Reply : 0);
        log(sent, &t.hints[SentIn]);

        Endpoint local = t.learned;
        const int device = t.info.device;
        if (device >= 0) {
            NatDeviceEngine &engine = *m_engines[size_t(device)];
            const NatDeviceEngine::Inbound in = engine.inbound(Protocol::Udp, t.info.remote,
                                                               t.learned, m_now);
            if (!in.id || in.toRouter) {
                drop(index, device, SimEvent::NoTranslation, reply);
                routerEntry(device, in, t.info.remote, t.learned);
                return false;
            }
            engine.touch(in.id, m_now, true);
            SimEvent e = translationEvent(in.created ? SimEvent::TranslationCreated
                                                     : SimEvent::NatTranslated,
                                          device, in.id);
            e.from = t.info.remote;
            e.to = t.learned;
            e.mapped = in.local;
            e.flags |= SimEvent::Inbound;
            e.tunnel = index;
            log(e, &t.hints[TranslatedIn]);
            scheduleExpiry(device, in.id);
            local = in.local;
        }
        if (local != t.info.local) {
            const bool appliance = m_tunnelByLocal.contains(endpointKey(local));
            SimEvent e;
            e.type = SimEvent::PacketDropped;
            e.tunnel = index;
            e.device = qint16(device);
            e.reason = appliance ? SimEvent::WrongAppliance : SimEvent::NotAHost;
            e.from = t.info.remote;
            e.to = t.learned;
            e.mapped = local;
            e.subject = applianceAt(local);
            log(e);
            setTunnel(index, SimEvent::Down, e.reason, t.info.remote, t.learned);
            if (!reply)
                schedule(m_now + t.keepalive / 2, Scheduled::IkeRequest, index, t.generation);
            return false;
        }
        SimEvent got;
        got.type = SimEvent::PacketDelivered;
        got.tunnel = index;
        got.subject = t.info.appliance;
        got.from = t.info.remote;
        got.to = local;
        got.flags = SimEvent::Inbound;
        log(got, &t.hints[DeliveredIn]);
        setTunnel(index, SimEvent::Up, SimEvent::RoundTrip, t.info.remote, t.learned);
        if (!reply)
            schedule(m_now + t.keepalive, Scheduled::PeerSend, index, t.generation);
        return true;
    }

    ObjectId applianceAt(const Endpoint &local) const
    {
        const int tunnel = m_tunnelByLocal.value(endpointKey(local)); // index + 1
        return tunnel ? m_tunnels[size_t(tunnel - 1)].info.appliance : NoId;
    }

    void drop(int index, int device, SimEvent::Reason reason, bool reply)
    {
        TunnelRun &t = m_tunnels[size_t(index)];
        SimEvent e;
        e.type = SimEvent::PacketDropped;
        e.tunnel = index;
        e.device = qint16(device);
        e.reason = reason;
        e.from = t.info.remote;
        e.to = t.learned;
        // Who holds the port the peer aimed at, if anyone (for the explanation).
        if (device >= 0)
            e.translation = m_engines[size_t(device)]->holderAnyDestination(Protocol::Udp, t.learned, {});
        log(e);
        setTunnel(index, SimEvent::Down, reason, t.info.remote, t.learned);
        // The appliance's dead-peer detection re-initiates IKE.
        if (!reply)
            schedule(m_now + t.keepalive / 2, Scheduled::IkeRequest, index, t.generation);
    }

    // After an inbound packet from `from` to `to` died at the router: the
    // router's own entry for it (netfilter), created, or refreshed when the
    // packet matched one (never a reply, so the unreplied timeout keeps applying).
    void routerEntry(int device, const NatDeviceEngine::Inbound &in, const Endpoint &from,
                     const Endpoint &to)
    {
        NatDeviceEngine &engine = *m_engines[size_t(device)];
        const quint32 id = in.toRouter ? in.id : engine.trackUnsolicited(Protocol::Udp, from, to, m_now);
        if (!id)
            return;
        if (in.toRouter)
            engine.touch(id, m_now, false);
        SimEvent e = translationEvent(in.toRouter ? SimEvent::NatTranslated
                                                  : SimEvent::TranslationCreated,
                                      device, id);
        e.from = from;
        e.to = to;
        e.mapped = in.local;
        e.flags |= SimEvent::Inbound;
        log(e);
        scheduleExpiry(device, id);
    }

    // Scenario "peer-initiates": the cloud peer sends IKE first, to the address it
    // last learned or else the appliance's public address, port 4500, whatever
    // the tunnel's state. It only moves NAT state; the tunnel state stays with
    // the on-premises initiator.
    void peerInitiate(int index, quint32 generation)
    {
        TunnelRun &t = m_tunnels[size_t(index)];
        if (generation != t.initiateGeneration || m_now > t.initiateUntil)
            return;
        if (m_now + t.keepalive <= t.initiateUntil)
            schedule(m_now + t.keepalive, Scheduled::PeerInitiate, index, generation);
        const int device = t.info.device;
        Endpoint target = t.learned;
        if (target.isNull()) {
            const Endpoint publicEndpoint =
                device >= 0 ? m_engines[size_t(device)]->publicEndpointOf(Protocol::Udp, t.info.local)
                            : t.info.local;
            target = {publicEndpoint.isNull() ? t.info.local.ip : publicEndpoint.ip, NatTPort};
        }
        SimEvent sent;
        sent.type = SimEvent::PacketSent;
        sent.tunnel = index;
        sent.subject = t.info.peer;
        sent.from = t.info.remote;
        sent.to = target;
        sent.flags = SimEvent::Inbound;
        log(sent);

        Endpoint local = target;
        if (device >= 0) {
            NatDeviceEngine &engine = *m_engines[size_t(device)];
            const NatDeviceEngine::Inbound in = engine.inbound(Protocol::Udp, t.info.remote,
                                                               target, m_now);
            if (!in.id || in.toRouter) {
                SimEvent e;
                e.type = SimEvent::PacketDropped;
                e.tunnel = index;
                e.device = qint16(device);
                e.reason = SimEvent::NoTranslation;
                e.from = t.info.remote;
                e.to = target;
                e.translation = engine.holderAnyDestination(Protocol::Udp, target, {});
                log(e);
                routerEntry(device, in, t.info.remote, target);
                return;
            }
            engine.touch(in.id, m_now, true);
            SimEvent e = translationEvent(in.created ? SimEvent::TranslationCreated
                                                     : SimEvent::NatTranslated,
                                          device, in.id);
            e.from = t.info.remote;
            e.to = target;
            e.mapped = in.local;
            e.flags |= SimEvent::Inbound;
            e.tunnel = index;
            log(e);
            scheduleExpiry(device, in.id);
            local = in.local;
        }
        if (local == t.info.local && t.deployed) {
            SimEvent got;
            got.type = SimEvent::PacketDelivered;
            got.tunnel = index;
            got.subject = t.info.appliance;
            got.from = t.info.remote;
            got.to = local;
            got.flags = SimEvent::Inbound;
            log(got);
            return;
        }
        const ObjectId at = applianceAt(local);
        SimEvent e;
        e.type = SimEvent::PacketDropped;
        e.tunnel = index;
        e.device = qint16(device);
        e.reason = at && at != t.info.appliance ? SimEvent::WrongAppliance : SimEvent::NotAHost;
        e.from = t.info.remote;
        e.to = target;
        e.mapped = local;
        e.subject = at;
        log(e);
    }

    void scenario(int index)
    {
        const ObjectId id = m_project.objects(ObjectKind::Event).at(index);
        const QString action = m_project.text(id, Field::action);
        const ObjectId target = m_project.value(id, Field::target).toUInt();
        const double duration = m_project.value(id, Field::duration).toDouble();
        SimEvent e;
        e.type = SimEvent::ScenarioAction;
        e.subject = id;
        e.aux = target;
        log(e);
        if (action == QLatin1String("clear-nat")) {
            for (size_t d = 0; d < m_engines.size(); ++d) {
                if (target && m_result->devices[int(d)].id != target)
                    continue;
                for (quint32 t : m_engines[d]->dynamicIds()) {
                    SimEvent x = translationEvent(SimEvent::TranslationExpired, int(d), t);
                    x.reason = SimEvent::Cleared;
                    m_engines[d]->remove(t);
                    log(x);
                }
            }
            return;
        }
        // The tunnels concerned, in deployment order.
        QList<int> tunnels;
        for (int i = 0; i < int(m_tunnels.size()); ++i) {
            const auto &info = m_tunnels[size_t(i)].info;
            if (!target || info.appliance == target || info.peer == target || info.mesh == target)
                tunnels.append(i);
        }
        if (action == QLatin1String("peer-initiates")) {
            for (int i : std::as_const(tunnels)) {
                TunnelRun &t = m_tunnels[size_t(i)];
                t.initiateUntil = m_now + duration;
                peerInitiate(i, ++t.initiateGeneration);
            }
            return;
        }
        double first = 0;
        for (int i : tunnels)
            first = std::min(first, m_tunnels[size_t(i)].deployAt);
        for (int i : std::as_const(tunnels)) {
            TunnelRun &t = m_tunnels[size_t(i)];
            if (action == QLatin1String("silence")) {
                stop(i, SimEvent::Silenced);
                schedule(m_now + duration, Scheduled::Resume, i, t.generation);
            } else { // redeploy-appliance / redeploy-mesh: back in deployment order
                stop(i, SimEvent::Redeploying);
                const double offset = action == QLatin1String("redeploy-mesh") ? t.deployAt - first : 0;
                schedule(m_now + duration + offset, Scheduled::Deploy, i, 0);
            }
        }
    }

    const Project &m_project;
    std::shared_ptr<SimulationResult> m_result;
    double m_until = 0;
    int m_maxEvents = 0;
    const std::atomic<bool> *m_cancel = nullptr;
    quint64 m_dispatched = 0;
    double m_now = 0;
    quint64 m_seq = 0;
    ScheduleQueue m_queue;
    std::vector<std::unique_ptr<NatDeviceEngine>> m_engines;
    std::vector<bool> m_monotoneExpiry; // per device: PendingExpiry applies
    std::vector<PendingExpiry> m_pending; // by translation id - 1
    QList<ObjectId> m_deviceSite;
    std::vector<TunnelRun> m_tunnels;
    FlatMap<quint64, int> m_tunnelByLocal; // appliance endpoint -> its first tunnel + 1
    QList<BackgroundRun> m_background;
    // (device, protocol, global endpoint) -> its newest translation
    FlatMap<PackedKey, quint32> m_lastHolder;
};

} // namespace

std::shared_ptr<const SimulationResult> Simulator::run(const Project &project,
                                                       const Options &options)
{
    return SimulationRun(project, options).run();
}
