#include "CapturedTunnel.h"

#include <QHash>
#include <QSet>

CapturedTunnel::State CapturedTunnel::state() const
{
    if (!initRequest && !authRequest && !initResponse && !authResponse)
        return IkeNotSeen;
    if (authResponse)
        return Established;
    if (initResponse)
        return SaInitOnly;
    if (authRequest) // SA_INIT before the capture started
        return SaInitOnly;
    return NoResponse;
}

CapturedTunnel::EspFlow CapturedTunnel::espFlow() const
{
    if (espOutbound > 0 && espInbound > 0)
        return EspBothWays;
    if (espOutbound > 0)
        return EspOutboundOnly;
    if (espInbound > 0)
        return EspInboundOnly;
    return EspNone;
}

QString CapturedTunnel::stateKey(State state)
{
    switch (state) {
    case IkeNotSeen: return QStringLiteral("ike-not-seen");
    case NoResponse: return QStringLiteral("no-response");
    case SaInitOnly: return QStringLiteral("sa-init-only");
    case Established: return QStringLiteral("established");
    }
    return {};
}

QString CapturedTunnel::espKey(EspFlow flow)
{
    switch (flow) {
    case EspNone: return QStringLiteral("none");
    case EspBothWays: return QStringLiteral("both-ways");
    case EspOutboundOnly: return QStringLiteral("outbound-only");
    case EspInboundOnly: return QStringLiteral("inbound-only");
    }
    return {};
}

QString CapturedTunnel::stateText() const
{
    QString ike;
    switch (state()) {
    case IkeNotSeen: ike = tr("IKE not in the capture"); break;
    case NoResponse: ike = tr("IKE_SA_INIT not answered"); break;
    case SaInitOnly: ike = tr("IKE_SA_INIT answered, IKE_AUTH not answered"); break;
    case Established: ike = tr("IKE established"); break;
    }
    QString esp;
    switch (espFlow()) {
    case EspNone: esp = tr("no ESP"); break;
    case EspBothWays: esp = tr("ESP both ways"); break;
    case EspOutboundOnly: esp = tr("ESP outbound only (nothing comes back)"); break;
    case EspInboundOnly: esp = tr("ESP inbound only"); break;
    }
    QString text = tr("%1, %2").arg(ike, esp);
    if (retransmissions > 0)
        text += tr(", %n IKE retransmission(s)", nullptr, retransmissions);
    return text;
}

namespace {
struct FlowKey
{
    CaptureEndpoint a, b;
    bool operator==(const FlowKey &o) const { return a == o.a && b == o.b; }
};
size_t qHash(const FlowKey &k, size_t seed = 0) { return qHashMulti(seed, k.a, k.b); }

struct MessageKey
{
    quint64 spi;
    quint32 messageId;
    quint8 exchange, flags;
    bool operator==(const MessageKey &o) const
    {
        return spi == o.spi && messageId == o.messageId && exchange == o.exchange && flags == o.flags;
    }
};
size_t qHash(const MessageKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.spi, k.messageId, k.exchange, k.flags);
}
} // namespace

QList<CapturedTunnel> CapturedTunnel::analyse(const CaptureTrace &trace)
{
    QList<CapturedTunnel> tunnels;
    QHash<quint64, int> bySpi;      // initiator SPI -> tunnel
    QHash<FlowKey, int> byFlow;     // (initiator, responder) -> latest tunnel on it
    QSet<MessageKey> seen;
    const auto touch = [](CapturedTunnel &t, const CapturedPacket &p, int index) {
        if (t.packets.isEmpty())
            t.firstNs = p.timeNs;
        t.lastNs = p.timeNs;
        t.packets.append(index);
    };
    for (int i = 0; i < trace.packets.size(); ++i) {
        const CapturedPacket &p = trace.packets[i];
        if (p.isIke()) {
            const IkeInfo &ike = p.ike;
            // IKEv2 marks the original initiator's messages (I flag); IKEv1 has
            // no such flag, so its first sender is taken as the initiator.
            int index = bySpi.value(ike.spiInitiator, -1);
            const bool fromInitiator = ike.majorVersion == 2
                ? ike.fromInitiator()
                : (index < 0 || tunnels[index].initiator == p.source);
            if (index < 0) {
                index = int(tunnels.size());
                tunnels.append(CapturedTunnel());
                tunnels.last().spiInitiator = ike.spiInitiator;
                bySpi.insert(ike.spiInitiator, index);
            }
            CapturedTunnel &t = tunnels[index];
            if (ike.spiResponder != 0)
                t.spiResponder = ike.spiResponder;
            const CaptureEndpoint from = fromInitiator ? p.source : p.destination;
            const CaptureEndpoint to = fromInitiator ? p.destination : p.source;
            if (t.initiatorEndpoints.isEmpty() || t.initiatorEndpoints.last() != from)
                t.initiatorEndpoints.append(from);
            t.initiator = from;
            t.responder = to;
            byFlow.insert({from, to}, index);
            const MessageKey key{ike.spiInitiator, ike.messageId, ike.exchange,
                                 quint8(ike.flags & (IkeInfo::InitiatorFlag | IkeInfo::ResponseFlag))};
            if (seen.contains(key))
                ++t.retransmissions;
            seen.insert(key);
            const bool response = ike.isResponse();
            if (ike.exchange == IkeInfo::IkeSaInit || (ike.majorVersion == 1 && ike.messageId == 0)) {
                (response || !fromInitiator ? t.initResponse : t.initRequest) = true;
            } else if (ike.exchange == IkeInfo::IkeAuth
                       || (ike.majorVersion == 1 && ike.messageId != 0)) {
                if (response || !fromInitiator) {
                    if (!t.authResponse)
                        t.establishedNs = p.timeNs;
                    t.authResponse = true;
                } else {
                    t.authRequest = true;
                }
            }
            ++t.ikePackets;
            if (!fromInitiator) {
                t.lastInboundNs = p.timeNs;
                t.keepalivesAfterLastInbound = 0;
            }
            touch(t, p, i);
            continue;
        }
        // ESP and keepalives belong to the tunnel on their flow.
        bool outbound = true;
        int index = byFlow.value({p.source, p.destination}, -1);
        if (index < 0) {
            index = byFlow.value({p.destination, p.source}, -1);
            outbound = index < 0;
        }
        if (index < 0) {
            // IKE was not captured: the first sender stands for the initiator.
            index = int(tunnels.size());
            tunnels.append(CapturedTunnel());
            tunnels.last().initiator = p.source;
            tunnels.last().responder = p.destination;
            tunnels.last().initiatorEndpoints.append(p.source);
            byFlow.insert({p.source, p.destination}, index);
            outbound = true;
        }
        CapturedTunnel &t = tunnels[index];
        if (p.kind == PacketKind::Keepalive) {
            if (outbound) {
                ++t.keepalives;
                ++t.keepalivesAfterLastInbound;
            }
        } else if (outbound) {
            ++t.espOutbound;
            if (!t.spisOutbound.contains(p.espSpi))
                t.spisOutbound.append(p.espSpi);
        } else {
            ++t.espInbound;
            if (!t.spisInbound.contains(p.espSpi))
                t.spisInbound.append(p.espSpi);
        }
        if (!outbound) {
            t.lastInboundNs = p.timeNs;
            t.keepalivesAfterLastInbound = 0;
        }
        touch(t, p, i);
    }
    return tunnels;
}
