// The capture reader: formats, link types, IPsec classification, IKEv2
// header and NAT-D decoding, and clear errors on bad captures.
#include "CaptureReader.h"
#include "CaptureTrace.h"
#include "NatDetection.h"
#include "PcapWriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pcapw;

namespace {
const QString Data = QStringLiteral(MESHNAT_SOURCE_DIR "/tests/capture/data/");

QByteArray v6(quint8 last)
{
    QByteArray b(16, '\0');
    b[0] = char(0x20); b[1] = char(0x01); b[2] = char(0x0d); b[3] = char(0xb8);
    b[15] = char(last);
    return b;
}

// One ESP-in-UDP packet from a moved port (51000) to the responder's 4500.
QByteArray espPacket() { return ipv4(ip(198, 18, 0, 1), ip(198, 18, 0, 10), 17, udp(51000, 4500, esp(0xc0ffee01, 7))); }

QList<CapturedPacket> readAll(const QByteArray &file, CaptureSummary *summary = nullptr)
{
    CaptureReader reader;
    QList<CapturedPacket> out;
    if (!reader.openMemory(file, QStringLiteral("test.pcap"))) {
        if (summary)
            *summary = reader.summary();
        return out;
    }
    reader.read([&](const CapturedPacket &p) { out.append(p); return true; });
    if (summary)
        *summary = reader.summary();
    return out;
}
} // namespace

class TestCaptureReader : public QObject
{
    Q_OBJECT
private slots:
    void labInsideCapture()
    {
        CaptureTrace trace;
        QVERIFY(CaptureTrace::load(Data + "lab-inside.pcap", &trace));
        const CaptureSummary &s = trace.summary;
        QVERIFY2(s.complete(), qPrintable(s.error));
        QCOMPARE(s.pcapng, false);
        QCOMPARE(s.linkType, int(PacketDecoder::LinkEthernet));
        QCOMPARE(s.skipped(), 0);
        // Both initiators: IKE_SA_INIT on 500, the rest on 4500 (tcpdump agrees).
        QCOMPARE(s.count(PacketKind::Ike), 4);
        QVERIFY(s.count(PacketKind::IkeNatT) >= 4);
        QCOMPARE(s.count(PacketKind::EspInUdp), 12); // 3 pings each way, two tunnels
        QCOMPARE(s.count(PacketKind::Keepalive), 2);
        const CapturedPacket &first = trace.packets.first();
        QCOMPARE(first.kind, PacketKind::Ike);
        QCOMPARE(first.source.toString(), QStringLiteral("10.99.1.2:500"));
        QCOMPARE(first.destination.toString(), QStringLiteral("198.18.0.10:500"));
        QCOMPARE(first.ike.majorVersion, quint8(2));
        QCOMPARE(first.ike.exchange, quint8(IkeInfo::IkeSaInit));
        QVERIFY(first.ike.fromInitiator());
        QVERIFY(!first.ike.isResponse());
        QVERIFY(first.ike.spiInitiator != 0);
        QCOMPARE(first.ike.spiResponder, quint64(0));
        QCOMPARE(first.ike.messageId, quint32(0));
        QCOMPARE(first.ike.natdSource.size(), 1);
        QCOMPARE(first.ike.natdSource.first().size(), 20);
        QCOMPARE(first.ike.natdDestination.size(), 20);
        // The request's destination hash is the responder's address as seen.
        QCOMPARE(NatDetection::hash(first.ike.spiInitiator, 0, first.destination),
                 first.ike.natdDestination);
        const CapturedPacket &response = trace.packets.at(1);
        QVERIFY(response.ike.isResponse());
        QCOMPARE(response.ike.spiInitiator, first.ike.spiInitiator);
        QVERIFY(response.ike.spiResponder != 0);
    }

    void natDetectionFromOneCapture()
    {
        // Inside: the responder hashed the address it saw (the router's), so
        // its response's destination hash does not match the inside address;
        // the requests' destination hashes match. The source hashes match
        // nothing anywhere: charon with kernel-libipsec forces UDP
        // encapsulation and fakes them (RFC 7296 2.23).
        CaptureTrace inside, outside;
        QVERIFY(CaptureTrace::load(Data + "lab-inside.pcap", &inside));
        QVERIFY(CaptureTrace::load(Data + "lab-outside.pcap", &outside));
        const auto in = NatDetection::check(inside);
        QCOMPARE(in.size(), 4);
        for (const auto &c : in) {
            QVERIFY(c.sourceChecked && c.destinationChecked);
            QCOMPARE(c.destinationMatches, !c.response);
            QVERIFY(!c.sourceMatches);
            QVERIFY(c.natDetected());
        }
        // Outside, nothing translates between the capture and the receiver.
        const auto out = NatDetection::check(outside);
        QCOMPARE(out.size(), 4);
        for (const auto &c : out)
            QVERIFY(c.destinationMatches);
        const QString text = NatDetection::describe(in.at(1));
        QVERIFY2(text.contains(QStringLiteral("NAT detected")) && text.contains(QStringLiteral("destination")),
                 qPrintable(text));
    }

