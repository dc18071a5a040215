#include "CaptureTrace.h"

bool CaptureTrace::load(const QString &path, CaptureTrace *out, qint64 maxPackets)
{
    CaptureReader reader;
    if (!reader.open(path)) {
        out->summary = reader.summary();
        return false;
    }
    return fill(reader, out, maxPackets);
}

bool CaptureTrace::loadMemory(const QByteArray &data, const QString &sourceName, CaptureTrace *out,
                              qint64 maxPackets)
{
    CaptureReader reader;
    if (!reader.openMemory(data, sourceName)) {
        out->summary = reader.summary();
        return false;
    }
    return fill(reader, out, maxPackets);
}

bool CaptureTrace::fill(CaptureReader &reader, CaptureTrace *out, qint64 maxPackets)
{
    out->packets.clear();
    out->ipsecNotKept = 0;
    reader.read([&](const CapturedPacket &packet) {
        if (!packet.isIpsec())
            return true;
        if (out->packets.size() < maxPackets)
            out->packets.append(packet);
        else
            ++out->ipsecNotKept;
        return true;
    });
    out->summary = reader.summary();
    return out->summary.frames > 0 || out->summary.complete();
}

QStringList CaptureTrace::notes() const
{
    QStringList out = summary.notes();
    if (ipsecNotKept > 0)
        out << CaptureReader::tr("%1: only the first %2 IPsec packets were analysed; %3 more "
                                 "were counted but left out")
                   .arg(summary.source)
                   .arg(packets.size())
                   .arg(ipsecNotKept);
    return out;
}
