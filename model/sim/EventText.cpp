#include "EventText.h"

#include "ModelEnums.h"
#include "Project.h"

QString EventText::name(ObjectId id) const
{
    return id && m_project.contains(id) ? m_project.displayName(id) : tr("a host");
}

QString EventText::deviceName(int device) const
{
    return device >= 0 && device < m_result.devices.size() ? m_result.devices[device].name
                                                           : tr("the network");
}

QString EventText::ownerOf(quint32 translation) const
{
    if (!translation)
        return QString();
    const Translation &t = m_result.translation(translation);
    return t.owner ? name(t.owner) : t.insideLocal.toString();
}

QString EventText::policyText(const QString &policy) const
{
    if (policy == QLatin1String("learned"))
        return tr("peer port policy \"learned\": the peer sends to the source port it last saw "
                  "in an IKE message");
    return tr("peer port policy \"expects-4500\": the peer always sends to UDP port 4500 of the "
              "address it sees");
}

// "Port 4500 was held by NE's translation toward 203.0.113.11:4500, so ... port 1543."
QString EventText::collision(quint32 translation) const
{
    if (!translation)
        return QString();
    const Translation &t = m_result.translation(translation);
    if (!t.heldBy || t.requestedPort == t.insideGlobal.port)
        return QString();
    const Translation &holder = m_result.translation(t.heldBy);
    if (holder.toRouter)
        return tr(" Port %1 was already held toward %2 by %3's own conntrack entry for an "
                  "unsolicited packet from there, so %3 gave %4 port %5.")
            .arg(t.requestedPort)
            .arg(holder.outside.toString(), deviceName(t.device), name(t.owner))
            .arg(t.insideGlobal.port);
    return tr(" Port %1 was already held by %2's translation (toward %3), so %4 gave %5 port %6.")
        .arg(t.requestedPort)
        .arg(ownerOf(t.heldBy), holder.outside.isNull() ? tr("anyone") : holder.outside.toString(),
             deviceName(t.device), name(t.owner))
        .arg(t.insideGlobal.port);
}

