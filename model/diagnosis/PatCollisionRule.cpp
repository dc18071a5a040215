#include "PatCollisionRule.h"

#include "DiagnosisContext.h"
#include "FixGenerator.h"
#include "Project.h"

#include <QSet>

QList<Finding> PatCollisionRule::check(const DiagnosisContext &c) const
{
    QList<Finding> findings;
    const SimulationResult &r = c.result();
    QSet<QPair<int, ObjectId>> seen; // (device, appliance): the first collision tells the story
    for (int i = 0; i < int(r.events.size()); ++i) {
        const SimEvent &e = r.events[size_t(i)];
        if (e.type != SimEvent::TranslationCreated || (e.flags & SimEvent::Inbound) || e.tunnel < 0)
            continue;
        const Translation &t = r.translation(e.translation);
        const SimulationResult::Tunnel &tunnel = r.tunnels[e.tunnel];
        if (!t.heldBy || t.requestedPort != tunnel.local.port || t.insideGlobal.port == t.requestedPort)
            continue;
        if (seen.contains({t.device, tunnel.appliance}))
            continue;
        seen.insert({t.device, tunnel.appliance});
        const Translation &holder = r.translation(t.heldBy);
        const QString appliance = c.name(tunnel.appliance);
        const QString holderName = holder.owner ? c.name(holder.owner) : holder.insideLocal.toString();
        const QString device = c.deviceName(t.device);
        const int down = c.downAfter(e.tunnel, i);

        Finding f;
        f.rule = key();
        f.severity = down >= 0 ? Finding::Error : Finding::Warning;
        f.title = tr("PAT collision on UDP %1: %2 lost port %1 to %3")
                      .arg(t.requestedPort)
                      .arg(appliance, holderName);
        f.appliances = {tunnel.appliance};
        if (holder.owner && c.isTunnelAppliance(holder.owner))
            f.appliances.append(holder.owner);
        f.devices = {r.devices[t.device].id};
        QString cause =
            tr("%1 translates the HCX appliances with dynamic PAT onto one inside global address, "
               "%2. When %3 asked for source port %4, %5's translation (toward %6) already held "
               "%2:%4, so %3 was given port %7 instead.")
                .arg(device, Ipv4::toString(t.insideGlobal.ip), appliance)
                .arg(t.requestedPort)
                .arg(holderName, holder.outside.toString())
                .arg(t.insideGlobal.port)
            + QLatin1Char(' ') + DiagnosisContext::profileRule(c.profileOf(t.device));
        if (down >= 0)
            cause += QLatin1Char(' ')
                     + tr("Its cloud peer keeps sending to %1:%2 (%3). That port belongs to %4's "
                          "translation toward another peer, so the router drops those packets and "
                          "the tunnel stays Down. Whichever appliance claims %2 second loses, which "
                          "is why redeploying only moved the failure.")
                           .arg(Ipv4::toString(t.insideGlobal.ip))
                           .arg(t.requestedPort)
                           .arg(c.text().policyText(tunnel.policy), holderName);
        else
            cause += QLatin1Char(' ')
                     + tr("Its peer follows the port it sees (%1), so the tunnel works for now; it "
                          "breaks when the translations expire and the appliances swap ports.")
                           .arg(c.text().policyText(tunnel.policy));
        f.cause = cause;

        const int holderEvent = c.creationEvent(t.heldBy);
        if (holderEvent >= 0)
            f.evidence.append({holderEvent, t.heldBy, holder.owner,
                               tr("%1 holds %2 (toward %3).")
                                   .arg(holderName, holder.insideGlobal.toString(),
                                        holder.outside.toString())});
        f.evidence.append({i, e.translation, tunnel.appliance,
                           tr("%1 asks for %2 and is given %3.")
                               .arg(appliance, t.insideLocal.toString(), t.insideGlobal.toString())});
        const int drop = c.nextEvent(SimEvent::PacketDropped, e.tunnel, i);
        if (drop >= 0)
            f.evidence.append({drop, r.events[size_t(drop)].translation, tunnel.appliance,
                               c.text().describe(r.events[size_t(drop)])});
        if (down > i)
            f.evidence.append({down, e.translation, tunnel.appliance,
                               tr("Tunnel %1 is Down.").arg(tunnel.name)});

        // Explicit mappings for every appliance sharing the device's dynamic PAT.
        QList<ObjectId> appliances;
        for (int ti : c.tunnelsThrough(t.device))
            appliances.append(r.tunnels[ti].appliance);
        f.fix = FixGenerator(c.project()).staticMappings(r.devices[t.device].id, appliances);
        findings.append(f);
    }
    return findings;
}
