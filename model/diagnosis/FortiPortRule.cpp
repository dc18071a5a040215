#include "FortiPortRule.h"

#include "DiagnosisContext.h"
#include "FixGenerator.h"
#include "FortiGateBehaviour.h"
#include "StoryCases.h"

QList<Finding> FortiPortRule::check(const DiagnosisContext &c) const
{
    QList<Finding> findings;
    const SimulationResult &r = c.result();
    // Per tunnel: the first translated port that takes it Down, else the first one.
    StoryCases<int, int> chosen; // tunnel -> event
    for (int i = 0; i < int(r.events.size()); ++i) {
        const SimEvent &e = r.events[size_t(i)];
        if (e.type != SimEvent::TranslationCreated || (e.flags & SimEvent::Inbound) || e.tunnel < 0
            || e.device < 0 || c.profileOf(e.device) != QLatin1String("fortigate"))
            continue;
        const Translation &t = r.translation(e.translation);
        // A port another session held is a collision (PatCollisionRule).
        if (t.isStatic || t.heldBy || t.requestedPort == 0 || t.insideGlobal.port == t.insideLocal.port)
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
        } else {
            story += QLatin1Char(' ')
                     + tr("Its peer follows the port it sees (%1), so the tunnel works while this "
                          "session lives.")
                           .arg(c.text().policyText(tunnel.policy));
        }
        const int existing = byDevice.value(e.device, -1);
        Finding &f = existing >= 0 ? findings[existing] : findings.emplace_back();
        if (existing < 0) {
            byDevice.insert(e.device, int(findings.size() - 1));
            f.rule = key();
            f.severity = Finding::Warning;
            f.devices = {r.devices[e.device].id};
            const QStringList options = c.optionsOf(e.device);
            if (!FortiGateBehaviour::preservable(t.insideLocal.port))
                f.cause = tr("%1 is a FortiGate: its source NAT keeps an original port only within "
                             "5117-65533 (Fortinet: \"Anything below 5117 will be translated to a "
                             "port higher than 5117\"), so no HCX appliance keeps UDP %2 unless the "
                             "policy has set fixedport enable.")
                              .arg(c.deviceName(e.device))
                              .arg(t.insideLocal.port);
            else
                f.cause = tr("%1 is a FortiGate whose policy does not preserve source ports (%2): "
                             "every session is given the next port of the range.")
                              .arg(c.deviceName(e.device), options.join(QStringLiteral(", ")));
        }
        if (down)
            f.severity = Finding::Error;
        for (ObjectId id : c.pair(tunnelIndex)) {
            if (!f.appliances.contains(id))
                f.appliances.append(id);
        }
        f.cause += QLatin1Char(' ') + story;
        f.evidence.append({i, e.translation, tunnel.appliance,
                           tr("%1 asks for %2 and is given %3.")
                               .arg(appliance, t.insideLocal.toString(), t.insideGlobal.toString())});
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
        f.title = tr("%1 (FortiGate) translates UDP 4500: port lost for %2")
                      .arg(c.deviceName(it.key()), names.join(QStringLiteral(", ")));
        if (f.severity == Finding::Error)
            f.cause += QLatin1Char(' ')
                       + tr("This happens to every appliance whichever is deployed first, so "
                            "redeploying or clearing the sessions does not help.");
        f.fix = FixGenerator(c.project()).staticMappings(r.devices[it.key()].id, onPrem);
    }
    return findings;
}
