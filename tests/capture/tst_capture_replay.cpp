// The capture lab's packets as the replay's timeline (CaptureReplay) and as the
// router's observed table (CaptureObservedTable), issue #18: the captured
// timeline has both tunnels come Up where IKE_AUTH was answered, the second
// initiator's 4500 translation on the port the kernel's conntrack named
// (lab.txt) with the first initiator holding 4500, every packet one step
// described by the capture; the observed table has the four reconstructed
// translations, marked captured, and finds the same 4500 collision.
#include "CaptureObservedTable.h"
#include "CaptureReplay.h"
#include "EventText.h"
#include "Moments.h"
#include "ObservedTableCodec.h"
#include "Project.h"
#include "ProjectReader.h"
#include "ReplayCursor.h"
#include "Simulator.h"
#include "StoredObservedTable.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {
const QString Data = QStringLiteral(MESHNAT_SOURCE_DIR "/tests/capture/data/");
constexpr quint32 Ix = (10u << 24) | (99u << 16) | (1u << 8) | 2u; // 10.99.1.2
constexpr quint32 Ne = Ix + 1;                                      // 10.99.1.3
constexpr quint32 RouterWan = (198u << 24) | (18u << 16) | 1u;       // 198.18.0.1

// The port the router's conntrack gave the second initiator's 4500 flow.
int conntrackPortOfNe()
{
    QFile f(Data + "lab.txt");
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QRegularExpression ct(QStringLiteral(
        "src=10\\.99\\.1\\.3 dst=198\\.18\\.0\\.10 sport=4500 dport=4500 src=198\\.18\\.0\\.10 "
        "dst=198\\.18\\.0\\.1 sport=4500 dport=(\\d+)"));
    const auto m = ct.match(QString::fromUtf8(f.readAll()));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

std::shared_ptr<const CaptureReconstruction> lab()
{
    CaptureTrace inside, outside;
    if (!CaptureTrace::load(Data + "lab-inside.pcap", &inside) || !CaptureTrace::load(Data + "lab-outside.pcap", &outside))
        return nullptr;
    return std::make_shared<const CaptureReconstruction>(
        CaptureReconstruction::reconstruct(std::move(inside), std::move(outside)));
}
} // namespace

