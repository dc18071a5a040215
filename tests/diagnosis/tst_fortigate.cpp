// The fortigate profile (issue #16): its documented allocation rules on their
// own, the seed incident rebuilt on a FortiGate (both tunnels Down), its
// finding and FortiOS fix, and the fix pasted into the FortiGate configuration,
// read back (FortiConfigReader -> ProjectImporter) and simulated: both Up.
#include "DiagnosisTestUtil.h"
#include "FixGenerator.h"
#include "vendors/FortiConfigReader.h"
#include "FortiGateBehaviour.h"
#include "ObservedTable.h"
#include "ProbeProposal.h"
#include "ProjectImporter.h"

using namespace DiagnosisTest;

namespace {

// A translation table of (global, remote, local) rows for the allocator.
class Table : public NatBehaviour::Occupancy
{
public:
    struct Row
    {
        Endpoint global, remote, local;
    };
    QList<Row> rows;

    quint32 holderAnyDestination(Protocol, const Endpoint &global, const Endpoint &exceptLocal) const override
    {
        for (int i = 0; i < rows.size(); ++i) {
            if (rows[i].global == global && !(rows[i].local == exceptLocal))
                return quint32(i + 1);
        }
        return 0;
    }
    quint32 holderToward(Protocol, const Endpoint &global, const Endpoint &remote) const override
    {
        for (int i = 0; i < rows.size(); ++i) {
            if (rows[i].global == global && rows[i].remote == remote)
                return quint32(i + 1);
        }
        return 0;
    }
    QList<Endpoint> mappingsOf(Protocol, const Endpoint &local) const override
    {
        QList<Endpoint> out;
        for (const Row &r : rows) {
            if (r.local == local && !out.contains(r.global))
                out.append(r.global);
        }
        return out;
    }
    Endpoint newestMappingOf(Protocol p, const Endpoint &local) const override
    {
        const QList<Endpoint> all = mappingsOf(p, local);
        return all.isEmpty() ? Endpoint() : all.last();
    }
};

Endpoint ep(const char *ip, quint16 port)
{
    quint32 a = 0;
    Ipv4::parse(QString::fromLatin1(ip), &a);
    return {a, port};
}

NatBehaviour::Result allocate(const QStringList &options, const Table &table, Endpoint local,
                              Endpoint remote, const QList<const char *> &globals = {"19.155.80.72"})
{
    NatBehaviour::Request r;
    r.local = local;
    r.remote = remote;
    for (const char *g : globals)
        r.globals.append(ep(g, 0).ip);
    std::mt19937 rng(1);
    return NatBehaviour::create(QStringLiteral("fortigate"), options)->allocate(r, table, rng);
}

QString readData(const char *name)
{
    QFile file(QStringLiteral(MESHNAT_SOURCE_DIR "/tests/io/data/fortigate/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", name);
    return QString::fromUtf8(file.readAll());
}

// The FortiGate configuration (with whatever was pasted into it) imported with
// the observed sessions, as a user would: device, appliances, peers, mesh.
bool importAndRun(const QString &config, QList<SimEvent::TunnelState> *states, QStringList *options)
{
    const CiscoConfig c = FortiConfigReader::readText(config);
    const QString sessions = readData("seed-incident-sessions.txt");
    const ObservedTable table = ObservedTable::fromText(sessions);
    Project project;
    const ImportPlan plan = ProjectImporter::plan(project, &c, nullptr, &sessions, &table, {});
    QString error;
    if (!plan.changes.apply(&project, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    *options = project.value(project.objects(ObjectKind::Device).first(), Field::options).toStringList();
    const auto result = Simulator::run(project);
    ReplayCursor cursor(result);
    cursor.toEnd();
    for (int t = 0; t < result->tunnels.size(); ++t)
        states->append(cursor.tunnel(t).state);
    return true;
}

} // namespace

class TestFortiGate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allocationFollowsTheDocumentation()
    {
        Table t;
        const Endpoint ix = ep("192.19.72.202", 4500), peer = ep("203.0.113.10", 4500);
        // 4500 is below 5117: translated although free, to the start of 5117-65532.
        NatBehaviour::Result r = allocate({}, t, ix, peer);
        QVERIFY(r.ok);
        QCOMPARE(r.global, ep("19.155.80.72", 5117));
        QCOMPARE(r.heldBy, 0u);
        // A port within 5117-65533 is kept when free toward the destination ...
        r = allocate({}, t, ep("192.19.72.50", 40000), peer);
        QCOMPARE(r.global.port, quint16(40000));
        // ... also when held toward another destination (unique per destination) ...
        t.rows.append({ep("19.155.80.72", 40000), ep("198.51.100.53", 53), ep("192.19.72.51", 40000)});
        QCOMPARE(allocate({}, t, ep("192.19.72.50", 40000), peer).global.port, quint16(40000));
        // ... and moves when held toward the same one.
        t.rows.append({ep("19.155.80.72", 40000), peer, ep("192.19.72.51", 40000)});
        r = allocate({}, t, ep("192.19.72.50", 40000), peer);
        QCOMPARE(r.global.port, quint16(5117));
        QCOMPARE(r.heldBy, 2u);
        // Well-known ports go to 512-1023.
        QCOMPARE(allocate({}, t, ep("192.19.72.50", 500), peer).global.port, quint16(512));
        // port-preserve disable and the block pool types never keep a port.
        QCOMPARE(allocate({"no-port-preserve"}, Table(), ep("192.19.72.50", 40000), peer).global.port,
                 quint16(5117));
        QCOMPARE(allocate({"port-block-allocation"}, Table(), ep("192.19.72.50", 40000), peer).global.port,
                 quint16(5117));
        // Overload pool: the address is first + source mod size (202 is even: the first).
        r = allocate({}, Table(), ix, peer, {"19.155.80.80", "19.155.80.81"});
        QCOMPARE(r.global.ip, ep("19.155.80.80", 0).ip);
        r = allocate({}, Table(), ep("192.19.72.203", 4500), peer, {"19.155.80.80", "19.155.80.81"});
        QCOMPARE(r.global.ip, ep("19.155.80.81", 0).ip);
    }

    void fixedPortKeepsTheRealPort()
    {
        Table t;
        const Endpoint ix = ep("192.19.72.202", 4500), ne = ep("192.19.72.203", 4500);
        const Endpoint ixPeer = ep("203.0.113.10", 4500), nePeer = ep("203.0.113.11", 4500);
        NatBehaviour::Result r = allocate({"fixedport"}, t, ix, ixPeer);
        QCOMPARE(r.global, ep("19.155.80.72", 4500));
        t.rows.append({r.global, ixPeer, ix});
        // The NE toward its own peer keeps 4500 too; toward the IX's peer it is refused.
        QCOMPARE(allocate({"fixedport"}, t, ne, nePeer).global, ep("19.155.80.72", 4500));
        r = allocate({"fixedport"}, t, ne, ixPeer);
        QVERIFY(!r.ok);
        QCOMPARE(r.heldBy, 1u);
        // With a pool the next address serves the second session.
        r = allocate({"fixedport"}, t, ne, ixPeer, {"19.155.80.72", "19.155.80.73"});
        QVERIFY(r.ok);
        QCOMPARE(r.global, ep("19.155.80.73", 4500));
    }

    void oneToOnePoolGivesEachHostItsAddress()
    {
        Table t;
        const QList<const char *> pool{"198.51.100.20", "198.51.100.21"};
        const Endpoint peer = ep("203.0.113.10", 4500);
        NatBehaviour::Result r = allocate({"one-to-one"}, t, ep("172.16.10.202", 4500), peer, pool);
        QCOMPARE(r.global, ep("198.51.100.20", 4500));
        t.rows.append({r.global, peer, ep("172.16.10.202", 4500)});
        r = allocate({"one-to-one"}, t, ep("172.16.10.203", 4500), ep("203.0.113.11", 4500), pool);
        QCOMPARE(r.global, ep("198.51.100.21", 4500));
        t.rows.append({r.global, ep("203.0.113.11", 4500), ep("172.16.10.203", 4500)});
        QVERIFY(!allocate({"one-to-one"}, t, ep("172.16.10.204", 4500), peer, pool).ok);
    }

    void seedIncidentOnFortiGateBreaksBothTunnels()
    {
        Project p;
        QVERIFY(load(QStringLiteral("seed-incident-fortigate"), &p));
        QCOMPARE(finalState(p, "HCX-IX-I1"), SimEvent::Down);
        QCOMPARE(finalState(p, "HCX-NE-I1"), SimEvent::Down);
        const QList<Finding> all = diagnose(p);
        const QList<Finding> f = ofRule(all, "fortigate-port");
        QCOMPARE(f.size(), 1);
        QCOMPARE(f[0].severity, Finding::Error);
        QVERIFY(f[0].appliances.contains(find(p, ObjectKind::Appliance, "HCX-IX-I1")));
        QVERIFY(f[0].appliances.contains(find(p, ObjectKind::Appliance, "HCX-NE-I1")));
        QVERIFY(f[0].cause.contains(QStringLiteral("5117")));
        QVERIFY(ofRule(all, "unexplained-down").isEmpty()); // every Down tunnel is explained
        // The fix in FortiOS syntax: a VIP for UDP 4500 and a fixed-port policy per appliance.
        const Fix &fix = f[0].fix;
        QCOMPARE(fix.vendor, QStringLiteral("fortigate"));
        QVERIFY(fix.complete);
        for (const char *line : {"config firewall vip", "set extip 19.155.80.73", "set mappedip \"192.19.72.202\"",
                                 "set protocol udp", "set extport 4500", "set mappedport 4500",
                                 "set type one-to-one", "set fixedport enable", "set poolname \"MESHNAT-HCX-NE-I1\""})
            QVERIFY2(fix.config.contains(QLatin1String(line)), line);
        QVERIFY(!fix.config.contains(QStringLiteral("iptables")));
        // Applied to the project, both tunnels come Up and no error is left.
        QString error;
        QVERIFY2(fix.changes.apply(&p, &error), qPrintable(error));
        QCOMPARE(finalState(p, "HCX-IX-I1"), SimEvent::Up);
        QCOMPARE(finalState(p, "HCX-NE-I1"), SimEvent::Up);
        QVERIFY(!Diagnoser::hasErrors(diagnose(p)));
    }

    void fixPastedIntoTheConfigBringsBothUp()
    {
        // Before: the customer's configuration and sessions, imported: both Down.
        const QString config = readData("seed-incident.conf");
        QList<SimEvent::TunnelState> states;
        QStringList options;
        QVERIFY(importAndRun(config, &states, &options));
        QCOMPARE(states, (QList<SimEvent::TunnelState>{SimEvent::Down, SimEvent::Down}));
        // After: the generated fix pasted at the end, read back.
        Project p;
        QVERIFY(load(QStringLiteral("seed-incident-fortigate"), &p));
        const Fix fix = ofRule(diagnose(p), "fortigate-port").value(0).fix;
        QVERIFY(!fix.config.isEmpty());
        const CiscoConfig back = FortiConfigReader::readText(fix.config);
        for (const ImportIssue &i : back.issues)
            QVERIFY2(i.severity != ImportIssue::Error, qPrintable(ImportIssues::format("fix", i)));
        states.clear();
        QVERIFY(importAndRun(config + fix.config, &states, &options));
        QCOMPARE(states, (QList<SimEvent::TunnelState>{SimEvent::Up, SimEvent::Up}));
    }

    void singleAddressUsesFixedPort()
    {
        // Only wan1's address: FortiOS keeps ports per destination, so a fixed-port
        // policy lets both appliances keep 4500 toward their own peers.
        Project p;
        QVERIFY(load(QStringLiteral("seed-incident-fortigate"), &p));
        QVERIFY(p.setValue(find(p, ObjectKind::Interface, "wan1"), Field::prefixLength, 32));
        const Fix fix = ofRule(diagnose(p), "fortigate-port").value(0).fix;
        QCOMPARE(fix.vendor, QStringLiteral("fortigate"));
        QVERIFY(fix.complete);
        QVERIFY(fix.config.contains(QStringLiteral("config firewall addrgrp")));
        QVERIFY(fix.config.contains(QStringLiteral("set fixedport enable")));
        QVERIFY(!fix.config.contains(QStringLiteral("config firewall vip")));
        QVERIFY(fix.changes.apply(&p));
        QCOMPARE(finalState(p, "HCX-IX-I1"), SimEvent::Up);
        QCOMPARE(finalState(p, "HCX-NE-I1"), SimEvent::Up);
        // Read back from the pasted configuration: the same.
        QList<SimEvent::TunnelState> states;
        QStringList options;
        QVERIFY(importAndRun(readData("seed-incident.conf") + fix.config, &states, &options));
        QVERIFY(options.contains(QStringLiteral("fixedport")));
        QCOMPARE(states, (QList<SimEvent::TunnelState>{SimEvent::Up, SimEvent::Up}));
    }

    void probeMismatchKnowsThe5117Rule()
    {
        // A probe from UDP 4500 that saw the port kept disagrees with a default
        // FortiGate (4500 is translated) and agrees once the policy has fixedport.
        Project p;
        QVERIFY(load(QStringLiteral("seed-incident-fortigate"), &p));
        const ObjectId device = p.objects(ObjectKind::Device).first();
        ProbeProposal::Attached probe;
        probe.result.localPort = 4500;
        probe.classification.serverAnswered = probe.classification.behindNat = true;
        probe.classification.firstMapped = ep("19.155.80.72", 4500);
        probe.classification.portPreserved = true;
        QStringList m = ProbeProposal::mismatches(p, device, probe);
        QCOMPARE(m.size(), 1);
        QVERIFY2(m[0].contains(QStringLiteral("5117-65533")), qPrintable(m[0]));
        QVERIFY(p.setValue(device, Field::options, QStringList{QStringLiteral("fixedport")}));
        QVERIFY(ProbeProposal::mismatches(p, device, probe).isEmpty());
        // From a high port, a translated port with nothing competing disagrees with the profile.
        QVERIFY(p.setValue(device, Field::options, QStringList()));
        probe.result.localPort = 40000;
        probe.classification.firstMapped = ep("19.155.80.72", 5117);
        probe.classification.portPreserved = false;
        m = ProbeProposal::mismatches(p, device, probe);
        QCOMPARE(m.size(), 1);
        QVERIFY(m[0].contains(QStringLiteral("keeps a free port")));
    }

    void otherFixesAreFortiOS()
    {
        Project p;
        QVERIFY(load(QStringLiteral("seed-incident-fortigate"), &p));
        const ObjectId device = p.objects(ObjectKind::Device).first();
        const ObjectId ix = find(p, ObjectKind::Appliance, "HCX-IX-I1");
        const auto noErrors = [](const CiscoConfig &c) {
            for (const ImportIssue &i : c.issues) {
                if (i.severity == ImportIssue::Error || i.severity == ImportIssue::Unknown)
                    return false;
            }
            return true;
        };
        // A static PAT of the IX on 4501 moved to 4500: a VIP, read back as static PAT on 4500.
        QString error;
        QVERIFY2(p.create(ObjectKind::Rule, device,
                          {{Field::kind, QStringLiteral("static-pat")}, {Field::protocol, QStringLiteral("udp")},
                           {Field::insideLocal, QStringLiteral("192.19.72.202")}, {Field::localPort, 4500},
                           {Field::insideGlobal, QStringLiteral("19.155.80.72")}, {Field::globalPort, 4501}},
                          &error),
                 qPrintable(error));
        const ObjectId rule = p.objects(ObjectKind::Rule).last();
        Fix fix = FixGenerator(p).staticPatOn4500(device, rule, ix);
        QCOMPARE(fix.vendor, QStringLiteral("fortigate"));
        CiscoConfig back = FortiConfigReader::readText(fix.config);
        QVERIFY(noErrors(back));
        QCOMPARE(back.rules.size(), 1);
        QCOMPARE(back.rules[0].kind, CiscoConfig::NatRule::StaticPat);
        QCOMPARE(back.rules[0].local, QStringLiteral("192.19.72.202"));
        QCOMPARE(back.rules[0].globalPort, 4500);
        // Unblocking UDP 4500: an address, a custom service and a policy per appliance.
        fix = FixGenerator(p).unblock(device, {QStringLiteral("udp/4500")}, {ix});
        QCOMPARE(fix.vendor, QStringLiteral("fortigate"));
        QVERIFY2(fix.config.contains(QStringLiteral("set udp-portrange 4500")), qPrintable(fix.config));
        QVERIFY(fix.config.contains(QStringLiteral("set dstaddr \"MESHNAT-PEER-203.0.113.10\"")));
        QVERIFY(!fix.config.contains(QStringLiteral("iptables")));
        back = FortiConfigReader::readText(fix.config);
        QVERIFY(noErrors(back));
    }

    void timeoutFixIsFortiOS()
    {
        Project p;
        QVERIFY(load(QStringLiteral("seed-incident-fortigate"), &p));
        const Fix fix = FixGenerator(p).raiseUdpTimeout(p.objects(ObjectKind::Device).first(), 600);
        QCOMPARE(fix.vendor, QStringLiteral("fortigate"));
        QVERIFY(fix.config.contains(QStringLiteral("config system global\n    set udp-idle-timer 600\nend")));
        const CiscoConfig back = FortiConfigReader::readText(fix.config);
        QCOMPARE(back.timeouts.value(QStringLiteral("udp-timeout")), 600);
    }
};

QTEST_GUILESS_MAIN(TestFortiGate)
#include "tst_fortigate.moc"
