// Juniper SRX configuration reader (issue #16, item 5): every construct of
// `security nat source` / `static`, both the set form and the brace form,
// malformed and truncated input, and the import into a project.
#include "Ipv4.h"
#include "Project.h"
#include "ProjectImporter.h"
#include "ProjectValidator.h"
#include "vendors/SrxConfigReader.h"

#include <QtTest>

namespace {

// A realistic SRX340 configuration as `show configuration | display set` prints it.
const char *const kSetConfig = R"(user@srx340-edge> show configuration | display set
set version 21.4R3-S5
set system host-name srx340-edge
set interfaces ge-0/0/0 description "to ISP"
set interfaces ge-0/0/0 unit 0 family inet address 19.155.80.72/24
set interfaces ge-0/0/1 unit 0 family inet address 192.19.72.1/24
set security zones security-zone untrust interfaces ge-0/0/0.0
set security zones security-zone trust interfaces ge-0/0/1.0
set security nat source pool hcx-pool address 19.155.80.80/32 to 19.155.80.81/32
set security nat source pool hcx-pool port no-translation
set security nat source pool office-pool address 19.155.80.90/32
set security nat source pool office-pool port range 2048 to 4095
set security nat source rule-set trust-to-untrust from zone trust
set security nat source rule-set trust-to-untrust to zone untrust
set security nat source rule-set trust-to-untrust rule hcx match source-address 192.19.72.202/32
set security nat source rule-set trust-to-untrust rule hcx match source-address 192.19.72.203/32
set security nat source rule-set trust-to-untrust rule hcx then source-nat pool hcx-pool
set security nat source rule-set trust-to-untrust rule office match source-address 192.19.72.0/24
set security nat source rule-set trust-to-untrust rule office then source-nat interface
set security nat static rule-set from-isp from zone untrust
set security nat static rule-set from-isp rule web match destination-address 19.155.80.100/32
set security nat static rule-set from-isp rule web then static-nat prefix 192.19.72.10/32
set security nat static rule-set from-isp rule natt match destination-address 19.155.80.101/32
set security nat static rule-set from-isp rule natt match destination-port 4501
set security nat static rule-set from-isp rule natt then static-nat prefix 192.19.72.11/32 mapped-port 4500
set security nat proxy-arp interface ge-0/0/0.0 address 19.155.80.100/32
set security policies from-zone trust to-zone untrust policy allow-out match source-address any
set routing-options static route 0.0.0.0/0 next-hop 19.155.80.1
)";

const CiscoConfig::NatRule *ruleFor(const CiscoConfig &c, const QString &acl)
{
    for (const CiscoConfig::NatRule &r : c.rules) {
        if (r.accessList == acl)
            return &r;
    }
    return nullptr;
}

int count(const CiscoConfig &c, ImportIssue::Severity s)
{
    return ImportIssues::count(c.issues, s);
}

} // namespace

class TestSrxConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setFormEveryConstruct()
    {
        const CiscoConfig c = SrxConfigReader::readText(QString::fromLatin1(kSetConfig));
        QCOMPARE(c.profile, QStringLiteral("juniper-srx"));
        QCOMPARE(c.hostname, QStringLiteral("srx340-edge"));
        QCOMPARE(count(c, ImportIssue::Error), 0);
        // routing-options is the one line not used for NAT.
        QCOMPARE(count(c, ImportIssue::Unknown), 1);
        QVERIFY(c.issues.first().text.startsWith(QLatin1String("set routing-options")));
        QCOMPARE(c.issues.first().line, 28);

        const CiscoConfig::Interface *out = c.interface(QStringLiteral("ge-0/0/0.0"));
        const CiscoConfig::Interface *in = c.interface(QStringLiteral("ge-0/0/1.0"));
        QVERIFY(out && in);
        QCOMPARE(out->address, QStringLiteral("19.155.80.72"));
        QCOMPARE(out->prefixLength, 24);
        QCOMPARE(out->natRole, QStringLiteral("outside"));
        QCOMPARE(in->natRole, QStringLiteral("inside"));

        const CiscoConfig::Pool *hcx = c.pool(QStringLiteral("hcx-pool"));
        QVERIFY(hcx);
        QCOMPARE(hcx->ranges.value(0), qMakePair(QStringLiteral("19.155.80.80"), QStringLiteral("19.155.80.81")));
        QCOMPARE(hcx->type, QStringLiteral("no-translation"));
        // The pool's port range is the profile's (one range per device).
        QCOMPARE(c.profileOptions, QStringList{QStringLiteral("ports=2048-4095")});

        const CiscoConfig::NatRule *pool = ruleFor(c, QStringLiteral("trust-to-untrust/hcx"));
        QVERIFY(pool);
        QCOMPARE(pool->pool, QStringLiteral("hcx-pool"));
        QVERIFY(!pool->overload); // port no-translation
        QCOMPARE(c.accessList(pool->accessList)->entries.size(), 2);
        const CiscoConfig::NatRule *iface = ruleFor(c, QStringLiteral("trust-to-untrust/office"));
        QVERIFY(iface);
        QCOMPARE(iface->interface, QStringLiteral("ge-0/0/0.0"));
        QVERIFY(iface->overload);
        QCOMPARE(iface->line, 18);

        int statics = 0, pats = 0;
        for (const CiscoConfig::NatRule &r : c.rules) {
            if (r.kind == CiscoConfig::NatRule::Static) {
                ++statics;
                QCOMPARE(r.local, QStringLiteral("192.19.72.10"));
                QCOMPARE(r.global, QStringLiteral("19.155.80.100"));
            } else if (r.kind == CiscoConfig::NatRule::StaticPat) {
                ++pats;
                QCOMPARE(r.local, QStringLiteral("192.19.72.11"));
                QCOMPARE(r.localPort, 4500);
                QCOMPARE(r.global, QStringLiteral("19.155.80.101"));
                QCOMPARE(r.globalPort, 4501);
            }
        }
        QCOMPARE(statics, 1);
        QCOMPARE(pats, 1);
    }

    void braceFormReadsTheSame()
    {
        const CiscoConfig c = SrxConfigReader::readText(QStringLiteral(R"(## Last changed: 2026-11-30 10:12:01 UTC
version 21.4R3-S5;
system {
    host-name srx340-edge;
}
interfaces {
    ge-0/0/0 {
        unit 0 {
            family inet {
                address 19.155.80.72/24;
            }
        }
    }
    ge-0/0/1 {
        unit 0 {
            family inet {
                address 192.19.72.1/24;
            }
        }
    }
}
security {
    nat {
        source {
            rule-set trust-to-untrust {
                from zone trust;
                to zone untrust;
                rule office {
                    match {
                        source-address [ 192.19.72.0/25 192.19.72.128/25 ];
                    }
                    then {
                        source-nat {
                            interface;
                        }
                    }
                }
            }
        }
    }
    zones {
        security-zone trust {
            interfaces {
                ge-0/0/1.0;
            }
        }
        security-zone untrust {
            interfaces {
                ge-0/0/0.0;
            }
        }
    }
}
)"));
        QCOMPARE(count(c, ImportIssue::Error), 0);
        QCOMPARE(count(c, ImportIssue::Unknown), 0);
        QCOMPARE(c.hostname, QStringLiteral("srx340-edge"));
        const CiscoConfig::NatRule *r = ruleFor(c, QStringLiteral("trust-to-untrust/office"));
        QVERIFY(r);
        QCOMPARE(r->interface, QStringLiteral("ge-0/0/0.0"));
        const CiscoConfig::AccessList *acl = c.accessList(r->accessList);
        QCOMPARE(acl->entries.size(), 2); // the bracketed list: one statement per value
        QCOMPARE(acl->entries[1].source, QStringLiteral("192.19.72.128/25"));
        QCOMPARE(c.interface(QStringLiteral("ge-0/0/1.0"))->natRole, QStringLiteral("inside"));
    }

    void malformedLinesAreErrorsOfTheirLine_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("bad address") << "set security nat source pool p address 19.155.80.999/32";
        QTest::newRow("reversed range") << "set security nat source pool p port range 5000 to 4000";
        QTest::newRow("port word") << "set security nat source pool p port translate";
        QTest::newRow("source-nat typo") << "set security nat source rule-set rs rule r then source-nat pol";
        QTest::newRow("static no prefix") << "set security nat static rule-set s rule r then static-nat prefix";
        QTest::newRow("from nothing") << "set security nat source rule-set rs from zone";
        QTest::newRow("interface address") << "set interfaces ge-0/0/2 unit 0 family inet address 10.0.0.300/24";
        QTest::newRow("cut rule") << "set security nat source rule-set trust-to-untrust rule of";
        QTest::newRow("match port") << "set security nat static rule-set s rule r match destination-port 70000";
    }
    void malformedLinesAreErrorsOfTheirLine()
    {
        QFETCH(QString, line);
        const QString text = QString::fromLatin1(kSetConfig) + line + QLatin1Char('\n');
        const CiscoConfig c = SrxConfigReader::readText(text);
        QCOMPARE(count(c, ImportIssue::Error), 1);
        for (const ImportIssue &i : c.issues) {
            if (i.severity == ImportIssue::Error) {
                QCOMPARE(i.line, 29); // the appended line, after the 28 of the sample
                QCOMPARE(i.text, line);
            }
        }
        // Nothing else is lost: the sample's rules are all there.
        QVERIFY(ruleFor(c, QStringLiteral("trust-to-untrust/office")));
        QVERIFY(ruleFor(c, QStringLiteral("trust-to-untrust/hcx")));
    }

    void truncatedInputKeepsWhatWasRead()
    {
        // Cut in the middle of every line in turn: never a crash, and the rules
        // completed before the cut survive.
        const QString full = QString::fromLatin1(kSetConfig);
        for (int cut = 0; cut < full.size(); cut += 7) {
            const CiscoConfig c = SrxConfigReader::readText(full.left(cut));
            if (cut > full.indexOf(QLatin1String("rule office then source-nat interface")) + 40)
                QVERIFY(ruleFor(c, QStringLiteral("trust-to-untrust/office")));
        }
        // The brace form cut inside a block says so.
        const CiscoConfig c = SrxConfigReader::readText(QStringLiteral(
            "security {\n    nat {\n        source {\n            pool p {\n                address 19.155.80.80/32;\n"));
        bool warned = false;
        for (const ImportIssue &i : c.issues)
            warned = warned || (i.severity == ImportIssue::Warning && i.message.contains(QLatin1String("cut short")));
        QVERIFY(warned);
        QCOMPARE(c.pool(QStringLiteral("p"))->ranges.size(), 1);
    }

    void ruleWithoutActionOrPoolIsReported()
    {
        const CiscoConfig c = SrxConfigReader::readText(QStringLiteral(
            "set security nat source rule-set rs from zone trust\n"
            "set security nat source rule-set rs to zone untrust\n"
            "set security nat source rule-set rs rule a match source-address 10.0.0.0/8\n"
            "set security nat source rule-set rs rule b match source-address 10.1.0.0/16\n"
            "set security nat source rule-set rs rule b then source-nat pool missing\n"));
        QCOMPARE(c.rules.size(), 0);
        QCOMPARE(count(c, ImportIssue::Warning), 1); // rule a: no then
        QCOMPARE(count(c, ImportIssue::Error), 1);   // rule b: pool not defined
        for (const ImportIssue &i : c.issues) {
            if (i.severity == ImportIssue::Error)
                QCOMPARE(i.line, 4);
        }
    }

    void interfaceContextRuleSetsComeFirst()
    {
        const CiscoConfig c = SrxConfigReader::readText(QStringLiteral(
            "set interfaces ge-0/0/0 unit 0 family inet address 19.155.80.72/24\n"
            "set interfaces ge-0/0/1 unit 0 family inet address 192.19.72.1/24\n"
            "set security zones security-zone trust interfaces ge-0/0/1.0\n"
            "set security zones security-zone untrust interfaces ge-0/0/0.0\n"
            "set security nat source rule-set zones from zone trust\n"
            "set security nat source rule-set zones to zone untrust\n"
            "set security nat source rule-set zones rule all then source-nat interface\n"
            "set security nat source pool one address 19.155.80.72/32\n"
            "set security nat source pool one port no-translation\n"
            "set security nat source rule-set ifs from interface ge-0/0/1.0\n"
            "set security nat source rule-set ifs to interface ge-0/0/0.0\n"
            "set security nat source rule-set ifs rule ix match source-address 192.19.72.202/32\n"
            "set security nat source rule-set ifs rule ix then source-nat pool one\n"));
        QCOMPARE(c.rules.size(), 2);
        QCOMPARE(c.rules[0].accessList, QStringLiteral("ifs/ix"));
        QCOMPARE(c.rules[1].accessList, QStringLiteral("zones/all"));
    }

    void sniffing()
    {
        QVERIFY(SrxConfigReader::sniff(kSetConfig) >= 90);
        QVERIFY(SrxConfigReader::sniff("security {\n    nat {\n") >= 50);
        QCOMPARE(SrxConfigReader::sniff("interface GigabitEthernet0/0\n ip nat inside\n"), 0);
        QCOMPARE(SrxConfigReader::sniff("nat descriptor type 1 masquerade\n"), 0);
    }

    void notTheFormatUnderstandsNothing()
    {
        const CiscoConfig c = SrxConfigReader::readText(QStringLiteral(
            "interface GigabitEthernet0/0\n ip address 10.0.0.1 255.255.255.0\n\x01\x02\xff garbage {\n"));
        QCOMPARE(c.understood, 0);
        QVERIFY(!c.issues.isEmpty());
    }

    void importsIntoAValidProject()
    {
        const CiscoConfig c = SrxConfigReader::readText(QString::fromLatin1(kSetConfig));
        Project p;
        ProjectImporter::Options options;
        options.createAppliances = false;
        const ImportPlan plan = ProjectImporter::plan(p, &c, nullptr,
                                                      static_cast<const StoredObservedTable *>(nullptr),
                                                      options);
        QString error;
        QVERIFY2(plan.changes.apply(&p, &error), qPrintable(error));
        const ObjectId device = p.findByName(ObjectKind::Device, QStringLiteral("srx340-edge"));
        QVERIFY(device);
        QCOMPARE(p.text(device, Field::profile), QStringLiteral("juniper-srx"));
        QCOMPARE(p.value(device, Field::options).toStringList(), QStringList{QStringLiteral("ports=2048-4095")});
        for (const ValidationIssue &i : ProjectValidator::validate(p))
            QVERIFY2(i.severity != ValidationIssue::Error, qPrintable(ProjectValidator::format(p, i)));
    }
};

QTEST_GUILESS_MAIN(TestSrxConfig)
#include "tst_srxconfig.moc"
