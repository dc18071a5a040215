#include "CaptureReconstruction.h"

#include <QHash>

#include <algorithm>

namespace {
// What identifies one packet on both sides of a NAT.
struct PacketKey
{
    quint64 a = 0, b = 0;
    quint32 c = 0;
    quint8 kind = 0, flags = 0, exchange = 0;
    bool operator==(const PacketKey &o) const
    {
        return a == o.a && b == o.b && c == o.c && kind == o.kind && flags == o.flags
               && exchange == o.exchange;
    }
};
size_t qHash(const PacketKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.a, k.b, k.c, k.kind, k.flags, k.exchange);
}

bool keyOf(const CapturedPacket &p, PacketKey *key)
{
    if (p.isIke()) {
        // SPIr is zero in the first request on both sides alike.
        *key = {p.ike.spiInitiator, p.ike.spiResponder, p.ike.messageId, 1,
                quint8(p.ike.flags & (IkeInfo::InitiatorFlag | IkeInfo::ResponseFlag)), p.ike.exchange};
        return true;
    }
    if (p.isEsp()) {
        *key = {p.espSpi, 0, p.espSequence, 2, 0, 0};
        return true;
    }
    return false;
}
} // namespace

QString ReconstructedTunnel::lossText() const
{
    if (!hasInside || !hasOutside)
        return {};
    const CapturedTunnel &i = inside, &o = outside;
    if (o.initResponse && !i.initResponse)
        return tr("the IKE_SA_INIT response reached the outside but was not forwarded inside");
    if (o.authResponse && !i.authResponse)
        return tr("the IKE_AUTH response reached the outside but was not forwarded inside");
    if (i.initRequest && !o.initRequest)
        return tr("the IKE_SA_INIT request never left the NAT device");
    if (i.authRequest && !o.authRequest)
        return tr("the IKE_AUTH request never left the NAT device");
    if (o.espInbound > i.espInbound)
        return tr("%n ESP packet(s) from the peer reached the outside but not the inside", nullptr,
                  int(o.espInbound - i.espInbound));
    if (i.espOutbound > o.espOutbound)
        return tr("%n ESP packet(s) from the initiator did not leave the NAT device", nullptr,
                  int(i.espOutbound - o.espOutbound));
    return {};
}

CaptureReconstruction CaptureReconstruction::reconstruct(CaptureTrace inside, CaptureTrace outside)
{
    CaptureReconstruction r;
    r.inside = std::move(inside);
    r.outside = std::move(outside);
    r.natInside = NatDetection::check(r.inside);
    r.natOutside = NatDetection::check(r.outside);
    r.pair();
    QList<CaptureEndpoint> candidates;
    for (const CapturedMapping &m : std::as_const(r.mappings))
        candidates << m.insideLocal << m.insideGlobal << m.outsideLocal << m.outsideGlobal;
    NatDetection::resolve(&r.natInside, candidates);
    NatDetection::resolve(&r.natOutside, candidates);
    r.buildTunnels();
    return r;
}

CaptureReconstruction CaptureReconstruction::single(CaptureTrace trace, bool isInside)
{
    CaptureReconstruction r;
    (isInside ? r.inside : r.outside) = std::move(trace);
    r.natInside = NatDetection::check(r.inside);
    r.natOutside = NatDetection::check(r.outside);
    r.buildTunnels();
    return r;
}

