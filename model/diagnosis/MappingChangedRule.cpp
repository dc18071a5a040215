#include "MappingChangedRule.h"

#include "DiagnosisContext.h"
#include "FixGenerator.h"
#include "Project.h"

namespace {

// Which timer removes an idle UDP translation, in the profile's own terms.
QString timeoutRule(const DiagnosisContext &c, int device)
{
    const QString profile = c.profileOf(device);
    const int seconds = c.project().value(c.result().devices[device].id, Field::udpTimeout).toInt();
    if (profile == QLatin1String("linux-netfilter")) {
        const ObjectId id = c.result().devices[device].id;
        return MappingChangedRule::tr("Linux netfilter forgets an idle UDP entry after %1 s "
                                      "(nf_conntrack_udp_timeout), or after %2 s once it has seen "
                                      "replies (nf_conntrack_udp_timeout_stream)")
            .arg(c.project().value(id, Field::conntrackUdpTimeout).toInt())
            .arg(c.project().value(id, Field::conntrackUdpStreamTimeout).toInt());
    }
    if (profile == QLatin1String("cisco-ios"))
        return MappingChangedRule::tr("Cisco IOS removes an idle UDP translation after ip nat "
                                      "translation udp-timeout, %1 s here")
            .arg(seconds);
    if (profile == QLatin1String("fortigate"))
        return MappingChangedRule::tr("FortiGate removes an idle UDP session after udp-idle-timer (or "
                                      "a session-ttl port entry), %1 s here")
            .arg(seconds);
    if (profile == QLatin1String("cisco-asa"))
        return MappingChangedRule::tr("Cisco ASA removes an idle UDP translation after timeout udp, "
                                      "%1 s here")
            .arg(seconds);
    return MappingChangedRule::tr("this NAT expires an idle UDP mapping after %1 s; RFC 4787 asks "
                                  "for at least 120 s")
        .arg(seconds);
}

// Time of the last packet that used a translation before `ended`.
double lastUse(const DiagnosisContext &c, quint32 translation, int ended)
{
    const auto &events = c.result().events;
    for (int i = ended - 1; i >= 0; --i) {
        const SimEvent &e = events[size_t(i)];
        if (e.translation == translation
            && (e.type == SimEvent::NatTranslated || e.type == SimEvent::TranslationCreated))
            return e.time;
    }
    return events[size_t(ended)].time;
}

bool peerDrop(SimEvent::Reason reason)
{
    return reason == SimEvent::NoTranslation || reason == SimEvent::WrongAppliance
           || reason == SimEvent::NotAHost;
}

} // namespace