    void linkTypesAndFormats_data()
    {
        QTest::addColumn<int>("link");
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<bool>("ng");
        const QByteArray p = espPacket();
        QTest::newRow("ethernet") << int(PacketDecoder::LinkEthernet) << ethernet(p) << false;
        QTest::newRow("vlan") << int(PacketDecoder::LinkEthernet) << ethernet(p, {100}) << false;
        QTest::newRow("qinq") << int(PacketDecoder::LinkEthernet) << ethernet(p, {10, 20}) << false;
        QTest::newRow("sll") << int(PacketDecoder::LinkLinuxSll) << sll(p) << false;
        QTest::newRow("sll2") << int(PacketDecoder::LinkLinuxSll2) << sll2(p) << false;
        QTest::newRow("raw") << 101 << p << false;
        QTest::newRow("pcapng ethernet") << int(PacketDecoder::LinkEthernet) << ethernet(p) << true;
        QTest::newRow("pcapng vlan") << int(PacketDecoder::LinkEthernet) << ethernet(p, {7}) << true;
        QTest::newRow("pcapng sll2") << int(PacketDecoder::LinkLinuxSll2) << sll2(p) << true;
        QTest::newRow("pcapng raw") << 101 << p << true;
    }
    void linkTypesAndFormats()
    {
        QFETCH(int, link);
        QFETCH(QByteArray, frame);
        QFETCH(bool, ng);
        const QList<Frame> frames{{1700000000123456789LL, frame, 0}};
        CaptureSummary s;
        const auto packets = readAll(ng ? pcapngFile(link, frames) : pcapFile(link, frames), &s);
        QVERIFY2(s.complete(), qPrintable(s.error));
        QCOMPARE(s.pcapng, ng);
        QCOMPARE(packets.size(), 1);
        const CapturedPacket &e = packets.first();
        QCOMPARE(e.kind, PacketKind::EspInUdp); // classified by the responder's 4500
        QCOMPARE(e.espSpi, 0xc0ffee01u);
        QCOMPARE(e.espSequence, 7u);
        QCOMPARE(e.source.toString(), QStringLiteral("198.18.0.1:51000"));
        QCOMPARE(e.timeNs, 1700000000123456789LL);
    }

    void classification()
    {
        const quint32 a = ip(10, 0, 0, 2), b = ip(203, 0, 113, 10);
        QByteArray marker(4, '\0');
        const QList<Frame> frames{
            {1, ipv4(a, b, 17, udp(4500, 4500, QByteArray(1, '\xff'))), 0},            // keepalive
            {2, ipv4(a, b, 17, udp(33000, 4500, marker + ike(1, 2, 35, 0x08, 1))), 0}, // IKE after marker
            {3, ipv4(a, b, 17, udp(500, 500, ike(9, 0, 34, 0x08, 0))), 0},              // IKE on 500
            {4, ipv4(a, b, 50, esp(0x1234, 99)), 0},                                    // plain ESP
            {5, ipv4(a, b, 17, udp(5353, 53, QByteArray(20, 'x'))), 0},                // other UDP
            {6, ipv4(a, b, 6, QByteArray(20, '\0')), 0},                                // TCP
            {7, ipv6(v6(1), v6(2), 17, udp(4500, 4500, esp(0x77, 1))), 0},             // IPv6 NAT-T
            {8, ipv4(a, b, 17, udp(4500, 4500, QByteArray(1, '\x00'))), 0},            // not a keepalive
        };
        const auto p = readAll(pcapFile(101, frames));
        QCOMPARE(p.size(), 8);
        QCOMPARE(p[0].kind, PacketKind::Keepalive);
        QCOMPARE(p[1].kind, PacketKind::IkeNatT);
        QCOMPARE(p[1].ike.exchange, quint8(35));
        QCOMPARE(p[1].ike.messageId, 1u);
        QCOMPARE(p[2].kind, PacketKind::Ike);
        QCOMPARE(p[3].kind, PacketKind::Esp);
        QCOMPARE(p[3].espSequence, 99u);
        QCOMPARE(p[4].kind, PacketKind::OtherUdp);
        QCOMPARE(p[5].kind, PacketKind::Other);
        QCOMPARE(p[6].kind, PacketKind::EspInUdp);
        QVERIFY(p[6].source.address.v6);
        QCOMPARE(p[6].source.toString(), QStringLiteral("[2001:db8::1]:4500"));
        QCOMPARE(p[7].kind, PacketKind::OtherUdp);
    }

