// FortiGate configuration reader (issue #16): every construct of the samples in
// tests/io/data/fortigate mapped onto the IOS-shaped CiscoConfig, damaged and
// truncated input reported line by line without losing the rest, input that is
// not FortiOS judged as such, and the project built from it simulated.
#include "vendors/FortiConfigReader.h"
#include "ObservedTable.h"
#include "Project.h"
#include "ProjectImporter.h"
#include "ReaderVerdict.h"
#include "ReplayCursor.h"
#include "Simulator.h"

#include <QtTest>

#include <random>

namespace {

QString readData(const char *name)
{
    QFile file(QStringLiteral(MESHNAT_SOURCE_DIR "/tests/io/data/fortigate/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", name);
    return QString::fromUtf8(file.readAll());
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

QString dump(const CiscoConfig &c)
{
    QString out;
    for (const ImportIssue &i : c.issues)
        out += ImportIssues::format(QStringLiteral("cfg"), i) + QLatin1Char('\n');
    return out;
}

const CiscoConfig::NatRule *ruleFrom(const CiscoConfig &c, const QString &text, const QString &local = {})
{
    for (const CiscoConfig::NatRule &r : c.rules) {
        if (r.text == text && (local.isEmpty() || r.local == local))
            return &r;
    }
    return nullptr;
}

} // namespace

class TestFortiConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedIncidentConfig()
    {
        const CiscoConfig c = FortiConfigReader::readText(readData("seed-incident.conf"));
        QVERIFY2(linesOf(c, ImportIssue::Error).isEmpty(), qPrintable(dump(c)));
        QVERIFY2(linesOf(c, ImportIssue::Unknown).isEmpty(), qPrintable(dump(c)));
        QCOMPARE(c.readerKey, QStringLiteral("fortigate-config"));
        QCOMPARE(c.profile, QStringLiteral("fortigate"));
        QVERIFY(c.profileOptions.isEmpty());
        QCOMPARE(c.hostname, QStringLiteral("CUST-FGT-01"));
        QCOMPARE(c.interfaces.size(), 3);
        const CiscoConfig::Interface *wan = c.interface(QStringLiteral("wan1"));
        QVERIFY(wan);
        QCOMPARE(wan->address, QStringLiteral("19.155.80.72"));
        QCOMPARE(wan->prefixLength, 24);
        QCOMPARE(wan->natRole, QStringLiteral("outside"));
        QCOMPARE(wan->line, 15);
        QCOMPARE(c.interface(QStringLiteral("internal"))->natRole, QStringLiteral("inside"));
        QCOMPARE(c.interface(QStringLiteral("internal"))->description, QStringLiteral("HCX uplinks"));
        QCOMPARE(c.interface(QStringLiteral("dmz"))->natRole, QStringLiteral("inside")); // srcintf of policy 1
        // Policy 1: its source group (a subnet and an iprange) becomes its access list.
        const CiscoConfig::AccessList *acl = c.accessList(QStringLiteral("policy-1"));
        QVERIFY(acl);
        QStringList sources;
        for (const CiscoConfig::AclEntry &e : acl->entries)
            sources.append(e.source);
        QCOMPARE(sources, (QStringList{"192.19.72.0/24", "10.10.10.10/31", "10.10.10.12/30",
                                       "10.10.10.16/30", "10.10.10.20/32"}));
        const CiscoConfig::NatRule *p1 = ruleFrom(c, QStringLiteral("policy 1"));
        QVERIFY(p1);
        QCOMPARE(p1->kind, CiscoConfig::NatRule::DynamicList);
        QCOMPARE(p1->interface, QStringLiteral("wan1"));
        QVERIFY(p1->pool.isEmpty());
        QCOMPARE(p1->line, 72);
        // Policy 2 has no NAT: no rule. The VIP forwards TCP 443 to the web server.
        QCOMPARE(ruleFrom(c, QStringLiteral("policy 2")), nullptr);
        const CiscoConfig::NatRule *vip = ruleFrom(c, QStringLiteral("VIP WEB-VIP"));
        QVERIFY(vip);
        QCOMPARE(vip->kind, CiscoConfig::NatRule::StaticPat);
        QCOMPARE(vip->protocol, QStringLiteral("tcp"));
        QCOMPARE(vip->global, QStringLiteral("19.155.80.80"));
        QCOMPARE(vip->local, QStringLiteral("10.10.10.80"));
        QCOMPARE(vip->globalPort, 443);
        QCOMPARE(vip->localPort, 443);
        // show omits the default UDP idle timer: FortiOS's 180 s, said to be assumed.
        QCOMPARE(c.timeouts.value(QStringLiteral("udp-timeout")), 180);
        QVERIFY(dump(c).contains(QStringLiteral("180 s is assumed")));
        // Every section not about NAT is named once with its line; nothing silently dropped.
        QVERIFY2(linesOf(c, ImportIssue::Note).contains(38), qPrintable(dump(c))); // system admin
        QVERIFY2(linesOf(c, ImportIssue::Note).contains(67), qPrintable(dump(c))); // log syslogd
        QVERIFY2(dump(c).contains(QStringLiteral("vmc.example.com of type fqdn")), qPrintable(dump(c)));
        QVERIFY(ReaderVerdict::ciscoConfig(c).isEmpty());
    }

    void everyConstruct()
    {
        const CiscoConfig c = FortiConfigReader::readText(readData("constructs.conf"));
        QVERIFY2(linesOf(c, ImportIssue::Error).isEmpty(), qPrintable(dump(c)));
        QVERIFY2(linesOf(c, ImportIssue::Unknown).isEmpty(), qPrintable(dump(c)));
        QCOMPARE(c.hostname, QStringLiteral("EDGE-FGT"));
        // session-ttl: the UDP 4500 entry wins over udp-idle-timer; default is TCP's.
        QCOMPARE(c.timeouts.value(QStringLiteral("udp-timeout")), 600);
        QCOMPARE(c.timeouts.value(QStringLiteral("tcp-timeout")), 7200);
        // Interfaces: CIDR form, secondary IPs, DHCP, status down.
        QCOMPARE(c.interface(QStringLiteral("port1"))->prefixLength, 24);
        QCOMPARE(c.interface(QStringLiteral("port2"))->secondary, QStringList{"172.16.11.1/24"});
        QVERIFY(c.interface(QStringLiteral("port3"))->dhcp);
        QVERIFY(c.interface(QStringLiteral("port3"))->address.isEmpty());
        QVERIFY(c.interface(QStringLiteral("port4"))->shutdown);
        // Through the zone LAN-ZONE, port4 is a NAT inside interface too.
        QCOMPARE(c.interface(QStringLiteral("port4"))->natRole, QStringLiteral("inside"));
        // Pools by type.
        QCOMPARE(c.pools.size(), 4);
        QCOMPARE(c.pool(QStringLiteral("PAT-POOL"))->type, QStringLiteral("overload"));
        QCOMPARE(c.pool(QStringLiteral("PAT-POOL"))->ranges.first(),
                 (QPair<QString, QString>{"198.51.100.10", "198.51.100.11"}));
        QCOMPARE(c.pool(QStringLiteral("PAT-POOL"))->prefixLength, 24); // port1's subnet
        QCOMPARE(c.pool(QStringLiteral("HCX-1TO1"))->type, QStringLiteral("one-to-one"));
        QCOMPARE(c.pool(QStringLiteral("FPR"))->type, QStringLiteral("fixed-port-range"));
        QCOMPARE(c.pool(QStringLiteral("PBA"))->type, QStringLiteral("port-block-allocation"));
        // VIPs: static NAT from the 6.4+ mappedip table, UDP 4500 forwarding, a
        // forward on the interface address, a range of two, load balancing skipped.
        const CiscoConfig::NatRule *ix = ruleFrom(c, QStringLiteral("VIP IX-STATIC"));
        QVERIFY(ix);
        QCOMPARE(ix->kind, CiscoConfig::NatRule::Static);
        QCOMPARE(ix->local, QStringLiteral("172.16.10.202"));
        QCOMPARE(ix->global, QStringLiteral("198.51.100.50"));
        const CiscoConfig::NatRule *ne = ruleFrom(c, QStringLiteral("VIP NE-4500"));
        QVERIFY(ne);
        QCOMPARE(ne->kind, CiscoConfig::NatRule::StaticPat);
        QCOMPARE(ne->protocol, QStringLiteral("udp"));
        QCOMPARE(ne->localPort, 4500);
        QCOMPARE(ne->globalPort, 4500);
        const CiscoConfig::NatRule *onWan = ruleFrom(c, QStringLiteral("VIP ON-WAN-IP"));
        QVERIFY(onWan);
        QVERIFY(onWan->global.isEmpty());
        QCOMPARE(onWan->interface, QStringLiteral("port1"));
        QCOMPARE(onWan->globalPort, 8443);
        QCOMPARE(onWan->localPort, 443);
        QVERIFY(ruleFrom(c, QStringLiteral("VIP PAIR"), QStringLiteral("172.16.10.61")));
        QCOMPARE(ruleFrom(c, QStringLiteral("VIP PAIR"), QStringLiteral("172.16.10.61"))->global,
                 QStringLiteral("198.51.100.61"));
        QCOMPARE(ruleFrom(c, QStringLiteral("VIP LB")), nullptr);
        QVERIFY(dump(c).contains(QStringLiteral("type server-load-balance is not modelled")));
        // Policies: 10 (one-to-one pool, fixedport) and 11 (zone, two pools,
        // port-preserve disable); 12 disabled and 13 without NAT make no rule.
        const CiscoConfig::NatRule *p10 = ruleFrom(c, QStringLiteral("policy 10"));
        QVERIFY(p10);
        QCOMPARE(p10->pool, QStringLiteral("HCX-1TO1"));
        QCOMPARE(c.accessList(QStringLiteral("policy-10"))->entries.size(), 2);
        const CiscoConfig::NatRule *p11 = ruleFrom(c, QStringLiteral("policy 11"));
        QVERIFY(p11);
        QCOMPARE(p11->pool, QStringLiteral("PAT-POOL"));
        QVERIFY(dump(c).contains(QStringLiteral("only the first IP pool (PAT-POOL)")));
        QCOMPARE(c.accessList(QStringLiteral("policy-11"))->entries.size(), 1); // LAN, LOOP adds LAN again
        QCOMPARE(ruleFrom(c, QStringLiteral("policy 12")), nullptr);
        QCOMPARE(ruleFrom(c, QStringLiteral("policy 13")), nullptr);
        // Per-policy settings become the device's options, and the notes say so.
        QCOMPARE(c.profileOptions,
                 (QStringList{"fixedport", "no-port-preserve", "one-to-one"}));
        QVERIFY(dump(c).contains(QStringLiteral("set fixedport enable is set on 1 of 2 NAT policies")));
    }

    void importedProjectSimulates()
    {
        // Config + the observed session list: device, appliances, peers, mesh.
        const CiscoConfig c = FortiConfigReader::readText(readData("seed-incident.conf"));
        const QString sessions = readData("seed-incident-sessions.txt");
        const ObservedTable table = ObservedTable::fromText(sessions);
        QCOMPARE(table.appliances().size(), 2);
        Project project;
        const ImportPlan plan = ProjectImporter::plan(project, &c, nullptr, &sessions, &table, {});
        QString error;
        ChangeSet::Applied applied;
        QVERIFY2(plan.changes.apply(&project, &applied, &error), qPrintable(error));
        const ObjectId device = project.objects(ObjectKind::Device).first();
        QCOMPARE(project.name(device), QStringLiteral("CUST-FGT-01"));
        QCOMPARE(project.text(device, Field::profile), QStringLiteral("fortigate"));
        QCOMPARE(project.value(device, Field::udpTimeout).toInt(), 180);
        const auto result = Simulator::run(project);
        QVERIFY2(result->warnings.isEmpty(), qPrintable(result->warnings.join(QLatin1Char('\n'))));
        QCOMPARE(result->tunnels.size(), 2);
        // FortiOS translates 4500 (below 5117): as in the observed table, both get 5117.
        ReplayCursor cursor(result);
        cursor.toEnd();
        for (int t = 0; t < result->tunnels.size(); ++t)
            QCOMPARE(cursor.tunnel(t).state, SimEvent::Down);
        bool saw5117 = false;
        for (const SimEvent &e : result->events) {
            if (e.type == SimEvent::TranslationCreated && e.tunnel >= 0)
                saw5117 = saw5117 || result->translation(e.translation).insideGlobal.port == 5117;
        }
        QVERIFY(saw5117);
    }

    void centralNatAndVdoms()
    {
        // VDOMs: global sections in config global, NAT in config vdom / edit root.
        // Central NAT on: policy NAT is skipped, central-snat-map is read.
        const QString text = QStringLiteral(
            "config global\n"
            "config system global\n    set hostname \"FGT-VDOM\"\nend\n"
            "end\n"
            "config vdom\n"
            "edit root\n"
            "config system settings\n    set central-nat enable\nend\n"
            "config system interface\n"
            "    edit \"port1\"\n        set ip 198.51.100.2 255.255.255.0\n    next\n"
            "    edit \"port2\"\n        set ip 10.0.0.1 255.255.255.0\n    next\n"
            "end\n"
            "config firewall address\n    edit \"HCX\"\n        set subnet 10.0.0.0 255.255.255.0\n    next\nend\n"
            "config firewall ippool\n    edit \"P\"\n        set startip 198.51.100.9\n        set endip 198.51.100.9\n    next\nend\n"
            "config firewall policy\n    edit 1\n        set srcintf \"port2\"\n        set dstintf \"port1\"\n"
            "        set srcaddr \"HCX\"\n        set action accept\n        set nat enable\n    next\nend\n"
            "config firewall central-snat-map\n    edit 1\n        set srcintf \"port2\"\n        set dstintf \"port1\"\n"
            "        set orig-addr \"HCX\"\n        set dst-addr \"all\"\n        set nat-ippool \"P\"\n"
            "        set port-preserve disable\n    next\nend\n"
            "next\n"
            "end\n");
        const CiscoConfig c = FortiConfigReader::readText(text);
        QVERIFY2(linesOf(c, ImportIssue::Error).isEmpty(), qPrintable(dump(c)));
        QCOMPARE(c.hostname, QStringLiteral("FGT-VDOM"));
        QCOMPARE(ruleFrom(c, QStringLiteral("policy 1")), nullptr);
        QVERIFY(dump(c).contains(QStringLiteral("FortiOS skips the NAT of policy 1")));
        const CiscoConfig::NatRule *snat = ruleFrom(c, QStringLiteral("central-snat-map 1"));
        QVERIFY(snat);
        QCOMPARE(snat->pool, QStringLiteral("P"));
        QCOMPARE(c.accessList(QStringLiteral("snat-1"))->entries.first().source, QStringLiteral("10.0.0.0/24"));
        QCOMPARE(c.interface(QStringLiteral("port2"))->natRole, QStringLiteral("inside"));
        QCOMPARE(c.profileOptions, QStringList{QStringLiteral("no-port-preserve")});
    }

    void malformedInputIsReportedLineByLine()
    {
        const CiscoConfig c = FortiConfigReader::readText(readData("malformed.conf"));
        QCOMPARE(linesOf(c, ImportIssue::Error),
                 (QList<int>{3, 13, 21, 25, 35, 37, 39, 41, 42, 43, 44}));
        QCOMPARE(linesOf(c, ImportIssue::Unknown), QList<int>{45});
        // Undefined names, a missing pool, an edit before next, an end before next.
        const QList<int> warnings = linesOf(c, ImportIssue::Warning);
        for (int line : {51, 54, 55, 64, 73})
            QVERIFY2(warnings.contains(line), qPrintable(dump(c)));
        // What was valid is still there: the lan interface, the good address,
        // policies 2 and 4 (policy 1's pool does not exist, so it is not imported).
        QCOMPARE(c.interface(QStringLiteral("lan"))->address, QStringLiteral("192.168.1.1"));
        QVERIFY(c.interface(QStringLiteral("wan1"))->address.isEmpty());
        QVERIFY(ruleFrom(c, QStringLiteral("policy 2")));
        QVERIFY(ruleFrom(c, QStringLiteral("policy 4")));
        QCOMPARE(ruleFrom(c, QStringLiteral("policy 1")), nullptr);
        QCOMPARE(c.accessList(QStringLiteral("policy-2"))->entries.first().source,
                 QStringLiteral("192.168.1.0/24"));
        // The issue texts name the line's content and why.
        QVERIFY(dump(c).contains(QStringLiteral("cfg:35: ")));
        QVERIFY(dump(c).contains(QStringLiteral("extport \"forty\" is not a port")));
    }

    void truncatedInputKeepsWhatWasRead()
    {
        const CiscoConfig c = FortiConfigReader::readText(readData("truncated.conf"));
        QVERIFY2(linesOf(c, ImportIssue::Error).isEmpty(), qPrintable(dump(c)));
        const QList<int> warnings = linesOf(c, ImportIssue::Warning);
        QCOMPARE(warnings, (QList<int>{71, 72})); // config firewall policy, edit 1
        QVERIFY(dump(c).contains(QStringLiteral("looks truncated")));
        QCOMPARE(c.interfaces.size(), 3);
        QVERIFY(ruleFrom(c, QStringLiteral("policy 1"))); // nat enable was the last line read
    }

    void notFortiOS_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("cisco") << QByteArray("hostname R1\ninterface GigabitEthernet0/0\n ip address 10.0.0.1 "
                                             "255.255.255.0\n ip nat inside\n!\n");
        QTest::newRow("binary") << QByteArray("\x00\x01\xff\xfe garbage\n\x7f ELF\x02\n", 20);
        QTest::newRow("session list") << readData("seed-incident-sessions.txt").toUtf8();
    }
    void notFortiOS()
    {
        QFETCH(QByteArray, input);
        const CiscoConfig c = FortiConfigReader::readText(QString::fromUtf8(input));
        QCOMPARE(c.understood, 0);
        QVERIFY(!ReaderVerdict::ciscoConfig(c).isEmpty());
        QVERIFY(c.rules.isEmpty() && c.interfaces.isEmpty());
        QCOMPARE(FortiConfigReader::sniff(input), 0);
    }

