#include "TranslatedPortRule.h"

#include "DiagnosisContext.h"
#include "StoryCases.h"

QString TranslatedPortRule::upStory(const DiagnosisContext &, const SimulationResult::Tunnel &) const
{
    return QString();
}

QString TranslatedPortRule::evidenceText(const QString &appliance, const Translation &t) const
{
    return tr("%1 asks for %2 and is given %3.")
        .arg(appliance, t.insideLocal.toString(), t.insideGlobal.toString());
}

Fix TranslatedPortRule::fix(const DiagnosisContext &c, ObjectId device,
                            const QList<ObjectId> &appliances) const
{
    return FixGenerator(c.project()).staticMappings(device, appliances);
}

QList<Finding> TranslatedPortRule::check(const DiagnosisContext &c) const
{
    QList<Finding> findings;
    const SimulationResult &r = c.result();
    StoryCases<int, int> chosen; // tunnel -> event
    for (int i = 0; i < int(r.events.size()); ++i) {
        const SimEvent &e = r.events[size_t(i)];
        if (e.type != SimEvent::TranslationCreated || (e.flags & SimEvent::Inbound) || e.tunnel < 0
            || e.device < 0)
            continue;
        const Translation &t = r.translation(e.translation);
        // Static rows and static NAT keep their ports.
        if (t.isStatic || t.insideGlobal.port == t.insideLocal.port || !isCase(c, e.device, t))
            continue;
        chosen.offer(e.tunnel, i, e.setsTunnelDown());
    }

    QHash<int, int> byDevice; // device -> index into findings
    for (int tunnelIndex : chosen.keys()) {
        const int i = chosen[tunnelIndex];
        const SimEvent &e = r.events[size_t(i)];
        const Translation &t = r.translation(e.translation);
        const SimulationResult::Tunnel &tunnel = r.tunnels[tunnelIndex];
        const QString appliance = c.name(tunnel.appliance);
        const bool down = e.setsTunnelDown();
        const int drop = down ? c.peerDropAfter(tunnelIndex, i) : -1;

        QString story = tr("%1 asked for %2 toward %3 and was given %4.")
                            .arg(appliance, t.insideLocal.toString(), t.outside.toString(),
                                 t.insideGlobal.toString());
        if (down) {
            story += QLatin1Char(' ')
                     + tr("Its cloud peer expects source port %1 (%2), so it sends to %3:%1.")
                           .arg(tunnel.local.port)
                           .arg(c.text().policyText(tunnel.policy), Ipv4::toString(t.insideGlobal.ip));
            if (drop >= 0)
                story += QLatin1Char(' ') + c.dropStory(drop);
        } else if (const QString up = upStory(c, tunnel); !up.isEmpty()) {
            story += QLatin1Char(' ') + up;
        }

        const int existing = byDevice.value(e.device, -1);
        Finding &f = existing >= 0 ? findings[existing] : findings.emplace_back();
        if (existing < 0) {
            byDevice.insert(e.device, int(findings.size() - 1));
            f.rule = key();
            f.severity = Finding::Warning;
            f.devices = {r.devices[e.device].id};
            f.cause = deviceCause(c, e.device, t, tunnel);
        }
        if (down)
            f.severity = Finding::Error;
        for (ObjectId id : c.pair(tunnelIndex)) {
            if (!f.appliances.contains(id))
                f.appliances.append(id);
        }
        f.cause += QLatin1Char(' ') + story;
        f.evidence.append({i, e.translation, tunnel.appliance, evidenceText(appliance, t)});
        if (drop >= 0)
            f.evidence.append({drop, r.events[size_t(drop)].translation, tunnel.appliance,
                               c.text().describe(r.events[size_t(drop)])});
    }
    for (auto it = byDevice.cbegin(); it != byDevice.cend(); ++it) {
        Finding &f = findings[it.value()];
        QStringList names;
        QList<ObjectId> onPrem;
        for (int t : chosen.keys()) {
            if (r.tunnels[t].device == it.key()) {
                names.append(c.name(r.tunnels[t].appliance));
                onPrem.append(r.tunnels[t].appliance);
            }
        }
        f.title = findingTitle(c, it.key(), names.join(QStringLiteral(", ")));
        if (f.severity == Finding::Error)
            f.cause += QLatin1Char(' ') + whyNotRedeploy();
        f.fix = fix(c, r.devices[it.key()].id, onPrem);
    }
    return findings;
}
