#include "OwnershipFlipRule.h"

#include "DiagnosisContext.h"
#include "FixGenerator.h"

#include <QSet>

QList<Finding> OwnershipFlipRule::check(const DiagnosisContext &c) const
{
    QList<Finding> findings;
    const SimulationResult &r = c.result();
    QSet<QPair<int, ObjectId>> seen;
    for (int i = 0; i < int(r.events.size()); ++i) {
        const SimEvent &e = r.events[size_t(i)];
        if (e.type != SimEvent::PortFlip || !c.isTunnelAppliance(e.aux) || e.device < 0)
            continue;
        if (seen.contains({e.device, e.aux}))
            continue;
        // A flip only when the previous owner's own mapping of that endpoint is
        // gone: per-tuple NATs (netfilter) let two appliances share a global
        // endpoint toward different peers, which is no flip at all.
        int expired = -1;
        for (int j = i - 1; j >= 0; --j) {
            const SimEvent &x = r.events[size_t(j)];
            if (x.device != e.device || x.subject != e.aux || x.mapped != e.mapped)
                continue;
            if (x.type == SimEvent::TranslationExpired)
                expired = j;
            if (x.type == SimEvent::TranslationExpired || x.type == SimEvent::TranslationCreated)
                break;
        }
        if (expired < 0)
            continue;
        seen.insert({e.device, e.aux});
        const int lostTunnel = r.tunnelOf(e.aux);
        const int down = c.downAfter(lostTunnel, i);
        const QString previous = c.name(e.aux), next = c.name(e.subject);

        Finding f;
        f.rule = key();
        f.severity = down >= 0 ? Finding::Error : Finding::Warning;
        f.title = tr("Ownership flip of %1: %2 took it from %3").arg(e.mapped.toString(), next, previous);
        f.appliances = {e.aux};
        if (c.isTunnelAppliance(e.subject))
            f.appliances.append(e.subject);
        f.devices = {r.devices[e.device].id};
        f.cause = tr("%1's translation on %2 expired after its idle timeout, and %3 sent first "
                     "afterwards, so %4 gave %2 to %3. %1's peer still sends to %2 until it learns "
                     "the new port (%5).")
                      .arg(previous, e.mapped.toString(), next, c.deviceName(e.device),
                           c.text().policyText(r.tunnels[lostTunnel].policy));
        if (down >= 0)
            f.cause += QLatin1Char(' ') + tr("Meanwhile the router drops those packets and the tunnel "
                                             "goes Down. Dynamic PAT gives no appliance a lasting "
                                             "claim on a port.");
        // The expiry that freed the port, the flip, and what it cost.
        f.evidence.append({expired, r.events[size_t(expired)].translation, e.aux,
                           c.text().describe(r.events[size_t(expired)])});
        f.evidence.append({i, e.translation, e.subject, c.text().describe(e)});
        if (down >= 0)
            f.evidence.append({down, r.events[size_t(down)].translation, e.aux,
                               tr("Tunnel %1 is Down.").arg(r.tunnels[lostTunnel].name)});
        QList<ObjectId> appliances;
        for (int ti : c.tunnelsThrough(e.device))
            appliances.append(r.tunnels[ti].appliance);
        f.fix = FixGenerator(c.project()).staticMappings(r.devices[e.device].id, appliances);
        findings.append(f);
    }
    return findings;
}
