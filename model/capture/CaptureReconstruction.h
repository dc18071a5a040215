#pragma once

#include "CapturedTunnel.h"
#include "NatDetection.h"

#include <QCoreApplication>

// A translation the NAT device really made, reconstructed from the same
// packets seen on both sides of it (Cisco's four columns).
struct CapturedMapping
{
    CaptureEndpoint insideLocal, insideGlobal, outsideLocal, outsideGlobal;
    qint64 firstNs = 0, lastNs = 0;
    qint64 outbound = 0, inbound = 0; // packets paired through it
    qint64 ike = 0, esp = 0, keepalives = 0;

    bool translated() const { return insideLocal != insideGlobal || outsideLocal != outsideGlobal; }
};

// One packet seen on both sides.
struct CapturePair
{
    int inside = -1, outside = -1; // indices into the traces
    int mapping = -1;
    bool outbound = true;
    qint64 delayNs = 0;            // across the NAT (clock offset between the captures included)
};

// A tunnel as both capture points saw it (either may be missing).
struct ReconstructedTunnel
{
    Q_DECLARE_TR_FUNCTIONS(ReconstructedTunnel)
public:
    CapturedTunnel inside, outside;
    bool hasInside = false, hasOutside = false;
    CaptureEndpoint insideLocal;   // the initiator's endpoint inside
    CaptureEndpoint insideGlobal;  // where the NAT put it (from the paired packets)
    CaptureEndpoint peer;          // the responder

    // The initiator's own view when the inside was captured.
    const CapturedTunnel &view() const { return hasInside ? inside : outside; }
    CapturedTunnel::State state() const { return view().state(); }
    bool up() const { return view().up(); }
    // Where the NAT lost the tunnel's packets, when the two sides disagree
    // (translated; empty when they agree).
    QString lossText() const;
};

// Translations, tunnels and per-packet delays from an inside and an outside
// capture of one NAT device. Packets are paired by IKE SPIs + message id (+
// exchange and flags) and by ESP SPI + sequence number; the n-th occurrence on
// one side with the n-th on the other, so retransmissions pair in order. The
// direction of a pair comes from which address the NAT left alone (the peer),
// so a clock offset between the two capture points does not confuse it.
class CaptureReconstruction
{
    Q_DECLARE_TR_FUNCTIONS(CaptureReconstruction)
public:
    CaptureTrace inside, outside;
    QList<CapturedMapping> mappings;
    QList<CapturePair> pairs;
    QList<ReconstructedTunnel> tunnels;
    QList<NatDetectionCheck> natInside, natOutside;
    qint64 unpairedInside = 0, unpairedOutside = 0; // IKE/ESP seen on one side only
    qint64 keepalivesInside = 0, keepalivesOutside = 0;
    qint64 medianDelayNs = 0, maxDelayNs = 0;

    static CaptureReconstruction reconstruct(CaptureTrace inside, CaptureTrace outside);
    // One capture only: tunnels and NAT detection, no translations.
    static CaptureReconstruction single(CaptureTrace trace, bool isInside);

    // The mapping an inside local had toward a peer at the end (-1 none).
    int mappingOf(const CaptureEndpoint &insideLocal, const CaptureEndpoint &peer) const;
    int tunnelOfInitiator(const CaptureAddress &insideLocal) const;
    QStringList notes() const; // both traces' notes, unpaired counts (translated)

private:
    void pair();
    void buildTunnels();
};
