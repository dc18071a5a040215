// Cisco IOS configuration reader: every NAT statement kind, errors with line
// numbers that do not stop the rest, unknown lines counted; and the project
// built from it (one device, profile cisco-ios) that the NAT engine accepts.
#include "CiscoConfigReader.h"
#include "NatDeviceConfig.h"
#include "Project.h"
#include "ProjectImporter.h"
#include "StoredObservedTable.h"
#include "ShowNatTranslationsReader.h"
#include "Simulator.h"

#include <QtTest>

namespace {
QString dataFile(const char *name)
{
    return QStringLiteral(MESHNAT_SOURCE_DIR "/tests/io/data/") + QLatin1String(name);
}

QList<int> linesOf(const CiscoConfig &c, ImportIssue::Severity s)
{
    QList<int> out;
    for (const ImportIssue &i : c.issues) {
        if (i.severity == s)
            out.append(i.line);
    }
    return out;
}

ObjectId childNamed(const Project &p, ObjectId parent, ObjectKind kind, const QString &name)
{
    for (ObjectId id : p.children(parent)) {
        if (p.kind(id) == kind && p.name(id) == name)
            return id;
    }
    return NoId;
}
} // namespace

class TestCiscoConfig : public QObject
{
    Q_OBJECT

private slots:
    void fullConfiguration();
    void interfaces();
    void accessLists();
    void pools();
    void dynamicRules();
    void staticRules();
    void outsideAndSettings();
    void errorsDoNotStopTheRest();
    void importBuildsDevice();
    void importWithTranslationsSimulates();
    void tooLargeFileIsRefused();
};

void TestCiscoConfig::fullConfiguration()
{
    CiscoConfig c;
    QString error;
    QVERIFY2(CiscoConfigReader::readFile(dataFile("cisco-seed-incident.cfg"), &c, &error),
             qPrintable(error));
    QCOMPARE(c.hostname, QStringLiteral("CUST-EDGE-01"));
    QCOMPARE(c.interfaces.size(), 3);
    QCOMPARE(c.pools.size(), 2);
    QCOMPARE(c.accessLists.size(), 4);
    QCOMPARE(c.rules.size(), 6);
    QCOMPARE(c.routeMaps.size(), 1);
    QCOMPARE(linesOf(c, ImportIssue::Error), QList<int>());
    // The banner's text (which looks like a NAT rule) is not read as one.
    for (const CiscoConfig::NatRule &r : c.rules)
        QVERIFY(r.line > 13);
    // Unknown: version, service, vrf definition block (3), duplex, line vty block (2).
    const QList<int> unknown = linesOf(c, ImportIssue::Unknown);
    QVERIFY2(unknown.contains(8) && unknown.contains(16) && unknown.contains(23),
             qPrintable(QString::number(unknown.size())));
    QCOMPARE(unknown.size(), 8);
}

void TestCiscoConfig::interfaces()
{
    const CiscoConfig c = CiscoConfigReader::readText(
        "interface GigabitEthernet0/0\n"
        " ip address 192.19.72.1 255.255.255.0\n"
        " ip address 192.19.73.1 255.255.255.128 secondary\n"
        " ip nat inside\n"
        " ip vrf forwarding CUST\n"
        "interface Dialer1\n"
        " ip address dhcp\n"
        " ip nat outside\n"
        "interface Loopback0\n"
        " ip address 10.255.255.1 255.255.255.255\n"
        " ip nat enable\n");
    QCOMPARE(c.interfaces.size(), 3);
    const CiscoConfig::Interface &g = c.interfaces.at(0);
    QCOMPARE(g.address, QStringLiteral("192.19.72.1"));
    QCOMPARE(g.prefixLength, 24);
    QCOMPARE(g.secondary, QStringList{"192.19.73.1/25"});
    QCOMPARE(g.natRole, QStringLiteral("inside"));
    QCOMPARE(g.vrf, QStringLiteral("CUST"));
    QVERIFY(c.interfaces.at(1).dhcp);
    QCOMPARE(c.interfaces.at(1).natRole, QStringLiteral("outside"));
    QCOMPARE(c.interfaces.at(2).prefixLength, 32);
    QCOMPARE(c.interfaces.at(2).natRole, QStringLiteral("enable"));
    QCOMPARE(linesOf(c, ImportIssue::Note), (QList<int>{7, 11}));
    QVERIFY(linesOf(c, ImportIssue::Error).isEmpty());
}