class TestCaptureReplay : public QObject
{
    Q_OBJECT
private slots:
    void capturedTimeline()
    {
        Project project;
        ProjectReader reader;
        QVERIFY(reader.read(Data + "lab.meshnat", &project));
        const ObjectId router = project.objects(ObjectKind::Device).first();
        const ObjectId ix = project.findByName(ObjectKind::Appliance, QStringLiteral("HCX-IX-I1"));
        const ObjectId ne = project.findByName(ObjectKind::Appliance, QStringLiteral("HCX-NE-I1"));
        const auto capture = lab();
        QVERIFY(capture);
        const auto simulated = Simulator::run(project);
        const auto result = CaptureReplay::build(project, router, capture, simulated.get());
        const SimulationResult &r = *result;
        QVERIFY(r.isCaptured());
        QVERIFY(r.capturedFrom.contains(QStringLiteral("lab-inside.pcap")));
        QVERIFY(r.capturedFrom.contains(QStringLiteral("lab-outside.pcap")));
        QCOMPARE(int(r.devices.size()), 1);
        QCOMPARE(r.devices[0].id, router);

        // The simulation's tunnels, named and ordered alike, each with its captured one.
        QCOMPARE(r.tunnels.size(), simulated->tunnels.size());
        for (int t = 0; t < r.tunnels.size(); ++t) {
            QCOMPARE(r.tunnels[t].name, simulated->tunnels[t].name);
            QCOMPARE(r.tunnels[t].appliance, simulated->tunnels[t].appliance);
            QCOMPARE(r.tunnels[t].mesh, simulated->tunnels[t].mesh);
        }
        const int ixTunnel = r.tunnelOf(ix), neTunnel = r.tunnelOf(ne);
        QVERIFY(ixTunnel >= 0 && neTunnel >= 0);

        // One step per captured packet, plus each tunnel's Connecting and Up.
        const qsizetype packets = capture->inside.packets.size() + capture->outside.packets.size();
        QCOMPARE(qsizetype(r.events.size()), packets + 4);
        double last = -1;
        const EventText text(project, r);
        for (size_t i = 0; i < r.events.size(); ++i) {
            QVERIFY(r.events[i].time >= last);
            last = r.events[i].time;
            QVERIFY2(!text.describeStep(int(i)).isEmpty(), qPrintable(QString::number(i)));
        }
        QCOMPARE(r.events[0].time, 0.0);
        QVERIFY(text.describeStep(0).startsWith(QStringLiteral("Captured inside: IKE_SA_INIT request #0")));

        // The four reconstructed translations; the NE was moved off 4500 to the
        // port conntrack named, while the IX held global 4500 toward the same peer.
        QCOMPARE(r.translations.size(), size_t(4));
        const int nePort = conntrackPortOfNe();
        QVERIFY(nePort > 0 && nePort != 4500);
        const Translation *ixNatT = nullptr, *neNatT = nullptr;
        for (const Translation &t : r.translations) {
            QCOMPARE(t.insideGlobal.ip, RouterWan);
            if (t.insideLocal == Endpoint{Ix, 4500})
                ixNatT = &t;
            if (t.insideLocal == Endpoint{Ne, 4500})
                neNatT = &t;
        }
        QVERIFY(ixNatT && neNatT);
        QCOMPARE(ixNatT->owner, ix);
        QCOMPARE(ixNatT->insideGlobal.port, quint16(4500));
        QCOMPARE(neNatT->owner, ne);
        QCOMPARE(int(neNatT->insideGlobal.port), nePort);
        QCOMPARE(neNatT->requestedPort, quint16(4500));
        QCOMPARE(neNatT->heldBy, ixNatT->id);

        // Stepping: at the end both tunnels are Up and all four translations live.
        ReplayCursor cursor(result);
        QCOMPARE(cursor.tunnel(ixTunnel).state, SimEvent::NotDeployed);
        cursor.toEnd();
        QCOMPARE(cursor.tunnel(ixTunnel).state, SimEvent::Up);
        QCOMPARE(cursor.tunnel(neTunnel).state, SimEvent::Up);
        QCOMPARE(int(cursor.liveTranslations(0).size()), 4);
        // The NE's Up comes where its IKE_AUTH response was captured inside.
        const ReconstructedTunnel *neCaptured = nullptr;
        for (const ReconstructedTunnel &t : capture->tunnels)
            if (t.insideLocal.address == CaptureAddress::ipv4(Ne))
                neCaptured = &t;
        QVERIFY(neCaptured && neCaptured->up());
        const SimEvent up = r.events[size_t(cursor.tunnel(neTunnel).event)];
        const qint64 origin = capture->inside.packets.first().timeNs;
        QCOMPARE(qRound64(up.time * 1e6), qRound64(double(neCaptured->inside.establishedNs - origin) / 1e3));
        QVERIFY(text.tunnelReasonAt(cursor.tunnel(neTunnel).event).contains(QStringLiteral("ESP both ways")));

        // The story the replay steps through: the NE given the moved port.
        const auto moments = Moments::of(project, result);
        bool collision = false;
        for (const Moments::Moment &m : moments->all())
            collision |= m.kind == Moments::Collision && m.subject == ne && m.translation == neNatT->id;
        QVERIFY(collision);
        // The simulation's moments are kept apart (their own cache slot).
        QVERIFY(Moments::of(project, simulated) != moments);
        QCOMPARE(Moments::of(project, result), moments);
    }

    void observedTable()
    {
        const auto capture = lab();
        QVERIFY(capture);
        ObservedTranslations rows = CaptureObservedTable::translations(*capture);
        QCOMPARE(rows.format, ObservedTranslations::Captured);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(int(rows.commands.size()), 2);
        QVERIFY(rows.commands[0].contains(QStringLiteral("lab-inside.pcap")));
        QCOMPARE(rows.details(0).value(QStringLiteral("packets_out")).toLongLong(), capture->mappings[0].outbound);
        const StoredObservedTable stored{ObservedTable(std::move(rows))};
        const ObservedTable &t = stored.table();
        // The same analysis as an imported table: two appliances on 4500, the
        // NE moved while the IX held 4500 behind the router's address.
        QCOMPARE(int(t.appliances().size()), 2);
        QCOMPARE(int(t.collisions().size()), 1);
        const ObservedTable::Collision &c = t.collisions().first();
        QCOMPARE(c.insideGlobal, RouterWan);
        QCOMPARE(int(c.movedRows.size()), 1);
        QCOMPARE(t.translations().rows[c.movedRows.first()].insideLocal().ip, Ne);
        QCOMPARE(int(t.translations().rows[c.movedRows.first()].insideGlobal().port), conntrackPortOfNe());
        QCOMPARE(t.translations().rows[c.holderRow].insideLocal().ip, Ix);
        // Saved and read back (the project file), still captured.
        StoredObservedTable back;
        QString error;
        QVERIFY2(StoredObservedTable::fromEncoded(stored.encoded(), &back, &error), qPrintable(error));
        QCOMPARE(back.table().translations().format, ObservedTranslations::Captured);
        QCOMPARE(back.rowCount(), 4);
    }
};

QTEST_MAIN(TestCaptureReplay)
#include "tst_capture_replay.moc"
