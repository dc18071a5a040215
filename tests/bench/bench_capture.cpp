// Reading a 1 GB packet capture (issue #18): MB/s and peak memory of the
// streaming reader (libpcap + MeshNAT's decoding and IPsec classification),
// and of the trace kept for reconstruction with its packet cap. The capture
// is generated into a temporary directory and deleted afterwards. Its pages
// are in the page cache after writing, so this measures parsing, not the disk;
// fread of the same file is the baseline.
//   build/tests/bench/bench_capture [SIZE_MB]   (default 1024)
#include "BenchReport.h"
#include "CaptureReader.h"
#include "CaptureTrace.h"
#include "../capture/PcapWriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

namespace {
long vmHwmKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').first().toLong();
        }
    }
    return 0;
}

long vmRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                return line.mid(6).trimmed().split(' ').first().toLong();
        }
    }
    return 0;
}

// A tunnel-heavy mix: per 20 frames, 17 ESP-in-UDP of 1,400 bytes (both
// ways, 50 flows), one IKE INFORMATIONAL, one NAT-T keepalive, one TCP.
QByteArray frameFor(quint64 i)
{
    using namespace pcapw;
    const quint32 inside = ip(10, 1, quint8(i % 50), 2), peer = ip(203, 0, 113, 10);
    switch (i % 20) {
    case 17: {
        QByteArray marker(4, '\0');
        return ethernet(ipv4(inside, peer, 17, udp(4500, 4500, marker + ike(i, i + 1, 37, 0x08, quint32(i)))));
    }
    case 18:
        return ethernet(ipv4(inside, peer, 17, udp(4500, 4500, QByteArray(1, '\xff'))));
    case 19:
        return ethernet(ipv4(inside, ip(192, 0, 2, 80), 6, QByteArray(40, '\0')));
    default:
        return ethernet(ipv4(i % 2 ? inside : peer, i % 2 ? peer : inside, 17,
                             udp(4500, 4500, esp(0x1000 + quint32(i % 100), quint32(i), 1400 - 20 - 8 - 8 - 14))));
    }
}

bool generate(const QString &path, qint64 bytes, qint64 *frames)
{
    FILE *f = std::fopen(QFile::encodeName(path).constData(), "wb");
    if (!f)
        return false;
    QByteArray buffer = pcapw::pcapFile(1, {});
    buffer.reserve(8 << 20);
    qint64 written = 0;
    // 100 distinct frames, repeated with new timestamps and sequence numbers
    // in the ESP header would not change the reader's work; vary the time only.
    QList<QByteArray> templates;
    for (int i = 0; i < 100; ++i)
        templates.append(frameFor(quint64(i)));
    qint64 n = 0;
    while (written + buffer.size() < bytes) {
        const QByteArray &frame = templates[int(n % templates.size())];
        const qint64 t = 1700000000LL * 1000000000 + n * 10000;
        pcapw::le32(buffer, quint32(t / 1000000000));
        pcapw::le32(buffer, quint32(t % 1000000000));
        pcapw::le32(buffer, quint32(frame.size()));
        pcapw::le32(buffer, quint32(frame.size()));
        buffer.append(frame);
        ++n;
        if (buffer.size() > (4 << 20)) {
            written += qint64(std::fwrite(buffer.constData(), 1, size_t(buffer.size()), f));
            buffer.clear();
        }
    }
    written += qint64(std::fwrite(buffer.constData(), 1, size_t(buffer.size()), f));
    std::fclose(f);
    *frames = n;
    return written > 0;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 sizeMb = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1024;
    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "bench_capture: no temporary directory\n");
        return 1;
    }
    const QString path = dir.filePath(QStringLiteral("bench.pcap"));
    qint64 frames = 0;
    if (!generate(path, sizeMb << 20, &frames)) {
        std::fprintf(stderr, "bench_capture: cannot write %s\n", qPrintable(path));
        return 1;
    }
    const double mb = double(QFile(path).size()) / (1 << 20);
    std::printf("capture: %.0f MB, %lld frames (pcap, Ethernet)\n", mb, static_cast<long long>(frames));

    // Baseline: fread of the same file, 1 MB at a time.
    QElapsedTimer timer;
    timer.start();
    {
        FILE *f = std::fopen(QFile::encodeName(path).constData(), "rb");
        std::vector<char> chunk(1 << 20);
        size_t got = 0;
        while ((got = std::fread(chunk.data(), 1, chunk.size(), f)) > 0) {
        }
        std::fclose(f);
    }
    const double freadMbs = mb / (timer.nsecsElapsed() / 1e9);

    // The streaming reader, every frame decoded and classified.
    const long rssBefore = vmRssKb();
    qint64 ipsec = 0;
    timer.restart();
    CaptureReader reader;
    if (!reader.open(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(reader.summary().error));
        return 1;
    }
    reader.read([&](const CapturedPacket &p) {
        ipsec += p.isIpsec();
        return true;
    });
    const double readSeconds = timer.nsecsElapsed() / 1e9;
    const double readMbs = mb / readSeconds;
    const double readPeakMb = (vmHwmKb() - rssBefore) / 1024.0;
    if (reader.summary().frames != frames || !reader.summary().complete()) {
        std::fprintf(stderr, "bench_capture: read %lld of %lld frames: %s\n",
                     static_cast<long long>(reader.summary().frames), static_cast<long long>(frames),
                     qPrintable(reader.summary().error));
        return 1;
    }
    std::printf("read:  %.2f s, %.0f MB/s, %.1f Mframes/s, %lld IPsec packets; peak memory above "
                "the start %.1f MB (fread baseline %.0f MB/s)\n",
                readSeconds, readMbs, frames / readSeconds / 1e6, static_cast<long long>(ipsec),
                readPeakMb, freadMbs);
    bench::report("capture read 1 GB", readMbs, "MB/s", ">=500", "fread", freadMbs);
    bench::report("capture read peak memory", readPeakMb, "MB", "<=64");

    // The trace kept for reconstruction: bounded by its packet cap.
    timer.restart();
    CaptureTrace trace;
    CaptureTrace::load(path, &trace, 200000);
    const double traceSeconds = timer.nsecsElapsed() / 1e9;
    const double tracePeakMb = (vmHwmKb() - rssBefore) / 1024.0;
    std::printf("trace: %.2f s, %.0f MB/s, %lld packets kept, %lld counted past the cap; peak memory "
                "above the start %.1f MB\n",
                traceSeconds, mb / traceSeconds, static_cast<long long>(trace.packets.size()),
                static_cast<long long>(trace.ipsecNotKept), tracePeakMb);
    bench::report("capture trace 1 GB (200k packets kept)", mb / traceSeconds, "MB/s");
    bench::report("capture trace peak memory", tracePeakMb, "MB");
    return 0;
}
