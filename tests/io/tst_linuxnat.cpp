// Linux router state: iptables-save -t nat (SNAT, MASQUERADE, DNAT, --random
// flags) and the device built from it; conntrack rows are in tst_shownat.
#include "IptablesSaveReader.h"
#include "NatDeviceConfig.h"
#include "ObservedTable.h"
#include "Project.h"
#include "ProjectImporter.h"

#include <QtTest>

namespace {
QString dataFile(const char *name)
{
    return QStringLiteral(MESHNAT_SOURCE_DIR "/tests/io/data/") + QLatin1String(name);
}
} // namespace

class TestLinuxNat : public QObject
{
    Q_OBJECT

private slots:
    void iptablesSave();
    void words();
    void importBuildsNetfilterDevice();
};

void TestLinuxNat::iptablesSave()
{
    LinuxNatConfig c;
    QString error;
    QVERIFY2(IptablesSaveReader::readFile(dataFile("iptables-save-home-lab.txt"), &c, &error),
             qPrintable(error));
    QCOMPARE(c.chains, (QStringList{"PREROUTING", "INPUT", "OUTPUT", "POSTROUTING"}));
    QCOMPARE(c.rules.size(), 4);
    const LinuxNatConfig::Rule &dnat = c.rules.at(0);
    QCOMPARE(dnat.target, QStringLiteral("DNAT"));
    QCOMPARE(dnat.destination, QStringLiteral("203.0.113.5/32"));
    QCOMPARE(dnat.destinationPort, QStringLiteral("4500"));
    QCOMPARE(dnat.toDestination, QStringLiteral("192.168.1.210:4500"));
    QCOMPARE(dnat.line, 11);
    const LinuxNatConfig::Rule &masq = c.rules.at(1);
    QCOMPARE(masq.target, QStringLiteral("MASQUERADE"));
    QVERIFY(masq.random && !masq.randomFully);
    QCOMPARE(masq.source, QStringLiteral("192.168.1.0/24"));
    QCOMPARE(masq.outInterface, QStringLiteral("eth0"));
    const LinuxNatConfig::Rule &snat = c.rules.at(2);
    QVERIFY(snat.randomFully && snat.persistent);
    QCOMPARE(snat.toSource, QStringLiteral("198.51.100.2:1024-65535"));
    QCOMPARE(c.rules.at(3).target, QStringLiteral("RETURN"));
    QList<int> errors, warnings, notes;
    for (const ImportIssue &i : c.issues) {
        (i.severity == ImportIssue::Error     ? errors
         : i.severity == ImportIssue::Warning ? warnings
                                              : notes)
            .append(i.line);
    }
    QCOMPARE(errors, (QList<int>{15, 16}));  // SNAT without --to-source, unbalanced quote
    QCOMPARE(warnings, QList<int>{14});      // --match-set not modelled
    QCOMPARE(notes, QList<int>{2});          // *filter not read
}

void TestLinuxNat::words()
{
    bool ok = false;
    QCOMPARE(IptablesSaveReader::words("-A X -m comment --comment \"a b\" -j ACCEPT", &ok),
             (QStringList{"-A", "X", "-m", "comment", "--comment", "a b", "-j", "ACCEPT"}));
    QVERIFY(ok);
    IptablesSaveReader::words("-A X \"open", &ok);
    QVERIFY(!ok);
}

void TestLinuxNat::importBuildsNetfilterDevice()
{
    LinuxNatConfig c;
    QString error;
    QVERIFY(IptablesSaveReader::readFile(dataFile("iptables-save-home-lab.txt"), &c, &error));
    QFile file(dataFile("conntrack-home-lab.txt"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const ObservedTable table = ObservedTable::fromText(text);
    Project project;
    const ImportPlan plan = ProjectImporter::plan(project, nullptr, &c, &text, &table, {});
    ChangeSet::Applied applied;
    QVERIFY2(plan.changes.apply(&project, &applied, &error), qPrintable(error));
    const ObjectId device = project.objects(ObjectKind::Device).first();
    QCOMPARE(project.text(device, Field::profile), QStringLiteral("linux-netfilter"));
    QCOMPARE(project.value(device, Field::options).toStringList(),
             (QStringList{"random", "random-fully"}));
    QStringList warnings;
    const NatDeviceConfig compiled = NatDeviceConfig::fromProject(project, device, &warnings);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join('\n')));
    QCOMPARE(compiled.dynamics.size(), 2);
    QCOMPARE(compiled.staticPats.size(), 1);
    // MASQUERADE's address came from the observed table.
    quint32 global = 0;
    QVERIFY(Ipv4::parse("203.0.113.5", &global));
    QVERIFY(compiled.ownsGlobal(global));
    ChangeSet::revert(&project, applied);
    QCOMPARE(project.objectCount(), 0);
}

QTEST_GUILESS_MAIN(TestLinuxNat)
#include "tst_linuxnat.moc"
