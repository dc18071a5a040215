// The seed incident on a Juniper SRX and on a YAMAHA RTX (issue #16, items 5-7):
// both tunnels Down because the vendor's PAT translates every source port; the
// finding's fix in the vendor's syntax; the fix applied to the project, and the
// fix pasted after the device's configuration and imported back through the
// vendor's reader: both tunnels Up either way.
#include "DiagnosisTestUtil.h"
#include "FixGenerator.h"
#include "ProjectImporter.h"
#include "PropertyModel.h"
#include "ProfileFacts.h"
#include "vendors/SrxConfigReader.h"
#include "vendors/YamahaConfigReader.h"

using namespace DiagnosisTest;

namespace {

// The example's device as the vendor's configuration; outsideLength is the
// prefix of the outside address (32: one global address only).
QString configOf(const QString &vendor, int outsideLength)
{
    if (vendor == QLatin1String("juniper-srx"))
        return QStringLiteral(
                   "set system host-name srx340-edge\n"
                   "set interfaces ge-0/0/0 unit 0 family inet address 19.155.80.72/%1\n"
                   "set interfaces ge-0/0/1 unit 0 family inet address 192.19.72.1/24\n"
                   "set security zones security-zone untrust interfaces ge-0/0/0.0\n"
                   "set security zones security-zone trust interfaces ge-0/0/1.0\n"
                   "set security nat source rule-set trust-to-untrust from zone trust\n"
                   "set security nat source rule-set trust-to-untrust to zone untrust\n"
                   "set security nat source rule-set trust-to-untrust rule office match "
                   "source-address 192.19.72.0/24\n"
                   "set security nat source rule-set trust-to-untrust rule office then source-nat "
                   "interface\n")
            .arg(outsideLength);
    return QStringLiteral("console prompt RTX1210\n"
                          "ip lan1 address 192.19.72.1/24\n"
                          "ip lan2 address 19.155.80.72/%1\n"
                          "ip lan2 nat descriptor 1\n"
                          "nat descriptor type 1 masquerade\n"
                          "nat descriptor address outer 1 primary\n"
                          "nat descriptor address inner 1 auto\n")
        .arg(outsideLength);
}

CiscoConfig read(const QString &vendor, const QString &text)
{
    return vendor == QLatin1String("juniper-srx") ? SrxConfigReader::readText(text)
                                                  : YamahaConfigReader::readText(text);
}

// Replaces the example's device by the one imported from `config`, wired the same
// way (appliances -> device -> Internet).
bool importInstead(Project *p, const CiscoConfig &config, QString *error)
{
    const ObjectId old = p->objects(ObjectKind::Device).value(0);
    p->remove(old);
    ProjectImporter::Options options;
    options.createAppliances = false;
    const ImportPlan plan = ProjectImporter::plan(*p, &config, nullptr,
                                                  static_cast<const StoredObservedTable *>(nullptr),
                                                  options);
    if (!plan.changes.apply(p, error))
        return false;
    const ObjectId device = p->findByName(ObjectKind::Device, config.hostname);
    const ObjectId onPrem = p->findByName(ObjectKind::Site, QStringLiteral("On-premises DC"));
    const ObjectId internet = p->findByName(ObjectKind::Site, QStringLiteral("Internet"));
    if (!device || !onPrem || !internet) {
        *error = QStringLiteral("imported device or sites not found");
        return false;
    }
    for (ObjectId app : p->children(onPrem)) {
        if (p->kind(app) == ObjectKind::Appliance
            && !p->create(ObjectKind::Link, NoId, {{Field::a, app}, {Field::b, device}}, error))
            return false;
    }
    return p->create(ObjectKind::Link, NoId, {{Field::a, device}, {Field::b, internet}}, error) != NoId;
}

} // namespace

class TestVendorFix : public QObject
{
    Q_OBJECT

