// Every diagnosis rule: a project that triggers it and one that does not, and
// for the seed incident the full story (evidence rows, Cisco fix, both Up after it).
#include "DiagnosisTestUtil.h"
#include "CompletenessCheck.h"
#include "DiagnosisContext.h"
#include "FixGenerator.h"
#include "UnexplainedDownRule.h"
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
    static void addFlow(Project *p, const char *local, int port, const char *remote, int remotePort,
                        double start, const char *name, double interval = 30)
    {
        QString error;
        QVERIFY2(p->create(ObjectKind::Background, router(*p),
                           {{Field::name, QString::fromLatin1(name)},
                            {Field::insideLocal, QString::fromLatin1(local)},
                            {Field::firstPort, port},
                            {Field::count, 1},
                            {Field::remote, QString::fromLatin1(remote)},
                            {Field::remotePort, remotePort},
                            {Field::start, start},
                            {Field::interval, interval}},
                           &error),
                 qPrintable(error));
    }
    // The Down tunnels of a run and whether an error finding names each with a
    // step where it is Down (the completeness invariant, on one project).
    static bool everyDownTunnelExplained(const Project &p)
    {
        const auto result = Simulator::run(p);
        return CompletenessCheck(p, *result, Diagnoser().diagnose(p, result)).problems().isEmpty();
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

    // --- issue #12: every Down tunnel is explained, by the rule that fits

    void patCollisionSaysWhatTheRouterReallyDoes()
    {
        Project p;
        QVERIFY(load(QStringLiteral("seed-incident"), &p));
        const ObjectId ix = appliance(p, "HCX-IX-I1");
        Finding f = ofRule(diagnose(p), "pat-collision").value(0);
        QVERIFY(f.appliances.contains(appliance(p, "HCX-IX-R1"))); // the pair, not only the appliance
        QVERIFY(f.cause.contains(QStringLiteral("has no translation of 19.155.80.72:4500")));
        // An endpoint-independent NAT delivers the peer's packets to the holder instead.
        QVERIFY(p.setValue(router(p), Field::profile, QStringLiteral("rfc4787-eim")));
        f = ofRule(diagnose(p), "pat-collision").value(0);
        QCOMPARE(f.appliances.value(0), ix);
        QCOMPARE(f.severity, Finding::Error);
        QVERIFY2(f.cause.contains(QStringLiteral("delivers them to 192.19.72.203:4500, which is HCX-NE-I1")),
                 qPrintable(f.cause));
        QVERIFY(!f.cause.contains(QStringLiteral("drops them:")));
        QVERIFY(f.cause.contains(QStringLiteral("RFC 4787")) || f.cause.contains(QStringLiteral("keeps a source port")));
    }

    void randomPortUnderNetfilter_data()
    {
        QTest::addColumn<QString>("option");
        QTest::newRow("random") << QStringLiteral("random");
        QTest::newRow("random-fully") << QStringLiteral("random-fully");
    }
    void randomPortUnderNetfilter()
    {
        QFETCH(QString, option);
        Project p;
        QVERIFY(load(QStringLiteral("home-lab"), &p));
        QVERIFY(ofRule(diagnose(p), "random-port").isEmpty());
        QVERIFY(p.setValue(router(p), Field::options, QStringList{option}));
        QCOMPARE(finalState(p, "HCX-IX-I1"), SimEvent::Down);
        QCOMPARE(finalState(p, "HCX-NE-I1"), SimEvent::Down);
        const QList<Finding> all = diagnose(p);
        const QList<Finding> f = ofRule(all, "random-port");
        QCOMPARE(f.size(), 1); // one device setting, one finding naming both tunnels
        QCOMPARE(f[0].severity, Finding::Error);
        for (const char *name : {"HCX-IX-I1", "HCX-IX-R1", "HCX-NE-I1", "HCX-NE-R1"})
            QVERIFY2(f[0].appliances.contains(appliance(p, name)), name);
        QCOMPARE(f[0].devices, QList<ObjectId>{router(p)});
        QVERIFY(f[0].title.contains(QStringLiteral("--") + option));
        QVERIFY(ofRule(all, "unexplained-down").isEmpty()); // the specific rule spoke
        QVERIFY(everyDownTunnelExplained(p));
        // The fix: SNAT without randomisation for the appliances; the model drops the option.
        QCOMPARE(f[0].fix.vendor, QStringLiteral("linux"));
        QVERIFY(f[0].fix.config.contains(QStringLiteral(
            "iptables -t nat -I POSTROUTING -s 192.168.11.202 -p udp --sport 4500 -j SNAT --to-source 198.51.100.20\n")));
        QVERIFY(!f[0].fix.config.contains(QStringLiteral("-j SNAT --to-source 198.51.100.20 --random")));
        QVERIFY(f[0].fix.changes.apply(&p));
        QVERIFY(p.value(router(p), Field::options).toStringList().isEmpty());
        QCOMPARE(finalState(p, "HCX-IX-I1"), SimEvent::Up);
        QCOMPARE(finalState(p, "HCX-NE-I1"), SimEvent::Up);
        QVERIFY(!Diagnoser::hasErrors(diagnose(p)));
    }

    void randomPortWithALearningPeerIsAWarning()
    {
        Project p;
        QVERIFY(load(QStringLiteral("home-lab"), &p));
        QVERIFY(p.setValue(router(p), Field::options, QStringList{QStringLiteral("random")}));
        for (const char *name : {"HCX-IX-I1", "HCX-NE-I1"})
            QVERIFY(p.setValue(appliance(p, name), Field::peerPolicy, QStringLiteral("learned")));
        const QList<Finding> f = ofRule(diagnose(p), "random-port");
        QCOMPARE(f.size(), 1);
        QCOMPARE(f[0].severity, Finding::Warning);
    }

    void mappingReuse()
    {
        Project p;
        QVERIFY(load(QStringLiteral("home-lab"), &p));
        // An office host holds 198.51.100.20:4500 toward DNS; then the IX's own
        // address sends from 4500 to DNS too and is given another port.
        addFlow(&p, "192.168.11.50", 4500, "192.0.2.53", 53, 0, "Office DNS");
        QVERIFY(ofRule(diagnose(p), "mapping-reuse").isEmpty());
        QVERIFY(!Diagnoser::hasErrors(diagnose(p)));
        addFlow(&p, "192.168.11.202", 4500, "192.0.2.53", 53, 1, "IX address DNS");
        // The IX tunnel starts at 12 s and netfilter reuses that newest mapping.
        QCOMPARE(finalState(p, "HCX-IX-I1"), SimEvent::Down);
        const QList<Finding> all = diagnose(p);
        const QList<Finding> f = ofRule(all, "mapping-reuse");
        QCOMPARE(f.size(), 1);
        QCOMPARE(f[0].severity, Finding::Error);
        QCOMPARE(f[0].appliances.value(0), appliance(p, "HCX-IX-I1"));
        QVERIFY(f[0].appliances.contains(appliance(p, "HCX-IX-R1")));
        QVERIFY(f[0].cause.contains(QStringLiteral("Linux netfilter first reuses the newest live mapping")));
        QVERIFY(f[0].cause.contains(QStringLiteral("IX address DNS")));
        QVERIFY(ofRule(all, "pat-collision").isEmpty()); // the tunnel's flow collided with nobody
        QVERIFY(everyDownTunnelExplained(p));
        QVERIFY(f[0].fix.changes.apply(&p));
        QCOMPARE(finalState(p, "HCX-IX-I1"), SimEvent::Up);
    }

    void staticPatOnAnotherPort()
    {
        Project p;
        QVERIFY(load(QStringLiteral("fixed-site"), &p));
        const ObjectId rule = find(p, ObjectKind::Rule, "Static NAT HCX-IX-I1");
        QVERIFY(ofRule(diagnose(p), "static-pat-port").isEmpty());
        QVERIFY(p.setValue(rule, Field::kind, QStringLiteral("static-pat")));
        QVERIFY(p.setValue(rule, Field::insideGlobal, QStringLiteral("19.155.80.72")));
        QVERIFY(p.setValue(rule, Field::localPort, 4500));
        QVERIFY(p.setValue(rule, Field::globalPort, 4501));
        // A peer that follows the port it sees is fine with it: nothing to report.
        QVERIFY(p.setValue(appliance(p, "HCX-IX-I1"), Field::peerPolicy, QStringLiteral("learned")));
        QCOMPARE(finalState(p, "HCX-IX-I1"), SimEvent::Up);
        QVERIFY(ofRule(diagnose(p), "static-pat-port").isEmpty());
        QVERIFY(p.setValue(appliance(p, "HCX-IX-I1"), Field::peerPolicy, QString()));
        QCOMPARE(finalState(p, "HCX-IX-I1"), SimEvent::Down);
        const QList<Finding> f = ofRule(diagnose(p), "static-pat-port");
        QCOMPARE(f.size(), 1);
        QCOMPARE(f[0].severity, Finding::Error);
        QVERIFY(f[0].cause.contains(QStringLiteral("ip nat inside source static udp 192.19.72.202 4500 19.155.80.72 4501")));
        QVERIFY(f[0].fix.config.contains(QStringLiteral("ip nat inside source static udp 192.19.72.202 4500 19.155.80.72 4500 extendable")));
        QVERIFY(everyDownTunnelExplained(p));
        QVERIFY(f[0].fix.changes.apply(&p));
        QCOMPARE(p.value(rule, Field::globalPort).toInt(), 4500);
        QCOMPARE(finalState(p, "HCX-IX-I1"), SimEvent::Up);
    }

    void mappingClearedUnderALiveTunnel()
    {
        Project p;
        QVERIFY(load(QStringLiteral("home-lab"), &p));
        QVERIFY(ofRule(diagnose(p), "mapping-changed").isEmpty());
        // The peers send every 20 s, 10 s after their appliance: after a clear at
        // 115 s each peer speaks first and finds nothing.
        addEvent(&p, "clear-nat", 115, router(p), 0);
        const QList<Finding> all = diagnose(p);
        const QList<Finding> f = ofRule(all, "mapping-changed");
        QVERIFY(!f.isEmpty());
        QCOMPARE(f[0].severity, Finding::Error);
        QVERIFY(f[0].cause.contains(QStringLiteral("was cleared at 115 s")));
        QVERIFY(ofRule(all, "unexplained-down").isEmpty());
        QVERIFY(everyDownTunnelExplained(p));
    }

    void ownershipFlipUnderNetfilter()
    {
        Project p;
        QVERIFY(load(QStringLiteral("home-lab"), &p));
        const ObjectId ix = appliance(p, "HCX-IX-I1");
        addEvent(&p, "silence", 100, ix, 200); // its entry expires (120 s assured)
        // An office host talks to another destination from 4500: netfilter shares the port, no flip.
        // (Every 10 s: its entry stays live whether or not the remote answers.)
        addFlow(&p, "192.168.11.60", 4500, "203.0.113.11", 4500, 240, "Office VPN", 10);
        QVERIFY(ofRule(diagnose(p), "ownership-flip").isEmpty());
        // Toward the IX's own peer it takes 198.51.100.20:4500 outright.
        QVERIFY(p.setValue(find(p, ObjectKind::Background, "Office VPN"), Field::remote, QStringLiteral("203.0.113.10")));
        const QList<Finding> all = diagnose(p);
        const QList<Finding> f = ofRule(all, "ownership-flip");
        QCOMPARE(f.size(), 1);
        QCOMPARE(f[0].severity, Finding::Error);
        QCOMPARE(f[0].appliances.value(0), ix);
        QVERIFY(f[0].title.contains(QStringLiteral("Office VPN")));
        QVERIFY(f[0].cause.contains(QStringLiteral("goes to the same remote, 203.0.113.10:4500")));
        QVERIFY(everyDownTunnelExplained(p));
    }

    void unsolicitedInboundHoldsThePort()
    {
        Project p;
        QVERIFY(load(QStringLiteral("home-lab"), &p));
        const ObjectId ix = appliance(p, "HCX-IX-I1");
        // The IX's cloud peer sends first, before the IX is deployed at 12 s.
        addEvent(&p, "peer-initiates", 0, ix, 60);
        QVERIFY(p.setValue(router(p), Field::dropUnsolicitedInbound, true)); // an INPUT firewall
        QVERIFY(ofRule(diagnose(p), "unsolicited-inbound").isEmpty());
        QCOMPARE(finalState(p, "HCX-IX-I1"), SimEvent::Up);
        QVERIFY(p.setValue(router(p), Field::dropUnsolicitedInbound, false)); // the kernel default
        QCOMPARE(finalState(p, "HCX-IX-I1"), SimEvent::Down);
        const QList<Finding> all = diagnose(p);
        const QList<Finding> f = ofRule(all, "unsolicited-inbound");
        QCOMPARE(f.size(), 1);
        QCOMPARE(f[0].severity, Finding::Error);
        QCOMPARE(f[0].appliances.value(0), ix);
        QVERIFY(f[0].title.contains(QStringLiteral("203.0.113.10:4500 holds 198.51.100.20:4500")));
        QVERIFY(ofRule(all, "pat-collision").isEmpty()); // the router is nobody's appliance
        QVERIFY(everyDownTunnelExplained(p));
        QVERIFY(f[0].fix.config.contains(QStringLiteral("--dport 4500 -m conntrack --ctstate NEW -j DROP")));
        QVERIFY(f[0].fix.changes.apply(&p));
        QVERIFY(p.value(router(p), Field::dropUnsolicitedInbound).toBool());
        QCOMPARE(finalState(p, "HCX-IX-I1"), SimEvent::Up);
    }

    void portsExhaustedIsNotANoRule()
    {
        // The office's DNS flows hold every port of group 1024-65535 on the PAT
        // address, 4500 included: neither appliance can get a port.
        Project p;
        QVERIFY(load(QStringLiteral("seed-incident"), &p));
        const ObjectId dns = find(p, ObjectKind::Background, "Office PCs (DNS)");
        QVERIFY(p.setValue(dns, Field::firstPort, 1024));
        QVERIFY(p.setValue(dns, Field::count, 64512));
        const auto result = Simulator::run(p);
        ReplayCursor cursor(result);
        cursor.toEnd();
        for (const char *name : {"HCX-IX-I1", "HCX-NE-I1"}) {
            const auto &status = cursor.tunnel(result->tunnelOf(appliance(p, name)));
            QCOMPARE(status.state, SimEvent::Down);
            // The tunnel says why: no free port, not "no NAT rule".
            QCOMPARE(status.reason, SimEvent::PoolExhausted);
        }
        const QList<Finding> all = Diagnoser().diagnose(p, result);
        QVERIFY(ofRule(all, "no-nat-rule").isEmpty());
        QVERIFY(ofRule(all, "unexplained-down").isEmpty());
        const QList<Finding> f = ofRule(all, "pool-exhausted");
        QCOMPARE(f.size(), 1); // one device, one fix
        QCOMPARE(f[0].severity, Finding::Error);
        QVERIFY(f[0].appliances.contains(appliance(p, "HCX-IX-I1")));
        QVERIFY(f[0].appliances.contains(appliance(p, "HCX-NE-I1")));
        QVERIFY2(f[0].cause.contains(QStringLiteral("64,512 translations")), qPrintable(f[0].cause));
        QVERIFY(f[0].cause.contains(QStringLiteral("Office PCs (DNS)")));
        // The NE lost its packet first (10 s), then the IX (12 s).
        QVERIFY(result->events[size_t(f[0].evidence[0].event)].time
                < result->events[size_t(f[0].evidence[2].event)].time);
        // Their own addresses bring both tunnels up.
        QVERIFY(f[0].fix.changes.apply(&p));
        QCOMPARE(finalState(p, "HCX-IX-I1"), SimEvent::Up);
        QCOMPARE(finalState(p, "HCX-NE-I1"), SimEvent::Up);
    }

    void catchAllOnlyWhereNothingElseSpoke()
    {
        Project p;
        QVERIFY(load(QStringLiteral("seed-incident"), &p));
        const auto result = Simulator::run(p);
        // Through the Diagnoser the PAT collision explains the IX: no catch-all.
        QVERIFY(ofRule(Diagnoser().diagnose(p, result), "unexplained-down").isEmpty());
        // Alone, it says what the log shows.
        const QList<Finding> f = UnexplainedDownRule().check(DiagnosisContext(p, result));
        QCOMPARE(f.size(), 1);
        QCOMPARE(f[0].severity, Finding::Error);
        QCOMPARE(f[0].appliances, (QList<ObjectId>{appliance(p, "HCX-IX-I1"), appliance(p, "HCX-IX-R1")}));
        QVERIFY2(f[0].cause.startsWith(QStringLiteral("IX tunnel Down at 12 s: the peer expects UDP 4500")),
                 qPrintable(f[0].cause));
        QVERIFY(f[0].cause.contains(QStringLiteral("gave 19.155.80.72:1543 — no more specific rule matched.")));
    }

    void everyRuleIsTested()
    {
        const QStringList tested = {QStringLiteral("pat-collision"), QStringLiteral("ownership-flip"),
                                    QStringLiteral("timeout-keepalive"), QStringLiteral("no-nat-rule"),
                                    QStringLiteral("blocked-port"), QStringLiteral("cloud-dnat"),
                                    QStringLiteral("uplink-mtu"), QStringLiteral("random-port"),
                                    QStringLiteral("port-translated"), // tests/diagnosis/tst_vendorfix
                                    QStringLiteral("mapping-reuse"), QStringLiteral("static-pat-port"),
                                    QStringLiteral("mapping-changed"),
                                    QStringLiteral("unsolicited-inbound"),
                                    QStringLiteral("pool-exhausted"),
                                    QStringLiteral("probe-mismatch"), // tests/probe/tst_probe_proposal
                                    QStringLiteral("fortigate-port"), // tst_fortigate
                                    QStringLiteral("unexplained-down")};
        Diagnoser d;
        QCOMPARE(int(d.rules().size()), tested.size());
        for (const auto &rule : d.rules())
            QVERIFY2(tested.contains(rule->key()), qPrintable(rule->key()));
    }
};

QTEST_GUILESS_MAIN(TestDiagnosis)
#include "tst_diagnosis.moc"
