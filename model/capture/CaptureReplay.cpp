#include "CaptureReplay.h"

#include "CaptureComparison.h"
#include "CaptureModels.h"
#include "Field.h"
#include "Ipv4.h"
#include "Project.h"
#include "SimulationResult.h"

#include <QHash>

#include <algorithm>

namespace {

// What an event of the captured log stands for, to describe it when shown.
struct Ref
{
    enum What : quint8 { InsidePacket, OutsidePacket, TunnelStarts, TunnelUp, TunnelDown };
    qint32 index = -1; // packet (in its trace) or captured tunnel
    What what = InsidePacket;
};

struct Entry
{
    qint64 timeNs = 0;
    SimEvent event;
    Ref ref;
};

Endpoint endpointOf(const CaptureEndpoint &e)
{
    return {e.address.v6 ? 0 : e.address.ipv4Value(), e.port};
}

QString micro(qint64 ns)
{
    return QString::number(double(ns) / 1000.0, 'f', 0);
}

// Everything the text of an event needs, kept alive by the result.
struct Story
{
    std::shared_ptr<const CaptureReconstruction> capture;
    QString deviceName;
    std::vector<Ref> refs;                 // per event
    QHash<int, int> pairOfInside, pairOfOutside;
    std::vector<quint8> dropped[2];        // per packet: counted as lost at the device

    QString packetText(bool inside, int index) const;
    QString tunnelText(const Ref &ref) const;
};

QString Story::packetText(bool inside, int index) const
{
    const CaptureReconstruction &r = *capture;
    const CapturedPacket &p = (inside ? r.inside : r.outside).packets[index];
    const QString what = CapturedTimelineModel::describe(p);
    QString text = inside ? CaptureReplay::tr("Captured inside: %1, %2 → %3.")
                                .arg(what, p.source.toString(), p.destination.toString())
                          : CaptureReplay::tr("Captured outside: %1, %2 → %3.")
                                .arg(what, p.source.toString(), p.destination.toString());
    const int pair = (inside ? pairOfInside : pairOfOutside).value(index, -1);
    if (pair >= 0) {
        const CapturePair &pr = r.pairs[pair];
        const CapturedPacket &other = inside ? r.outside.packets[pr.outside] : r.inside.packets[pr.inside];
        if (inside && pr.outbound)
            text += CaptureReplay::tr(" %1 sends it on as %2 → %3 (seen outside %4 µs later).")
                        .arg(deviceName, other.source.toString(), other.destination.toString(),
                             micro(pr.delayNs));
        else if (!inside && pr.outbound)
            text += CaptureReplay::tr(" %1 translated %2 to %3 (%4 µs across the device).")
                        .arg(deviceName, other.source.toString(), p.source.toString(), micro(pr.delayNs));
        else if (!inside)
            text += CaptureReplay::tr(" %1 forwards it inside to %2 (seen inside %3 µs later).")
                        .arg(deviceName, other.destination.toString(), micro(pr.delayNs));
        else
            text += CaptureReplay::tr(" %1 translated %2 back to %3 (%4 µs across the device).")
                        .arg(deviceName, other.destination.toString(), p.destination.toString(),
                             micro(pr.delayNs));
    } else if (dropped[inside ? 0 : 1][size_t(index)]) {
        text += inside ? CaptureReplay::tr(" It was never seen outside: %1 dropped it.").arg(deviceName)
                       : CaptureReplay::tr(" It was never seen inside: %1 did not forward it.").arg(deviceName);
    } else if ((p.isIke() || p.isEsp()) && !r.inside.summary.source.isEmpty()
               && !r.outside.summary.source.isEmpty()) {
        text += inside ? CaptureReplay::tr(" The outside capture was not running then.")
                       : CaptureReplay::tr(" The inside capture was not running then.");
    }
    return text;
}

QString Story::tunnelText(const Ref &ref) const
{
    const ReconstructedTunnel &t = capture->tunnels[ref.index];
    const CapturedTunnel &v = t.view();
    const QString point = t.hasInside ? CaptureReplay::tr("inside") : CaptureReplay::tr("outside");
    switch (ref.what) {
    case Ref::TunnelStarts:
        return CaptureReplay::tr("%1 starts IKE toward %2 (captured %3).")
            .arg(v.initiatorEndpoints.isEmpty() ? v.initiator.toString()
                                                : v.initiatorEndpoints.first().toString(),
                 v.responder.toString(), point);
    case Ref::TunnelUp:
        return CaptureReplay::tr("The IKE_AUTH response was captured %1. By the end of the capture: %2.")
            .arg(point, v.stateText());
    case Ref::TunnelDown: {
        QString text = CaptureReplay::tr("Its last packet in the capture. By the end of the capture: %1.")
                           .arg(v.stateText());
        const QString loss = t.lossText();
        if (!loss.isEmpty())
            text += QLatin1Char(' ') + CaptureReplay::tr("At %1: %2.").arg(deviceName, loss);
        return text;
    }
    case Ref::InsidePacket:
    case Ref::OutsidePacket:
        break;
    }
    return {};
}

ObjectId applianceWithUplink(const Project &project, quint32 ip)
{
    for (ObjectId id : project.objects(ObjectKind::Appliance)) {
        quint32 uplink = 0;
        if (Ipv4::parse(project.text(id, Field::uplinkIp), &uplink) && uplink == ip)
            return id;
    }
    return NoId;
}

} // namespace