QString EventText::describe(const SimEvent &e) const
{
    const auto tunnelName = [&]() {
        return e.tunnel >= 0 ? m_result.tunnels[e.tunnel].name : QString();
    };
    switch (e.type) {
    case SimEvent::ApplianceDeployed:
        return tr("%1 is deployed and starts IKE toward its peer on UDP 4500.").arg(name(e.subject));
    case SimEvent::ApplianceStopped:
        return e.reason == SimEvent::Redeploying
                   ? tr("%1 is being redeployed: its tunnel is torn down.").arg(name(e.subject))
                   : tr("%1 goes silent: no traffic in either direction.").arg(name(e.subject));
    case SimEvent::PacketSent:
        if (e.flags & SimEvent::Inbound)
            return tr("%1 (cloud peer) sends UDP %2 → %3.")
                .arg(name(e.subject), e.from.toString(), e.to.toString());
        return tr("%1 sends UDP %2 → %3.").arg(name(e.subject), e.from.toString(), e.to.toString());
    case SimEvent::TranslationCreated: {
        const Translation &t = m_result.translation(e.translation);
        if (t.simple)
            return tr("%1: static NAT %2 ↔ %3.")
                .arg(deviceName(e.device), Ipv4::toString(t.insideLocal.ip),
                     Ipv4::toString(t.insideGlobal.ip));
        if (t.isStatic)
            return tr("%1: static PAT %2 ↔ %3.")
                .arg(deviceName(e.device), t.insideLocal.toString(), t.insideGlobal.toString());
        if (t.toRouter)
            return tr("%1 keeps a conntrack entry for the unsolicited packet from %2 to its own "
                      "address %3 (no firewall drops it): nothing is delivered inward, but %3 "
                      "is held toward %2 until the entry expires.")
                .arg(deviceName(e.device), t.outside.toString(), t.insideGlobal.toString());
        if (e.flags & SimEvent::Inbound)
            return tr("%1 opens a translation through its static NAT: %2 → %3 from %4.")
                .arg(deviceName(e.device), t.insideGlobal.toString(), t.insideLocal.toString(),
                     t.outside.toString());
        QString text = tr("%1 creates a translation for %2: %3 → %4 toward %5.")
                           .arg(deviceName(e.device), name(t.owner), t.insideLocal.toString(),
                                t.insideGlobal.toString(), t.outside.toString());
        const QString clash = collision(e.translation);
        if (!clash.isEmpty())
            text += clash;
        else if (t.insideGlobal.port == t.insideLocal.port)
            text += tr(" The source port is kept.");
        return text;
    }
    case SimEvent::NatTranslated:
        if (e.translation && m_result.translation(e.translation).toRouter)
            return tr("%1 refreshes its own entry for the unsolicited packets from %2 to %3; "
                      "nothing is delivered inward.")
                .arg(deviceName(e.device), e.from.toString(), e.to.toString());
        if (e.flags & SimEvent::Inbound)
            return tr("%1 translates the packet for %2 back to %3 (existing translation, "
                      "refreshed).")
                .arg(deviceName(e.device), e.to.toString(), e.mapped.toString());
        return tr("%1 translates %2 → %3 (existing translation, refreshed).")
            .arg(deviceName(e.device), e.from.toString(), e.mapped.toString());
    case SimEvent::TranslationExpired: {
        const Translation &t = m_result.translation(e.translation);
        if (e.reason == SimEvent::Cleared)
            return tr("%1: translation %2 → %3 cleared.")
                .arg(deviceName(e.device), t.insideLocal.toString(), t.insideGlobal.toString());
        return tr("%1: translation %2 → %3 (%4) expired after its idle timeout; %3 is free "
                  "again.")
            .arg(deviceName(e.device), t.insideLocal.toString(), t.insideGlobal.toString(),
                 ownerOf(e.translation));
    }
    case SimEvent::PacketDelivered:
        return tr("%1 receives the packet from %2.").arg(name(e.subject), e.from.toString());
    case SimEvent::PacketDropped:
        switch (e.reason) {
        case SimEvent::NoNatRule:
            return tr("%1: no NAT rule matches %2; the packet leaves untranslated and is lost.")
                .arg(deviceName(e.device), e.from.toString());
        case SimEvent::PoolExhausted:
            return tr("%1: no free port for %2; the packet is dropped.")
                .arg(deviceName(e.device), e.from.toString());
        case SimEvent::WrongAppliance:
            return tr("%1 translates the packet for %2 to %3, which is %4 — not the tunnel's "
                      "appliance. %4 drops it (unknown IPsec SA).")
                .arg(deviceName(e.device), e.to.toString(), e.mapped.toString(),
                     name(e.subject));
        case SimEvent::NotAHost:
            return tr("%1 translates the packet for %2 to %3, where no appliance listens.")
                .arg(deviceName(e.device), e.to.toString(), e.mapped.toString());
        default: {
            QString text = tr("%1 drops the packet from %2 to %3: no translation matches it.")
                               .arg(deviceName(e.device), e.from.toString(), e.to.toString());
            if (e.translation && m_result.translation(e.translation).toRouter) {
                text += tr(" %1 is held by the router's own entry for unsolicited packets from %2.")
                            .arg(e.to.toString(), m_result.translation(e.translation).outside.toString());
            } else if (e.translation) {
                const Translation &holder = m_result.translation(e.translation);
                text += tr(" %1 is held by %2's translation toward %3, which accepts only that "
                           "remote.")
                            .arg(e.to.toString(), ownerOf(e.translation),
                                 holder.outside.toString());
            }
            return text;
        }
        }
    case SimEvent::PeerLearned:
        return tr("%1 saw the source %2 and will send to %3.")
            .arg(name(e.subject), e.from.toString(), e.mapped.toString());
    case SimEvent::TunnelChanged:
        return tr("Tunnel %1 is %2. %3").arg(tunnelName(), stateName(e.state), tunnelReason(e));
    case SimEvent::PortFlip:
        return tr("%1: %2 now belongs to %3; it belonged to %4 before its translation expired "
                  "(ownership flip).")
            .arg(deviceName(e.device), e.mapped.toString(), name(e.subject), name(e.aux));
    case SimEvent::ScenarioAction: {
        const QString action = m_project.contains(e.subject)
                                   ? ModelEnums::displayName(m_project.text(e.subject, Field::action))
                                   : QString();
        return e.aux ? tr("Scenario: %1 (%2).").arg(action, name(e.aux))
                     : tr("Scenario: %1.").arg(action);
    }
    case SimEvent::TypeCount:
        break;
    }
    return QString();
}

