#include "KeepaliveTimeoutRule.h"

#include "Catalogue.h"
#include "DiagnosisContext.h"
#include "FixGenerator.h"
#include "NatBehaviour.h"
#include "NatDeviceConfig.h"
#include "Project.h"

QList<Finding> KeepaliveTimeoutRule::check(const DiagnosisContext &c) const
{
    QList<Finding> findings;
    const SimulationResult &r = c.result();
    for (int d = 0; d < r.devices.size(); ++d) {
        const QList<int> tunnels = c.tunnelsThrough(d);
        if (tunnels.isEmpty())
            continue;
        QStringList ignored;
        const NatDeviceConfig config = NatDeviceConfig::fromProject(c.project(), r.devices[d].id, &ignored);
        const auto behaviour = NatBehaviour::create(config.profile, config.options);
        if (!behaviour)
            continue;
        // A kept-alive tunnel is replied to, so the longer (assured) timeout is the one in force.
        const double timeout = behaviour->timeout(Protocol::Udp, true, config.timeouts);
        int keepalive = 0;
        QList<int> affected; // tunnels
        for (int t : tunnels) {
            const Catalogue::Flow *flow = c.catalogue().tunnelFlow(r.tunnels[t].applianceType);
            const int k = flow && flow->keepaliveSeconds > 0 ? flow->keepaliveSeconds : 20;
            if (timeout < k) {
                keepalive = std::max(keepalive, k);
                affected.append(t);
            }
        }
        if (affected.isEmpty())
            continue;

        Finding f;
        f.rule = key();
        f.devices = {r.devices[d].id};
        f.title = tr("%1 forgets UDP translations after %2 s; the tunnels send keepalives every %3 s")
                      .arg(r.devices[d].name)
                      .arg(timeout)
                      .arg(keepalive);
        f.cause = tr("An idle UDP translation on %1 lives %2 s, shorter than the %3 s between the "
                     "appliances' NAT-T keepalives. Whenever the tunnel is quiet the translation "
                     "expires, packets from the peer are dropped until the appliance sends again, "
                     "and the new translation may get another port: the tunnel flaps.")
                      .arg(r.devices[d].name)
                      .arg(timeout)
                      .arg(keepalive);
        // Proof from the run, per tunnel: its translation expiring, and what followed.
        f.severity = Finding::Warning;
        for (int tunnel : std::as_const(affected)) {
            const ObjectId app = r.tunnels[tunnel].appliance;
            for (ObjectId id : c.pair(tunnel)) {
                if (!f.appliances.contains(id))
                    f.appliances.append(id);
            }
            for (int i = 0; i < int(r.events.size()); ++i) {
                const SimEvent &e = r.events[size_t(i)];
                if (e.type != SimEvent::TranslationExpired || e.reason != SimEvent::Timeout
                    || e.device != d || e.subject != app || e.from != r.tunnels[tunnel].local)
                    continue;
                f.evidence.append({i, e.translation, e.subject, c.text().describe(e)});
                const int down = c.downAfter(tunnel, i);
                if (down >= 0) {
                    f.severity = Finding::Error;
                    f.evidence.append(c.downEvidence(tunnel, down));
                }
                const int again = c.nextEvent(SimEvent::TranslationCreated, tunnel, i);
                if (again >= 0) {
                    f.evidence.append({again, r.events[size_t(again)].translation, e.subject,
                                       c.text().describe(r.events[size_t(again)])});
                    f.cause += QLatin1Char(' ')
                               + tr("%1's translation %2 expired at %3 s; its next one was %4.")
                                     .arg(c.name(app), e.mapped.toString())
                                     .arg(e.time)
                                     .arg(r.translation(r.events[size_t(again)].translation)
                                              .insideGlobal.toString());
                }
                if (down >= 0)
                    f.cause += QLatin1Char(' ')
                               + tr("Tunnel %1 went Down at %2 s.")
                                     .arg(r.tunnels[tunnel].name)
                                     .arg(r.events[size_t(down)].time);
                break;
            }
        }
        if (f.evidence.isEmpty())
            f.evidence.append({-1, 0, r.devices[d].id,
                               tr("%1: UDP timeout %2 s.").arg(r.devices[d].name).arg(timeout)});
        f.fix = FixGenerator(c.project()).raiseUdpTimeout(r.devices[d].id, std::max(300, 3 * keepalive));
        findings.append(f);
    }
    return findings;
}
