#pragma once

#include "CaptureAddress.h"

#include <QByteArray>
#include <QList>

// What one packet of a capture is, for IPsec troubleshooting (RFC 7296 IKEv2,
// RFC 3948 UDP encapsulation of ESP). Classified by either port being 500 or
// 4500, not by the lower port: a NAT moves the initiator's port, never the
// responder's.
enum class PacketKind : quint8 {
    Ike,        // IKE on UDP 500 (no marker)
    IkeNatT,    // IKE on UDP 4500 after the four-zero-byte non-ESP marker
    EspInUdp,   // ESP in UDP 4500 (SPI != 0)
    Keepalive,  // NAT-T keepalive: one byte 0xFF on UDP 4500
    Esp,        // plain ESP, IP protocol 50
    OtherUdp,   // UDP that is none of the above (also too short to classify)
    Other,      // any other IP protocol
};

// The IKE header (same layout in IKEv1 and IKEv2) and, for IKEv2, the
// NAT_DETECTION notifies of an unencrypted message (IKE_SA_INIT).
struct IkeInfo
{
    enum Exchange : quint8 { IkeSaInit = 34, IkeAuth = 35, CreateChildSa = 36, Informational = 37 };
    enum Flag : quint8 { InitiatorFlag = 0x08, ResponseFlag = 0x20 };
    quint64 spiInitiator = 0;
    quint64 spiResponder = 0;
    quint32 messageId = 0;
    quint32 length = 0;    // as the header says
    quint8 majorVersion = 0;
    quint8 exchange = 0;
    quint8 flags = 0;
    bool truncated = false; // the capture ended inside the message (snaplen)
    QList<QByteArray> natdSource;  // NAT_DETECTION_SOURCE_IP hashes (20 bytes each)
    QByteArray natdDestination;    // NAT_DETECTION_DESTINATION_IP hash

    bool isResponse() const { return flags & ResponseFlag; }
    bool fromInitiator() const { return flags & InitiatorFlag; }
    bool hasNatDetection() const { return !natdSource.isEmpty() || !natdDestination.isEmpty(); }
};

struct CapturedPacket
{
    qint64 timeNs = 0;   // since the epoch, as the capture recorded it
    qint64 frame = 0;    // 1-based position in the file
    CaptureEndpoint source;
    CaptureEndpoint destination;
    quint32 wireLength = 0; // bytes on the wire (the frame, as captured or not)
    quint8 ipProtocol = 0;
    PacketKind kind = PacketKind::Other;
    quint32 espSpi = 0;      // EspInUdp, Esp
    quint32 espSequence = 0; // EspInUdp, Esp
    IkeInfo ike;             // Ike, IkeNatT

    bool isIke() const { return kind == PacketKind::Ike || kind == PacketKind::IkeNatT; }
    bool isEsp() const { return kind == PacketKind::EspInUdp || kind == PacketKind::Esp; }
    bool isIpsec() const { return kind != PacketKind::OtherUdp && kind != PacketKind::Other; }
};