void TestCiscoConfig::accessLists()
{
    const CiscoConfig c = CiscoConfigReader::readText(
        "access-list 1 permit 192.19.72.0 0.0.0.255\n"
        "access-list 1 permit host 192.19.72.5\n"
        "access-list 1 deny any\n"
        "access-list 10 permit 10.1.1.1\n"
        "access-list 110 permit udp 192.19.72.0 0.0.0.255 any eq 4500\n"
        "access-list 110 permit tcp host 10.0.0.1 range 1000 2000 10.2.0.0 0.0.255.255 eq 443 log\n"
        "ip access-list standard NAT-STD\n"
        " 10 permit 172.16.0.0 0.15.255.255\n"
        " remark office\n"
        "ip access-list extended NAT-EXT\n"
        " 10 permit ip 192.168.0.0 0.0.255.255 any\n"
        " 20 deny ip any any\n");
    QCOMPARE(c.accessLists.size(), 5);
    const CiscoConfig::AccessList *one = c.accessList("1");
    QVERIFY(one && one->numbered && !one->extended);
    QCOMPARE(one->entries.size(), 3);
    QCOMPARE(one->entries.at(0).source, QStringLiteral("192.19.72.0/24"));
    QCOMPARE(one->entries.at(1).source, QStringLiteral("192.19.72.5/32"));
    QVERIFY(!one->entries.at(2).permit);
    QCOMPARE(c.accessList("10")->entries.at(0).source, QStringLiteral("10.1.1.1/32"));
    const CiscoConfig::AccessList *ext = c.accessList("110");
    QVERIFY(ext && ext->extended);
    QCOMPARE(ext->entries.at(0).protocol, QStringLiteral("udp"));
    QCOMPARE(ext->entries.at(0).destinationPorts, QStringLiteral("eq 4500"));
    QCOMPARE(ext->entries.at(1).sourcePorts, QStringLiteral("range 1000 2000"));
    QCOMPARE(ext->entries.at(1).destination, QStringLiteral("10.2.0.0/16"));
    QCOMPARE(c.accessList("NAT-STD")->entries.at(0).source, QStringLiteral("172.16.0.0/12"));
    QCOMPARE(c.accessList("NAT-EXT")->entries.size(), 2);
    QVERIFY(c.issues.isEmpty());
}

void TestCiscoConfig::pools()
{
    const CiscoConfig c = CiscoConfigReader::readText(
        "ip nat pool A 19.155.80.80 19.155.80.81 prefix-length 24\n"
        "ip nat pool B 19.155.80.82 19.155.80.82 netmask 255.255.255.248 type match-host\n"
        "ip nat pool C prefix-length 28\n"
        " address 19.155.80.90 19.155.80.95\n"
        " address 19.155.80.97 19.155.80.98\n"
        "ip nat pool D 19.155.80.99 19.155.80.90 prefix-length 24\n"
        "ip nat pool E 19.155.80.90 19.155.80.95 netmask 255.0.255.0\n"
        "ip nat pool F 19.155.80.90 19.155.80.95\n");
    QCOMPARE(c.pools.size(), 3);
    QCOMPARE(c.pool("A")->prefixLength, 24);
    QCOMPARE(c.pool("B")->prefixLength, 29);
    QCOMPARE(c.pool("B")->type, QStringLiteral("match-host"));
    QCOMPARE(c.pool("C")->ranges.size(), 2);
    QCOMPARE(c.pool("C")->ranges.at(1).second, QStringLiteral("19.155.80.98"));
    QCOMPARE(linesOf(c, ImportIssue::Error), (QList<int>{6, 7, 8}));
}

