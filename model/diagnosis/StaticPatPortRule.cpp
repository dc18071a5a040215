#include "StaticPatPortRule.h"

#include "DiagnosisContext.h"
#include "FixGenerator.h"
#include "Project.h"

namespace {

// The rule as the device's vendor writes it (commands stay verbatim).
QString syntax(const QString &profile, const Translation &t)
{
    const QString local = Ipv4::toString(t.insideLocal.ip);
    const QString global = Ipv4::toString(t.insideGlobal.ip);
    if (profile == QLatin1String("cisco-ios"))
        return QStringLiteral("ip nat inside source static udp %1 %2 %3 %4")
            .arg(local)
            .arg(t.insideLocal.port)
            .arg(global)
            .arg(t.insideGlobal.port);
    if (profile == QLatin1String("cisco-asa"))
        return QStringLiteral("nat (inside,outside) static %1 service udp %2 %3")
            .arg(global)
            .arg(t.insideLocal.port)
            .arg(t.insideGlobal.port);
    if (profile == QLatin1String("linux-netfilter"))
        return QStringLiteral("SNAT --to-source %1:%2").arg(global).arg(t.insideGlobal.port);
    if (profile == QLatin1String("fortigate"))
        return QStringLiteral("set extip %1 / set extport %2 / set mappedport %3")
            .arg(global)
            .arg(t.insideGlobal.port)
            .arg(t.insideLocal.port);
    return StaticPatPortRule::tr("an explicit port mapping");
}

} // namespace

QList<Finding> StaticPatPortRule::check(const DiagnosisContext &c) const
{
    QList<Finding> findings;
    const SimulationResult &r = c.result();
    QSet<int> done;
    for (int i = 0; i < int(r.events.size()); ++i) {
        const SimEvent &e = r.events[size_t(i)];
        if (e.type != SimEvent::NatTranslated || (e.flags & SimEvent::Inbound) || e.tunnel < 0
            || e.device < 0 || done.contains(e.tunnel))
            continue;
        const SimulationResult::Tunnel &tunnel = r.tunnels[e.tunnel];
        const Translation &t = r.translation(e.translation);
        if (!t.isStatic || t.simple || t.insideGlobal.port == tunnel.local.port)
            continue;
        // Only a problem when the tunnel goes Down on it: a peer that follows the
        // port it sees works fine with static PAT on another port.
        int down = -1;
        for (int d : c.downStarts(e.tunnel)) {
            if (d > i && c.mappingAt(d) == e.translation) {
                down = d;
                break;
            }
        }
        if (down < 0)
            continue;
        done.insert(e.tunnel);
        const QString appliance = c.name(tunnel.appliance);
        const QString device = c.deviceName(e.device);
        const QString profile = c.profileOf(e.device);
        const Endpoint target = c.peerTarget(down);
        const int drop = c.dropOf(down);

        Finding f;
        f.rule = key();
        f.severity = Finding::Error;
        f.title = tr("Static PAT gives %1 port %2, but its peer expects UDP %3")
                      .arg(appliance)
                      .arg(t.insideGlobal.port)
                      .arg(tunnel.local.port);
        f.appliances = c.pair(e.tunnel);
        f.devices = {r.devices[e.device].id};
        f.cause = tr("%1 maps %2 with a static PAT rule, %3 ↔ %4 (%5). Its cloud peer expects "
                     "source port %6 (%7), so it sends to %8.")
                      .arg(device, appliance, t.insideLocal.toString(), t.insideGlobal.toString(),
                           syntax(profile, t))
                      .arg(tunnel.local.port)
                      .arg(c.text().policyText(tunnel.policy), target.toString());
        if (drop >= 0)
            f.cause += QLatin1Char(' ') + c.dropStory(drop);
        f.cause += QLatin1Char(' ')
                   + tr("VMware states that the on-premises source port need not be %1, but this "
                        "peer, as modelled, answers %1 only.")
                         .arg(tunnel.local.port);
        if (const int created = c.creationEvent(e.translation); created >= 0)
            f.evidence.append({created, e.translation, tunnel.appliance, c.text().describe(r.events[size_t(created)])});
        f.evidence.append({i, e.translation, tunnel.appliance,
                           tr("%1's packets leave as %2.").arg(appliance, t.insideGlobal.toString())});
        if (drop >= 0)
            f.evidence.append({drop, r.events[size_t(drop)].translation, tunnel.appliance,
                               c.text().describe(r.events[size_t(drop)])});
        f.evidence.append(c.downEvidence(e.tunnel, down));
        f.fix = FixGenerator(c.project()).staticPatOn4500(r.devices[e.device].id, t.rule,
                                                          tunnel.appliance);
        findings.append(f);
    }
    return findings;
}