std::shared_ptr<const SimulationResult> CaptureReplay::build(const Project &project, ObjectId device,
                                                             std::shared_ptr<const CaptureReconstruction> capture,
                                                             const SimulationResult *simulated)
{
    auto result = std::make_shared<SimulationResult>();
    if (!capture)
        return result;
    const CaptureReconstruction &r = *capture;
    auto story = std::make_shared<Story>();
    story->capture = capture;
    story->deviceName = project.contains(device) ? project.displayName(device) : tr("the NAT device");
    result->devices.append({device, tr("%1 (captured)").arg(story->deviceName),
                            project.contains(device) ? project.text(device, Field::profile) : QString()});

    // Tunnels: the simulation's, in its order, with the captured tunnel each
    // matches; then captured initiators the project does not have.
    QHash<int, int> tunnelOfCaptured; // captured tunnel -> result tunnel
    if (simulated) {
        const CaptureComparison comparison(project, *simulated, r);
        for (const CaptureComparison::Row &row : comparison.rows()) {
            SimulationResult::Tunnel t = simulated->tunnels[row.simulatedTunnel];
            t.device = 0;
            if (row.capturedTunnel >= 0) {
                const ReconstructedTunnel &ct = r.tunnels[row.capturedTunnel];
                t.local = endpointOf(ct.hasInside ? ct.insideLocal : ct.insideGlobal);
                t.remote = endpointOf(ct.peer);
                tunnelOfCaptured.insert(row.capturedTunnel, int(result->tunnels.size()));
            }
            result->tunnels.append(t);
        }
    }
    for (int c = 0; c < r.tunnels.size(); ++c) {
        const ReconstructedTunnel &ct = r.tunnels[c];
        if (tunnelOfCaptured.contains(c))
            continue;
        SimulationResult::Tunnel t;
        const CaptureEndpoint initiator = ct.hasInside ? ct.insideLocal : ct.insideGlobal;
        t.appliance = initiator.address.v6 ? NoId : applianceWithUplink(project, initiator.address.ipv4Value());
        t.name = QStringLiteral("%1 ⇄ %2").arg(initiator.toString(), ct.peer.toString());
        t.device = 0;
        t.local = endpointOf(initiator);
        t.remote = endpointOf(ct.peer);
        tunnelOfCaptured.insert(c, int(result->tunnels.size()));
        result->tunnels.append(t);
    }

    // Translations: the reconstructed mappings (IPv4; the model's endpoints are IPv4).
    std::vector<quint32> translationOf(size_t(r.mappings.size()), 0);
    for (int m = 0; m < r.mappings.size(); ++m) {
        const CapturedMapping &cm = r.mappings[m];
        if (cm.insideLocal.address.v6 || cm.insideGlobal.address.v6 || cm.outsideGlobal.address.v6)
            continue;
        Translation t;
        t.id = quint32(result->translations.size() + 1);
        t.device = 0;
        t.protocol = cm.insideLocal.port == 0 ? Protocol::Esp : Protocol::Udp;
        t.insideLocal = endpointOf(cm.insideLocal);
        t.insideGlobal = endpointOf(cm.insideGlobal);
        t.outside = endpointOf(cm.outsideGlobal);
        t.owner = applianceWithUplink(project, t.insideLocal.ip);
        // Given another port than it asked for while an earlier mapping held
        // that one toward the same peer: the collision the simulation models.
        if (t.insideGlobal.port != t.insideLocal.port) {
            for (int h = 0; h < m; ++h) {
                const CapturedMapping &held = r.mappings[h];
                if (translationOf[size_t(h)] && held.insideLocal != cm.insideLocal
                    && held.outsideGlobal == cm.outsideGlobal
                    && held.insideGlobal.address == cm.insideGlobal.address
                    && held.insideGlobal.port == cm.insideLocal.port) {
                    t.requestedPort = cm.insideLocal.port;
                    t.heldBy = translationOf[size_t(h)];
                }
            }
        }
        translationOf[size_t(m)] = t.id;
        result->translations.push_back(t);
    }

    // Which tunnel each packet belongs to, per side.
    QHash<int, int> tunnelOfPacket[2];
    for (int c = 0; c < r.tunnels.size(); ++c) {
        const ReconstructedTunnel &ct = r.tunnels[c];
        if (ct.hasInside)
            for (int i : ct.inside.packets)
                tunnelOfPacket[0].insert(i, c);
        if (ct.hasOutside)
            for (int i : ct.outside.packets)
                tunnelOfPacket[1].insert(i, c);
    }
    for (int i = 0; i < r.pairs.size(); ++i) {
        story->pairOfInside.insert(r.pairs[i].inside, i);
        story->pairOfOutside.insert(r.pairs[i].outside, i);
    }
    story->dropped[0].assign(size_t(r.inside.packets.size()), 0);
    story->dropped[1].assign(size_t(r.outside.packets.size()), 0);
    const bool both = !r.inside.summary.source.isEmpty() && !r.outside.summary.source.isEmpty();
    const auto spanOf = [](const CaptureTrace &t) {
        return t.packets.isEmpty() ? qMakePair(qint64(1), qint64(0))
                                   : qMakePair(t.packets.first().timeNs, t.packets.last().timeNs);
    };
    const QPair<qint64, qint64> spans[2] = {spanOf(r.inside), spanOf(r.outside)};

    QList<Entry> entries;
    entries.reserve(r.inside.packets.size() + r.outside.packets.size() + 3 * r.tunnels.size());
    for (int side = 0; side < 2; ++side) {
        const bool inside = side == 0;
        const CaptureTrace &trace = inside ? r.inside : r.outside;
        for (int i = 0; i < trace.packets.size(); ++i) {
            const CapturedPacket &p = trace.packets[i];
            const int c = tunnelOfPacket[side].value(i, -1);
            const int tunnel = tunnelOfCaptured.value(c, -1);
            const SimulationResult::Tunnel *t = tunnel >= 0 ? &result->tunnels[tunnel] : nullptr;
            const int pair = (inside ? story->pairOfInside : story->pairOfOutside).value(i, -1);
            bool outbound = true;
            if (pair >= 0) {
                outbound = r.pairs[pair].outbound;
            } else if (c >= 0) {
                const CapturedTunnel &v = inside ? r.tunnels[c].inside : r.tunnels[c].outside;
                outbound = v.initiatorEndpoints.contains(p.source);
            }
            SimEvent e;
            e.tunnel = tunnel;
            e.from = endpointOf(p.source);
            e.to = endpointOf(p.destination);
            e.subject = t ? (outbound ? t->appliance : t->peer) : NoId;
            if (!outbound)
                e.flags |= SimEvent::Inbound;
            int mapping = pair >= 0 ? r.pairs[pair].mapping : -1;
            if (mapping < 0 && p.kind == PacketKind::Keepalive && !inside) {
                // Keepalives carry no identifier: the mapping whose global sent it.
                for (int m = 0; m < r.mappings.size() && mapping < 0; ++m) {
                    if (r.mappings[m].insideGlobal == p.source && r.mappings[m].outsideGlobal == p.destination)
                        mapping = m;
                }
            }
            const quint32 translation = mapping >= 0 ? translationOf[size_t(mapping)] : 0;
            const QPair<qint64, qint64> &other = spans[inside ? 1 : 0];
            const bool lost = both && pair < 0 && (p.isIke() || p.isEsp()) && p.timeNs >= other.first
                              && p.timeNs <= other.second && (inside == outbound);
            if (lost) {
                // Sent toward the device and never seen on its other side.
                e.type = SimEvent::PacketDropped;
                e.device = 0;
                story->dropped[side][size_t(i)] = 1;
            } else if (translation && inside != outbound) {
                // The device's output: outside for outbound, inside for inbound.
                const Translation &row = result->translation(translation);
                e.type = SimEvent::NatTranslated;
                e.device = 0;
                e.translation = translation;
                e.mapped = outbound ? row.insideGlobal : row.insideLocal;
                e.from = outbound ? row.insideLocal : e.from;
                if (!outbound)
                    e.to = row.insideGlobal;
                e.value = -1; // a capture does not show the device's timers
            } else if (!outbound && inside) {
                e.type = SimEvent::PacketDelivered;
            } else {
                e.type = SimEvent::PacketSent;
            }
            entries.append({p.timeNs, e, Ref{i, inside ? Ref::InsidePacket : Ref::OutsidePacket}});
        }
    }

    // Tunnel states where the packets say.
    for (int c = 0; c < r.tunnels.size(); ++c) {
        const ReconstructedTunnel &ct = r.tunnels[c];
        const CapturedTunnel &v = ct.view();
        const int tunnel = tunnelOfCaptured.value(c, -1);
        if (tunnel < 0 || v.packets.isEmpty())
            continue;
        SimEvent e;
        e.type = SimEvent::TunnelChanged;
        e.tunnel = tunnel;
        e.device = 0;
        e.subject = result->tunnels[tunnel].appliance;
        const int m = r.mappingOf(ct.insideLocal, ct.peer);
        e.translation = m >= 0 ? translationOf[size_t(m)] : 0;
        if (v.state() != CapturedTunnel::IkeNotSeen) {
            e.state = SimEvent::Connecting;
            e.reason = SimEvent::Deploying;
            entries.append({v.firstNs, e, Ref{c, Ref::TunnelStarts}});
        }
        if (v.state() == CapturedTunnel::Established) {
            e.state = SimEvent::Up;
            e.reason = SimEvent::RoundTrip;
            entries.append({v.establishedNs, e, Ref{c, Ref::TunnelUp}});
        }
        if (!ct.up()) {
            e.state = SimEvent::Down;
            e.reason = SimEvent::NoReason;
            entries.append({v.lastNs, e, Ref{c, Ref::TunnelDown}});
        }
    }

    // In time order; a state change after the packet that caused it.
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        if (a.timeNs != b.timeNs)
            return a.timeNs < b.timeNs;
        return (a.ref.what >= Ref::TunnelStarts) < (b.ref.what >= Ref::TunnelStarts);
    });
    const qint64 origin = entries.isEmpty() ? 0 : entries.first().timeNs;
    std::vector<quint8> seen(result->translations.size() + 1, 0);
    result->events.reserve(size_t(entries.size()));
    story->refs.reserve(size_t(entries.size()));
    for (Entry &entry : entries) {
        SimEvent &e = entry.event;
        e.time = double(entry.timeNs - origin) / 1e9;
        // The first packet through a mapping is where the device made it.
        if (e.type == SimEvent::NatTranslated && !seen[e.translation]) {
            seen[e.translation] = 1;
            e.type = SimEvent::TranslationCreated;
            result->translations[e.translation - 1].created = e.time;
        }
        result->events.push_back(e);
        story->refs.push_back(entry.ref);
    }
    result->duration = result->events.empty() ? 0 : result->events.back().time;

    QStringList from;
    if (!r.inside.summary.source.isEmpty())
        from << tr("%1 (inside)").arg(r.inside.summary.source.section(QLatin1Char('/'), -1));
    if (!r.outside.summary.source.isEmpty())
        from << tr("%1 (outside)").arg(r.outside.summary.source.section(QLatin1Char('/'), -1));
    result->capturedFrom = from.join(QStringLiteral(", "));
    result->capturedText = [story](int event) -> QString {
        if (event < 0 || size_t(event) >= story->refs.size())
            return {};
        const Ref &ref = story->refs[size_t(event)];
        switch (ref.what) {
        case Ref::InsidePacket: return story->packetText(true, ref.index);
        case Ref::OutsidePacket: return story->packetText(false, ref.index);
        default: return story->tunnelText(ref);
        }
    };
    return result;
}
