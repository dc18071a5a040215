#include "MappingReuseRule.h"

#include "DiagnosisContext.h"
#include "StoryCases.h"
#include "FixGenerator.h"

namespace {

// Why this profile hands a new flow the mapping its inside endpoint already has.
QString reuseRule(const QString &profile, const QStringList &options)
{
    if (profile == QLatin1String("linux-netfilter"))
        return MappingReuseRule::tr("Linux netfilter first reuses the newest live mapping of the same "
                                    "inside address and port when that port is free toward the new "
                                    "destination; only then does it try the original port.");
    if (profile == QLatin1String("cisco-ios"))
        return MappingReuseRule::tr("Cisco IOS keeps one inside global endpoint per inside address and "
                                    "port: a new destination gets the existing translation's inside "
                                    "global.");
    if (profile == QLatin1String("cisco-asa"))
        return options.contains(QStringLiteral("extended"))
                   ? MappingReuseRule::tr("Cisco ASA reuses the existing translation of the real "
                                          "address and port for a new destination when, with the "
                                          "extended option, it is free toward that destination.")
                   : MappingReuseRule::tr("Cisco ASA reuses the existing translation of the real "
                                          "address and port for every new destination.");
    return MappingReuseRule::tr("An endpoint-independent mapping NAT (RFC 4787) keeps one global "
                                "endpoint per inside endpoint, whatever the destination.");
}

// The newest translation of another flow from the same inside endpoint, live at
// `event`, that already had the global endpoint the event's translation got; 0 none.
quint32 reusedFrom(const DiagnosisContext &c, int event)
{
    const SimulationResult &r = c.result();
    const Translation &t = r.translation(r.events[size_t(event)].translation);
    quint32 found = 0;
    for (quint32 id : c.translationsAt(t.device, t.insideGlobal)) {
        const Translation &o = r.translation(id);
        if (o.id == t.id || o.isStatic || o.protocol != t.protocol || o.insideLocal != t.insideLocal)
            continue;
        const int created = c.creationEvent(o.id);
        const int ended = c.endEvent(o.id);
        if (created >= 0 && created < event && (ended < 0 || ended > event))
            found = o.id;
    }
    return found;
}

// The first Down spell of the tunnel after `from` that starts while it uses
// `translation` and its peer sends to that address's port 4500 (expects-4500).
int downWith(const DiagnosisContext &c, int tunnel, int from, quint32 translation)
{
    const SimulationResult &r = c.result();
    const Endpoint expected{r.translation(translation).insideGlobal.ip, r.tunnels[tunnel].local.port};
    for (int d : c.downStarts(tunnel)) {
        if (d >= from && c.mappingAt(d) == translation && c.peerTarget(d) == expected)
            return d;
    }
    return -1;
}

} // namespace

