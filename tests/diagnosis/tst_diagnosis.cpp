// Every diagnosis rule: a project that triggers it and one that does not, and
// for the seed incident the full story (evidence rows, Cisco fix, both Up after it).
#include "DiagnosisTestUtil.h"
#include "FixGenerator.h"
#include "ReplayCursor.h"

using namespace DiagnosisTest;

class TestDiagnosis : public QObject
{
    Q_OBJECT

    static ObjectId appliance(const Project &p, const char *name)
    {
        return find(p, ObjectKind::Appliance, name);
    }
    static ObjectId router(const Project &p)
    {
        return p.objects(ObjectKind::Device).value(0);
    }

private Q_SLOTS:
    void seedIncidentIsAPatCollisionOfTheIx()
    {
        Project p;
        QVERIFY(load(QStringLiteral("seed-incident"), &p));
        const auto result = Simulator::run(p);
        const QList<Finding> all = Diagnoser().diagnose(p, result);
        QVERIFY(Diagnoser::hasErrors(all));
        const QList<Finding> f = ofRule(all, "pat-collision");
        QCOMPARE(f.size(), 1);
        const ObjectId ix = appliance(p, "HCX-IX-I1"), ne = appliance(p, "HCX-NE-I1");
        QCOMPARE(f[0].severity, Finding::Error);
        QCOMPARE(f[0].appliances.value(0), ix); // the one that lost 4500 comes first
        QVERIFY(f[0].appliances.contains(ne));
        QVERIFY(f[0].title.contains(QStringLiteral("HCX-IX-I1")));
        // Evidence: NE's 4500 row and IX's 1543 row, each at the step that created it.
        QList<quint16> ports;
        for (const Evidence &e : f[0].evidence) {
            if (!e.translation)
                continue;
            ports.append(result->translation(e.translation).insideGlobal.port);
            QVERIFY(e.event >= 0);
        }
        QVERIFY(ports.contains(4500));
        QVERIFY(ports.contains(1543));
        const Evidence &lost = f[0].evidence[1];
        QCOMPARE(result->events[size_t(lost.event)].type, SimEvent::TranslationCreated);
        QCOMPARE(result->translation(lost.translation).insideGlobal.port, quint16(1543));
        QCOMPARE(lost.object, ix);
        // The fix: Cisco static NAT, a global address each.
        QCOMPARE(f[0].fix.vendor, QStringLiteral("cisco-ios"));
        QVERIFY(f[0].fix.config.contains(QStringLiteral("ip nat inside source static 192.19.72.202 19.155.80.73")));
        QVERIFY(f[0].fix.config.contains(QStringLiteral("ip nat inside source static 192.19.72.203 19.155.80.74")));
        QVERIFY(f[0].fix.config.contains(QStringLiteral(" deny host 192.19.72.202")));
        QVERIFY(f[0].fix.complete);
        QCOMPARE(f[0].fix.changes.operations().size(), 2);
        // Applied, both tunnels are Up and nothing is left to report.
        QString error;
        QVERIFY2(f[0].fix.changes.apply(&p, &error), qPrintable(error));
        QCOMPARE(finalState(p, "HCX-IX-I1"), SimEvent::Up);
        QCOMPARE(finalState(p, "HCX-NE-I1"), SimEvent::Up);
        QVERIFY(!Diagnoser::hasErrors(diagnose(p)));
    }

