#include "OwnershipFlipRule.h"

#include "DiagnosisContext.h"
#include "StoryCases.h"
#include "FixGenerator.h"

namespace {

// Why the newcomer could take the port, in the profile's own terms.
QString flipRule(const DiagnosisContext &c, int device, const QString &taker, const Endpoint &remote)
{
    const QString profile = c.profileOf(device);
    if (profile == QLatin1String("fortigate"))
        return OwnershipFlipRule::tr("FortiGate shares a global port between sessions toward "
                                     "different destinations, but %1 goes to the same remote, %2, "
                                     "so it took the port outright.")
            .arg(taker, remote.toString());
    if (c.perTuple(device))
        return profile == QLatin1String("linux-netfilter")
                   ? OwnershipFlipRule::tr("Linux netfilter shares a global port between flows toward "
                                           "different destinations, but %1 goes to the same remote, "
                                           "%2, so it took the port outright.")
                         .arg(taker, remote.toString())
                   : OwnershipFlipRule::tr("With the extended option Cisco ASA shares a global port "
                                           "between destinations, but %1 goes to the same remote, "
                                           "%2, so it took the port outright.")
                         .arg(taker, remote.toString());
    if (profile == QLatin1String("cisco-ios"))
        return OwnershipFlipRule::tr("Cisco IOS dynamic PAT gives no appliance a lasting claim on a "
                                     "port: after an expiry, whoever sends first gets it.");
    if (profile == QLatin1String("cisco-asa"))
        return OwnershipFlipRule::tr("Cisco ASA dynamic PAT gives no appliance a lasting claim on a "
                                     "port: after an expiry, whoever sends first gets it.");
    return OwnershipFlipRule::tr("Even an endpoint-independent NAT (RFC 4787) keeps a mapping only "
                                 "while it is refreshed: after an expiry, whoever sends first gets "
                                 "the port.");
}

} // namespace

QList<Finding> OwnershipFlipRule::check(const DiagnosisContext &c) const
{
    QList<Finding> findings;
    const SimulationResult &r = c.result();
    struct Flip
    {
        quint32 former = 0, taker = 0;
        int down = -1;
    };
    // (device, appliance that lost the port) -> the flip that cost it its tunnel, else the first.
    StoryCases<QPair<int, int>, Flip> chosen;
    for (const Translation &t : r.translations) {
        if (t.isStatic || c.endEvent(t.id) < 0)
            continue;
        // A tunnel's flow, whoever created its entry (the appliance or a flow sharing the tuple).
        const int tunnel = c.tunnelOfFlow(t.insideLocal, t.outside);
        if (tunnel < 0)
            continue;
        // Under expects-4500 the peer aims at port 4500 only: losing another port is no flip
        // anyone notices.
        if (r.tunnels[tunnel].policy != QLatin1String("learned")
            && t.insideGlobal.port != r.tunnels[tunnel].local.port)
            continue;
        Flip flip;
        flip.former = t.id;
        flip.taker = c.takerOf(t.id);
        if (!flip.taker)
            continue;
        // The cost: a Down spell of the loser while its peer still aims at the lost endpoint.
        const int took = c.creationEvent(flip.taker);
        for (int d : c.downStarts(tunnel)) {
            if (d >= took && c.peerTarget(d) == t.insideGlobal) {
                flip.down = d;
                break;
            }
        }
        chosen.offer({t.device, tunnel}, flip, flip.down >= 0);
    }

    for (const auto &slot : chosen.keys()) {
        const Flip flip = chosen[slot];
        const int tunnel = slot.second;
        const int device = slot.first;
        const Translation &former = r.translation(flip.former);
        const Translation &taker = r.translation(flip.taker);
        const ObjectId loser = r.tunnels[tunnel].appliance;
        const ObjectId winner = c.ownerOf(flip.taker);
        const QString previous = c.name(loser), next = c.ownerName(flip.taker);
        const Endpoint endpoint = former.insideGlobal;
        const int ended = c.endEvent(flip.former);
        const int took = c.creationEvent(flip.taker);
        const SimEvent &end = r.events[size_t(ended)];

        Finding f;
        f.rule = key();
        f.severity = flip.down >= 0 ? Finding::Error : Finding::Warning;
        f.title = tr("Ownership flip of %1: %2 took it from %3").arg(endpoint.toString(), next, previous);
        f.appliances = c.pair(tunnel);
        if (winner && c.isTunnelAppliance(winner) && !f.appliances.contains(winner))
            f.appliances.append(winner);
        f.devices = {r.devices[device].id};
        f.cause = tr("%1's translation on %2 ended at %3 s (%4), and %5 sent first afterwards, so %6 "
                     "gave %2 to %5.")
                      .arg(previous, endpoint.toString())
                      .arg(end.time)
                      .arg(end.reason == SimEvent::Cleared ? tr("cleared") : tr("idle timeout"), next,
                           c.deviceName(device))
                  + QLatin1Char(' ') + flipRule(c, device, next, taker.outside);
        const int drop = flip.down >= 0 ? c.dropOf(flip.down) : -1;
        if (flip.down >= 0 && r.events[size_t(flip.down)].type == SimEvent::TranslationCreated) {
            // Under expects-4500 the loser's next translation is already the Down.
            const SimEvent &again = r.events[size_t(flip.down)];
            f.cause += QLatin1Char(' ')
                       + tr("When %1 sent again at %2 s, %3 gave it %4.")
                             .arg(previous)
                             .arg(again.time)
                             .arg(c.deviceName(device),
                                  r.translation(again.translation).insideGlobal.toString());
        }
        if (flip.down >= 0) {
            f.cause += QLatin1Char(' ')
                       + tr("%1's peer (%2) still sends to %3.")
                             .arg(previous, c.text().policyText(r.tunnels[tunnel].policy),
                                  endpoint.toString());
            if (drop >= 0)
                f.cause += QLatin1Char(' ') + c.dropStory(drop);
            f.cause += QLatin1Char(' ') + tr("The tunnel goes Down.");
        } else {
            f.cause += QLatin1Char(' ')
                       + tr("%1's peer sends to %2 until it learns the new port (%3).")
                             .arg(previous, endpoint.toString(),
                                  c.text().policyText(r.tunnels[tunnel].policy));
        }
        // The expiry that freed the port, the flip, and what it cost.
        f.evidence.append({ended, flip.former, loser, c.text().describe(end)});
        f.evidence.append({took, flip.taker, winner, c.text().describe(r.events[size_t(took)])});
        if (drop >= 0)
            f.evidence.append({drop, r.events[size_t(drop)].translation, loser,
                               c.text().describe(r.events[size_t(drop)])});
        if (flip.down >= 0)
            f.evidence.append(c.downEvidence(tunnel, flip.down));
        QList<ObjectId> appliances;
        for (int ti : c.tunnelsThrough(device))
            appliances.append(r.tunnels[ti].appliance);
        f.fix = FixGenerator(c.project()).staticMappings(r.devices[device].id, appliances);
        findings.append(f);
    }
    return findings;
}
