#include "RandomPortRule.h"

#include "DiagnosisContext.h"
#include "StoryCases.h"
#include "FixGenerator.h"

namespace {

// The option in force ("random-fully" wins, as in iptables), empty when none.
QString randomOption(const DiagnosisContext &c, int device)
{
    if (c.profileOf(device) != QLatin1String("linux-netfilter"))
        return QString();
    const QStringList options = c.optionsOf(device);
    for (const char *o : {"random-fully", "random"}) {
        if (options.contains(QLatin1String(o)))
            return QLatin1String(o);
    }
    return QString();
}

} // namespace

QList<Finding> RandomPortRule::check(const DiagnosisContext &c) const
{
    QList<Finding> findings;
    const SimulationResult &r = c.result();
    // Per tunnel: the first random port that takes it Down, else the first one.
    StoryCases<int, int> chosen; // tunnel -> event
    for (int i = 0; i < int(r.events.size()); ++i) {
        const SimEvent &e = r.events[size_t(i)];
        if (e.type != SimEvent::TranslationCreated || (e.flags & SimEvent::Inbound) || e.tunnel < 0
            || e.device < 0)
            continue;
        const Translation &t = r.translation(e.translation);
        // Static rows and static NAT keep their ports; only dynamic PAT draws.
        if (t.isStatic || t.requestedPort == 0 || t.insideGlobal.port == t.insideLocal.port
            || randomOption(c, e.device).isEmpty())
            continue;
        chosen.offer(e.tunnel, i, e.setsTunnelDown());
    }

    // One finding per device: the option is one setting, and so is its fix.
    QHash<int, int> byDevice; // device -> index into findings
    for (int tunnelIndex : chosen.keys()) {
        const int i = chosen[tunnelIndex];
        const SimEvent &e = r.events[size_t(i)];
        const Translation &t = r.translation(e.translation);
        const SimulationResult::Tunnel &tunnel = r.tunnels[tunnelIndex];
        const QString option = randomOption(c, e.device);
        const QString device = c.deviceName(e.device);
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
                          "translation lives; after an expiry or a clear the next translation draws "
                          "another random port, and the peer's packets go to the old one until IKE "
                          "runs again.")
                           .arg(c.text().policyText(tunnel.policy));
        }

        const int existing = byDevice.value(e.device, -1);
        Finding &f = existing >= 0 ? findings[existing] : findings.emplace_back();
        if (existing < 0) {
            byDevice.insert(e.device, int(findings.size() - 1));
            f.rule = key();
            f.severity = Finding::Warning;
            f.devices = {r.devices[e.device].id};
            f.cause = tr("%1 runs Linux netfilter with --%2 on its source NAT: netfilter then draws "
                         "a random source port for every new flow, even when the original port is "
                         "free toward the destination, so no HCX appliance keeps UDP %3.")
                          .arg(device, option)
                          .arg(tunnel.local.port);
        }
        if (down)
            f.severity = Finding::Error;
        for (ObjectId id : c.pair(tunnelIndex)) {
            if (!f.appliances.contains(id))
                f.appliances.append(id);
        }
        f.cause += QLatin1Char(' ') + story;
        // With expects-4500 the port given is also the step where the tunnel goes Down.
        f.evidence.append({i, e.translation, tunnel.appliance,
                           tr("%1 asks for %2 and is given %3, a random port.")
                               .arg(appliance, t.insideLocal.toString(), t.insideGlobal.toString())});
        if (drop >= 0)
            f.evidence.append({drop, r.events[size_t(drop)].translation, tunnel.appliance,
                               c.text().describe(r.events[size_t(drop)])});
    }
    for (auto it = byDevice.cbegin(); it != byDevice.cend(); ++it) {
        Finding &f = findings[it.value()];
        const QString option = randomOption(c, it.key());
        QStringList names;
        QList<ObjectId> onPrem;
        for (int t : chosen.keys()) {
            if (r.tunnels[t].device == it.key()) {
                names.append(c.name(r.tunnels[t].appliance));
                onPrem.append(r.tunnels[t].appliance);
            }
        }
        f.title = tr("%1 randomises source ports (--%2): UDP 4500 lost for %3")
                      .arg(c.deviceName(it.key()), option, names.join(QStringLiteral(", ")));
        if (f.severity == Finding::Error)
            f.cause += QLatin1Char(' ')
                       + tr("Every new translation draws another port, so redeploying the appliances "
                            "or clearing the translations does not help.");
        f.fix = FixGenerator(c.project()).withoutRandom(r.devices[it.key()].id, onPrem);
    }
    return findings;
}
