#include "UnmatchedApplianceRule.h"

#include "DiagnosisContext.h"
#include "FixGenerator.h"
#include "NatDeviceConfig.h"
#include "NatRules.h"
#include "Project.h"

QList<Finding> UnmatchedApplianceRule::check(const DiagnosisContext &c) const
{
    QList<Finding> findings;
    const SimulationResult &r = c.result();
    for (int ti = 0; ti < r.tunnels.size(); ++ti) {
        const SimulationResult::Tunnel &tunnel = r.tunnels[ti];
        if (tunnel.device < 0)
            continue;
        const ObjectId deviceId = r.devices[tunnel.device].id;
        QStringList ignored;
        const NatDeviceConfig config = NatDeviceConfig::fromProject(c.project(), deviceId, &ignored);
        const quint32 ip = tunnel.local.ip;
        bool matched = false;
        for (const auto &s : config.statics)
            matched = matched || s.local == ip;
        for (const auto &s : config.staticPats)
            matched = matched || (s.local == tunnel.local && s.protocol == Protocol::Udp);
        for (const auto &d : config.dynamics) {
            for (const auto &prefix : d.sources)
                matched = matched || prefix.contains(ip);
        }
        if (matched)
            continue;
        const QString appliance = c.name(tunnel.appliance);
        Finding f;
        f.rule = key();
        f.severity = Finding::Error;
        f.title = tr("%1 is matched by no NAT rule on %2").arg(appliance, config.name);
        f.appliances = c.pair(ti);
        f.devices = {deviceId};
        QStringList acls;
        for (ObjectId child : c.project().children(deviceId)) {
            if (NatRules::isSimulated(c.project(), child)
                && c.project().text(child, Field::kind) == QLatin1String("dynamic-pat"))
                acls.append(c.project().text(child, Field::accessList));
        }
        f.cause = tr("%1 (%2) sits behind %3, but no static mapping names it and no access list of a "
                     "dynamic rule (%4) permits it. Its packets leave untranslated with a source the "
                     "Internet cannot route back to, so the tunnel never comes up.")
                      .arg(appliance, Ipv4::toString(ip), config.name,
                           acls.isEmpty() ? tr("none") : acls.join(QStringLiteral(", ")));
        const auto &events = r.events;
        for (int i = 0; i < int(events.size()); ++i) {
            const SimEvent &e = events[size_t(i)];
            if (e.type == SimEvent::PacketDropped && e.reason == SimEvent::NoNatRule
                && e.subject == tunnel.appliance) {
                f.evidence.append({i, 0, tunnel.appliance, c.text().describe(e)});
                const int down = c.downAfter(ti, i);
                if (down >= 0)
                    f.evidence.append(c.downEvidence(ti, down));
                break;
            }
        }
        f.evidence.append({-1, 0, deviceId, tr("%1 has no rule for %2.").arg(config.name, Ipv4::toString(ip))});
        f.fix = FixGenerator(c.project()).staticMappings(deviceId, {tunnel.appliance});
        findings.append(f);
    }
    return findings;
}
