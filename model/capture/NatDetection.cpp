#include "NatDetection.h"

#include <QCryptographicHash>
#include <QtEndian>

QByteArray NatDetection::hash(quint64 spiInitiator, quint64 spiResponder, const CaptureEndpoint &endpoint)
{
    char spis[16];
    qToBigEndian(spiInitiator, spis);
    qToBigEndian(spiResponder, spis + 8);
    char port[2];
    qToBigEndian(endpoint.port, port);
    QCryptographicHash sha1(QCryptographicHash::Sha1);
    sha1.addData(QByteArrayView(spis, 16));
    sha1.addData(endpoint.address.wireBytes());
    sha1.addData(QByteArrayView(port, 2));
    return sha1.result();
}

QList<NatDetectionCheck> NatDetection::check(const CaptureTrace &trace)
{
    QList<NatDetectionCheck> out;
    for (const CapturedPacket &p : trace.packets) {
        if (!p.isIke() || p.ike.majorVersion != 2 || p.ike.exchange != IkeInfo::IkeSaInit
            || !p.ike.hasNatDetection())
            continue;
        NatDetectionCheck c;
        c.frame = p.frame;
        c.timeNs = p.timeNs;
        c.spiInitiator = p.ike.spiInitiator;
        c.spiResponder = p.ike.spiResponder;
        c.response = p.ike.isResponse();
        c.source = p.source;
        c.destination = p.destination;
        // The hashes use the SPIs of the message header (SPIr is zero in the request).
        if (!p.ike.natdSource.isEmpty()) {
            c.sourceChecked = true;
            const QByteArray seen = hash(p.ike.spiInitiator, p.ike.spiResponder, p.source);
            c.sourceMatches = p.ike.natdSource.contains(seen);
            c.sourceHashes = p.ike.natdSource;
        }
        if (!p.ike.natdDestination.isEmpty()) {
            c.destinationChecked = true;
            c.destinationHash = p.ike.natdDestination;
            c.destinationMatches =
                p.ike.natdDestination == hash(p.ike.spiInitiator, p.ike.spiResponder, p.destination);
        }
        out.append(c);
    }
    return out;
}

void NatDetection::resolve(QList<NatDetectionCheck> *checks, const QList<CaptureEndpoint> &candidates)
{
    for (NatDetectionCheck &c : *checks) {
        for (const CaptureEndpoint &e : candidates) {
            const QByteArray h = hash(c.spiInitiator, c.spiResponder, e);
            if (c.sourceChecked && !c.sourceMatches && c.sourceHashes.contains(h))
                c.sourceAsSent = e;
            if (c.destinationChecked && !c.destinationMatches && c.destinationHash == h)
                c.destinationAsSent = e;
        }
    }
}

QString NatDetection::describe(const NatDetectionCheck &c)
{
    const QString what = c.response ? tr("IKE_SA_INIT response") : tr("IKE_SA_INIT request");
    if (!c.natDetected())
        return tr("Frame %1 (%2 %3 → %4): the NAT detection hashes match the addresses seen here; "
                  "no NAT between its sender and this capture point")
            .arg(c.frame).arg(what, c.source.toString(), c.destination.toString());
    QStringList parts;
    if (c.destinationChecked && !c.destinationMatches) {
        parts << (c.destinationAsSent.port
                      ? tr("its sender addressed it to %1, seen here as %2: a NAT between them "
                           "translated the destination")
                            .arg(c.destinationAsSent.toString(), c.destination.toString())
                      : tr("its sender addressed it to another destination than %1: a NAT between "
                           "them translated the destination")
                            .arg(c.destination.toString()));
    }
    if (c.sourceChecked && !c.sourceMatches) {
        parts << (c.sourceAsSent.port
                      ? tr("its sender sent it from %1, seen here as %2: a NAT between them "
                           "translated the source")
                            .arg(c.sourceAsSent.toString(), c.source.toString())
                      : tr("its source hash matches no address seen (%1): a NAT translated the "
                           "source, or the sender fakes the hash to force UDP encapsulation")
                            .arg(c.source.toString()));
    }
    return tr("Frame %1 (%2): NAT detected: %3").arg(c.frame).arg(what, parts.join(tr("; ")));
}