    void natdNotifies()
    {
        const CaptureEndpoint src{CaptureAddress::ipv4(ip(10, 0, 0, 2)), 500};
        const CaptureEndpoint dst{CaptureAddress::ipv4(ip(203, 0, 113, 10)), 500};
        const QByteArray srcHash = NatDetection::hash(0x1111, 0, src);
        const QByteArray dstHash = NatDetection::hash(0x1111, 0, dst);
        const QByteArray msg = ike(0x1111, 0, 34, 0x08, 0, {{16388, srcHash}, {16389, dstHash}});
        // Seen behind a NAT: the source is the router's now.
        const auto p = readAll(pcapFile(101, {{1, ipv4(ip(198, 51, 100, 1), dst.address.ipv4Value(), 17,
                                                   udp(1024, 500, msg)), 0}}));
        QCOMPARE(p.size(), 1);
        QCOMPARE(p[0].ike.natdSource, QList<QByteArray>{srcHash});
        QCOMPARE(p[0].ike.natdDestination, dstHash);
        CaptureTrace trace;
        trace.packets = p;
        const auto checks = NatDetection::check(trace);
        QCOMPARE(checks.size(), 1);
        QVERIFY(!checks[0].sourceMatches);
        QVERIFY(checks[0].destinationMatches);
        QVERIFY(checks[0].natDetected());
    }

    void badCaptures()
    {
        CaptureSummary s;
        // Wrong magic.
        readAll(QByteArray("this is not a capture at all, just text\n"), &s);
        QVERIFY(!s.complete());
        QVERIFY2(s.error.contains(QStringLiteral("test.pcap")) && s.error.contains(QStringLiteral("not a packet capture")),
                 qPrintable(s.error));
        // Empty.
        readAll(QByteArray(), &s);
        QVERIFY(s.error.contains(QStringLiteral("empty")));
        // Unknown link type (IEEE 802.11 = 105).
        readAll(pcapFile(105, {{1, espPacket(), 0}}), &s);
        QVERIFY2(s.error.contains(QStringLiteral("link type 105")), qPrintable(s.error));
        // Truncated in the middle of the third packet: the first two are kept.
        QFile lab(Data + "lab-outside.pcap");
        QVERIFY(lab.open(QIODevice::ReadOnly));
        const QByteArray whole = lab.readAll();
        int third = 24;
        for (int i = 0; i < 2; ++i)
            third += 16 + qFromLittleEndian<quint32>(whole.constData() + third + 8);
        CaptureTrace trace;
        QVERIFY(CaptureTrace::loadMemory(whole.left(third + 30), QStringLiteral("cut.pcap"), &trace));
        QCOMPARE(trace.packets.size(), 2);
        QVERIFY(!trace.summary.complete());
        QVERIFY2(trace.summary.error.contains(QStringLiteral("frame 3")), qPrintable(trace.summary.error));
        QVERIFY(trace.notes().join('\n').contains(QStringLiteral("cut.pcap")));
        // A snapshot length shorter than the headers: counted, said, not fatal.
        const QByteArray frame = ethernet(espPacket());
        const auto p = readAll(pcapFile(1, {{1, frame.left(30), quint32(frame.size())},
                                            {2, frame.left(30), quint32(frame.size())}}, 30), &s);
        QCOMPARE(p.size(), 0);
        QCOMPARE(s.frames, 2);
        QCOMPARE(s.status[PacketDecoder::Truncated], 2);
        QVERIFY(s.complete());
        QVERIFY(s.notes().join('\n').contains(QStringLiteral("snapshot length")));
        // Snapshot length cutting IKE after the header: decoded, flagged.
        const QByteArray ikeFrame = ipv4(1, 2, 17, udp(500, 500, ike(5, 0, 34, 0x08, 0,
            {{16388, QByteArray(20, 'a')}, {16389, QByteArray(20, 'b')}})));
        const auto q = readAll(pcapFile(101, {{1, ikeFrame.left(20 + 8 + 40), quint32(ikeFrame.size())}}, 68), &s);
        QCOMPARE(q.size(), 1);
        QCOMPARE(q[0].kind, PacketKind::Ike);
        QVERIFY(q[0].ike.truncated);
        QCOMPARE(s.ikeTruncated, 1);
    }

    void fileErrors()
    {
        CaptureReader reader;
        QVERIFY(!reader.open(QStringLiteral("/nonexistent/x.pcap")));
        QVERIFY(reader.summary().error.contains(QStringLiteral("/nonexistent/x.pcap")));
    }
};

QTEST_GUILESS_MAIN(TestCaptureReader)
#include "tst_capture_reader.moc"