    static QString exampleOf(const QString &vendor)
    {
        if (vendor == QLatin1String("fortigate"))
            return QStringLiteral("seed-incident-fortigate");
        if (vendor == QLatin1String("cisco-asa"))
            return QStringLiteral("seed-incident-asa");
        return vendor == QLatin1String("juniper-srx") ? QStringLiteral("seed-incident-srx")
                                                      : QStringLiteral("seed-incident-rtx");
    }

private Q_SLOTS:
    void seedIncidentBothDownAndFixed_data()
    {
        QTest::addColumn<QString>("vendor");
        QTest::addColumn<QStringList>("expected"); // lines of the fix
        QTest::newRow("srx") << QStringLiteral("juniper-srx")
                             << QStringList{
                                    QStringLiteral("set security nat static rule-set MESHNAT-HCX from interface ge-0/0/0.0"),
                                    QStringLiteral("set security nat static rule-set MESHNAT-HCX rule HCX-IX-I1 match destination-address 19.155.80.74/32"),
                                    QStringLiteral("set security nat static rule-set MESHNAT-HCX rule HCX-IX-I1 then static-nat prefix 192.19.72.202/32"),
                                    QStringLiteral("set security nat proxy-arp interface ge-0/0/0.0 address 19.155.80.73/32")};
        QTest::newRow("rtx") << QStringLiteral("yamaha-rtx")
                             << QStringList{QStringLiteral("nat descriptor type 1 nat-masquerade"),
                                            QStringLiteral("nat descriptor static 1 901 19.155.80.73=192.19.72.203 1"),
                                            QStringLiteral("nat descriptor static 1 902 19.155.80.74=192.19.72.202 1")};
    }
    void seedIncidentBothDownAndFixed()
    {
        QFETCH(QString, vendor);
        QFETCH(QStringList, expected);
        Project p;
        QVERIFY(load(exampleOf(vendor), &p));
        // Neither appliance keeps 4500, though nobody holds it: both Down.
        QCOMPARE(finalState(p, "HCX-IX-I1"), SimEvent::Down);
        QCOMPARE(finalState(p, "HCX-NE-I1"), SimEvent::Down);
        const QList<Finding> all = diagnose(p);
        QVERIFY(ofRule(all, "pat-collision").isEmpty());
        QVERIFY(ofRule(all, "unexplained-down").isEmpty());
        const QList<Finding> f = ofRule(all, "port-translated");
        QCOMPARE(f.size(), 1);
        QCOMPARE(f[0].severity, Finding::Error);
        QVERIFY(f[0].appliances.contains(find(p, ObjectKind::Appliance, "HCX-IX-I1")));
        QVERIFY(f[0].appliances.contains(find(p, ObjectKind::Appliance, "HCX-NE-I1")));
        QCOMPARE(f[0].fix.vendor, vendor);
        QVERIFY(f[0].fix.complete);
        for (const QString &line : expected)
            QVERIFY2(f[0].fix.config.contains(line + QLatin1Char('\n')), qPrintable(f[0].fix.config));
        QVERIFY(!f[0].fix.config.contains(QLatin1String("iptables")));
        QVERIFY(!f[0].fix.config.contains(QLatin1String("ip nat inside")));

        // The project change: both Up, nothing left to report.
        Project fixed;
        QVERIFY(load(exampleOf(vendor), &fixed));
        QString error;
        QVERIFY2(f[0].fix.changes.apply(&fixed, &error), qPrintable(error));
        QCOMPARE(finalState(fixed, "HCX-IX-I1"), SimEvent::Up);
        QCOMPARE(finalState(fixed, "HCX-NE-I1"), SimEvent::Up);
        QVERIFY(!Diagnoser::hasErrors(diagnose(fixed)));

        // Imported back: the configuration alone is the incident ...
        Project before;
        QVERIFY(load(exampleOf(vendor), &before));
        const CiscoConfig original = read(vendor, configOf(vendor, 24));
        QCOMPARE(ImportIssues::count(original.issues, ImportIssue::Error), 0);
        QVERIFY2(importInstead(&before, original, &error), qPrintable(error));
        QCOMPARE(finalState(before, "HCX-IX-I1"), SimEvent::Down);
        QCOMPARE(finalState(before, "HCX-NE-I1"), SimEvent::Down);
        // ... and with the fix pasted after it, both tunnels are Up.
        Project after;
        QVERIFY(load(exampleOf(vendor), &after));
        const CiscoConfig withFix = read(vendor, configOf(vendor, 24) + f[0].fix.config);
        for (const ImportIssue &i : withFix.issues)
            QVERIFY2(i.severity != ImportIssue::Error && i.severity != ImportIssue::Unknown,
                     qPrintable(ImportIssues::format(QStringLiteral("fix"), i)));
        QVERIFY2(importInstead(&after, withFix, &error), qPrintable(error));
        QCOMPARE(finalState(after, "HCX-IX-I1"), SimEvent::Up);
        QCOMPARE(finalState(after, "HCX-NE-I1"), SimEvent::Up);
    }

