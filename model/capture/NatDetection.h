#pragma once

#include "CaptureTrace.h"

#include <QCoreApplication>

// NAT detection from one capture (RFC 7296 2.23): an IKE_SA_INIT message
// carries SHA-1(SPIi | SPIr | IP | port) of the address its sender used as
// source (NAT_DETECTION_SOURCE_IP) and of the one it sent to
// (NAT_DETECTION_DESTINATION_IP). Where the hash of the address seen in the
// capture differs, a NAT between the sender and the capture point changed it,
// or (source only) the sender fakes the hash to force UDP encapsulation, which
// 2.23 allows: strongSwan does so when its IPsec backend needs ESP in UDP
// (the capture lab's kernel-libipsec), libreswan with encapsulation=yes.
struct NatDetectionCheck
{
    qint64 frame = 0;
    qint64 timeNs = 0;
    quint64 spiInitiator = 0;
    quint64 spiResponder = 0;
    bool response = false;
    CaptureEndpoint source, destination; // as captured
    bool sourceChecked = false, sourceMatches = false;
    bool destinationChecked = false, destinationMatches = false;
    // Where a hash did not match, the endpoint it does match among the ones
    // the other capture point saw (resolve()); port 0 = not found.
    CaptureEndpoint sourceAsSent, destinationAsSent;
    QList<QByteArray> sourceHashes;
    QByteArray destinationHash;

    bool natDetected() const
    {
        return (sourceChecked && !sourceMatches) || (destinationChecked && !destinationMatches);
    }
};

class NatDetection
{
    Q_DECLARE_TR_FUNCTIONS(NatDetection)
public:
    static QByteArray hash(quint64 spiInitiator, quint64 spiResponder, const CaptureEndpoint &endpoint);
    static QList<NatDetectionCheck> check(const CaptureTrace &trace);
    // Tries candidate endpoints (e.g. the translations' inside local and global)
    // against the hashes that did not match.
    static void resolve(QList<NatDetectionCheck> *checks, const QList<CaptureEndpoint> &candidates);
    // One sentence per check that found a NAT, or that none was found (translated).
    static QString describe(const NatDetectionCheck &check);
};
