#include "DiagnosisContext.h"

#include "Catalogue.h"
#include "ModelEnums.h"
#include "Project.h"

DiagnosisContext::DiagnosisContext(const Project &project,
                                   std::shared_ptr<const SimulationResult> result)
    : m_project(project)
    , m_result(std::move(result))
    , m_text(project, *m_result)
    , m_end(m_result)
{
    m_end.toEnd();
    const auto &events = m_result->events;
    for (const Translation &t : m_result->translations) {
        if (!t.simple)
            m_byGlobal[{t.device, t.insideGlobal}].append(t.id);
    }
    QList<SimEvent::TunnelState> state(m_result->tunnels.size(), SimEvent::NotDeployed);
    for (int i = 0; i < int(events.size()); ++i) {
        const SimEvent &e = events[size_t(i)];
        if (e.type == SimEvent::TranslationCreated && !m_created.contains(e.translation))
            m_created.insert(e.translation, i);
        if (e.type == SimEvent::TranslationExpired && !m_ended.contains(e.translation))
            m_ended.insert(e.translation, i);
        if (e.tunnel >= 0 && e.tunnel < state.size()
            && (e.type == SimEvent::TunnelChanged || (e.flags & SimEvent::StateChange))) {
            if (e.state == SimEvent::Down && state[e.tunnel] != SimEvent::Down)
                m_downStarts[e.tunnel].append(i);
            state[e.tunnel] = e.state;
        }
    }
}

const QList<int> &DiagnosisContext::downStarts(int tunnel) const
{
    static const QList<int> none;
    const auto it = m_downStarts.constFind(tunnel);
    return it == m_downStarts.cend() ? none : it.value();
}

Endpoint DiagnosisContext::peerTarget(int downStart) const
{
    const SimEvent &e = m_result->events[size_t(downStart)];
    if (e.type == SimEvent::TunnelChanged)
        return e.mapped;
    // A port given under expects-4500: the peer answers that address's 4500.
    return {e.mapped.ip, m_result->tunnels[e.tunnel].local.port};
}

quint32 DiagnosisContext::mappingAt(int downStart) const
{
    return m_result->events[size_t(downStart)].translation;
}

int DiagnosisContext::peerDropAfter(int tunnel, int from) const
{
    const auto &events = m_result->events;
    for (size_t i = size_t(std::max(from, 0)); i < events.size(); ++i) {
        const SimEvent &e = events[i];
        if (e.type == SimEvent::PacketDropped && e.tunnel == tunnel
            && (e.reason == SimEvent::NoTranslation || e.reason == SimEvent::WrongAppliance
                || e.reason == SimEvent::NotAHost))
            return int(i);
    }
    return -1;
}

int DiagnosisContext::outboundDropOf(int downStart, ObjectId appliance) const
{
    for (int i = downStart - 1; i >= 0 && i >= downStart - 4; --i) {
        const SimEvent &e = m_result->events[size_t(i)];
        if (e.type == SimEvent::PacketDropped && e.tunnel < 0 && e.subject == appliance)
            return i;
    }
    return -1;
}

int DiagnosisContext::dropOf(int downStart) const
{
    const int tunnel = m_result->events[size_t(downStart)].tunnel;
    // A port given under expects-4500 is Down before the peer even answers.
    if (m_result->events[size_t(downStart)].type != SimEvent::TunnelChanged)
        return peerDropAfter(tunnel, downStart);
    for (int i = downStart - 1; i >= 0 && i >= downStart - 4; --i) {
        const SimEvent &e = m_result->events[size_t(i)];
        if (e.type == SimEvent::PacketDropped && e.tunnel == tunnel)
            return e.reason == SimEvent::NoTranslation || e.reason == SimEvent::WrongAppliance
                           || e.reason == SimEvent::NotAHost
                       ? i
                       : -1;
    }
    return -1;
}

QString DiagnosisContext::dropStory(int drop) const
{
    const SimEvent &e = m_result->events[size_t(drop)];
    const QString device = deviceName(e.device);
    switch (e.reason) {
    case SimEvent::WrongAppliance:
        return tr("%1 delivers them to %2, which is %3, not the tunnel's appliance, and %3 drops "
                  "them (no IPsec SA for them).")
            .arg(device, e.mapped.toString(), name(e.subject));
    case SimEvent::NotAHost:
        return tr("%1 delivers them to %2, where no HCX appliance listens.")
            .arg(device, e.mapped.toString());
    default:
        // Netfilter: the sender's packets match only the router's own entry for them.
        for (quint32 id : m_byGlobal.value({e.device, e.to})) {
            const int created = creationEvent(id), ended = endEvent(id);
            if (isRouterEntry(id) && m_result->translation(id).outside == e.from && created >= 0
                && created <= drop && (ended < 0 || ended > drop))
                return tr("%1 drops them: they match only its own conntrack entry for that sender's "
                          "earlier unsolicited packets (%2 ↔ %3), which delivers nothing inward.")
                    .arg(device, e.to.toString(), e.from.toString());
        }
        if (e.translation && m_result->translation(e.translation).insideGlobal == e.to)
            return tr("%1 has no translation of %2 for packets from %3 and drops them: %2 is held "
                      "by %4, which accepts no other remote.")
                .arg(device, e.to.toString(), e.from.toString(), holderText(e.translation));
        return tr("%1 has no translation of %2 for packets from %3 and drops them.")
            .arg(device, e.to.toString(), e.from.toString());
    }
}

