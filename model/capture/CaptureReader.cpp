#include "CaptureReader.h"

#include <QFile>

#include <pcap/pcap.h>

#include <cstdio>

namespace {
constexpr size_t ReadBuffer = 1 << 20;

// pcapng's Section Header Block type 0x0a0d0d0a, the same in either byte order.
bool isPcapng(const QByteArray &head)
{
    return head.size() >= 4 && quint8(head[0]) == 0x0a && quint8(head[1]) == 0x0d
           && quint8(head[2]) == 0x0d && quint8(head[3]) == 0x0a;
}
} // namespace

qint64 CaptureSummary::ipsecPackets() const
{
    return count(PacketKind::Ike) + count(PacketKind::IkeNatT) + count(PacketKind::EspInUdp)
           + count(PacketKind::Keepalive) + count(PacketKind::Esp);
}

QStringList CaptureSummary::notes() const
{
    QStringList out;
    for (int s = PacketDecoder::NotIp; s < PacketDecoder::StatusCount; ++s) {
        if (status[s] > 0)
            out << CaptureReader::tr("%1: skipped %n frame(s): %2", nullptr, int(status[s]))
                       .arg(source, PacketDecoder::statusName(PacketDecoder::Status(s)));
    }
    if (ikeTruncated > 0)
        out << CaptureReader::tr("%1: %n IKE message(s) cut by the snapshot length (%2 bytes); "
                                 "their headers were read, NAT detection payloads may be missing",
                                 nullptr, int(ikeTruncated))
                   .arg(source).arg(snapLength);
    if (!error.isEmpty())
        out << error;
    return out;
}

CaptureReader::~CaptureReader()
{
    if (m_pcap)
        pcap_close(m_pcap);
}

bool CaptureReader::open(const QString &path)
{
    m_summary = CaptureSummary();
    m_summary.source = path;
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly)) {
        m_summary.error = tr("%1: cannot open: %2").arg(path, probe.errorString());
        return false;
    }
    const QByteArray head = probe.read(4);
    probe.close();
    FILE *file = std::fopen(QFile::encodeName(path).constData(), "rb");
    if (!file) {
        m_summary.error = tr("%1: cannot open").arg(path);
        return false;
    }
    std::setvbuf(file, nullptr, _IOFBF, ReadBuffer);
    return openStream(file, head);
}

bool CaptureReader::openMemory(const QByteArray &data, const QString &sourceName)
{
    m_summary = CaptureSummary();
    m_summary.source = sourceName;
    if (data.isEmpty()) {
        m_summary.error = tr("%1: empty file, not a packet capture").arg(sourceName);
        return false;
    }
    FILE *file = fmemopen(const_cast<char *>(data.constData()), size_t(data.size()), "rb");
    if (!file) {
        m_summary.error = tr("%1: cannot open").arg(sourceName);
        return false;
    }
    return openStream(file, data.left(4));
}

bool CaptureReader::openStream(void *stream, const QByteArray &head)
{
    FILE *file = static_cast<FILE *>(stream);
    if (head.isEmpty()) {
        std::fclose(file);
        m_summary.error = tr("%1: empty file, not a packet capture").arg(m_summary.source);
        return false;
    }
    m_summary.pcapng = isPcapng(head);
    char errors[PCAP_ERRBUF_SIZE] = {};
    // pcap_fopen_offline takes the FILE (pcap_close closes it) unless it fails.
    m_pcap = pcap_fopen_offline_with_tstamp_precision(file, PCAP_TSTAMP_PRECISION_NANO, errors);
    if (!m_pcap) {
        std::fclose(file);
        const QString why = QString::fromLocal8Bit(errors).left(200);
        m_summary.error = tr("%1: not a packet capture libpcap can read (pcap or pcapng): %2")
                              .arg(m_summary.source, why);
        return false;
    }
    m_summary.linkType = pcap_datalink(m_pcap);
    m_summary.snapLength = pcap_snapshot(m_pcap);
    if (!PacketDecoder::supportsLinkType(m_summary.linkType)) {
        const char *name = pcap_datalink_val_to_name(m_summary.linkType);
        m_summary.error = tr("%1: link type %2 (%3) is not supported; MeshNAT reads Ethernet "
                             "(with VLAN tags), Linux cooked (SLL, SLL2) and raw IP captures")
                              .arg(m_summary.source)
                              .arg(m_summary.linkType)
                              .arg(name ? QString::fromLatin1(name) : QStringLiteral("?"));
        pcap_close(m_pcap);
        m_pcap = nullptr;
        return false;
    }
    return true;
}

bool CaptureReader::read(const std::function<bool(const CapturedPacket &)> &sink)
{
    if (!m_pcap)
        return false;
    const int link = m_summary.linkType;
    pcap_pkthdr *header = nullptr;
    const u_char *data = nullptr;
    CapturedPacket packet;
    for (;;) {
        const int rc = pcap_next_ex(m_pcap, &header, &data);
        if (rc == PCAP_ERROR_BREAK)
            return true; // end of file
        if (rc != 1) {
            m_summary.error = tr("%1: reading stopped at frame %2 (the file is truncated or "
                                 "damaged: %3); the %n frame(s) before it were read",
                                 nullptr, int(m_summary.frames))
                                  .arg(m_summary.source)
                                  .arg(m_summary.frames + 1)
                                  .arg(QString::fromLocal8Bit(pcap_geterr(m_pcap)).left(200));
            return false;
        }
        ++m_summary.frames;
        m_summary.bytes += header->caplen;
        packet.ike = IkeInfo();
        packet.espSpi = packet.espSequence = 0;
        packet.source = packet.destination = CaptureEndpoint();
        packet.frame = m_summary.frames;
        packet.timeNs = qint64(header->ts.tv_sec) * 1000000000 + qint64(header->ts.tv_usec);
        if (m_summary.frames == 1)
            m_summary.firstNs = packet.timeNs;
        m_summary.lastNs = packet.timeNs;
        const auto status = PacketDecoder::decode(link, data, header->caplen, header->len, &packet);
        ++m_summary.status[status];
        if (status != PacketDecoder::Decoded)
            continue;
        ++m_summary.kinds[int(packet.kind)];
        if (packet.isIke() && packet.ike.truncated && header->caplen < header->len)
            ++m_summary.ikeTruncated;
        if (!sink(packet))
            return true;
    }
}
