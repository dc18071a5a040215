// meshnat-cli import of any router output (issue #16): FILE is a configuration
// or a table, its format detected (and said) unless --format names it;
// --list-formats lists the keys; an unindented IOS configuration imports its
// interfaces and the NAT rule points at one; parse-translations tells a
// configuration apart from a table that failed.
#include "CliRun.h"
#include "Project.h"
#include "ProjectReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

namespace {
QString dataFile(const char *name)
{
    return QStringLiteral(MESHNAT_SOURCE_DIR "/tests/io/data/") + QLatin1String(name);
}
} // namespace

class TestImportFormats : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void listFormats();
    void detectsEachKind_data();
    void detectsEachKind();
    void formatOverrides();
    void unknownFormatIsAUsageError();
    void unindentedConfiguration();
    void configurationAndTableTogether();
    void parseTranslationsNamesAConfiguration();
    void ruleCountersAreNotes_data();
    void ruleCountersAreNotes();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestImportFormats::listFormats()
{
    const CliResult r = runCli({"import", "--list-formats"});
    QCOMPARE(r.code, 0);
    for (const char *key : {"ios-config", "iptables-save", "cisco-show", "conntrack", "asa-xlate"})
        QVERIFY2(r.out.contains(QLatin1String(key) + QLatin1Char('\t')), qPrintable(r.out));
    QVERIFY(r.out.contains("\tconfiguration\tCisco IOS configuration"));
    QVERIFY(r.out.contains("\ttable\tCisco show ip nat translations"));
}

void TestImportFormats::detectsEachKind_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("readAs");
    QTest::addColumn<QString>("summary");
    QTest::newRow("ios") << dataFile("cisco-seed-incident.cfg") << "Cisco IOS configuration"
                         << "3 interfaces";
    QTest::newRow("iptables") << dataFile("iptables-save-home-lab.txt") << "Linux iptables-save output"
                              << "NAT rule";
    QTest::newRow("show nat") << dataFile("show-nat-seed-incident.txt")
                              << "Cisco show ip nat translations" << "5 translations";
    QTest::newRow("asa") << dataFile("vendors/asa-show-xlate.txt") << "Cisco ASA show xlate"
                         << "translations";
    // Every vendor's configuration is told from IOS (whose sniff accepts IOS-like lines).
    QTest::newRow("asa config") << dataFile("asa/seed-incident-asa.cfg") << "Cisco ASA configuration"
                                << "NAT rules";
    QTest::newRow("fortigate config") << dataFile("fortigate/seed-incident.conf")
                                      << "FortiGate configuration" << "NAT rules";
    QTest::newRow("srx config") << QStringLiteral("srx") << "Juniper SRX configuration" << "NAT rules";
    QTest::newRow("rtx config") << QStringLiteral("rtx") << "YAMAHA RTX configuration" << "NAT rules";
}

