// YAMAHA RTX configuration reader (issue #16, item 6): NAT descriptor types,
// outer/inner addresses, 静的IPマスカレード, static NAT, port range, timer,
// interfaces in pp/tunnel contexts, malformed and truncated input, and import.
#include "Project.h"
#include "ProjectImporter.h"
#include "ProjectValidator.h"
#include "vendors/YamahaConfigReader.h"

#include <QtTest>

namespace {

// A realistic RTX1210 config as `show config` prints it.
const char *const kConfig = R"(# RTX1210 Rev.14.01.38 (Fri Jan 13 10:44:25 2023)
# MAC Address : 00:a0:de:00:00:01, 00:a0:de:00:00:02, 00:a0:de:00:00:03
# Memory 256Mbytes, 3LAN, 1BRI
# main:  RTX1210 ver=00 serial=S00000000 MAC-Address=00:a0:de:00:00:01
# Reporting Date: Dec 1 10:00:00 2026
console prompt RTX1210-edge
login timer 1800
ip route default gateway 19.155.80.1
ip lan1 address 192.19.72.1/24
ip lan2 address 19.155.80.72/24
ip lan2 nat descriptor 1
nat descriptor type 1 masquerade
nat descriptor address outer 1 primary
nat descriptor address inner 1 192.19.72.1-192.19.72.254
nat descriptor masquerade port range 1 61000-61999
nat descriptor timer 1 1200
nat descriptor timer 1 protocol=udp 600
nat descriptor masquerade incoming 1 reject
nat descriptor masquerade static 1 1 192.19.72.202 udp 4500
nat descriptor masquerade static 1 2 192.19.72.203 udp 4501=4500
nat descriptor masquerade static 1 3 192.19.72.10 esp
dhcp service server
dns server 8.8.8.8
)";

int count(const CiscoConfig &c, ImportIssue::Severity s)
{
    return ImportIssues::count(c.issues, s);
}

} // namespace

class TestRtxConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void masqueradeDescriptor()
    {
        const CiscoConfig c = YamahaConfigReader::readText(QString::fromLatin1(kConfig));
        QCOMPARE(c.profile, QStringLiteral("yamaha-rtx"));
        QCOMPARE(c.hostname, QStringLiteral("RTX1210-edge"));
        QCOMPARE(count(c, ImportIssue::Error), 0);
        // login timer, ip route, dhcp service, dns server: not NAT.
        QCOMPARE(count(c, ImportIssue::Unknown), 4);
        QCOMPARE(c.interface(QStringLiteral("lan2"))->natRole, QStringLiteral("outside"));
        QCOMPARE(c.interface(QStringLiteral("lan1"))->natRole, QStringLiteral("inside"));
        QCOMPARE(c.profileOptions, QStringList{QStringLiteral("ports=61000-61999")});
        QCOMPARE(c.timeouts.value(QStringLiteral("timeout")), 1200);
        QCOMPARE(c.timeouts.value(QStringLiteral("udp-timeout")), 600);

        int masquerade = 0, pats = 0;
        for (const CiscoConfig::NatRule &r : c.rules) {
            if (r.kind == CiscoConfig::NatRule::DynamicList) {
                ++masquerade;
                QVERIFY(r.overload);
                QCOMPARE(r.interface, QStringLiteral("lan2")); // "primary" is lan2's address
                const CiscoConfig::AccessList *acl = c.accessList(r.accessList);
                QVERIFY(acl);
                // 192.19.72.1-254 as prefixes: .1/32 .2/31 .4/30 … .128/26 … .254/32
                QCOMPARE(acl->entries.first().source, QStringLiteral("192.19.72.1/32"));
                QCOMPARE(acl->entries.last().source, QStringLiteral("192.19.72.254/32"));
            } else if (r.kind == CiscoConfig::NatRule::StaticPat) {
                ++pats;
                QCOMPARE(r.protocol, QStringLiteral("udp"));
                QCOMPARE(r.global, QStringLiteral("19.155.80.72"));
                QCOMPARE(r.localPort, 4500);
                QCOMPARE(r.globalPort, r.local == QLatin1String("192.19.72.202") ? 4500 : 4501);
            }
        }
        QCOMPARE(masquerade, 1);
        QCOMPARE(pats, 2); // the ESP entry is a note, not a rule
        bool espNoted = false;
        for (const ImportIssue &i : c.issues)
            espNoted = espNoted || (i.severity == ImportIssue::Note && i.line == 21);
        QVERIFY(espNoted);
    }

    void natTypesAndStaticNat()
    {
        const CiscoConfig c = YamahaConfigReader::readText(QStringLiteral(
            "ip lan1 address 192.168.100.1/24\n"
            "pp select 1\n"
            " ip pp address 203.0.113.1/29\n"
            " ip pp nat descriptor 2\n"
            "pp select none\n"
            "nat descriptor type 2 nat\n"
            "nat descriptor address outer 2 203.0.113.2-203.0.113.5\n"
            "nat descriptor address inner 2 auto\n"
            "nat descriptor static 2 1 203.0.113.6=192.168.100.10 2\n"));
        QCOMPARE(count(c, ImportIssue::Error), 0);
        QCOMPARE(c.interface(QStringLiteral("pp1"))->natRole, QStringLiteral("outside"));
        QCOMPARE(c.interface(QStringLiteral("lan1"))->natRole, QStringLiteral("inside"));
        int statics = 0;
        const CiscoConfig::NatRule *dynamic = nullptr;
        for (const CiscoConfig::NatRule &r : c.rules) {
            if (r.kind == CiscoConfig::NatRule::Static) {
                QCOMPARE(r.global, statics == 0 ? QStringLiteral("203.0.113.6") : QStringLiteral("203.0.113.7"));
                QCOMPARE(r.local, statics == 0 ? QStringLiteral("192.168.100.10") : QStringLiteral("192.168.100.11"));
                ++statics;
            } else {
                dynamic = &r;
            }
        }
        QCOMPARE(statics, 2); // count 2
        QVERIFY(dynamic);
        QVERIFY(!dynamic->overload); // type nat: address only
        const CiscoConfig::Pool *pool = c.pool(dynamic->pool);
        QVERIFY(pool);
        QCOMPARE(pool->ranges.value(0), qMakePair(QStringLiteral("203.0.113.2"), QStringLiteral("203.0.113.5")));
        // No timer: YAMAHA's initial value is used, and said so.
        QCOMPARE(c.timeouts.value(QStringLiteral("udp-timeout")), YamahaConfigReader::DefaultTimer);
        bool noted = false;
        for (const ImportIssue &i : c.issues)
            noted = noted || i.message.contains(QLatin1String("900"));
        QVERIFY(noted);
    }

    void malformedLinesAreErrorsOfTheirLine_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("type") << "nat descriptor type 1 napt";
        QTest::newRow("number") << "nat descriptor type x masquerade";
        QTest::newRow("outer") << "nat descriptor address outer 1 19.155.80.300";
        QTest::newRow("static pat ports") << "nat descriptor masquerade static 1 9 192.19.72.9 udp 4500=70000";
        QTest::newRow("static pat address") << "nat descriptor masquerade static 1 9 192.19.72 udp 4500";
        QTest::newRow("static pat short") << "nat descriptor masquerade static 1 9 192.19.72.9";
        QTest::newRow("static") << "nat descriptor static 1 9 19.155.80.80-192.19.72.9";
        QTest::newRow("port range") << "nat descriptor masquerade port range 1 62000-61000";
        QTest::newRow("timer") << "nat descriptor timer 1 soon";
        QTest::newRow("cut") << "nat descriptor addr";
        QTest::newRow("lan address") << "ip lan3 address 10.0.0.256/24";
    }
    void malformedLinesAreErrorsOfTheirLine()
    {
        QFETCH(QString, line);
        const CiscoConfig c = YamahaConfigReader::readText(QString::fromLatin1(kConfig) + line);
        QCOMPARE(count(c, ImportIssue::Error), 1);
        for (const ImportIssue &i : c.issues) {
            if (i.severity == ImportIssue::Error) {
                QCOMPARE(i.line, 24);
                QCOMPARE(i.text, line);
            }
        }
        int rules = 0;
        for (const CiscoConfig::NatRule &r : c.rules)
            rules += r.kind == CiscoConfig::NatRule::DynamicList ? 1 : 0;
        QCOMPARE(rules, 1); // the descriptor is still read
    }

    void truncatedInputNeverCrashes()
    {
        const QString full = QString::fromLatin1(kConfig);
        for (int cut = 0; cut < full.size(); cut += 5) {
            const CiscoConfig c = YamahaConfigReader::readText(full.left(cut));
            if (cut > full.indexOf(QLatin1String("nat descriptor address inner")))
                QCOMPARE(c.rules.isEmpty(), false);
        }
    }

    void appliedButUndefinedOrUnapplied()
    {
        const CiscoConfig c = YamahaConfigReader::readText(QStringLiteral(
            "ip lan2 address 19.155.80.72/24\n"
            "ip lan2 nat descriptor 5\n"
            "nat descriptor type 7 masquerade\n"));
        QVERIFY(c.rules.isEmpty());
        QCOMPARE(count(c, ImportIssue::Warning), 1); // 5 applied, never defined
        QCOMPARE(c.issues.first().line, 2);
        QCOMPARE(count(c, ImportIssue::Note), 1);    // 7 defined, never applied
    }

    void ipcpOuterAddressIsAskedFor()
    {
        const CiscoConfig c = YamahaConfigReader::readText(QStringLiteral(
            "ip lan1 address 192.168.100.1/24\n"
            "pp select 1\n"
            "ip pp nat descriptor 1\n"
            "nat descriptor type 1 masquerade\n"));
        QVERIFY(c.rules.isEmpty());
        QCOMPARE(count(c, ImportIssue::Warning), 1);
    }

    void sniffing()
    {
        QVERIFY(YamahaConfigReader::sniff(kConfig) >= 90);
        QCOMPARE(YamahaConfigReader::sniff("set security nat source pool p address 1.2.3.4/32\n"), 0);
        QCOMPARE(YamahaConfigReader::sniff("interface GigabitEthernet0/0\n"), 0);
    }

    void importsIntoAValidProject()
    {
        const CiscoConfig c = YamahaConfigReader::readText(QString::fromLatin1(kConfig));
        Project p;
        ProjectImporter::Options options;
        options.createAppliances = false;
        const ImportPlan plan = ProjectImporter::plan(p, &c, nullptr,
                                                      static_cast<const StoredObservedTable *>(nullptr),
                                                      options);
        QString error;
        QVERIFY2(plan.changes.apply(&p, &error), qPrintable(error));
        const ObjectId device = p.findByName(ObjectKind::Device, QStringLiteral("RTX1210-edge"));
        QVERIFY(device);
        QCOMPARE(p.text(device, Field::profile), QStringLiteral("yamaha-rtx"));
        QCOMPARE(p.value(device, Field::udpTimeout).toInt(), 600);
        for (const ValidationIssue &i : ProjectValidator::validate(p))
            QVERIFY2(i.severity != ValidationIssue::Error, qPrintable(ProjectValidator::format(p, i)));
    }
};

QTEST_GUILESS_MAIN(TestRtxConfig)
#include "tst_rtxconfig.moc"