    // One global address: SRX keeps 4500 for one appliance with a pool without
    // port translation, RTX with 静的IPマスカレード; the appliance whose peer
    // follows the port gets 4501.
    void oneGlobalAddress_data()
    {
        QTest::addColumn<QString>("vendor");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("srx") << QStringLiteral("juniper-srx")
                             << QStringList{
                                    QStringLiteral("set security nat source pool MESHNAT-HCX-NE-I1 address 19.155.80.72/32"),
                                    QStringLiteral("set security nat source pool MESHNAT-HCX-NE-I1 port no-translation"),
                                    QStringLiteral("set security nat source rule-set MESHNAT-HCX-OUT rule HCX-NE-I1 then source-nat pool MESHNAT-HCX-NE-I1"),
                                    QStringLiteral("set security nat static rule-set MESHNAT-HCX rule HCX-IX-I1 then static-nat prefix 192.19.72.202/32 mapped-port 4500")};
        QTest::newRow("rtx") << QStringLiteral("yamaha-rtx")
                             << QStringList{QStringLiteral("nat descriptor masquerade static 1 901 192.19.72.203 udp 4500"),
                                            QStringLiteral("nat descriptor masquerade static 1 902 192.19.72.202 udp 4501=4500")};
    }
    void oneGlobalAddress()
    {
        QFETCH(QString, vendor);
        QFETCH(QStringList, expected);
        const auto prepare = [&](Project *p) {
            QVERIFY(load(exampleOf(vendor), p));
            const ObjectId device = p->objects(ObjectKind::Device).value(0);
            for (ObjectId child : p->children(device)) {
                if (p->kind(child) == ObjectKind::Interface
                    && p->text(child, Field::role) == QLatin1String("outside"))
                    QVERIFY(p->setValue(child, Field::prefixLength, 32));
            }
            QVERIFY(p->setValue(find(*p, ObjectKind::Appliance, "HCX-IX-I1"), Field::peerPolicy,
                                QStringLiteral("learned")));
        };
        Project p;
        prepare(&p);
        const Fix fix = ofRule(diagnose(p), "port-translated").value(0).fix;
        QCOMPARE(fix.vendor, vendor);
        QVERIFY(fix.complete);
        for (const QString &line : expected)
            QVERIFY2(fix.config.contains(line + QLatin1Char('\n')), qPrintable(fix.config));
        QString error;
        QVERIFY2(fix.changes.apply(&p, &error), qPrintable(error));
        QCOMPARE(finalState(p, "HCX-IX-I1"), SimEvent::Up);
        QCOMPARE(finalState(p, "HCX-NE-I1"), SimEvent::Up);

        Project after;
        prepare(&after);
        const CiscoConfig withFix = read(vendor, configOf(vendor, 32) + fix.config);
        for (const ImportIssue &i : withFix.issues)
            QVERIFY2(i.severity != ImportIssue::Error && i.severity != ImportIssue::Unknown,
                     qPrintable(ImportIssues::format(QStringLiteral("fix"), i)));
        QVERIFY2(importInstead(&after, withFix, &error), qPrintable(error));
        QCOMPARE(finalState(after, "HCX-IX-I1"), SimEvent::Up);
        QCOMPARE(finalState(after, "HCX-NE-I1"), SimEvent::Up);
    }