void TestCiscoConfig::dynamicRules()
{
    const CiscoConfig c = CiscoConfigReader::readText(
        "ip nat inside source list 1 interface GigabitEthernet0/1 overload\n"
        "ip nat inside source list NAT pool P vrf CUST overload\n"
        "ip nat inside source route-map RM interface Gi0/1 overload\n"
        "ip nat inside source list 2 pool P\n");
    QCOMPARE(c.rules.size(), 4);
    QCOMPARE(c.rules.at(0).kind, CiscoConfig::NatRule::DynamicList);
    QCOMPARE(c.rules.at(0).interface, QStringLiteral("GigabitEthernet0/1"));
    QVERIFY(c.rules.at(0).overload);
    QCOMPARE(c.rules.at(1).pool, QStringLiteral("P"));
    QCOMPARE(c.rules.at(1).vrf, QStringLiteral("CUST"));
    QCOMPARE(c.rules.at(2).kind, CiscoConfig::NatRule::DynamicRouteMap);
    QCOMPARE(c.rules.at(2).routeMap, QStringLiteral("RM"));
    QVERIFY(!c.rules.at(3).overload);
    QCOMPARE(c.rules.at(3).line, 4);
}

void TestCiscoConfig::staticRules()
{
    const CiscoConfig c = CiscoConfigReader::readText(
        "ip nat inside source static 192.19.72.202 19.155.80.75\n"
        "ip nat inside source static udp 192.19.72.202 4500 19.155.80.72 4500 extendable\n"
        "ip nat inside source static tcp 192.19.72.10 443 interface GigabitEthernet0/1 8443\n"
        "ip nat inside source static 192.19.72.203 19.155.80.76 vrf CUST extendable no-alias "
        "no-payload route-map RM redundancy 1 mapping-id 10\n"
        "ip nat inside source static network 192.19.72.0 19.155.81.0 /24 no-alias\n"
        "ip nat inside source static network 10.0.0.0 19.155.82.0 255.255.255.0\n");
    QCOMPARE(c.rules.size(), 6);
    QCOMPARE(c.rules.at(0).kind, CiscoConfig::NatRule::Static);
    QCOMPARE(c.rules.at(1).kind, CiscoConfig::NatRule::StaticPat);
    QCOMPARE(c.rules.at(1).protocol, QStringLiteral("udp"));
    QCOMPARE(c.rules.at(1).localPort, 4500);
    QCOMPARE(c.rules.at(1).globalPort, 4500);
    QVERIFY(c.rules.at(1).extendable);
    QCOMPARE(c.rules.at(2).interface, QStringLiteral("GigabitEthernet0/1"));
    QCOMPARE(c.rules.at(2).globalPort, 8443);
    const CiscoConfig::NatRule &m = c.rules.at(3);
    QCOMPARE(m.vrf, QStringLiteral("CUST"));
    QCOMPARE(m.routeMap, QStringLiteral("RM"));
    QCOMPARE(m.modifiers, (QStringList{"vrf CUST", "extendable", "no-alias", "no-payload",
                                       "route-map RM", "redundancy 1", "mapping-id 10"}));
    QCOMPARE(c.rules.at(4).kind, CiscoConfig::NatRule::StaticNetwork);
    QCOMPARE(c.rules.at(4).prefixLength, 24);
    QCOMPARE(c.rules.at(5).prefixLength, 24);
    QVERIFY(c.issues.isEmpty());
}