QList<Finding> MappingReuseRule::check(const DiagnosisContext &c) const
{
    QList<Finding> findings;
    const SimulationResult &r = c.result();
    struct Case
    {
        int event = -1;
        quint32 earlier = 0; // the translation whose mapping is reused
        int down = -1;
    };
    StoryCases<int, Case> chosen; // by tunnel
    for (int i = 0; i < int(r.events.size()); ++i) {
        const SimEvent &e = r.events[size_t(i)];
        if ((e.type != SimEvent::TranslationCreated && e.type != SimEvent::NatTranslated)
            || (e.flags & SimEvent::Inbound) || e.tunnel < 0 || e.device < 0 || !e.translation)
            continue;
        const SimulationResult::Tunnel &tunnel = r.tunnels[e.tunnel];
        const Translation &t = r.translation(e.translation);
        if (t.isStatic || t.insideGlobal.port == tunnel.local.port)
            continue;
        const QStringList options = c.optionsOf(e.device);
        const bool random = c.profileOf(e.device) == QLatin1String("linux-netfilter")
                            && (options.contains(QStringLiteral("random"))
                                || options.contains(QStringLiteral("random-fully")));
        Case found;
        found.event = i;
        if (e.type == SimEvent::TranslationCreated) {
            // A new translation that took over an earlier flow's mapping (no collision;
            // with --random netfilter reuses nothing: RandomPortRule).
            if (t.heldBy || random)
                continue;
            found.earlier = reusedFrom(c, i);
            found.down = e.setsTunnelDown() ? i : -1;
        } else if (t.owner != tunnel.appliance) {
            // The very same flow was already translated for another sender.
            found.earlier = e.translation;
            found.down = downWith(c, e.tunnel, i, e.translation);
        }
        if (!found.earlier)
            continue;
        chosen.offer(e.tunnel, found, found.down >= 0);
    }

    for (int ti : chosen.keys()) {
        const Case k = chosen[ti];
        const SimEvent &e = r.events[size_t(k.event)];
        const SimulationResult::Tunnel &tunnel = r.tunnels[ti];
        const Translation &t = r.translation(e.translation);
        const Translation &earlier = r.translation(k.earlier);
        const int earlierEvent = c.creationEvent(k.earlier);
        const QString appliance = c.name(tunnel.appliance);
        const QString device = c.deviceName(e.device);

        Finding f;
        f.rule = key();
        f.severity = k.down >= 0 ? Finding::Error : Finding::Warning;
        f.title = tr("Mapping reuse: %1 leaves as %2, the mapping %3 already had")
                      .arg(appliance, t.insideGlobal.toString(), tunnel.local.toString());
        f.appliances = c.pair(ti);
        const ObjectId other = c.ownerOf(k.earlier);
        if (other && c.isTunnelAppliance(other) && !f.appliances.contains(other))
            f.appliances.append(other);
        f.devices = {r.devices[e.device].id};
        if (k.earlier == e.translation)
            f.cause = tr("%1's flow %2 → %3 already had a translation on %4, created at %5 s for %6, "
                         "with the inside global %7. The tunnel's packets use that translation, so "
                         "they leave as %7, not with port %8.")
                          .arg(appliance, tunnel.local.toString(), tunnel.remote.toString(), device)
                          .arg(r.events[size_t(earlierEvent)].time)
                          .arg(c.ownerName(k.earlier), t.insideGlobal.toString())
                          .arg(tunnel.local.port);
        else
            f.cause = tr("%1's uplink endpoint %2 already had a translation on %3: %4, with the "
                         "inside global %5, created at %6 s. When the tunnel to %7 started at %8 s, "
                         "%3 gave the new flow that same mapping instead of port %9.")
                          .arg(appliance, tunnel.local.toString(), device, c.holderText(k.earlier),
                               earlier.insideGlobal.toString())
                          .arg(r.events[size_t(earlierEvent)].time)
                          .arg(tunnel.remote.toString())
                          .arg(e.time)
                          .arg(tunnel.local.port)
                      + QLatin1Char(' ')
                      + reuseRule(c.profileOf(e.device), c.optionsOf(e.device));
        const int drop = k.down >= 0 ? c.peerDropAfter(ti, k.down) : -1;
        if (k.down >= 0) {
            f.cause += QLatin1Char(' ')
                       + tr("Its cloud peer expects source port %1 (%2), so it sends to %3:%1.")
                             .arg(tunnel.local.port)
                             .arg(c.text().policyText(tunnel.policy),
                                  Ipv4::toString(t.insideGlobal.ip));
            if (drop >= 0)
                f.cause += QLatin1Char(' ') + c.dropStory(drop);
        } else {
            f.cause += QLatin1Char(' ')
                       + tr("Its peer follows the port it sees (%1), so the tunnel works while that "
                            "mapping lives.")
                             .arg(c.text().policyText(tunnel.policy));
        }

        if (earlierEvent >= 0)
            f.evidence.append({earlierEvent, k.earlier, other,
                               tr("%1 is translated to %2 (toward %3).")
                                   .arg(earlier.insideLocal.toString(), earlier.insideGlobal.toString(),
                                        earlier.outside.toString())});
        f.evidence.append({k.event, e.translation, tunnel.appliance,
                           tr("%1's tunnel packets leave as %2.").arg(appliance, t.insideGlobal.toString())});
        if (drop >= 0)
            f.evidence.append({drop, r.events[size_t(drop)].translation, tunnel.appliance,
                               c.text().describe(r.events[size_t(drop)])});
        if (k.down > k.event)
            f.evidence.append(c.downEvidence(ti, k.down));
        // An explicit mapping for the appliance wins over any mapping its address already has.
        f.fix = FixGenerator(c.project()).staticMappings(r.devices[e.device].id, {tunnel.appliance});
        findings.append(f);
    }
    return findings;
}