    void sniff()
    {
        QVERIFY(FortiConfigReader::sniff(readData("seed-incident.conf").toUtf8()) >= 90);
        // Without the header (a pasted `show firewall policy`).
        QVERIFY(FortiConfigReader::sniff(readData("malformed.conf").toUtf8()) > 50);
    }

    void randomDamageNeverCrashes()
    {
        // Seeded damage to every sample (bytes flipped, lines cut, dropped or
        // repeated): each read ends, and what it understood imports and undoes
        // cleanly. The libFuzzer target fuzz_ciscoconfig does the same at length.
        std::mt19937 rng(16);
        int imported = 0;
        for (const char *name : {"seed-incident.conf", "constructs.conf", "malformed.conf"}) {
            const QString original = readData(name);
            for (int round = 0; round < 150; ++round) {
                QStringList lines = original.split(QLatin1Char('\n'));
                for (int k = 0; k < 1 + int(rng() % 6); ++k) {
                    const int i = int(rng() % lines.size());
                    switch (rng() % 5) {
                    case 0: lines.removeAt(i); break;
                    case 1: lines.insert(i, lines[i]); break;
                    case 2: lines[i].truncate(int(rng() % (lines[i].size() + 1))); break;
                    case 3: lines = lines.mid(0, i); break;
                    default:
                        if (!lines[i].isEmpty())
                            lines[i][int(rng() % lines[i].size())] = QChar(char16_t(rng() % 0x3000));
                    }
                    if (lines.isEmpty())
                        lines.append(QString());
                }
                const CiscoConfig c = FortiConfigReader::readText(lines.join(QLatin1Char('\n')));
                QVERIFY(c.lines <= int(lines.size()));
                Project project;
                const ImportPlan plan = ProjectImporter::plan(project, &c, nullptr, nullptr, nullptr, {});
                ChangeSet::Applied applied;
                QString error;
                if (plan.changes.apply(&project, &applied, &error)) {
                    ++imported;
                    ChangeSet::revert(&project, applied);
                    QCOMPARE(project.objectCount(), 0);
                }
            }
        }
        QVERIFY(imported > 300); // most damaged files still import
    }

