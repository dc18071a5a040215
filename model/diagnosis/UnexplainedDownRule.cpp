#include "UnexplainedDownRule.h"

#include "DiagnosisContext.h"

#include <QSet>

QList<Finding> UnexplainedDownRule::check(const DiagnosisContext &context) const
{
    return checkAfter(context, {});
}

QList<Finding> UnexplainedDownRule::checkAfter(const DiagnosisContext &c,
                                               const QList<Finding> &earlier) const
{
    QList<Finding> findings;
    const SimulationResult &r = c.result();
    for (int ti = 0; ti < r.tunnels.size(); ++ti) {
        const QList<int> &downs = c.downStarts(ti);
        if (downs.isEmpty())
            continue;
        const SimulationResult::Tunnel &tunnel = r.tunnels[ti];
        // Explained: an error finding names the appliance and shows one of its Down steps.
        bool explained = false;
        for (const Finding &f : earlier) {
            if (f.severity != Finding::Error || !f.appliances.contains(tunnel.appliance))
                continue;
            for (const Evidence &e : f.evidence) {
                const bool down = e.event >= 0 && r.events[size_t(e.event)].tunnel == ti
                                  && r.events[size_t(e.event)].state == SimEvent::Down
                                  && (r.events[size_t(e.event)].type == SimEvent::TunnelChanged
                                      || (r.events[size_t(e.event)].flags & SimEvent::StateChange));
                explained = explained || down;
            }
        }
        if (explained)
            continue;

        const int d = downs.first();
        const SimEvent &e = r.events[size_t(d)];
        const QString type = tunnel.applianceType;
        const QString device = tunnel.device >= 0 ? c.deviceName(tunnel.device) : tr("the network");
        const int drop = c.dropOf(d);
        Finding f;
        f.rule = key();
        f.severity = Finding::Error;
        f.title = tr("%1 tunnel %2 is Down at %3 s").arg(type, tunnel.name).arg(e.time);
        f.appliances = c.pair(ti);
        if (tunnel.device >= 0)
            f.devices = {r.devices[tunnel.device].id};
        QString shows;
        if (e.type != SimEvent::TunnelChanged && e.translation) {
            // A port given under expects-4500.
            shows = tr("the peer expects UDP %1 (%2), %3 gave %4")
                        .arg(tunnel.local.port)
                        .arg(c.text().policyText(tunnel.policy), device,
                             r.translation(e.translation).insideGlobal.toString());
        } else if (drop >= 0) {
            shows = tr("its peer sent to %1 (%2). %3")
                        .arg(c.peerTarget(d).toString(), c.text().policyText(tunnel.policy),
                             c.dropStory(drop));
        } else {
            // Outbound trouble (no rule, no free port): the log's own sentence.
            const int out = c.outboundDropOf(d, tunnel.appliance);
            shows = out >= 0 ? c.text().describe(r.events[size_t(out)]) : c.text().tunnelReason(e);
            if (out >= 0)
                f.evidence.append({out, 0, tunnel.appliance, c.text().describe(r.events[size_t(out)])});
        }
        f.cause = tr("%1 tunnel Down at %2 s: %3 — no more specific rule matched.")
                      .arg(type)
                      .arg(e.time)
                      .arg(shows);
        if (tunnel.device >= 0)
            f.cause += QLatin1Char(' ') + DiagnosisContext::profileRule(c.profileOf(tunnel.device));
        if (const quint32 mapping = c.mappingAt(d)) {
            const int created = c.creationEvent(mapping);
            if (created >= 0 && created != d) {
                f.evidence.append({created, mapping, tunnel.appliance,
                                   c.text().describe(r.events[size_t(created)])});
                f.cause += QLatin1Char(' ')
                           + tr("The tunnel's translation then was %1 → %2.")
                                 .arg(r.translation(mapping).insideLocal.toString(),
                                      r.translation(mapping).insideGlobal.toString());
            }
        }
        if (drop >= 0)
            f.evidence.append({drop, r.events[size_t(drop)].translation, tunnel.appliance,
                               c.text().describe(r.events[size_t(drop)])});
        f.evidence.append(c.downEvidence(ti, d));
        findings.append(f);
    }
    return findings;
}
