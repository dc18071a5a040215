#include "UnsolicitedInboundRule.h"

#include "DiagnosisContext.h"
#include "FixGenerator.h"

QList<Finding> UnsolicitedInboundRule::check(const DiagnosisContext &c) const
{
    QList<Finding> findings;
    const SimulationResult &r = c.result();
    QList<int> order;
    QHash<int, int> chosen; // by tunnel: the first such port that takes it Down, else the first
    for (int i = 0; i < int(r.events.size()); ++i) {
        const SimEvent &e = r.events[size_t(i)];
        if (e.type != SimEvent::TranslationCreated || (e.flags & SimEvent::Inbound) || e.tunnel < 0)
            continue;
        const Translation &t = r.translation(e.translation);
        if (!t.heldBy || t.insideGlobal.port == t.requestedPort || !c.isRouterEntry(t.heldBy))
            continue;
        if (!chosen.contains(e.tunnel)) {
            order.append(e.tunnel);
            chosen.insert(e.tunnel, i);
        } else if (e.setsTunnelDown() && !r.events[size_t(chosen.value(e.tunnel))].setsTunnelDown()) {
            chosen.insert(e.tunnel, i);
        }
    }
    for (int ti : std::as_const(order)) {
        const int i = chosen.value(ti);
        const SimEvent &e = r.events[size_t(i)];
        const Translation &t = r.translation(e.translation);
        const Translation &entry = r.translation(t.heldBy);
        const SimulationResult::Tunnel &tunnel = r.tunnels[ti];
        const QString appliance = c.name(tunnel.appliance);
        const QString device = c.deviceName(t.device);
        const int entryEvent = c.creationEvent(t.heldBy);
        const bool down = e.setsTunnelDown();
        const int drop = down ? c.peerDropAfter(ti, i) : -1;

        Finding f;
        f.rule = key();
        f.severity = down ? Finding::Error : Finding::Warning;
        f.title = tr("An unsolicited packet from %1 holds %2 on %3: %4 gets port %5")
                      .arg(entry.outside.toString(), entry.insideGlobal.toString(), device, appliance)
                      .arg(t.insideGlobal.port);
        f.appliances = c.pair(ti);
        f.devices = {r.devices[t.device].id};
        f.cause = tr("At %1 s %2 sent to %3 before %4 had sent anything to it. %5 runs Linux netfilter, "
                     "which tracks even an unsolicited packet to the router itself: its conntrack "
                     "entry %3 ↔ %2 holds that tuple for the unreplied timeout, and every further "
                     "packet from the sender refreshes it. When %4 asked for source port %6 toward "
                     "the same peer at %7 s, netfilter had to give it port %8.")
                      .arg(r.events[size_t(std::max(entryEvent, 0))].time)
                      .arg(entry.outside.toString(), entry.insideGlobal.toString(), appliance, device)
                      .arg(t.requestedPort)
                      .arg(e.time)
                      .arg(t.insideGlobal.port);
        if (down) {
            f.cause += QLatin1Char(' ')
                       + tr("Its cloud peer expects source port %1 (%2), so it keeps sending to %3:%1.")
                             .arg(tunnel.local.port)
                             .arg(c.text().policyText(tunnel.policy), Ipv4::toString(t.insideGlobal.ip));
            if (drop >= 0)
                f.cause += QLatin1Char(' ') + c.dropStory(drop);
            f.cause += QLatin1Char(' ')
                       + tr("Those packets only refresh the router's entry, so the tunnel stays Down "
                            "for as long as the peer keeps trying.");
        } else {
            f.cause += QLatin1Char(' ')
                       + tr("Its peer follows the port it sees (%1), so the tunnel works on that port.")
                             .arg(c.text().policyText(tunnel.policy));
        }
        if (entryEvent >= 0)
            f.evidence.append({entryEvent, t.heldBy, tunnel.peer,
                               tr("%1 tracks the unsolicited packet from %2 to %3.")
                                   .arg(device, entry.outside.toString(), entry.insideGlobal.toString())});
        f.evidence.append({i, e.translation, tunnel.appliance,
                           tr("%1 asks for %2 and is given %3.")
                               .arg(appliance, t.insideLocal.toString(), t.insideGlobal.toString())});
        if (drop >= 0)
            f.evidence.append({drop, r.events[size_t(drop)].translation, tunnel.appliance,
                               c.text().describe(r.events[size_t(drop)])});
        f.fix = FixGenerator(c.project()).unsolicitedInbound(r.devices[t.device].id,
                                                             {{entry.outside, entry.insideGlobal}});
        findings.append(f);
    }
    return findings;
}
