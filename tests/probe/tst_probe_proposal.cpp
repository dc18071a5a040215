// A probe result on a NAT device (Field::observedProbe): saved and read back,
// the proposal it makes, and ProbeMismatchRule warning while the configured
// profile disagrees, silent once the proposal is applied. Uses a real result
// measured through Linux MASQUERADE (data/linux-masquerade.json, written by
// tst_probe_netns with MESHNAT_PROBE_KEEP).
#include "ChangeSet.h"
#include "Diagnoser.h"
#include "Examples.h"
#include "ProbeProposal.h"
#include "Project.h"
#include "ProjectReader.h"
#include "ProjectWriter.h"

#include <QFile>
#include <QtTest>

namespace {
QByteArray masquerade()
{
    QFile f(QStringLiteral(MESHNAT_SOURCE_DIR "/tests/probe/data/linux-masquerade.json"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

ObjectId router(const Project &p)
{
    const QList<ObjectId> devices = p.objects(ObjectKind::Device);
    return devices.isEmpty() ? NoId : devices.first();
}

QList<Finding> probeFindings(const Project &p)
{
    QList<Finding> out;
    for (const Finding &f : Diagnoser().diagnose(p)) {
        if (f.rule == QLatin1String("probe-mismatch"))
            out.append(f);
    }
    return out;
}
} // namespace

class TestProbeProposal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(!masquerade().isEmpty());
    }

    void seedRouterDisagreesWithALinuxMeasurement()
    {
        Project p;
        ProjectReader reader;
        QVERIFY(reader.read(Examples::resourcePath(QStringLiteral("seed-incident")), &p));
        const ObjectId device = router(p);
        QCOMPARE(p.text(device, Field::profile), QStringLiteral("cisco-ios"));
        QVERIFY(probeFindings(p).isEmpty()); // nothing attached: nothing to say

        QVERIFY(p.setValue(device, Field::observedProbe, QString::fromUtf8(masquerade())));
        const auto probe = ProbeProposal::attached(p, device);
        QVERIFY(probe);
        QCOMPARE(probe->classification.verdict, ProbeClassifier::BothKeepPort);
        QVERIFY(ProbeProposal::shortText(*probe).contains(QLatin1String("two appliances both keep it")));

        // The seed models Cisco PAT; the measurement is a per-destination NAT.
        const QList<Finding> findings = probeFindings(p);
        QCOMPARE(findings.size(), 1);
        const Finding &f = findings.first();
        QCOMPARE(f.severity, Finding::Warning);
        QCOMPARE(f.devices, QList<ObjectId>{device});
        QVERIFY2(f.cause.contains(QLatin1String("reserves the port whatever the destination")), qPrintable(f.cause));
        QVERIFY(f.evidence.size() > 5); // the verdict and one line per request
        QVERIFY(f.evidence.first().text.startsWith(QLatin1String("Two HCX appliances behind this NAT will both keep")));
        QVERIFY(f.evidence.at(1).text.startsWith(QLatin1String("mapping-1: 10.99.1.2:4500")));

        // The fix is the proposal: one change set, after which the rule is silent.
        const ProbeProposal::Proposal proposal = ProbeProposal::propose(probe->classification);
        QCOMPARE(proposal.profile, QStringLiteral("linux-netfilter"));
        QVERIFY(proposal.options.isEmpty());
        QVERIFY(!f.fix.changes.isEmpty());
        QString error;
        QVERIFY2(f.fix.changes.apply(&p, &error), qPrintable(error));
        QCOMPARE(p.text(device, Field::profile), QStringLiteral("linux-netfilter"));
        QVERIFY(probeFindings(p).isEmpty());

        // Random ports configured: disagrees again, the other way.
        QVERIFY(p.setValue(device, Field::options, QStringList{QStringLiteral("random-fully")}));
        QCOMPARE(probeFindings(p).size(), 1);
        QVERIFY(probeFindings(p).first().cause.contains(QLatin1String("draws a random port")));
    }

    void lifetimeProposesTheTimeout()
    {
        auto result = ProbeResult::fromJson(masquerade(), nullptr);
        QVERIFY(result);
        result->lifetime = {{1, true}, {2, true}, {4, false}};
        const auto c = ProbeClassifier::classify(*result);
        const auto proposal = ProbeProposal::propose(c);
        QCOMPARE(proposal.conntrackUdpTimeout, 2);
        Project p;
        ProjectReader reader;
        QVERIFY(reader.read(Examples::resourcePath(QStringLiteral("home-lab")), &p));
        const ObjectId device = router(p);
        QVERIFY(p.setValue(device, Field::observedProbe, QString::fromUtf8(result->toJson())));
        const QStringList differences = ProbeProposal::mismatches(p, device, {*result, c});
        QVERIFY2(differences.join(u'\n').contains(QLatin1String("UDP timeout is 30 s")), qPrintable(differences.join(u'\n')));
    }

    void savedAndReadBack()
    {
        Project p;
        ProjectReader reader;
        QVERIFY(reader.read(Examples::resourcePath(QStringLiteral("seed-incident")), &p));
        const ObjectId device = router(p);
        QVERIFY(p.setValue(device, Field::observedProbe, QString::fromUtf8(masquerade())));
        Project back;
        ProjectReader again;
        QVERIFY2(again.readData(ProjectWriter::toJson(p), QStringLiteral("saved"), &back),
                 qPrintable(again.errorString()));
        QCOMPARE(back.text(router(back), Field::observedProbe), QString::fromUtf8(masquerade()).trimmed());
    }

    void unreadableResultIsReportedNotFatal()
    {
        Project p;
        ProjectReader reader;
        QVERIFY(reader.read(Examples::resourcePath(QStringLiteral("seed-incident")), &p));
        QVERIFY(p.setValue(router(p), Field::observedProbe, QStringLiteral("{\"format\":\"other\"}")));
        const QList<Finding> findings = probeFindings(p);
        QCOMPARE(findings.size(), 1);
        QVERIFY(findings.first().title.contains(QLatin1String("cannot be read")));
        QVERIFY(findings.first().cause.contains(QLatin1String("format")));
    }
};

QTEST_GUILESS_MAIN(TestProbeProposal)
#include "tst_probe_proposal.moc"
