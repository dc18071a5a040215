// Cisco ASA 8.3+ running-config reader (issue #16): every construct mapped or
// reported with its line, malformed and cut input never lose the rest, and
// the seed incident's ASA configuration imports into a project that simulates.
#include "vendors/AsaConfigReader.h"
#include "vendors/AsaShowNatReader.h"
#include "NatDeviceConfig.h"
#include "Project.h"
#include "ProjectImporter.h"
#include "ReaderVerdict.h"

#include <QtTest>

#include <random>

namespace {
QString data(const char *name)
{
    QFile f(QStringLiteral(MESHNAT_SOURCE_DIR "/tests/io/data/asa/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(f.readAll());
}

QList<ImportIssue> of(const CiscoConfig &c, ImportIssue::Severity s)
{
    QList<ImportIssue> out;
    for (const ImportIssue &i : c.issues)
        if (i.severity == s)
            out.append(i);
    return out;
}

// The issue reported for a line, if any.
const ImportIssue *at(const CiscoConfig &c, int line, ImportIssue::Severity s)
{
    for (const ImportIssue &i : c.issues)
        if (i.line == line && i.severity == s)
            return &i;
    return nullptr;
}

int lineOf(const QString &text, const QString &start, int from = 1)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = from - 1; i < lines.size(); ++i)
        if (lines.at(i).startsWith(start))
            return i + 1;
    return 0;
}

bool apply(Project *p, const CiscoConfig &c)
{
    ProjectImporter::Options options;
    options.createAppliances = false;
    const ImportPlan plan = ProjectImporter::plan(*p, &c, nullptr,
                                                  static_cast<const StoredObservedTable *>(nullptr),
                                                  options);
    QString error;
    const bool ok = plan.changes.apply(p, &error);
    if (!ok)
        qWarning("%s", qPrintable(error));
    return ok;
}
} // namespace

class TestAsaConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sniffTellsAsaFromOthers()
    {
        QVERIFY(AsaConfigReader::sniff(data("seed-incident-asa.cfg").toUtf8()) >= 90);
        QVERIFY(AsaConfigReader::sniff(data("every-construct.cfg").toUtf8()) >= 90);
        const QByteArray noBanner = "interface Gi0/0\n nameif outside\n security-level 0\n";
        QVERIFY(AsaConfigReader::sniff(noBanner) >= 80);
        const QByteArray ios = "interface GigabitEthernet0/1\n ip address 19.155.80.72 255.255.255.0\n"
                               " ip nat outside\nip nat inside source list 1 interface "
                               "GigabitEthernet0/1 overload\n";
        QCOMPARE(AsaConfigReader::sniff(ios), 0);
        QCOMPARE(AsaConfigReader::sniff("Pro Inside global Inside local\n"), 0);
    }

    void seedIncidentConfig()
    {
        const QString text = data("seed-incident-asa.cfg");
        QVERIFY(!text.isEmpty());
        const CiscoConfig c = AsaConfigReader::readText(text);
        QCOMPARE(c.readerKey, QStringLiteral("cisco-asa-config"));
        QCOMPARE(c.profile, QStringLiteral("cisco-asa"));
        QVERIFY(c.profileOptions.isEmpty()); // interface PAT: no pat-pool options
        QCOMPARE(c.hostname, QStringLiteral("Customer-ASA"));
        QVERIFY(of(c, ImportIssue::Error).isEmpty());
        const CiscoConfig::Interface *outside = c.interface(QStringLiteral("outside"));
        const CiscoConfig::Interface *inside = c.interface(QStringLiteral("inside"));
        QVERIFY(outside && inside);
        QCOMPARE(outside->address, QStringLiteral("19.155.80.72"));
        QCOMPARE(outside->prefixLength, 24);
        QCOMPARE(outside->natRole, QStringLiteral("outside"));
        QCOMPARE(inside->natRole, QStringLiteral("inside"));
        QCOMPARE(c.interface(QStringLiteral("management"))->natRole, QString()); // no NAT uses it
        QCOMPARE(c.rules.size(), 1);
        const CiscoConfig::NatRule &r = c.rules.first();
        QCOMPARE(r.kind, CiscoConfig::NatRule::DynamicList);
        QCOMPARE(r.accessList, QStringLiteral("HCX-SEGMENT"));
        QCOMPARE(r.interface, QStringLiteral("outside"));
        QCOMPARE(r.line, lineOf(text, QStringLiteral(" nat (inside,outside) dynamic interface")));
        QCOMPARE(c.accessList(QStringLiteral("HCX-SEGMENT"))->entries.value(0).source,
                 QStringLiteral("192.19.72.0/24"));
        // timeout udp 0:02:00 + pat-xlate 0:00:30: how long a PAT xlate of an
        // idle UDP flow lives (docs/profiles.md).
        QCOMPARE(c.timeouts.value(QStringLiteral("udp-timeout")), 150);
        QCOMPARE(c.timeouts.value(QStringLiteral("tcp-timeout")), 3600);
        QCOMPARE(c.timeouts.value(QStringLiteral("icmp-timeout")), 2);
        // What is not NAT is reported on its own line, with why.
        const int acl = lineOf(text, QStringLiteral("access-list OUTSIDE-IN"));
        QVERIFY(at(c, acl, ImportIssue::Unknown));
        QVERIFY(at(c, acl, ImportIssue::Unknown)->message.contains(QStringLiteral("access")));
        const int sunrpc = lineOf(text, QStringLiteral("timeout sunrpc"));
        QVERIFY(at(c, sunrpc, ImportIssue::Note)->message.contains(QStringLiteral("h323")));
        const int inspect = lineOf(text, QStringLiteral("  inspect dns"));
        QVERIFY(at(c, inspect, ImportIssue::Unknown)->message.contains(QStringLiteral("policy-map")));
        // Nothing is silently lost: every statement line is understood or reported.
        int statements = 0;
        for (const QString &l : text.split(QLatin1Char('\n'))) {
            const QString t = l.trimmed();
            if (!t.isEmpty() && !t.startsWith(QLatin1Char('!')) && !t.startsWith(QLatin1Char(':'))
                && !t.startsWith(QLatin1String("Cryptochecksum")))
                ++statements;
        }
        QSet<int> reportedOnly;
        for (const ImportIssue &i : c.issues)
            if (i.severity == ImportIssue::Unknown || i.severity == ImportIssue::Error)
                reportedOnly.insert(i.line);
        QCOMPARE(c.understood + reportedOnly.size(), statements);
    }

    void seedIncidentImportsIntoAProject()
    {
        const CiscoConfig c = AsaConfigReader::readText(data("seed-incident-asa.cfg"));
        Project p;
        QVERIFY(apply(&p, c));
        const ObjectId device = p.objects(ObjectKind::Device).value(0);
        QCOMPARE(p.name(device), QStringLiteral("Customer-ASA"));
        QCOMPARE(p.text(device, Field::profile), QStringLiteral("cisco-asa"));
        QCOMPARE(p.value(device, Field::udpTimeout).toInt(), 150);
        QStringList warnings;
        const NatDeviceConfig nat = NatDeviceConfig::fromProject(p, device, &warnings);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
        QCOMPARE(nat.dynamics.size(), 1);
        quint32 global = 0;
        Ipv4::parse(QStringLiteral("19.155.80.72"), &global);
        QCOMPARE(nat.dynamics.first().globals, QList<quint32>{global});
        quint32 ix = 0;
        Ipv4::parse(QStringLiteral("192.19.72.202"), &ix);
        QVERIFY(nat.isInside(ix));
    }

    void everyConstruct()
    {
        const QString text = data("every-construct.cfg");
        const CiscoConfig c = AsaConfigReader::readText(text);
        QVERIFY2(of(c, ImportIssue::Error).isEmpty(),
                 qPrintable(ImportIssues::format(QStringLiteral("cfg"),
                                                 of(c, ImportIssue::Error).value(0))));
        QCOMPARE(c.profileOptions, (QStringList{QStringLiteral("extended"), QStringLiteral("flat"),
                                                QStringLiteral("include-reserve"),
                                                QStringLiteral("round-robin")}));
        using R = CiscoConfig::NatRule;
        QCOMPARE(c.rules.size(), 9);
        // Section 1: manual NAT in order (the inactive one skipped).
        QCOMPARE(c.rules[0].kind, R::StaticPat); // twice NAT with service objects
        QCOMPARE(c.rules[0].local, QStringLiteral("10.10.1.203"));
        QCOMPARE(c.rules[0].global, QStringLiteral("198.51.100.9"));
        QCOMPARE(c.rules[0].protocol, QStringLiteral("udp"));
        QCOMPARE(c.rules[0].localPort, 4500);
        QCOMPARE(c.rules[0].globalPort, 4501);
        QCOMPARE(c.rules[1].kind, R::DynamicList);
        QCOMPARE(c.rules[1].accessList, QStringLiteral("HCX-APPLIANCES"));
        QCOMPARE(c.rules[1].interface, QStringLiteral("outside"));
        QVERIFY(at(c, c.rules[1].line, ImportIssue::Warning)->message.contains(QStringLiteral("destination")));
        QCOMPARE(c.rules[2].kind, R::Static); // identity NAT
        QCOMPARE(c.rules[2].local, c.rules[2].global);
        QVERIFY(at(c, c.rules[2].line, ImportIssue::Note)->message.contains(QStringLiteral("unidirectional")));
        const int inactive = lineOf(text, QStringLiteral("nat (inside,outside) 3 source dynamic OFFICE"));
        QVERIFY(at(c, inactive, ImportIssue::Note)->message.contains(QStringLiteral("inactive")));
        // Section 2: object NAT, statics first.
        QCOMPARE(c.rules[3].kind, R::StaticPat);
        QCOMPARE(c.rules[3].local, QStringLiteral("10.10.1.202"));
        QCOMPARE(c.rules[3].globalPort, 4500);
        QCOMPARE(c.rules[4].kind, R::StaticPat); // static interface service tcp www 8080
        QCOMPARE(c.rules[4].protocol, QStringLiteral("tcp"));
        QCOMPARE(c.rules[4].global, QString());
        QCOMPARE(c.rules[4].interface, QStringLiteral("outside"));
        QCOMPARE(c.rules[4].localPort, 80);
        QCOMPARE(c.rules[4].globalPort, 8080);
        QCOMPARE(c.rules[5].kind, R::StaticNetwork);
        QCOMPARE(c.rules[5].local, QStringLiteral("10.10.3.0"));
        QCOMPARE(c.rules[5].global, QStringLiteral("198.51.100.128"));
        QCOMPARE(c.rules[5].prefixLength, 25);
        QCOMPARE(c.rules[6].kind, R::DynamicList);
        QCOMPARE(c.rules[6].pool, QStringLiteral("PAT-POOL"));
        const int patPool = c.rules[6].line;
        QCOMPARE(patPool, lineOf(text, QStringLiteral(" nat (inside,outside) dynamic pat-pool")));
        bool fallback = false, blocks = false;
        for (const ImportIssue &i : c.issues) {
            fallback = fallback || (i.line == patPool && i.message.contains(QStringLiteral("fallback")));
            blocks = blocks || (i.line == patPool && i.message.contains(QStringLiteral("block")));
        }
        QVERIFY(fallback && blocks);
        QCOMPARE(c.rules[7].pool, QStringLiteral("DYN-RANGE")); // dynamic NAT onto a range
        QVERIFY(at(c, c.rules[7].line, ImportIssue::Note));
        // Section 3: after-auto.
        QCOMPARE(c.rules[8].accessList, QStringLiteral("any"));
        QCOMPARE(c.accessList(QStringLiteral("any"))->entries.value(0).source,
                 QStringLiteral("0.0.0.0/0"));
        // Groups flatten through objects and nested groups; ranges become CIDRs.
        QStringList sources;
        for (const CiscoConfig::AclEntry &e : c.accessList(QStringLiteral("HCX-APPLIANCES"))->entries)
            sources.append(e.source);
        QCOMPARE(sources, (QStringList{QStringLiteral("10.10.1.204/32"), QStringLiteral("10.10.4.0/25"),
                                       QStringLiteral("10.10.1.202/32"), QStringLiteral("10.10.2.10/31"),
                                       QStringLiteral("10.10.2.12/30"), QStringLiteral("10.10.2.16/31")}));
        const CiscoConfig::Pool *pool = c.pool(QStringLiteral("PAT-POOL"));
        QCOMPARE(pool->ranges.value(0).first, QStringLiteral("198.51.100.5"));
        QCOMPARE(pool->ranges.value(0).second, QStringLiteral("198.51.100.7"));
        // Roles from the NAT statements: dmz is a real side.
        QCOMPARE(c.interface(QStringLiteral("dmz"))->natRole, QStringLiteral("inside"));
        QCOMPARE(c.interface(QStringLiteral("outside"))->natRole, QStringLiteral("outside"));
        QCOMPARE(c.timeouts.value(QStringLiteral("udp-timeout")), 345); // 0:05:00 + 0:00:45
        QCOMPARE(c.timeouts.value(QStringLiteral("tcp-timeout")), 7200);

        // And it imports: every rule usable by the simulator.
        Project p;
        QVERIFY(apply(&p, c));
        const ObjectId device = p.objects(ObjectKind::Device).value(0);
        QCOMPARE(p.value(device, Field::options).toStringList(), c.profileOptions);
        QStringList warnings;
        const NatDeviceConfig nat = NatDeviceConfig::fromProject(p, device, &warnings);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
        QCOMPARE(nat.dynamics.size(), 4);
        QCOMPARE(nat.dynamics.at(1).globals.size(), 3); // the pat-pool's three addresses
        QCOMPARE(nat.staticPats.size(), 3);
        QCOMPARE(nat.statics.size(), 1 + 128); // identity + the /25 network
    }

    void malformedStatementsAreErrorsWithTheirLine_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("why");
        QTest::newRow("parens") << "nat (inside,outside dynamic interface" << "real-interface";
        QTest::newRow("one interface") << "nat (inside) dynamic interface" << "real-interface";
        QTest::newRow("no type") << "nat (inside,outside)" << "dynamic";
        QTest::newRow("no mapped") << "nat (inside,outside) dynamic" << "mapped";
        QTest::newRow("short service") << "nat (inside,outside) static 198.51.100.9 service udp 4500"
                                       << "service";
        QTest::newRow("bad port") << "nat (inside,outside) static 198.51.100.9 service udp 4500 99999"
                                  << "port";
        QTest::newRow("keyword") << "nat (inside,outside) dynamic interface overload" << "overload";
        QTest::newRow("pool static") << "nat (inside,outside) static pat-pool P" << "pat-pool";
    }

    void malformedStatementsAreErrorsWithTheirLine()
    {
        QFETCH(QString, statement);
        QFETCH(QString, why);
        const QString text = QStringLiteral("interface Gi0/0\n nameif outside\n ip address 198.51.100.2 "
                                            "255.255.255.0\nobject network A\n host 10.0.0.5\n %1\n"
                                            "object network B\n host 10.0.0.6\n nat (inside,outside) "
                                            "dynamic interface\n")
                                 .arg(statement);
        const CiscoConfig c = AsaConfigReader::readText(text);
        const ImportIssue *e = at(c, 6, ImportIssue::Error);
        QVERIFY2(e, qPrintable(statement));
        QVERIFY2(e->message.contains(why), qPrintable(e->message));
        QCOMPARE(e->text, statement);
        // The good rule after it is still there.
        QCOMPARE(c.rules.size(), 1);
        QCOMPARE(c.rules.first().accessList, QStringLiteral("B"));
    }

    void badObjectsAndReferences()
    {
        const QString text = QStringLiteral(
            "object network BAD\n"                              // 1
            " host 300.1.1.1\n"                                 // 2
            " subnet 10.0.0.0 255.0.255.0\n"                    // 3
            " range 10.0.0.9 10.0.0.1\n"                        // 4
            "object network WEB\n"                              // 5
            " fqdn v4 www.example.com\n"                        // 6
            " nat (inside,outside) dynamic interface\n"         // 7
            "object-group network LOOP-A\n"                     // 8
            " group-object LOOP-B\n"                            // 9
            "object-group network LOOP-B\n"                     // 10
            " group-object LOOP-A\n"                            // 11
            "nat (inside,outside) source dynamic LOOP-A interface\n" // 12
            "nat (inside,outside) source dynamic NOWHERE interface\n" // 13
            "nat (inside,outside) source static BAD BAD\n"      // 14
            "interface Gi0/1\n"                                 // 15
            " security-level 200\n"                             // 16
            "timeout udp 2:00\n");                              // 17
        const CiscoConfig c = AsaConfigReader::readText(text);
        for (int line : {2, 3, 4, 7, 12, 13, 14, 16, 17})
            QVERIFY2(at(c, line, ImportIssue::Error), qPrintable(QString::number(line)));
        QVERIFY(at(c, 7, ImportIssue::Error)->message.contains(QStringLiteral("FQDN")));
        QVERIFY(at(c, 12, ImportIssue::Error)->message.contains(QStringLiteral("loop")));
        QVERIFY(at(c, 13, ImportIssue::Error)->message.contains(QStringLiteral("NOWHERE")));
        QVERIFY(at(c, 14, ImportIssue::Error)->message.contains(QStringLiteral("no IPv4 address")));
        QVERIFY(c.rules.isEmpty());
    }

    // Cut anywhere: what came before is kept, the cut statement is an error
    // (or a note), never a crash; every prefix of the file reads.
    void truncatedInputKeepsWhatCameBefore()
    {
        const QString text = data("every-construct.cfg");
        for (int cut = 0; cut <= text.size(); cut += 7) {
            const CiscoConfig c = AsaConfigReader::readText(text.left(cut));
            QVERIFY(c.rules.size() <= 9);
        }
        const QString seed = data("seed-incident-asa.cfg");
        const int natLine = lineOf(seed, QStringLiteral(" nat (inside,outside) dynamic interface"));
        const qsizetype at = seed.indexOf(QStringLiteral(" nat (inside,outside) dynamic interface"));
        const CiscoConfig cut = AsaConfigReader::readText(seed.left(at + 15)); // " nat (inside,ou"
        QVERIFY(::at(cut, natLine, ImportIssue::Error));
        QVERIFY(cut.rules.isEmpty());
        QVERIFY(cut.interface(QStringLiteral("outside"))); // the interfaces before it stay
        QCOMPARE(cut.hostname, QStringLiteral("Customer-ASA"));
    }

    void notAConfigurationGetsOneVerdict()
    {
        QByteArray noise;
        for (int i = 0; i < 400; ++i)
            noise.append(char((i * 37 + 11) % 256));
        for (const QString &input : {QString::fromLatin1(noise),
                                     QStringLiteral("Pro Inside global      Inside local\n"
                                                    "udp 19.155.80.72:4500 192.19.72.203:4500\n")}) {
            const CiscoConfig c = AsaConfigReader::readText(input);
            QCOMPARE(c.understood, 0);
            QVERIFY(c.rules.isEmpty());
            QVERIFY(!ReaderVerdict::ciscoConfig(c).isEmpty());
        }
    }

    void showNatDetailHitsPerRule()
    {
        const QString text = data("show-nat-detail.txt");
        QVERIFY(AsaShowNatReader::sniff(text.toUtf8()) >= 90);
        QCOMPARE(AsaShowNatReader::sniff(data("seed-incident-asa.cfg").toUtf8()), 0);
        const AsaNatHits h = AsaShowNatReader::readText(text);
        QVERIFY(h.issues.isEmpty());
        QCOMPARE(h.rules.size(), 4);
        QCOMPARE(h.rules[0].section, 1);
        QCOMPARE(h.rules[0].statement,
                 QStringLiteral("source static HCX-NE MAPPED-NE service NATT-REAL NATT-MAPPED"));
        QCOMPARE(h.rules[0].translateHits, 0);
        QCOMPARE(h.rules[2].section, 2);
        QCOMPARE(h.rules[2].realIf, QStringLiteral("inside"));
        QCOMPARE(h.rules[2].translateHits, 1843);
        QCOMPARE(h.rules[2].untranslateHits, 37);
        QCOMPARE(h.rules[2].origin, QStringLiteral("192.19.72.0/24"));
        QCOMPARE(h.rules[2].translated, QStringLiteral("19.155.80.72/24"));
        QCOMPARE(h.rules[3].section, 3);
        const QList<ImportIssue> notes = AsaShowNatReader::notes(h);
        QCOMPARE(notes.size(), 4);
        QVERIFY(notes[0].message.contains(QStringLiteral("never hit")));
        QVERIFY(notes[2].message.contains(QStringLiteral("1843")));
        QCOMPARE(notes[2].line, h.rules[2].line);
        // show nat (no detail): the same rules and counters.
        QString plain;
        for (const QString &l : text.split(QLatin1Char('\n')))
            if (!l.contains(QStringLiteral(" - Origin:")))
                plain += l + QLatin1Char('\n');
        const AsaNatHits p = AsaShowNatReader::readText(plain);
        QCOMPARE(p.rules.size(), 4);
        QCOMPARE(p.rules[2].translateHits, 1843);
        QVERIFY(p.rules[2].origin.isEmpty());
    }

    void showNatCutAndGarbage()
    {
        const QString text = data("show-nat-detail.txt");
        const qsizetype cut = text.indexOf(QStringLiteral("    translate_hits = 1843"));
        const AsaNatHits h = AsaShowNatReader::readText(text.left(cut));
        QCOMPARE(h.rules.size(), 3);
        QCOMPARE(h.rules[2].translateHits, -1);
        bool warned = false;
        for (const ImportIssue &i : h.issues)
            warned = warned || (i.line == h.rules[2].line && i.severity == ImportIssue::Warning);
        QVERIFY(warned);
        QCOMPARE(AsaShowNatReader::notes(h).size(), 2); // no counters, no note
        const AsaNatHits g = AsaShowNatReader::readText(
            QStringLiteral("translate_hits = 5, untranslate_hits = 1\nhello\n"));
        QVERIFY(g.rules.isEmpty());
        QCOMPARE(g.understood, 0);
        QCOMPARE(g.issues.size(), 2);
        QCOMPARE(g.issues[0].severity, ImportIssue::Error);
        QCOMPARE(g.issues[1].line, 2);
    }

    // Damaged input (bytes replaced, lines swapped, doubled): never a crash,
    // an import that applies, and every reported issue names a line of the input.
    void randomDamageNeverCrashes()
    {
        const QString text = data("every-construct.cfg");
        std::mt19937 rng(16);
        const QString alphabet = QStringLiteral(" ()\n,:./-0123456789abcxyzAZ\t\x1b\u00e9");
        for (int round = 0; round < 300; ++round) {
            QString damaged = text;
            const int edits = 1 + int(rng() % 12);
            for (int e = 0; e < edits; ++e) {
                const int at = int(rng() % damaged.size());
                switch (rng() % 3) {
                case 0: damaged[at] = alphabet.at(int(rng() % alphabet.size())); break;
                case 1: damaged.remove(at, int(rng() % 20)); break;
                default: damaged.insert(at, damaged.mid(int(rng() % damaged.size()), 40)); break;
                }
            }
            const CiscoConfig c = AsaConfigReader::readText(damaged);
            const int lines = int(damaged.count(QLatin1Char('\n'))) + 1;
            for (const ImportIssue &i : c.issues)
                QVERIFY(i.line >= 0 && i.line <= lines);
            Project p;
            QVERIFY(apply(&p, c));
        }
    }
};

QTEST_GUILESS_MAIN(TestAsaConfig)
#include "tst_asaconfig.moc"
