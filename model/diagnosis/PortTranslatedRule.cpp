#include "PortTranslatedRule.h"

#include "DiagnosisContext.h"
#include "FixGenerator.h"
#include "StoryCases.h"

bool PortTranslatedRule::translatesEveryPort(const QString &profile)
{
    return profile == QLatin1String("juniper-srx") || profile == QLatin1String("yamaha-rtx");
}

QList<Finding> PortTranslatedRule::check(const DiagnosisContext &c) const
{
    QList<Finding> findings;
    const SimulationResult &r = c.result();
    StoryCases<int, int> chosen; // tunnel -> event: the first translation that takes it Down
    for (int i = 0; i < int(r.events.size()); ++i) {
        const SimEvent &e = r.events[size_t(i)];
        if (e.type != SimEvent::TranslationCreated || (e.flags & SimEvent::Inbound) || e.tunnel < 0
            || e.device < 0 || !translatesEveryPort(c.profileOf(e.device)))
            continue;
        const Translation &t = r.translation(e.translation);
        // A port held by another translation is a collision (PatCollisionRule).
        if (t.isStatic || t.insideGlobal.port == t.insideLocal.port || t.heldBy)
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
        const int existing = byDevice.value(e.device, -1);
        Finding &f = existing >= 0 ? findings[existing] : findings.emplace_back();
        if (existing < 0) {
            byDevice.insert(e.device, int(findings.size() - 1));
            f.rule = key();
            f.severity = Finding::Warning;
            f.devices = {r.devices[e.device].id};
            f.cause = c.profileOf(e.device) == QLatin1String("juniper-srx")
                          ? tr("%1 is a Juniper SRX: source NAT with port translation gives every "
                               "session a port of its own from the pool's range, whether or not the "
                               "original port is free, so no HCX appliance keeps UDP %2.")
                                .arg(c.deviceName(e.device))
                                .arg(tunnel.local.port)
                          : tr("%1 is a YAMAHA RTX: IP masquerade gives each inside address and port "
                               "an outer port from its port range, whether or not the original port "
                               "is free, so no HCX appliance keeps UDP %2.")
                                .arg(c.deviceName(e.device))
                                .arg(tunnel.local.port);
        }
        if (down)
            f.severity = Finding::Error;
        for (ObjectId id : c.pair(tunnelIndex)) {
            if (!f.appliances.contains(id))
                f.appliances.append(id);
        }
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
        }
        f.cause += QLatin1Char(' ') + story;
        f.evidence.append({i, e.translation, tunnel.appliance,
                           tr("%1 asks for %2 and is given %3: the port is translated.")
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
        f.title = tr("%1 translates every source port: UDP 4500 lost for %2")
                      .arg(c.deviceName(it.key()), names.join(QStringLiteral(", ")));
        if (f.severity == Finding::Error)
            f.cause += QLatin1Char(' ')
                       + tr("Redeploying the appliances does not help: only an explicit mapping per "
                            "appliance keeps UDP 4500.");
        f.fix = FixGenerator(c.project()).staticMappings(r.devices[it.key()].id, onPrem);
    }
    return findings;
}