void TestCiscoConfig::outsideAndSettings()
{
    const CiscoConfig c = CiscoConfigReader::readText(
        "ip nat outside source static 198.51.100.9 10.9.9.9 add-route\n"
        "ip nat outside source list 5 pool OUT\n"
        "ip nat translation timeout 600\n"
        "ip nat translation udp-timeout 120\n"
        "ip nat translation icmp-timeout never\n"
        "ip nat translation port-timeout udp 4500 60\n"
        "ip nat translation max-entries 4000\n"
        "ip nat settings mode cgn\n"
        "ip nat log translations syslog\n");
    QCOMPARE(c.rules.size(), 2);
    QCOMPARE(c.rules.at(0).direction, QStringLiteral("outside"));
    QCOMPARE(c.timeouts.value("timeout"), 600);
    QCOMPARE(c.timeouts.value("udp-timeout"), 120);
    QCOMPARE(c.timeouts.value("icmp-timeout"), -1);
    QCOMPARE(c.timeouts.value("udp-port-4500"), 60);
    QCOMPARE(c.settings.size(), 2);
    QVERIFY(linesOf(c, ImportIssue::Error).isEmpty());
    QVERIFY(linesOf(c, ImportIssue::Note).contains(9));
    // Outside source rules are noted by the importer, once (not here as well).
    QVERIFY(!linesOf(c, ImportIssue::Note).contains(1));
    QVERIFY(!linesOf(c, ImportIssue::Note).contains(2));
    QCOMPARE(c.understood, 9);
}

void TestCiscoConfig::errorsDoNotStopTheRest()
{
    const CiscoConfig c = CiscoConfigReader::readText(
        "interface Gi0/0\n"
        " ip address 192.19.72.300 255.255.255.0\n"
        " ip nat sideways\n"
        "access-list 500 permit any\n"
        "access-list 1 permit 10.0.0.0 0.255.0.255\n"
        "ip nat inside source list\n"
        "ip nat inside source static udp 192.19.72.202 99999 19.155.80.72 4500\n"
        "ip nat inside source list 1 interface Gi0/1 overload frobnicate\n"
        "ip nat translation udp-timeout soon\n"
        "ip nat inside source list 1 interface Gi0/1 overload\n"
        "frobnicate everything\n");
    QCOMPARE(linesOf(c, ImportIssue::Error), (QList<int>{2, 3, 4, 5, 6, 7, 8, 9}));
    QCOMPARE(linesOf(c, ImportIssue::Unknown), QList<int>{11});
    QCOMPARE(c.rules.size(), 1);
    QCOMPARE(c.rules.first().line, 10);
    QCOMPARE(c.interfaces.size(), 1);
    QVERIFY(ImportIssues::format("r.cfg", c.issues.first()).startsWith("r.cfg:2: "));
}