    void hostileStructureNeverCrashes()
    {
        // Deep nesting, an unbalanced quote on every line, a huge edit: reported, not fatal.
        QString deep;
        for (int i = 0; i < 5000; ++i)
            deep += QStringLiteral("config a%1\n").arg(i);
        CiscoConfig c = FortiConfigReader::readText(deep);
        QVERIFY(!linesOf(c, ImportIssue::Error).isEmpty());
        QString quotes = QStringLiteral("config firewall address\n");
        for (int i = 0; i < 1000; ++i)
            quotes += QStringLiteral("    edit \"x%1\n").arg(i);
        c = FortiConfigReader::readText(quotes);
        QCOMPARE(linesOf(c, ImportIssue::Error).size(), 1000);
        // A VIP range far too large to expand.
        c = FortiConfigReader::readText(QStringLiteral(
            "config firewall vip\n edit \"big\"\n  set extip 1.0.0.0-1.0.255.255\n"
            "  set mappedip \"10.0.0.0-10.0.255.255\"\n next\nend\n"));
        QVERIFY(c.rules.isEmpty());
        QVERIFY(dump(c).contains(QStringLiteral("more than 256 addresses")));
    }
};

QTEST_GUILESS_MAIN(TestFortiConfig)
#include "tst_forticonfig.moc"
