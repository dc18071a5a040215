// The strongSwan capture lab (tests/capture/lab/run-lab.sh): the committed
// captures reconstruct to what the kernel and strongSwan said at the time
// (lab.txt), agree with MeshNAT's linux-netfilter simulation of the same
// topology (data/lab.meshnat), and, as root, a fresh run of the lab does too.
// This is the first end-to-end check of tunnel state against real IPsec software.
#include "CaptureComparison.h"
#include "CaptureReconstruction.h"
#include "Project.h"
#include "ProjectReader.h"
#include "Simulator.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {
const QString Data = QStringLiteral(MESHNAT_SOURCE_DIR "/tests/capture/data/");
const QString Lab = QStringLiteral(MESHNAT_SOURCE_DIR "/tests/capture/lab/run-lab.sh");

// From lab.txt: the router's conntrack reply port for an initiator's 4500
// flow, and the port the responder's charon learned for that peer id.
struct Truth
{
    int conntrackPort[2] = {-1, -1};
    int responderPort[2] = {-1, -1};
    int established = 0;
};

Truth readTruth(const QString &file)
{
    Truth t;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return t;
    const QString text = QString::fromUtf8(f.readAll());
    const QRegularExpression ct(QStringLiteral(
        "src=10\\.99\\.1\\.([23]) dst=198\\.18\\.0\\.10 sport=4500 dport=4500 src=198\\.18\\.0\\.10 "
        "dst=198\\.18\\.0\\.1 sport=4500 dport=(\\d+)"));
    for (auto it = ct.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        t.conntrackPort[m.captured(1).toInt() - 2] = m.captured(2).toInt();
    }
    const QRegularExpression learned(QStringLiteral("remote 'init([12])' @ 198\\.18\\.0\\.1\\[(\\d+)\\]"));
    for (auto it = learned.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        t.responderPort[m.captured(1).toInt() - 1] = m.captured(2).toInt();
    }
    t.established = int(text.count(QStringLiteral("ESTABLISHED")));
    return t;
}

CaptureReconstruction reconstruct(const QString &dir)
{
    CaptureTrace inside, outside;
    if (!CaptureTrace::load(dir + "/inside.pcap", &inside) && !CaptureTrace::load(dir + "lab-inside.pcap", &inside))
        qWarning() << inside.summary.error;
    if (!CaptureTrace::load(dir + "/outside.pcap", &outside) && !CaptureTrace::load(dir + "lab-outside.pcap", &outside))
        qWarning() << outside.summary.error;
    return CaptureReconstruction::reconstruct(std::move(inside), std::move(outside));
}

bool isCi() { return qEnvironmentVariable("CI") == QLatin1String("true"); }
} // namespace