void TestCiscoConfig::importBuildsDevice()
{
    CiscoConfig c;
    QString error;
    QVERIFY(CiscoConfigReader::readFile(dataFile("cisco-seed-incident.cfg"), &c, &error));
    Project project;
    const ImportPlan plan = ProjectImporter::plan(project, &c, nullptr, nullptr, nullptr, {});
    ChangeSet::Applied applied;
    QVERIFY2(plan.changes.apply(&project, &applied, &error), qPrintable(error));
    QCOMPARE(project.objects(ObjectKind::Device).size(), 1);
    const ObjectId device = project.objects(ObjectKind::Device).first();
    QCOMPARE(project.name(device), QStringLiteral("CUST-EDGE-01"));
    QCOMPARE(project.text(device, Field::profile), QStringLiteral("cisco-ios"));
    QCOMPARE(project.value(device, Field::udpTimeout).toInt(), 300);
    QCOMPARE(project.value(device, Field::tcpTimeout).toInt(), 3600);
    const ObjectId lan = childNamed(project, device, ObjectKind::Interface, "GigabitEthernet0/0");
    QCOMPARE(project.text(lan, Field::role), QStringLiteral("inside"));
    QCOMPARE(project.text(childNamed(project, device, ObjectKind::Interface, "GigabitEthernet0/2"), Field::vrf),
             QStringLiteral("MGMT"));
    QCOMPARE(project.value(childNamed(project, device, ObjectKind::AccessList, "HCX-NAT"), Field::permit)
                 .toStringList(),
             QStringList{"192.19.72.0/24"});
    QVERIFY(childNamed(project, device, ObjectKind::AccessList, "HCX-EXT") != NoId); // via route-map
    QCOMPARE(childNamed(project, device, ObjectKind::AccessList, "101"), NoId);    // unused
    QCOMPARE(project.text(childNamed(project, device, ObjectKind::Pool, "RANGE-POOL"), Field::end),
             QStringLiteral("19.155.80.95"));
    // 2 dynamic + static PAT + static + 4 from the /30 network, and the outside
    // source rule: imported, shown, not simulated (compiled below without it).
    int rules = 0, outside = 0;
    for (ObjectId id : project.children(device)) {
        rules += project.kind(id) == ObjectKind::Rule ? 1 : 0;
        outside += project.text(id, Field::direction) == QLatin1String("outside") ? 1 : 0;
    }
    QCOMPARE(rules, 9);
    QCOMPARE(outside, 1);
    QStringList warnings;
    const NatDeviceConfig compiled = NatDeviceConfig::fromProject(project, device, &warnings);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join('\n')));
    QCOMPARE(compiled.dynamics.size(), 2);
    QCOMPARE(compiled.staticPats.size(), 1);
    QCOMPARE(compiled.statics.size(), 5);
    quint32 appliance = 0;
    QVERIFY(Ipv4::parse("192.19.72.202", &appliance));
    QVERIFY(compiled.isInside(appliance));
    ChangeSet::revert(&project, applied);
    QCOMPARE(project.objectCount(), 0);
}

void TestCiscoConfig::importWithTranslationsSimulates()
{
    CiscoConfig c = CiscoConfigReader::readText(
        "hostname EDGE\n"
        "interface Gi0/0\n ip address 192.19.72.1 255.255.255.0\n ip nat inside\n"
        "interface Gi0/1\n ip address 19.155.80.72 255.255.255.0\n ip nat outside\n"
        "access-list 1 permit 192.19.72.0 0.0.0.255\n"
        "ip nat inside source list 1 interface Gi0/1 overload\n");
    QFile file(dataFile("show-nat-seed-incident.txt"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const ObservedTable table = ObservedTable::fromText(text);
    Project project;
    const ImportPlan plan = ProjectImporter::plan(project, &c, nullptr, &text, &table, {});
    ChangeSet::Applied applied;
    QString error;
    QVERIFY2(plan.changes.apply(&project, &applied, &error), qPrintable(error));
    const ObjectId device = project.objects(ObjectKind::Device).first();
    // The device holds the table read (shared, not the text; issue #15).
    QCOMPARE(StoredObservedTable::of(project, device).rowCount(), table.rowCount());
    QCOMPARE(project.objects(ObjectKind::Appliance).size(), 4); // 2 on-prem + 2 peers
    QCOMPARE(project.objects(ObjectKind::Mesh).size(), 1);
    const auto result = Simulator::run(project);
    QCOMPARE(result->tunnels.size(), 2);
    for (const auto &t : result->tunnels)
        QCOMPARE(t.device, 0);
    // A second import of the same table onto the existing device adds no appliances.
    ProjectImporter::Options options;
    options.device = device;
    const ImportPlan again = ProjectImporter::plan(project, nullptr, nullptr, &text, &table, options);
    QCOMPARE(again.count(ObjectKind::Appliance), 0);
    QCOMPARE(again.changes.operations().size(), 1);
}

void TestCiscoConfig::tooLargeFileIsRefused()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    QVERIFY(file.resize(CiscoConfigReader::MaxFileSize + 1));
    CiscoConfig c;
    QString error;
    QVERIFY(!CiscoConfigReader::readFile(file.fileName(), &c, &error));
    QVERIFY2(error.contains(file.fileName()), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestCiscoConfig)
#include "tst_ciscoconfig.moc"