QString EventText::describeStep(int step) const
{
    if (step < 0 || size_t(step) >= m_result.events.size())
        return QString();
    const SimEvent e = m_result.events[size_t(step)];
    if (!m_result.isCaptured())
        return describe(e);
    // A captured state change: the simulated sentence with the capture's reason.
    if (e.type == SimEvent::TunnelChanged && e.tunnel >= 0 && e.tunnel < m_result.tunnels.size())
        return tr("Tunnel %1 is %2. %3")
            .arg(m_result.tunnels[e.tunnel].name, stateName(e.state), m_result.capturedText(step));
    return m_result.capturedText(step);
}

QString EventText::tunnelReasonAt(int step) const
{
    if (step < 0 || size_t(step) >= m_result.events.size())
        return QString();
    if (m_result.isCaptured())
        return m_result.capturedText(step);
    return tunnelReason(m_result.events[size_t(step)]);
}

QString EventText::tunnelReason(const SimEvent &e) const
{
    if (e.tunnel < 0)
        return QString();
    const SimulationResult::Tunnel &t = m_result.tunnels[e.tunnel];
    const QString global = e.translation ? m_result.translation(e.translation).insideGlobal.toString()
                                         : t.local.toString();
    switch (e.reason) {
    case SimEvent::RoundTrip:
        return tr("The peer's packets to %1 reach %2 (%3).")
            .arg(e.mapped.toString(), name(t.appliance), policyText(t.policy));
    case SimEvent::Deploying:
        return tr("IKE is starting.");
    case SimEvent::Redeploying:
        return tr("The appliance is being redeployed.");
    case SimEvent::NoNatRule:
        return tr("No NAT rule translates %1, so its packets never reach the peer (%2).")
            .arg(t.local.toString(), policyText(t.policy));
    case SimEvent::PoolExhausted:
        return tr("The NAT device has no free port for %1 (%2).")
            .arg(t.local.toString(), policyText(t.policy));
    case SimEvent::PortChanged:
        return tr("%1 leaves as %2, but its peer expects source port 4500 (%3).")
                   .arg(name(t.appliance), global, policyText(t.policy))
               + collision(e.translation);
    case SimEvent::NoTranslation:
    case SimEvent::WrongAppliance:
    case SimEvent::NotAHost: {
        QString text = tr("%1 leaves as %2, but the peer sends to %3 (%4), and the router "
                          "cannot deliver that to %1.")
                           .arg(name(t.appliance), global, e.mapped.toString(),
                                policyText(t.policy));
        text += collision(e.translation);
        return text;
    }
    default:
        return QString();
    }
}

QString EventText::typeName(SimEvent::Type type)
{
    switch (type) {
    case SimEvent::ApplianceDeployed: return tr("Deployed");
    case SimEvent::ApplianceStopped: return tr("Stopped");
    case SimEvent::PacketSent: return tr("Packet sent");
    case SimEvent::TranslationCreated: return tr("Translation created");
    case SimEvent::NatTranslated: return tr("NAT hit");
    case SimEvent::TranslationExpired: return tr("Translation expired");
    case SimEvent::PacketDelivered: return tr("Delivered");
    case SimEvent::PacketDropped: return tr("Dropped");
    case SimEvent::PeerLearned: return tr("Peer learned");
    case SimEvent::TunnelChanged: return tr("Tunnel state");
    case SimEvent::PortFlip: return tr("Ownership flip");
    case SimEvent::ScenarioAction: return tr("Scenario");
    case SimEvent::TypeCount: break;
    }
    return QString();
}

QString EventText::stateName(SimEvent::TunnelState state)
{
    switch (state) {
    case SimEvent::NotDeployed: return tr("Not deployed");
    case SimEvent::Connecting: return tr("Connecting");
    case SimEvent::Up: return tr("Up");
    case SimEvent::Down: return tr("Down");
    }
    return QString();
}