class TestCaptureLab : public QObject
{
    Q_OBJECT
private:
    // What every run of the lab must show.
    void checkLab(const CaptureReconstruction &r, const Truth &truth)
    {
        QVERIFY(r.inside.summary.complete());
        QVERIFY(r.outside.summary.complete());
        QCOMPARE(truth.established, 4); // two initiators + two SAs on the responder
        // Both tunnels, both established, ESP both ways.
        QCOMPARE(r.tunnels.size(), 2);
        for (const ReconstructedTunnel &t : r.tunnels) {
            QVERIFY(t.hasInside && t.hasOutside);
            QCOMPARE(t.state(), CapturedTunnel::Established);
            QCOMPARE(t.inside.espFlow(), CapturedTunnel::EspBothWays);
            QCOMPARE(t.outside.espFlow(), CapturedTunnel::EspBothWays);
            QVERIFY(t.up());
            QVERIFY(t.lossText().isEmpty());
            QCOMPARE(t.peer.toString(), QStringLiteral("198.18.0.10:4500"));
            QCOMPARE(t.inside.initiatorEndpoints.size(), 2); // 500, then 4500 after NAT-D
            QVERIFY(t.inside.keepalives >= 1);
        }
        const int first = r.tunnelOfInitiator(CaptureAddress::ipv4(0x0a630102));
        const int second = r.tunnelOfInitiator(CaptureAddress::ipv4(0x0a630103));
        QVERIFY(first >= 0 && second >= 0);
        // The first keeps 4500; the second is moved, to the port the kernel's
        // conntrack and the responder (which learned it) both name.
        QCOMPARE(r.tunnels[first].insideGlobal.toString(), QStringLiteral("198.18.0.1:4500"));
        const CaptureEndpoint moved = r.tunnels[second].insideGlobal;
        QCOMPARE(moved.address.toString(), QStringLiteral("198.18.0.1"));
        QVERIFY(moved.port != 4500);
        QCOMPARE(int(moved.port), truth.conntrackPort[1]);
        QCOMPARE(int(moved.port), truth.responderPort[1]);
        QCOMPARE(truth.conntrackPort[0], 4500);
        // Translations: each initiator's 500 and 4500 flow, all paired.
        QCOMPARE(r.mappings.size(), 4);
        QCOMPARE(r.unpairedInside, 0);
        QCOMPARE(r.unpairedOutside, 0);
        QCOMPARE(r.keepalivesInside, r.keepalivesOutside);
        for (const CapturedMapping &m : r.mappings) {
            QVERIFY(m.translated());
            QVERIFY(m.outbound > 0 && m.inbound > 0);
            QVERIFY(m.lastNs >= m.firstNs);
        }
        QVERIFY(r.medianDelayNs >= 0);
        QVERIFY(r.maxDelayNs < 1000000000LL); // one router hop, same clock
        // NAT detection from either capture alone sees the NAT.
        QVERIFY(std::any_of(r.natInside.cbegin(), r.natInside.cend(),
                            [](const NatDetectionCheck &c) { return c.natDetected(); }));
        // The responder's destination hash names the global endpoint it saw:
        // one of the reconstructed translations' inside globals.
        for (const NatDetectionCheck &c : r.natInside) {
            if (!c.response)
                continue;
            QVERIFY(!c.destinationMatches);
            bool found = false;
            for (const CapturedMapping &m : r.mappings)
                found = found || (m.insideLocal == c.destination && m.insideGlobal == c.destinationAsSent);
            QVERIFY2(found, qPrintable(NatDetection::describe(c)));
        }
        // The simulation of the same topology agrees: both Up, the first keeps
        // 4500, the second is moved (its number is the kernel's random pick).
        Project project;
        ProjectReader reader;
        QVERIFY2(reader.read(Data + "lab.meshnat", &project), qPrintable(reader.errorString()));
        const auto result = Simulator::run(project);
        const CaptureComparison cmp(project, *result, r);
        QCOMPARE(cmp.rows().size(), 2);
        for (const auto &row : cmp.rows()) {
            QVERIFY(row.capturedTunnel >= 0);
            QVERIFY(row.simulatedUp);
            QVERIFY(row.capturedUp);
            QCOMPARE(row.capturedGlobal.port == 4500, row.simulatedGlobal.port == 4500);
        }
        for (const CaptureDisagreement &d : cmp.disagreements())
            QVERIFY2(d.severity == CaptureDisagreement::Info,
                     qPrintable(d.subject + ": " + d.simulated + " / " + d.captured));
        QVERIFY(cmp.agrees());
    }

private slots:
    void committedCaptures()
    {
        const CaptureReconstruction r = reconstruct(Data);
        checkLab(r, readTruth(Data + "lab.txt"));
    }

    void comparisonFindsDisagreements()
    {
        // The same captures against a project whose router keeps ports
        // distinct per destination would still agree; against one where the
        // second appliance is missing, the capture shows an initiator the
        // project does not know.
        Project project;
        ProjectReader reader;
        QVERIFY(reader.read(Data + "lab.meshnat", &project));
        const ObjectId ne = project.findByName(ObjectKind::Appliance, QStringLiteral("HCX-NE-I1"));
        QVERIFY(ne != NoId);
        QString error;
        QVERIFY(project.setValue(ne, Field::uplinkIp, QStringLiteral("10.99.1.9"), &error));
        const auto result = Simulator::run(project);
        const CaptureComparison cmp(project, *result, reconstruct(Data));
        QVERIFY(!cmp.agrees());
        QStringList kinds;
        for (const auto &d : cmp.disagreements()) {
            kinds << CaptureComparison::kindName(d.kind);
            QCOMPARE(d.diagnosis, CaptureComparison::rule(d.kind));
            QVERIFY(!d.diagnosis.isEmpty());
        }
        QVERIFY2(kinds.contains(CaptureComparison::kindName(CaptureDisagreement::NotCaptured)), qPrintable(kinds.join(',')));
        QVERIFY(kinds.contains(CaptureComparison::kindName(CaptureDisagreement::NotModelled)));
    }

    // Root: run the lab again and check the fresh captures the same way.
    void rerunLab()
    {
        if (geteuid() != 0) {
            if (isCi())
                QFAIL("CI=true: the capture lab must run (as root)");
            QSKIP("the capture lab needs root (network namespaces, IPsec); skipped as a user, required when CI=true");
        }
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcess lab;
        lab.start(QStringLiteral("bash"), {Lab, dir.path()});
        QVERIFY(lab.waitForStarted());
        if (!lab.waitForFinished(150000)) {
            lab.kill();
            QFAIL("the capture lab did not finish within 150 s");
        }
        const QString log = QString::fromUtf8(lab.readAllStandardError());
        if (lab.exitCode() == 77) {
            if (isCi())
                QFAIL(qPrintable(QStringLiteral("CI=true: the capture lab could not run: ") + log));
            QSKIP(qPrintable(QStringLiteral("the host does not permit the capture lab: ") + log.trimmed()));
        }
        QVERIFY2(lab.exitCode() == 0, qPrintable(log.right(3000)));
        const CaptureReconstruction r = reconstruct(dir.path());
        checkLab(r, readTruth(dir.path() + "/lab.txt"));
    }
};

QTEST_GUILESS_MAIN(TestCaptureLab)
#include "tst_capture_lab.moc"