void TestImportFormats::detectsEachKind()
{
    QFETCH(QString, file);
    QFETCH(QString, readAs);
    QFETCH(QString, summary);
    if (file == QLatin1String("srx") || file == QLatin1String("rtx")) {
        // Small configurations as they come out of the box (show configuration | display set;
        // show config), written from the vendors' documented syntax.
        const char *text =
            file == QLatin1String("srx")
                ? "set system host-name srx-edge\n"
                  "set interfaces ge-0/0/0 unit 0 family inet address 192.19.72.1/24\n"
                  "set interfaces ge-0/0/1 unit 0 family inet address 19.155.80.72/24\n"
                  "set security zones security-zone trust interfaces ge-0/0/0.0\n"
                  "set security zones security-zone untrust interfaces ge-0/0/1.0\n"
                  "set security nat source rule-set RS1 from zone trust\n"
                  "set security nat source rule-set RS1 to zone untrust\n"
                  "set security nat source rule-set RS1 rule R1 match source-address 192.19.72.0/24\n"
                  "set security nat source rule-set RS1 rule R1 then source-nat interface\n"
                : "# RTX1210 Rev.14.01.38\n"
                  "ip lan1 address 192.19.72.1/24\n"
                  "ip lan2 address 19.155.80.72/24\n"
                  "ip lan2 nat descriptor 1\n"
                  "nat descriptor type 1 masquerade\n"
                  "nat descriptor address outer 1 primary\n"
                  "nat descriptor address inner 1 192.19.72.1-192.19.72.254\n";
        file = path(file + QStringLiteral(".txt"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }
    const QString out = path("detected.meshnat");
    QFile::remove(out);
    const CliResult r = runCli({"import", file, "-o", out});
    QVERIFY2(r.code == 0 || r.code == 1, qPrintable(r.err)); // 1: the file has malformed lines
    QVERIFY2(r.out.contains("read as " + readAs + " (detected"), qPrintable(r.out));
    QVERIFY2(r.out.contains(summary), qPrintable(r.out));
    QVERIFY(QFile::exists(out));
    Project project;
    ProjectReader reader;
    QVERIFY2(reader.read(out, &project), qPrintable(reader.errorString()));
    QCOMPARE(project.objects(ObjectKind::Device).size(), 1);
}

void TestImportFormats::formatOverrides()
{
    // A configuration read as a table because the user said so: the verdict
    // names that reader and does not claim it was detected.
    const QString out = path("forced.meshnat");
    const CliResult r = runCli({"import", dataFile("cisco-seed-incident.cfg"), "--format", "cisco-show",
                                "-o", out});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("does not look like Cisco show ip nat translations"), qPrintable(r.err));
    QVERIFY(!r.err.contains("closest"));
    QVERIFY(!QFile::exists(out));
    // And the right one, asked for.
    const CliResult ok = runCli({"import", dataFile("cisco-seed-incident.cfg"), "--format", "ios-config",
                                 "-o", out});
    QCOMPARE(ok.code, 0);
    QVERIFY2(ok.out.contains("read as Cisco IOS configuration (as asked)"), qPrintable(ok.out));
    // Its outside source rule is imported, counted, and said not to be simulated.
    QVERIFY2(ok.out.contains("1 outside source rule: read, imported, not simulated"), qPrintable(ok.out));
    QVERIFY2(ok.out.contains("1 NAT rule imported but not simulated (outside source NAT: shown, not simulated)"),
             qPrintable(ok.out));
    Project imported;
    ProjectReader reader;
    QVERIFY(reader.read(out, &imported));
    int outside = 0;
    for (ObjectId rule : imported.objects(ObjectKind::Rule))
        outside += imported.text(rule, Field::direction) == QLatin1String("outside") ? 1 : 0;
    QCOMPARE(outside, 1);
}

void TestImportFormats::unknownFormatIsAUsageError()
{
    const CliResult r = runCli({"import", dataFile("cisco-seed-incident.cfg"), "--format", "junos-9",
                                "-o", path("x.meshnat")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("junos-9") && r.err.contains("ios-config"));
}

void TestImportFormats::unindentedConfiguration()
{
    // The new user's configuration: indentation lost in an e-mail.
    QFile f(path("flat.cfg"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("hostname FLAT\n"
            "interface GigabitEthernet0/0\n"
            "ip address 10.1.1.1 255.255.255.0\n"
            "ip nat inside\n"
            "interface GigabitEthernet0/1\n"
            "ip address 203.0.113.2 255.255.255.252\n"
            "ip nat outside\n"
            "access-list 1 permit 10.1.1.0 0.0.0.255\n"
            "ip nat inside source list 1 interface GigabitEthernet0/1 overload\n");
    f.close();
    const QString out = path("flat.meshnat");
    const CliResult r = runCli({"import", f.fileName(), "-o", out});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("2 interfaces"), qPrintable(r.out));
    // How it was read is said, with the line.
    QVERIFY2(r.out.contains("flat.cfg:3: note: the configuration is not indented"), qPrintable(r.out));
    Project project;
    ProjectReader reader;
    QVERIFY(reader.read(out, &project));
    QCOMPARE(project.objects(ObjectKind::Interface).size(), 2);
    QCOMPARE(project.objects(ObjectKind::Rule).size(), 1);
    const ObjectId rule = project.objects(ObjectKind::Rule).first();
    const ObjectId outside = project.findByName(ObjectKind::Interface, project.text(rule, Field::interface));
    QVERIFY(outside != NoId);
    QCOMPARE(project.text(outside, Field::role), QStringLiteral("outside"));
}

void TestImportFormats::configurationAndTableTogether()
{
    const QString out = path("both.meshnat");
    const CliResult r = runCli({"import", dataFile("show-nat-seed-incident.txt"),
                                dataFile("cisco-seed-incident.cfg"), "-o", out});
    QCOMPARE(r.code, 0);
    Project project;
    ProjectReader reader;
    QVERIFY(reader.read(out, &project));
    QCOMPARE(project.objects(ObjectKind::Device).size(), 1);
    const ObjectId device = project.objects(ObjectKind::Device).first();
    QCOMPARE(project.name(device), QStringLiteral("CUST-EDGE-01"));
    QVERIFY(!project.text(device, Field::observedTranslations).isEmpty());
    // Two of a kind is refused, not silently merged.
    const CliResult two = runCli({"import", dataFile("cisco-seed-incident.cfg"),
                                  dataFile("cisco-seed-incident.cfg"), "-o", out});
    QCOMPARE(two.code, 2);
    QVERIFY(two.err.contains("only one router configuration"));
}

void TestImportFormats::parseTranslationsNamesAConfiguration()
{
    const CliResult r = runCli({"parse-translations", dataFile("cisco-seed-incident.cfg")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("it looks like Cisco IOS configuration: meshnat-cli import reads it"),
             qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestImportFormats)
void TestImportFormats::ruleCountersAreNotes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("readAs");
    QTest::addColumn<QString>("note");
    QTest::newRow("asa show nat detail") << dataFile("asa/show-nat-detail.txt")
                                         << "Cisco ASA show nat" << "translated";
    QTest::newRow("srx nat source rules") << dataFile("srx/srx-nat-source-rule-all.txt")
                                          << "Juniper SRX show security nat source" << "rule-set";
}

// Rule hit counters are detected, their notes printed, and nothing is added.
void TestImportFormats::ruleCountersAreNotes()
{
    QFETCH(QString, file);
    QFETCH(QString, readAs);
    QFETCH(QString, note);
    const QString out = path("counters.meshnat");
    QFile::remove(out);
    const CliResult r = runCli({"import", file, "-o", out});
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    QVERIFY2(r.out.contains("read as " + readAs), qPrintable(r.out));
    QVERIFY2(r.out.contains(note), qPrintable(r.out));
    QVERIFY2(r.out.contains("add nothing to the project"), qPrintable(r.out));
    Project project;
    ProjectReader reader;
    QVERIFY2(reader.read(out, &project), qPrintable(reader.errorString()));
    QCOMPARE(project.objects(ObjectKind::Device).size(), 0);
    const CliResult list = runCli({"import", "--list-formats"});
    QVERIFY(list.out.contains("cisco-asa-show-nat\trule counters\t"));
}

#include "tst_import_formats.moc"