    // The property editor's profile tooltip lists what each profile assumes.
    void profileTooltipSaysWhatIsAssumed_data()
    {
        QTest::addColumn<QString>("vendor");
        QTest::newRow("srx") << QStringLiteral("juniper-srx");
        QTest::newRow("rtx") << QStringLiteral("yamaha-rtx");
        QTest::newRow("fortigate") << QStringLiteral("fortigate");
        QTest::newRow("asa") << QStringLiteral("cisco-asa");
    }
    void profileTooltipSaysWhatIsAssumed()
    {
        QFETCH(QString, vendor);
        Project p;
        QVERIFY(load(exampleOf(vendor), &p));
        PropertyModel model(&p);
        model.setObject(p.objects(ObjectKind::Device).value(0));
        const int row = model.rowOf(Field::profile);
        QVERIFY(row >= 0);
        const QString tip = model.index(row, 0).data(Qt::ToolTipRole).toString();
        // Every fact the profile simulates is in the tooltip with its evidence,
        // and at least three are assumed (the vendors' documents are silent).
        const QList<ProfileFacts::Fact> facts = ProfileFacts::of(
            vendor, p.value(p.objects(ObjectKind::Device).value(0), Field::options).toStringList());
        int assumed = 0;
        for (const ProfileFacts::Fact &f : facts) {
            QCOMPARE(f.source.isEmpty(), f.evidence == ProfileFacts::Assumed);
            assumed += f.evidence == ProfileFacts::Assumed ? 1 : 0;
            QVERIFY2(tip.contains(ProfileFacts::line(f)), qPrintable(tip));
        }
        QVERIFY(assumed >= 3);
        QVERIFY(tip.contains(QLatin1String("(assumed)")));
        // A Cisco device's tooltip has none of them.
        Project cisco;
        QVERIFY(load(QStringLiteral("seed-incident"), &cisco));
        PropertyModel other(&cisco);
        other.setObject(cisco.objects(ObjectKind::Device).value(0));
        QVERIFY(!other.index(other.rowOf(Field::profile), 0).data(Qt::ToolTipRole).toString().contains(
            QLatin1String("(assumed)")));
    }

    void otherFixesSpeakTheVendorsSyntax()
    {
        Project srx, rtx;
        QVERIFY(load(QStringLiteral("seed-incident-srx"), &srx));
        QVERIFY(load(QStringLiteral("seed-incident-rtx"), &rtx));
        const ObjectId srxDevice = srx.objects(ObjectKind::Device).value(0);
        const ObjectId rtxDevice = rtx.objects(ObjectKind::Device).value(0);
        const Fix a = FixGenerator(srx).raiseUdpTimeout(srxDevice, 600);
        QVERIFY(a.config.contains(QLatin1String("inactivity-timeout 600")));
        const Fix b = FixGenerator(rtx).raiseUdpTimeout(rtxDevice, 600);
        QVERIFY(b.config.contains(QLatin1String("nat descriptor timer 1 protocol=udp 600\n")));
        // Read back, RTX's timer is the device's UDP timeout.
        const CiscoConfig c = YamahaConfigReader::readText(configOf(QStringLiteral("yamaha-rtx"), 24) + b.config);
        QCOMPARE(c.timeouts.value(QStringLiteral("udp-timeout")), 600);
    }
};

QTEST_GUILESS_MAIN(TestVendorFix)
#include "tst_vendorfix.moc"