Evidence DiagnosisContext::downEvidence(int tunnel, int event) const
{
    return {event, m_result->events[size_t(event)].translation, m_result->tunnels[tunnel].appliance,
            tr("Tunnel %1 is Down.").arg(m_result->tunnels[tunnel].name)};
}

QList<ObjectId> DiagnosisContext::pair(int tunnel) const
{
    return {m_result->tunnels[tunnel].appliance, m_result->tunnels[tunnel].peer};
}

quint32 DiagnosisContext::formerMapping(int tunnel, const Endpoint &global, int before) const
{
    const SimulationResult::Tunnel &t = m_result->tunnels[tunnel];
    quint32 found = 0;
    for (quint32 id : m_byGlobal.value({t.device, global})) {
        const Translation &x = m_result->translation(id);
        const int created = creationEvent(id), ended = endEvent(id);
        // The tunnel's own flow (whoever created its entry); another flow from the
        // same endpoint toward elsewhere is not.
        if (!x.isStatic && x.insideLocal == t.local && x.outside == t.remote && created >= 0
            && created < before && ended >= 0 && ended < before)
            found = id;
    }
    return found;
}

bool DiagnosisContext::perTuple(int device) const
{
    const QString profile = profileOf(device);
    return profile == QLatin1String("linux-netfilter") || profile == QLatin1String("fortigate")
           || (profile == QLatin1String("cisco-asa")
               && optionsOf(device).contains(QStringLiteral("extended")));
}

quint32 DiagnosisContext::takerOf(quint32 former) const
{
    const Translation &f = m_result->translation(former);
    const int ended = endEvent(former);
    if (ended < 0)
        return 0;
    const bool tuple = perTuple(f.device);
    for (quint32 id : m_byGlobal.value({f.device, f.insideGlobal})) {
        const Translation &t = m_result->translation(id);
        // Another inside endpoint: the same one getting its mapping back is no flip.
        // The router's own entries are no owner taking a port (UnsolicitedInboundRule).
        if (id <= former || t.isStatic || creationEvent(id) < ended
            || t.insideLocal == f.insideLocal || (tuple && t.outside != f.outside)
            || isRouterEntry(id))
            continue;
        return id;
    }
    return 0;
}

bool DiagnosisContext::isRouterEntry(quint32 translation) const
{
    return m_result->translation(translation).toRouter;
}

int DiagnosisContext::tunnelOfFlow(const Endpoint &local, const Endpoint &remote) const
{
    for (int i = 0; i < m_result->tunnels.size(); ++i) {
        if (m_result->tunnels[i].local == local && m_result->tunnels[i].remote == remote)
            return i;
    }
    return -1;
}

ObjectId DiagnosisContext::ownerOf(quint32 translation) const
{
    const Translation &t = m_result->translation(translation);
    if (t.owner)
        return t.owner;
    // Static rows and the entries inbound packets open through a static NAT
    // belong to the appliance at their inside local address.
    if (!isRouterEntry(translation)) {
        for (const SimulationResult::Tunnel &tunnel : m_result->tunnels) {
            if (tunnel.local.ip == t.insideLocal.ip)
                return tunnel.appliance;
        }
    }
    return NoId;
}

QString DiagnosisContext::ownerName(quint32 translation) const
{
    const ObjectId owner = ownerOf(translation);
    if (owner)
        return name(owner);
    if (isRouterEntry(translation))
        return tr("the router %1").arg(deviceName(m_result->translation(translation).device));
    const Translation &t = m_result->translation(translation);
    return t.simple ? Ipv4::toString(t.insideLocal.ip) : t.insideLocal.toString();
}

QString DiagnosisContext::holderText(quint32 translation) const
{
    const Translation &t = m_result->translation(translation);
    const ObjectId owner = ownerOf(translation);
    if (t.simple)
        return owner ? tr("the static NAT %1 ↔ %2 of %3")
                           .arg(Ipv4::toString(t.insideLocal.ip), Ipv4::toString(t.insideGlobal.ip),
                                name(owner))
                     : tr("the static NAT %1 ↔ %2")
                           .arg(Ipv4::toString(t.insideLocal.ip), Ipv4::toString(t.insideGlobal.ip));
    if (t.isStatic)
        return owner ? tr("the static PAT %1 ↔ %2 of %3")
                           .arg(t.insideLocal.toString(), t.insideGlobal.toString(), name(owner))
                     : tr("the static PAT %1 ↔ %2")
                           .arg(t.insideLocal.toString(), t.insideGlobal.toString());
    if (isRouterEntry(translation))
        return tr("%1's own conntrack entry for an unsolicited packet from %2")
            .arg(deviceName(t.device), t.outside.toString());
    return tr("%1's translation toward %2").arg(ownerName(translation), t.outside.toString());
}