void CaptureReconstruction::pair()
{
    // Outside packets by key, in order; the n-th inside occurrence takes the n-th.
    QHash<PacketKey, QList<int>> outsideByKey;
    for (int i = 0; i < outside.packets.size(); ++i) {
        PacketKey key;
        if (keyOf(outside.packets[i], &key))
            outsideByKey[key].append(i);
        else if (outside.packets[i].kind == PacketKind::Keepalive)
            ++keepalivesOutside;
    }
    QHash<PacketKey, int> taken;
    // (inside local, outside global) -> its current mapping
    QHash<QPair<CaptureEndpoint, CaptureEndpoint>, int> current;
    QList<qint64> delays;
    qint64 pairedOutside = 0;
    for (int i = 0; i < inside.packets.size(); ++i) {
        const CapturedPacket &in = inside.packets[i];
        PacketKey key;
        if (!keyOf(in, &key)) {
            if (in.kind == PacketKind::Keepalive)
                ++keepalivesInside;
            continue;
        }
        const QList<int> candidates = outsideByKey.value(key);
        int &next = taken[key];
        if (next >= candidates.size()) {
            ++unpairedInside;
            continue;
        }
        const CapturedPacket &out = outside.packets[candidates[next++]];
        ++pairedOutside;
        CapturePair pr;
        pr.inside = i;
        pr.outside = candidates[next - 1];
        // The NAT leaves the peer's address alone: outbound packets keep their
        // destination, inbound ones their source.
        if (in.destination == out.destination && in.source != out.source)
            pr.outbound = true;
        else if (in.source == out.source && in.destination != out.destination)
            pr.outbound = false;
        else
            pr.outbound = in.timeNs <= out.timeNs;
        pr.delayNs = pr.outbound ? out.timeNs - in.timeNs : in.timeNs - out.timeNs;
        CapturedMapping m;
        if (pr.outbound) {
            m.insideLocal = in.source;
            m.insideGlobal = out.source;
            m.outsideLocal = in.destination;
            m.outsideGlobal = out.destination;
        } else {
            m.insideLocal = in.destination;
            m.insideGlobal = out.destination;
            m.outsideLocal = in.source;
            m.outsideGlobal = out.source;
        }
        const auto flow = qMakePair(m.insideLocal, m.outsideGlobal);
        int index = current.value(flow, -1);
        if (index < 0 || mappings[index].insideGlobal != m.insideGlobal
            || mappings[index].outsideLocal != m.outsideLocal) {
            m.firstNs = qMin(in.timeNs, out.timeNs);
            index = int(mappings.size());
            mappings.append(m);
            current.insert(flow, index);
        }
        CapturedMapping &cm = mappings[index];
        cm.lastNs = qMax(cm.lastNs, qMax(in.timeNs, out.timeNs));
        ++(pr.outbound ? cm.outbound : cm.inbound);
        ++(in.isIke() ? cm.ike : cm.esp);
        pr.mapping = index;
        pairs.append(pr);
        delays.append(pr.delayNs);
    }
    qint64 keyedOutside = 0;
    for (const auto &list : std::as_const(outsideByKey))
        keyedOutside += list.size();
    unpairedOutside = keyedOutside - pairedOutside;
    // Keepalives carry no identifier: they count toward the mapping of their flow.
    for (const CapturedPacket &p : std::as_const(inside.packets)) {
        if (p.kind != PacketKind::Keepalive)
            continue;
        for (CapturedMapping &m : mappings) {
            if (m.insideLocal == p.source && m.outsideLocal == p.destination
                && p.timeNs >= m.firstNs - 1000000000LL) {
                ++m.keepalives;
                m.lastNs = qMax(m.lastNs, p.timeNs);
            }
        }
    }
    if (!delays.isEmpty()) {
        std::sort(delays.begin(), delays.end());
        medianDelayNs = delays[delays.size() / 2];
        maxDelayNs = delays.last();
    }
}

void CaptureReconstruction::buildTunnels()
{
    const QList<CapturedTunnel> in = CapturedTunnel::analyse(inside);
    const QList<CapturedTunnel> out = CapturedTunnel::analyse(outside);
    QList<bool> outUsed(out.size(), false);
    for (const CapturedTunnel &t : in) {
        ReconstructedTunnel rt;
        rt.inside = t;
        rt.hasInside = true;
        rt.insideLocal = t.initiator;
        rt.peer = t.responder;
        for (int j = 0; j < out.size(); ++j) {
            if (!outUsed[j] && t.spiInitiator != 0 && out[j].spiInitiator == t.spiInitiator) {
                rt.outside = out[j];
                rt.hasOutside = true;
                outUsed[j] = true;
                rt.peer = out[j].responder;
                break;
            }
        }
        const int m = mappingOf(rt.insideLocal, rt.peer);
        if (m >= 0)
            rt.insideGlobal = mappings[m].insideGlobal;
        else if (rt.hasOutside)
            rt.insideGlobal = rt.outside.initiator;
        tunnels.append(rt);
    }
    for (int j = 0; j < out.size(); ++j) {
        if (outUsed[j])
            continue;
        ReconstructedTunnel rt;
        rt.outside = out[j];
        rt.hasOutside = true;
        rt.insideGlobal = out[j].initiator;
        rt.peer = out[j].responder;
        tunnels.append(rt);
    }
}

int CaptureReconstruction::mappingOf(const CaptureEndpoint &insideLocal, const CaptureEndpoint &peer) const
{
    for (int i = int(mappings.size()) - 1; i >= 0; --i) {
        if (mappings[i].insideLocal == insideLocal && mappings[i].outsideGlobal == peer)
            return i;
    }
    return -1;
}

int CaptureReconstruction::tunnelOfInitiator(const CaptureAddress &insideLocal) const
{
    for (int i = 0; i < tunnels.size(); ++i) {
        if (tunnels[i].hasInside && tunnels[i].insideLocal.address == insideLocal)
            return i;
    }
    return -1;
}

QStringList CaptureReconstruction::notes() const
{
    QStringList out;
    if (!inside.summary.source.isEmpty())
        out << inside.notes();
    if (!outside.summary.source.isEmpty())
        out << outside.notes();
    if (!inside.summary.source.isEmpty() && !outside.summary.source.isEmpty()) {
        if (unpairedInside > 0)
            out << tr("%n IKE/ESP packet(s) of the inside capture have no counterpart outside "
                      "(dropped by the NAT device, or sent before or after the outside capture)",
                      nullptr, int(unpairedInside));
        if (unpairedOutside > 0)
            out << tr("%n IKE/ESP packet(s) of the outside capture have no counterpart inside "
                      "(not forwarded, or outside the inside capture's time span)",
                      nullptr, int(unpairedOutside));
    }
    return out;
}