QList<Finding> MappingChangedRule::check(const DiagnosisContext &c) const
{
    QList<Finding> findings;
    const SimulationResult &r = c.result();
    for (int ti = 0; ti < r.tunnels.size(); ++ti) {
        const SimulationResult::Tunnel &tunnel = r.tunnels[ti];
        if (tunnel.device < 0)
            continue;
        for (int d : c.downStarts(ti)) {
            const SimEvent &down = r.events[size_t(d)];
            if (down.type != SimEvent::TunnelChanged || !peerDrop(down.reason))
                continue;
            // The peer aims at an endpoint the appliance had, and lost.
            const Endpoint target = c.peerTarget(d);
            const quint32 former = c.formerMapping(ti, target, d);
            if (!former)
                continue;
            // Someone else took it: an ownership flip, told by OwnershipFlipRule.
            const quint32 taker = c.takerOf(former);
            if (taker && c.creationEvent(taker) < d)
                continue;
            const int ended = c.endEvent(former);
            const quint32 current = c.mappingAt(d);
            const bool moved = current && current != former
                               && r.translation(current).insideGlobal != target;
            const int drop = c.dropOf(d);
            const QString appliance = c.name(tunnel.appliance);
            const QString device = c.deviceName(tunnel.device);
            const Translation &f0 = r.translation(former);

            Finding f;
            f.rule = key();
            f.severity = Finding::Error;
            f.appliances = c.pair(ti);
            f.devices = {r.devices[tunnel.device].id};
            f.title = moved ? tr("%1's mapping moved from %2 to %3 under a live tunnel")
                                  .arg(appliance, target.toString(),
                                       r.translation(current).insideGlobal.toString())
                            : tr("%1's translation %2 ended under a live tunnel")
                                  .arg(appliance, target.toString());
            const SimEvent &end = r.events[size_t(ended)];
            f.cause = end.reason == SimEvent::Cleared
                          ? tr("%1's translation %2 → %3 on %4 was cleared at %5 s.")
                                .arg(appliance, f0.insideLocal.toString(), target.toString(), device)
                                .arg(end.time)
                          : tr("%1's translation %2 → %3 on %4 expired at %5 s, %6 s after its "
                               "last packet: %7.")
                                .arg(appliance, f0.insideLocal.toString(), target.toString(), device)
                                .arg(end.time)
                                .arg(end.time - lastUse(c, former, ended))
                                .arg(timeoutRule(c, tunnel.device));
            if (moved) {
                const Translation &now = r.translation(current);
                const int created = c.creationEvent(current);
                const double at = r.events[size_t(std::max(created, 0))].time;
                f.cause += QLatin1Char(' ')
                           + (now.owner == tunnel.appliance
                                  ? tr("Its next packet, at %1 s, got a new translation: %2.")
                                        .arg(at)
                                        .arg(now.insideGlobal.toString())
                                  : tr("Its next packets used a translation %1 had created at %2 s for "
                                       "the same inside endpoint: %3.")
                                        .arg(c.ownerName(current))
                                        .arg(at)
                                        .arg(now.insideGlobal.toString()));
                if (now.heldBy && now.requestedPort != now.insideGlobal.port)
                    f.cause += QLatin1Char(' ')
                               + tr("Port %1 was held by %2.")
                                     .arg(now.requestedPort)
                                     .arg(c.holderText(now.heldBy));
                else if (now.insideGlobal.ip != target.ip)
                    f.cause += QLatin1Char(' ')
                               + tr("%1 took another address of its pool.").arg(device);
                else if (c.optionsOf(tunnel.device).contains(QStringLiteral("random"))
                         || c.optionsOf(tunnel.device).contains(QStringLiteral("random-fully")))
                    f.cause += QLatin1Char(' ') + tr("%1 randomises source ports.").arg(device);
            }
            if (drop >= 0) {
                f.cause += QLatin1Char(' ')
                           + tr("Its cloud peer (%1) still sent to %2 at %3 s.")
                                 .arg(c.text().policyText(tunnel.policy), target.toString())
                                 .arg(r.events[size_t(drop)].time)
                           + QLatin1Char(' ') + c.dropStory(drop);
            }
            if (!moved)
                f.cause += QLatin1Char(' ')
                           + tr("The tunnel is Down until %1 sends again and the peer hears from it.")
                                 .arg(appliance);
            else if (tunnel.policy == QLatin1String("learned"))
                f.cause += QLatin1Char(' ')
                           + tr("The tunnel stays Down until the next IKE exchange teaches the peer "
                                "the new endpoint.");
            else
                f.cause += QLatin1Char(' ')
                           + tr("This peer keeps the address it saw in the last IKE message, so the "
                                "tunnel stays Down until IKE runs again.");

            if (const int created = c.creationEvent(former); created >= 0)
                f.evidence.append({created, former, tunnel.appliance,
                                   c.text().describe(r.events[size_t(created)])});
            f.evidence.append({ended, former, tunnel.appliance, c.text().describe(end)});
            if (moved && c.creationEvent(current) >= 0)
                f.evidence.append({c.creationEvent(current), current, tunnel.appliance,
                                   c.text().describe(r.events[size_t(c.creationEvent(current))])});
            if (drop >= 0)
                f.evidence.append({drop, r.events[size_t(drop)].translation, tunnel.appliance,
                                   c.text().describe(r.events[size_t(drop)])});
            f.evidence.append(c.downEvidence(ti, d));
            // An explicit mapping never expires and survives clearing the dynamic ones.
            QList<ObjectId> appliances;
            for (int t : c.tunnelsThrough(tunnel.device))
                appliances.append(r.tunnels[t].appliance);
            f.fix = FixGenerator(c.project()).staticMappings(r.devices[tunnel.device].id, appliances);
            findings.append(f);
            break; // the first such spell tells the story for this tunnel
        }
    }
    return findings;
}
