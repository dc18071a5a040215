#pragma once

#include "CaptureReader.h"

#include <QList>

// The IPsec packets of one capture file (IKE, ESP, NAT-T keepalives), kept for
// reconstruction; everything else is only counted. The number kept is capped
// (maxPackets) so a huge capture cannot exhaust memory: what was left out is
// said in notes().
struct CaptureTrace
{
    static constexpr qint64 DefaultMaxPackets = 2000000;

    CaptureSummary summary;
    QList<CapturedPacket> packets; // IPsec packets in file order
    qint64 ipsecNotKept = 0;       // IPsec packets past maxPackets

    // Reads a file; false only when nothing could be read (summary.error says
    // why); a truncated file gives true with what came before the damage.
    static bool load(const QString &path, CaptureTrace *out, qint64 maxPackets = DefaultMaxPackets);
    static bool loadMemory(const QByteArray &data, const QString &sourceName, CaptureTrace *out,
                           qint64 maxPackets = DefaultMaxPackets);
    QStringList notes() const; // the summary's notes and packets left out (translated)

private:
    static bool fill(CaptureReader &reader, CaptureTrace *out, qint64 maxPackets);
};