    void homeLabAndFixedSiteHaveNoErrors_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("home-lab") << QStringLiteral("home-lab");
        QTest::newRow("fixed-site") << QStringLiteral("fixed-site");
    }
    void homeLabAndFixedSiteHaveNoErrors()
    {
        QFETCH(QString, key);
        Project p;
        QVERIFY(load(key, &p));
        const QList<Finding> all = diagnose(p);
        QVERIFY(!Diagnoser::hasErrors(all));
        QVERIFY(ofRule(all, "pat-collision").isEmpty());
        // The home lab's log reports endpoint hand-overs between tuples; none is a flip.
        QVERIFY(ofRule(all, "ownership-flip").isEmpty());
    }

    void learnedPolicyCollisionIsOnlyAWarning()
    {
        Project p;
        QVERIFY(load(QStringLiteral("seed-incident"), &p));
        QVERIFY(p.setValue(appliance(p, "HCX-IX-I1"), Field::peerPolicy, QStringLiteral("learned")));
        const QList<Finding> f = ofRule(diagnose(p), "pat-collision");
        QCOMPARE(f.size(), 1);
        QCOMPARE(f[0].severity, Finding::Warning);
    }

    void singleGlobalGivesStaticPatAndSaysWhatItCannotDo()
    {
        Project p;
        QVERIFY(load(QStringLiteral("seed-incident"), &p));
        const ObjectId outside = find(p, ObjectKind::Interface, "GigabitEthernet0/1");
        QVERIFY(p.setValue(outside, Field::prefixLength, 32));
        Fix fix = ofRule(diagnose(p), "pat-collision").value(0).fix;
        QVERIFY(fix.config.contains(QStringLiteral("ip nat inside source static udp")));
        QVERIFY(!fix.complete); // both peers expect 4500: only one can have it
        // With IX's peer following the port, a second port serves it.
        QVERIFY(p.setValue(appliance(p, "HCX-IX-I1"), Field::peerPolicy, QStringLiteral("learned")));
        fix = ofRule(diagnose(p), "pat-collision").value(0).fix;
        QVERIFY(fix.complete);
        QVERIFY(fix.config.contains(QStringLiteral("192.19.72.203 4500 19.155.80.72 4500 extendable")));
        QVERIFY(fix.config.contains(QStringLiteral("192.19.72.202 4500 19.155.80.72 4501 extendable")));
        QVERIFY(fix.changes.apply(&p));
        QCOMPARE(finalState(p, "HCX-IX-I1"), SimEvent::Up);
        QCOMPARE(finalState(p, "HCX-NE-I1"), SimEvent::Up);
    }

    void linuxFixUsesIptablesSnat()
    {
        Project p;
        QVERIFY(load(QStringLiteral("home-lab"), &p));
        const Fix fix = FixGenerator(p).staticMappings(router(p), {appliance(p, "HCX-IX-I1")});
        QCOMPARE(fix.vendor, QStringLiteral("linux"));
        QVERIFY(fix.config.contains(QStringLiteral(
            "iptables -t nat -I POSTROUTING -s 192.168.11.202 -p udp --sport 4500 -j SNAT --to-source 198.51.100.21:4500")));
    }

    void ownershipFlip()
    {
        Project p;
        QVERIFY(load(QStringLiteral("seed-incident"), &p));
        const ObjectId ix = appliance(p, "HCX-IX-I1"), ne = appliance(p, "HCX-NE-I1");
        QVERIFY(p.setValue(ix, Field::peerPolicy, QStringLiteral("learned")));
        QVERIFY(p.setValue(ne, Field::peerPolicy, QStringLiteral("learned")));
        QVERIFY(ofRule(diagnose(p), "ownership-flip").isEmpty()); // no expiry, no flip
        addEvent(&p, "silence", 300, ix, 400);
        addEvent(&p, "silence", 300, ne, 420);
        QVERIFY(p.setValue(NoId, Field::duration, 1200));
        // NE loses 4500 to IX (its tunnel goes Down); then NE takes IX's old 1543.
        const QList<Finding> f = ofRule(diagnose(p), "ownership-flip");
        QCOMPARE(f.size(), 2);
        QCOMPARE(f[0].severity, Finding::Error);
        QCOMPARE(f[1].severity, Finding::Warning);
        QCOMPARE(f[0].appliances.value(0), ne); // NE lost 4500 to IX
        QVERIFY(f[0].evidence.size() >= 3);
        QVERIFY(!f[0].fix.changes.isEmpty());
    }

    void timeoutShorterThanKeepalive()
    {
        Project p;
        QVERIFY(load(QStringLiteral("fixed-site"), &p));
        QVERIFY(ofRule(diagnose(p), "timeout-keepalive").isEmpty());
        // Behind static NAT the expiry costs nothing visible: a warning.
        QVERIFY(p.setValue(router(p), Field::udpTimeout, 5));
        QCOMPARE(ofRule(diagnose(p), "timeout-keepalive").value(0).severity, Finding::Warning);
        // Behind dynamic PAT the peer's packets after an expiry are dropped: flapping.
        QVERIFY(load(QStringLiteral("seed-incident"), &p));
        QVERIFY(ofRule(diagnose(p), "timeout-keepalive").isEmpty());
        QVERIFY(p.setValue(router(p), Field::udpTimeout, 5));
        const QList<Finding> f = ofRule(diagnose(p), "timeout-keepalive");
        QCOMPARE(f.size(), 1);
        QCOMPARE(f[0].severity, Finding::Error); // the run shows the flapping
        QVERIFY(f[0].evidence.first().event >= 0);
        QVERIFY(f[0].fix.config.contains(QStringLiteral("ip nat translation udp-timeout 300")));
        QVERIFY(f[0].fix.changes.apply(&p));
        QVERIFY(ofRule(diagnose(p), "timeout-keepalive").isEmpty());
    }

    void applianceMatchedByNoRule()
    {
        Project p;
        QVERIFY(load(QStringLiteral("seed-incident"), &p));
        QVERIFY(ofRule(diagnose(p), "no-nat-rule").isEmpty());
        const ObjectId acl = find(p, ObjectKind::AccessList, "HCX-NAT");
        QVERIFY(p.setValue(acl, Field::permit, QStringList{QStringLiteral("192.19.72.0/26")}));
        const QList<Finding> f = ofRule(diagnose(p), "no-nat-rule");
        QCOMPARE(f.size(), 2);
        QCOMPARE(f[0].severity, Finding::Error);
        QVERIFY(f[0].evidence.first().event >= 0); // the NoNatRule drop
        QVERIFY(f[0].fix.changes.apply(&p));
        QCOMPARE(ofRule(diagnose(p), "no-nat-rule").size(), 1);
    }

    void requiredPortBlocked()
    {
        Project p;
        QVERIFY(load(QStringLiteral("fixed-site"), &p));
        QVERIFY(p.setValue(router(p), Field::blockedPorts, QStringList{QStringLiteral("udp/53")}));
        QVERIFY(ofRule(diagnose(p), "blocked-port").isEmpty()); // not an HCX port
        QVERIFY(p.setValue(router(p), Field::blockedPorts,
                           QStringList{QStringLiteral("UDP 4500"), QStringLiteral("udp/53")}));
        QList<Finding> f = ofRule(diagnose(p), "blocked-port");
        QCOMPARE(f.size(), 1);
        QCOMPARE(f[0].severity, Finding::Error);
        QCOMPARE(f[0].appliances.size(), 2);
        QVERIFY(f[0].fix.config.contains(QStringLiteral("permit udp host 192.19.72.202 host 203.0.113.10 eq 4500")));
        QVERIFY(f[0].fix.changes.apply(&p));
        QCOMPARE(p.value(router(p), Field::blockedPorts).toStringList(),
                 QStringList{QStringLiteral("udp/53")});
        QVERIFY(ofRule(diagnose(p), "blocked-port").isEmpty());
        // The Connector's outbound TCP 443 is required, but not for a tunnel: a warning.
        QVERIFY(p.setValue(router(p), Field::blockedPorts, QStringList{QStringLiteral("tcp/443")}));
        f = ofRule(diagnose(p), "blocked-port");
        QCOMPARE(f.size(), 1);
        QCOMPARE(f[0].severity, Finding::Warning);
    }

    void natInFrontOfTheCloudSide()
    {
        Project p;
        QVERIFY(load(QStringLiteral("fixed-site"), &p));
        QVERIFY(ofRule(diagnose(p), "cloud-dnat").isEmpty());
        const ObjectId cloud = find(p, ObjectKind::Site, "VMware Cloud on AWS SDDC");
        const ObjectId ix = appliance(p, "HCX-IX-R1");
        QString error;
        const ObjectId edge = p.create(ObjectKind::Device, cloud, {{Field::name, QStringLiteral("SDDC edge")}}, &error);
        QVERIFY2(edge, qPrintable(error));
        QVERIFY(p.create(ObjectKind::Rule, edge,
                         {{Field::kind, QStringLiteral("static")},
                          {Field::insideLocal, QStringLiteral("10.10.0.10")},
                          {Field::insideGlobal, QStringLiteral("203.0.113.10")}},
                         &error));
        const QList<Finding> f = ofRule(diagnose(p), "cloud-dnat");
        QCOMPARE(f.size(), 1);
        QCOMPARE(f[0].severity, Finding::Error);
        QCOMPARE(f[0].appliances, QList<ObjectId>{ix});
        QVERIFY(f[0].fix.config.contains(QStringLiteral("no ip nat inside source static 10.10.0.10 203.0.113.10")));
        QVERIFY(f[0].fix.changes.apply(&p));
        QVERIFY(ofRule(diagnose(p), "cloud-dnat").isEmpty());
    }

    void uplinkMtuTooLarge()
    {
        Project p;
        QVERIFY(load(QStringLiteral("fixed-site"), &p));
        QVERIFY(ofRule(diagnose(p), "uplink-mtu").isEmpty());
        const ObjectId outside = find(p, ObjectKind::Interface, "GigabitEthernet0/1");
        QVERIFY(p.setValue(outside, Field::mtu, 1454)); // PPPoE
        const QList<Finding> f = ofRule(diagnose(p), "uplink-mtu");
        QCOMPARE(f.size(), 1);
        QCOMPARE(f[0].severity, Finding::Error);
        QCOMPARE(f[0].appliances.size(), 2);
        QVERIFY(f[0].fix.note.contains(QStringLiteral("1426"))); // 1454 - 28
        QVERIFY(f[0].fix.changes.apply(&p));
        QCOMPARE(p.value(appliance(p, "HCX-IX-I1"), Field::uplinkMtu).toInt(), 1454);
        QVERIFY(ofRule(diagnose(p), "uplink-mtu").isEmpty());
    }

    void everyRuleIsTested()
    {
        const QStringList tested = {QStringLiteral("pat-collision"), QStringLiteral("ownership-flip"),
                                    QStringLiteral("timeout-keepalive"), QStringLiteral("no-nat-rule"),
                                    QStringLiteral("blocked-port"), QStringLiteral("cloud-dnat"),
                                    QStringLiteral("uplink-mtu")};
        Diagnoser d;
        QCOMPARE(int(d.rules().size()), tested.size());
        for (const auto &rule : d.rules())
            QVERIFY2(tested.contains(rule->key()), qPrintable(rule->key()));
    }
};

QTEST_GUILESS_MAIN(TestDiagnosis)
#include "tst_diagnosis.moc"
