#pragma once

#include "CaptureTrace.h"

#include <QCoreApplication>

// One IPsec tunnel as one capture point saw it: the IKE SA (by initiator
// SPI), the endpoints at this point, how far IKE got, and whether ESP flowed
// both ways. IKEv2 encrypts IKE_AUTH, so "established" means the IKE_AUTH
// exchange was answered; ESP both ways shows the child SA carries traffic.
struct CapturedTunnel
{
    Q_DECLARE_TR_FUNCTIONS(CapturedTunnel)
public:
    enum State {
        IkeNotSeen,  // ESP or keepalives only: the capture started after IKE
        NoResponse,  // IKE_SA_INIT sent, never answered
        SaInitOnly,  // IKE_SA_INIT answered, IKE_AUTH not (typically 4500 lost)
        Established, // IKE_AUTH answered
    };
    enum EspFlow { EspNone, EspBothWays, EspOutboundOnly, EspInboundOnly };

    quint64 spiInitiator = 0;
    quint64 spiResponder = 0;
    CaptureEndpoint initiator;           // its latest endpoint here (after the float to 4500)
    CaptureEndpoint responder;
    QList<CaptureEndpoint> initiatorEndpoints; // every one used, in order (500, then 4500)
    bool initRequest = false, initResponse = false;
    bool authRequest = false, authResponse = false;
    int retransmissions = 0;   // an IKE message seen again from the same side
    qint64 ikePackets = 0;
    qint64 espOutbound = 0, espInbound = 0; // initiator -> responder, back
    QList<quint32> spisOutbound, spisInbound;
    qint64 keepalives = 0;     // from the initiator (RFC 3948: never answered by design)
    qint64 keepalivesAfterLastInbound = 0; // sent after the peer's last packet
    qint64 firstNs = 0, lastNs = 0, lastInboundNs = 0;
    qint64 establishedNs = 0;  // the first IKE_AUTH answer
    QList<int> packets;        // indices into the trace

    State state() const;
    EspFlow espFlow() const;
    bool up() const { return state() == Established && espFlow() == EspBothWays; }
    QString stateText() const;   // translated
    static QString stateKey(State state); // "established", ... for JSON
    static QString espKey(EspFlow flow);  // "both-ways", ...

    // Every tunnel of one capture, in order of first packet.
    static QList<CapturedTunnel> analyse(const CaptureTrace &trace);
};
