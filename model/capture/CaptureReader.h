#pragma once

#include "PacketDecoder.h"

#include <QCoreApplication>
#include <QString>

#include <array>
#include <functional>

typedef struct pcap pcap_t;

// What reading one capture file gave: its format, how many frames, how many of
// each kind, what was skipped and why, and the error that stopped it early.
struct CaptureSummary
{
    QString source;           // the file name as given
    bool pcapng = false;
    int linkType = -1;
    int snapLength = 0;
    qint64 frames = 0;        // frames read
    qint64 bytes = 0;         // captured bytes read
    qint64 firstNs = 0, lastNs = 0;
    std::array<qint64, PacketDecoder::StatusCount> status{};  // frames per decode status
    std::array<qint64, int(PacketKind::Other) + 1> kinds{};   // decoded packets per kind
    qint64 ikeTruncated = 0;  // IKE messages cut by the snapshot length
    QString error;            // empty when the whole file was read

    bool complete() const { return error.isEmpty(); }
    qint64 skipped() const { return frames - status[PacketDecoder::Decoded]; }
    qint64 count(PacketKind kind) const { return kinds[int(kind)]; }
    qint64 ipsecPackets() const;
    // Translated sentences: what was skipped and why, partial reads.
    QStringList notes() const;
};

// Streams a pcap or pcapng file through libpcap, one decoded packet at a time:
// memory stays bounded whatever the file size. Errors name the file and, past
// the header, the frame where reading stopped.
class CaptureReader
{
    Q_DECLARE_TR_FUNCTIONS(CaptureReader)
public:
    CaptureReader() = default;
    ~CaptureReader();
    CaptureReader(const CaptureReader &) = delete;
    CaptureReader &operator=(const CaptureReader &) = delete;

    // Opens a file; false (and summary().error) when it is not a capture
    // libpcap reads or its link type is not supported.
    bool open(const QString &path);
    // The same on bytes in memory (the fuzzer, tests); `data` must outlive reading.
    bool openMemory(const QByteArray &data, const QString &sourceName);
    // Calls sink for every decoded packet (IPsec or not) until the end, the
    // sink returns false, or an error (truncated file). True when it reached
    // the end without error.
    bool read(const std::function<bool(const CapturedPacket &)> &sink);
    const CaptureSummary &summary() const { return m_summary; }

private:
    bool openStream(void *file, const QByteArray &head);

    pcap_t *m_pcap = nullptr;
    CaptureSummary m_summary;
};
