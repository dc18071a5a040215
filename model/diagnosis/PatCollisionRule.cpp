#include "PatCollisionRule.h"

#include "DiagnosisContext.h"
#include "StoryCases.h"
#include "FixGenerator.h"
#include "Project.h"

#include <QSet>

QList<Finding> PatCollisionRule::check(const DiagnosisContext &c) const
{
    QList<Finding> findings;
    const SimulationResult &r = c.result();
    // Per tunnel: the collision that tells the story, the first one that takes
    // it Down, else the first one.
    StoryCases<int, int> chosen; // tunnel -> event
    for (int i = 0; i < int(r.events.size()); ++i) {
        const SimEvent &e = r.events[size_t(i)];
        if (e.type != SimEvent::TranslationCreated || (e.flags & SimEvent::Inbound) || e.tunnel < 0)
            continue;
        const Translation &t = r.translation(e.translation);
        const SimulationResult::Tunnel &tunnel = r.tunnels[e.tunnel];
        if (!t.heldBy || t.requestedPort != tunnel.local.port || t.insideGlobal.port == t.requestedPort)
            continue;
        // The router's own entry for an unsolicited packet: UnsolicitedInboundRule.
        if (c.isRouterEntry(t.heldBy))
            continue;
        chosen.offer(e.tunnel, i, e.setsTunnelDown());
    }

    for (int slot : chosen.keys()) {
        const int i = chosen[slot];
        const SimEvent &e = r.events[size_t(i)];
        const Translation &t = r.translation(e.translation);
        const SimulationResult::Tunnel &tunnel = r.tunnels[e.tunnel];
        const Translation &holder = r.translation(t.heldBy);
        const ObjectId holderOwner = c.ownerOf(t.heldBy);
        const bool holderIsAppliance = holderOwner && c.isTunnelAppliance(holderOwner);
        const QString appliance = c.name(tunnel.appliance);
        const QString holderName = c.ownerName(t.heldBy);
        const QString device = c.deviceName(t.device);
        const bool down = e.setsTunnelDown();

        Finding f;
        f.rule = key();
        f.severity = down ? Finding::Error : Finding::Warning;
        f.title = tr("PAT collision on UDP %1: %2 lost port %1 to %3")
                      .arg(t.requestedPort)
                      .arg(appliance, holderName);
        f.appliances = c.pair(e.tunnel);
        if (holderIsAppliance && !f.appliances.contains(holderOwner))
            f.appliances.append(holderOwner);
        f.devices = {r.devices[t.device].id};
        QString cause =
            tr("%1 translates %2 with dynamic PAT onto the inside global address %3. When %2 asked "
               "for source port %4, %5 already held %3:%4, so %2 was given port %6 instead.")
                .arg(device, appliance, Ipv4::toString(t.insideGlobal.ip))
                .arg(t.requestedPort)
                .arg(c.holderText(t.heldBy))
                .arg(t.insideGlobal.port)
            + QLatin1Char(' ') + DiagnosisContext::profileRule(c.profileOf(t.device));
        const int drop = down ? c.peerDropAfter(e.tunnel, i) : -1;
        if (down) {
            cause += QLatin1Char(' ')
                     + tr("Its cloud peer expects source port %1 (%2), so it sends to %3:%1.")
                           .arg(t.requestedPort)
                           .arg(c.text().policyText(tunnel.policy), Ipv4::toString(t.insideGlobal.ip));
            if (drop >= 0)
                cause += QLatin1Char(' ') + c.dropStory(drop);
            cause += QLatin1Char(' ') + tr("The tunnel stays Down.");
            if (holderIsAppliance && !holder.isStatic)
                cause += QLatin1Char(' ')
                         + tr("Whichever appliance claims %1 second loses, which is why redeploying "
                              "only moved the failure.")
                               .arg(t.requestedPort);
        } else if (holderIsAppliance && !holder.isStatic) {
            cause += QLatin1Char(' ')
                     + tr("Its peer follows the port it sees (%1), so the tunnel works for now; it "
                          "breaks when the translations expire and the appliances swap ports.")
                           .arg(c.text().policyText(tunnel.policy));
        } else {
            cause += QLatin1Char(' ')
                     + tr("Its peer follows the port it sees (%1), so the tunnel works while this "
                          "translation lives.")
                           .arg(c.text().policyText(tunnel.policy));
        }
        f.cause = cause;

        const int holderEvent = c.creationEvent(t.heldBy);
        if (holderEvent >= 0)
            f.evidence.append({holderEvent, t.heldBy, holderOwner,
                               tr("%1 holds %2 (toward %3).")
                                   .arg(holderName, holder.insideGlobal.toString(),
                                        holder.outside.isNull() ? tr("anyone")
                                                                : holder.outside.toString())});
        // With expects-4500 this is also the step where the tunnel goes Down.
        f.evidence.append({i, e.translation, tunnel.appliance,
                           tr("%1 asks for %2 and is given %3.")
                               .arg(appliance, t.insideLocal.toString(), t.insideGlobal.toString())});
        if (drop >= 0)
            f.evidence.append({drop, r.events[size_t(drop)].translation, tunnel.appliance,
                               c.text().describe(r.events[size_t(drop)])});

        // Explicit mappings for every appliance sharing the device's dynamic PAT.
        QList<ObjectId> appliances;
        for (int ti : c.tunnelsThrough(t.device))
            appliances.append(r.tunnels[ti].appliance);
        f.fix = FixGenerator(c.project()).staticMappings(r.devices[t.device].id, appliances);
        findings.append(f);
    }
    return findings;
}