const Catalogue &DiagnosisContext::catalogue() const
{
    return Catalogue::builtIn();
}

int DiagnosisContext::nextStateChange(int tunnel, int from) const
{
    const auto &events = m_result->events;
    for (size_t i = size_t(std::max(from + 1, 0)); i < events.size(); ++i) {
        const SimEvent &e = events[i];
        if (e.tunnel != tunnel)
            continue;
        if (e.type == SimEvent::TunnelChanged
            || (e.type == SimEvent::TranslationCreated && (e.flags & SimEvent::StateChange)))
            return int(i);
    }
    return -1;
}

int DiagnosisContext::downAfter(int tunnel, int from) const
{
    for (int i = from;;) {
        // The event itself may carry the change (a port given under expects-4500).
        if (i == from && i >= 0) {
            const SimEvent &e = m_result->events[size_t(i)];
            if (e.tunnel == tunnel && (e.flags & SimEvent::StateChange) && e.state == SimEvent::Down)
                return i;
        }
        i = nextStateChange(tunnel, i);
        if (i < 0)
            return -1;
        const SimEvent &e = m_result->events[size_t(i)];
        if (e.state == SimEvent::Down)
            return i;
        if (e.state == SimEvent::Up || e.state == SimEvent::NotDeployed)
            return -1;
    }
}

int DiagnosisContext::nextEvent(SimEvent::Type type, int tunnel, int from) const
{
    const auto &events = m_result->events;
    for (size_t i = size_t(std::max(from + 1, 0)); i < events.size(); ++i) {
        if (events[i].type == type && (tunnel < 0 || events[i].tunnel == tunnel))
            return int(i);
    }
    return -1;
}

int DiagnosisContext::deviceIndex(ObjectId device) const
{
    for (int i = 0; i < m_result->devices.size(); ++i) {
        if (m_result->devices[i].id == device)
            return i;
    }
    return -1;
}

QList<int> DiagnosisContext::tunnelsThrough(int device) const
{
    QList<int> out;
    for (int i = 0; i < m_result->tunnels.size(); ++i) {
        if (m_result->tunnels[i].device == device)
            out.append(i);
    }
    return out;
}

bool DiagnosisContext::isTunnelAppliance(ObjectId id) const
{
    return id && m_result->tunnelOf(id) >= 0;
}

QString DiagnosisContext::name(ObjectId id) const
{
    return id && m_project.contains(id) ? m_project.displayName(id) : tr("a host");
}

QString DiagnosisContext::deviceName(int device) const
{
    return device >= 0 && device < m_result->devices.size() ? m_result->devices[device].name
                                                            : QString();
}

QString DiagnosisContext::profileOf(int device) const
{
    return device >= 0 && device < m_result->devices.size() ? m_result->devices[device].profile
                                                            : QString();
}

QStringList DiagnosisContext::optionsOf(int device) const
{
    return device >= 0 && device < m_result->devices.size()
               ? m_project.value(m_result->devices[device].id, Field::options).toStringList()
               : QStringList();
}

QString DiagnosisContext::profileName(const QString &profile)
{
    return ModelEnums::displayName(profile);
}

QString DiagnosisContext::profileRule(const QString &profile)
{
    if (profile == QLatin1String("cisco-ios"))
        return tr("Cisco IOS PAT keeps a source port only while no other translation holds that "
                  "global port, whatever its destination.");
    if (profile == QLatin1String("cisco-asa"))
        return tr("Cisco ASA PAT keeps the real port only while it is free; by default it does "
                  "not consider the destination.");
    if (profile == QLatin1String("linux-netfilter"))
        return tr("Linux netfilter keeps mappings unique per full tuple, destination included: "
                  "a port is refused only when it is already used toward the same destination.");
    if (profile == QLatin1String("fortigate"))
        return tr("FortiGate source NAT keeps ports unique per destination and keeps an original "
                  "port only within 5117-65533, unless the policy has fixedport.");
    if (profile == QLatin1String("juniper-srx"))
        return tr("Juniper SRX source NAT with port translation gives every session a port of its "
                  "own; it does not try to keep the source port.");
    if (profile == QLatin1String("yamaha-rtx"))
        return tr("YAMAHA RTX IP masquerade gives each inside address and port an outer port "
                  "from its port range; it does not try to keep the source port.");
    return tr("This NAT keeps a source port only while no other mapping holds it.");
}
