// Juniper SRX show security nat source summary / pool / rule (issue #16):
// each command's rules, pools and counters, the notes a user reads, terminal
// noise, cut and damaged input never losing the rest, and text that is not
// these outputs left alone.
#include "vendors/SrxNatSourceReader.h"

#include <QtTest>

#include <random>

namespace {
QString data(const char *name)
{
    QFile f(QStringLiteral(MESHNAT_SOURCE_DIR "/tests/io/data/srx/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(f.readAll());
}

const SrxNatSource::Rule *rule(const SrxNatSource &n, const QString &name)
{
    for (const SrxNatSource::Rule &r : n.rules)
        if (r.name == name)
            return &r;
    return nullptr;
}

const SrxNatSource::Pool *pool(const SrxNatSource &n, const QString &name)
{
    for (const SrxNatSource::Pool &p : n.pools)
        if (p.name == name)
            return &p;
    return nullptr;
}

QString noteFor(const QList<ImportIssue> &notes, const QString &start)
{
    for (const ImportIssue &i : notes)
        if (i.message.startsWith(start))
            return i.message;
    return QString();
}

const char *const samples[] = {"srx-nat-source-summary.txt", "srx-nat-source-pool-all.txt",
                               "srx-nat-source-rule-all.txt"};
} // namespace

class TestSrxNatSource : public QObject
{
    Q_OBJECT
private slots:
    void eachSampleIsSniffedAndReadWhole()
    {
        for (const char *name : samples) {
            const QString text = data(name);
            QVERIFY2(!text.isEmpty(), name);
            QVERIFY2(SrxNatSourceReader::sniff(text.toUtf8()) >= 90, name);
            const SrxNatSource n = SrxNatSourceReader::readText(text);
            QVERIFY2(n.issues.isEmpty(), qPrintable(n.issues.value(0).message + QLatin1Char(' ') +
                                                    QString::number(n.issues.value(0).line)));
            QCOMPARE(n.understood + 1, n.lines); // all but the prompt line
        }
    }

    void ruleAllCountersAndMatch()
    {
        const SrxNatSource n = SrxNatSourceReader::readText(data("srx-nat-source-rule-all.txt"));
        QCOMPARE(n.rules.size(), 3);
        QVERIFY(n.pools.isEmpty());
        const SrxNatSource::Rule *r1 = rule(n, QStringLiteral("R1"));
        QVERIFY(r1);
        QCOMPARE(r1->ruleSet, QStringLiteral("RS1"));
        QCOMPARE(r1->from, QStringList{QStringLiteral("trust")});
        QCOMPARE(r1->fromKind, QStringLiteral("zone"));
        QCOMPARE(r1->to, QStringList{QStringLiteral("untrust")});
        QCOMPARE(r1->sources, QStringList{QStringLiteral("10.10.1.0-10.10.1.255")});
        QCOMPARE(r1->action, QStringLiteral("interface"));
        QCOMPARE(r1->translationHits, 1843);
        QCOMPARE(r1->successful, 1843);
        QCOMPARE(r1->failed, 0);
        QCOMPARE(r1->sessions, 12);
        QCOMPARE(r1->line, 4);
        const SrxNatSource::Rule *r2 = rule(n, QStringLiteral("R2"));
        QCOMPARE(r2->from, (QStringList{QStringLiteral("trust"), QStringLiteral("hcx")}));
        QCOMPARE(r2->sources, (QStringList{QStringLiteral("10.10.1.203-10.10.1.203"),
                                           QStringLiteral("10.10.1.204-10.10.1.204")}));
        QCOMPARE(r2->action, QStringLiteral("P1"));
        QCOMPARE(r2->failed, 1);
        const SrxNatSource::Rule *r3 = rule(n, QStringLiteral("R3"));
        QCOMPARE(r3->fromKind, QStringLiteral("interface"));
        QCOMPARE(r3->from, QStringList{QStringLiteral("ge-0/0/1.0")});
        QCOMPARE(r3->destinations, QStringList{QStringLiteral("192.0.2.0-192.0.2.255")});
        QCOMPARE(r3->action, QStringLiteral("off"));
        QCOMPARE(r3->translationHits, 0);
        QCOMPARE(r3->successful, -1); // not printed
    }

    // Newer releases: "Rule set" on its own line, "Rule Id", "Persistent NAT
    // block session"; and "rule NAME" / "pool NAME" print one block each.
    void newerLayoutAndSingleBlocks()
    {
        QString text = data("srx-nat-source-rule-all.txt");
        text.replace(QRegularExpression(QStringLiteral("(source NAT rule: R\\d)\\s+Rule-set: RS1")),
                     QStringLiteral("\\1\n  Rule set                   : RS1"));
        text.replace(QStringLiteral("Rule-Id   "), QStringLiteral("Rule Id   "));
        text.replace(QStringLiteral("    Max session number          : 0\n"),
                     QStringLiteral("    Max session number          : 0\n    Persistent NAT block "
                                    "session: disabled\n"));
        const SrxNatSource a = SrxNatSourceReader::readText(data("srx-nat-source-rule-all.txt"));
        QCOMPARE(text.count(QStringLiteral("  Rule set                   : RS1")), 3);
        QVERIFY(!text.contains(QStringLiteral("Rule-set")));
        QVERIFY(text.contains(QStringLiteral("Persistent NAT block session")));
        const SrxNatSource b = SrxNatSourceReader::readText(text);
        QVERIFY(b.issues.isEmpty());
        QVERIFY(SrxNatSourceReader::sniff(text.toUtf8()) >= 90);
        QCOMPARE(b.rules.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(SrxNatSourceReader::notes(b)[i].message,
                     SrxNatSourceReader::notes(a)[i].message);
        const QString pools = data("srx-nat-source-pool-all.txt");
        const QString p2 = QStringLiteral("user@srx> show security nat source pool P2\n") +
                           pools.mid(pools.indexOf(QStringLiteral("Pool name          : P2")));
        QVERIFY(SrxNatSourceReader::sniff(p2.toUtf8()) >= 90);
        const SrxNatSource one = SrxNatSourceReader::readText(p2);
        QVERIFY(one.issues.isEmpty());
        QCOMPARE(one.pools.size(), 1);
        QCOMPARE(one.pools[0].name, QStringLiteral("P2"));
        QCOMPARE(one.pools[0].line, 2);
    }

    void poolAllUsage()
    {
        const SrxNatSource n = SrxNatSourceReader::readText(data("srx-nat-source-pool-all.txt"));
        QCOMPARE(n.pools.size(), 2);
        const SrxNatSource::Pool *p1 = pool(n, QStringLiteral("P1"));
        QCOMPARE(p1->ranges, QStringList{QStringLiteral("198.51.100.10-198.51.100.11")});
        QCOMPARE(p1->portTranslation, 0);
        QCOMPARE(p1->addressAssignment, QStringLiteral("no-paired"));
        QCOMPARE(p1->totalAddresses, 2);
        QCOMPARE(p1->translationHits, 2);
        QCOMPARE(p1->singlePorts, 2);
        QCOMPARE(p1->twinPorts, 0);
        const SrxNatSource::Pool *p2 = pool(n, QStringLiteral("P2"));
        QCOMPARE(p2->portTranslation, 1);
        QCOMPARE(p2->portRange, QStringLiteral("1024-63487"));
        QCOMPARE(p2->singlePorts, 37);
        QCOMPARE(p2->routingInstance, QStringLiteral("default"));
    }

    void summaryTables()
    {
        const SrxNatSource n = SrxNatSourceReader::readText(data("srx-nat-source-summary.txt"));
        QCOMPARE(n.pools.size(), 2);
        QCOMPARE(n.rules.size(), 3);
        QCOMPARE(pool(n, QStringLiteral("P1"))->portTranslation, 0);
        QCOMPARE(pool(n, QStringLiteral("P2"))->totalAddresses, 1);
        QCOMPARE(pool(n, QStringLiteral("P2"))->ranges,
                 QStringList{QStringLiteral("203.0.113.1-203.0.113.1")});
        QCOMPARE(rule(n, QStringLiteral("R2"))->action, QStringLiteral("P1"));
        QCOMPARE(rule(n, QStringLiteral("R2"))->ruleSet, QStringLiteral("RS1"));
        QCOMPARE(rule(n, QStringLiteral("R3"))->translationHits, -1);
        // Newer releases print the rules as blocks.
        const SrxNatSource b = SrxNatSourceReader::readText(QStringLiteral(
            "Total rules: 1\nRule name : R1\n    Rule set  : RS1\n    Action    : interface\n"
            "    From      : trust                 To : untrust\n"));
        QVERIFY(b.issues.isEmpty());
        QCOMPARE(b.rules.size(), 1);
        QCOMPARE(b.rules[0].to, QStringList{QStringLiteral("untrust")});
        QCOMPARE(SrxNatSourceReader::notes(b).value(0).message,
                 QStringLiteral("rule-set RS1 rule R1 (trust → untrust): source-nat interface"));
    }

    // All three outputs pasted together: one rule and pool each, merged.
    void notesText()
    {
        const SrxNatSource n = SrxNatSourceReader::readText(data("srx-nat-source-summary.txt") +
                                                            data("srx-nat-source-pool-all.txt") +
                                                            data("srx-nat-source-rule-all.txt"));
        QVERIFY(n.issues.isEmpty());
        QCOMPARE(n.rules.size(), 3);
        QCOMPARE(n.pools.size(), 2);
        const QList<ImportIssue> notes = SrxNatSourceReader::notes(n);
        QCOMPARE(notes.size(), 5);
        for (const ImportIssue &i : notes)
            QCOMPARE(i.severity, ImportIssue::Note);
        QCOMPARE(
            noteFor(notes, QStringLiteral("rule-set RS1 rule R1")),
            QStringLiteral(
                "rule-set RS1 rule R1 (trust → untrust): source-nat interface, 1843 translations"));
        QCOMPARE(noteFor(notes, QStringLiteral("rule-set RS1 rule R2")),
                 QStringLiteral("rule-set RS1 rule R2 (trust,hcx → untrust): source-nat pool P1, 2 "
                                "translations, 1 failed sessions"));
        QCOMPARE(noteFor(notes, QStringLiteral("rule-set RS1 rule R3")),
                 QStringLiteral(
                     "rule-set RS1 rule R3 (ge-0/0/1.0 → ge-0/0/0.0): source-nat off, never hit"));
        QCOMPARE(noteFor(notes, QStringLiteral("pool P1")),
                 QStringLiteral(
                     "pool P1 198.51.100.10-198.51.100.11, port no-translation, address assignment "
                     "no-paired: 2 of 2 addresses in use, 2 translation hits"));
        QCOMPARE(
            noteFor(notes, QStringLiteral("pool P2")),
            QStringLiteral("pool P2 203.0.113.1-203.0.113.1, port 1024-63487, address assignment "
                           "no-paired: 37 single and 0 twin ports in use, 96 translation hits"));
        // A note names the line of the rule or pool it is about.
        const QStringList lines =
            (data("srx-nat-source-summary.txt") + data("srx-nat-source-pool-all.txt") +
             data("srx-nat-source-rule-all.txt"))
                .split(QLatin1Char('\n'));
        for (const ImportIssue &i : notes)
            QVERIFY2(lines.value(i.line - 1).contains(i.text), qPrintable(i.message));
    }

    void terminalNoiseIsTolerated()
    {
        for (const char *name : samples) {
            const QString clean = data(name);
            QString noisy =
                QStringLiteral("{primary:node0}\r\nroot@srx-1> show security nat source\r\n");
            const QStringList lines = clean.split(QLatin1Char('\n'));
            for (int i = 0; i < lines.size(); ++i) {
                noisy += lines[i];
                noisy += i == 7    ? QStringLiteral("\r\n---(more)---\r\n")
                         : i == 12 ? QStringLiteral("\r\n---(more 64%)---")
                                   : QStringLiteral("\r\n");
            }
            noisy += QStringLiteral("\r\n{primary:node0}\r\nroot@srx-1> \r\n");
            const SrxNatSource a = SrxNatSourceReader::readText(clean);
            const SrxNatSource b = SrxNatSourceReader::readText(noisy);
            QVERIFY2(b.issues.isEmpty(), qPrintable(b.issues.value(0).text));
            QCOMPARE(b.rules.size(), a.rules.size());
            QCOMPARE(b.pools.size(), a.pools.size());
            QStringList na, nb;
            for (const ImportIssue &i : SrxNatSourceReader::notes(a))
                na << i.message;
            for (const ImportIssue &i : SrxNatSourceReader::notes(b))
                nb << i.message;
            QCOMPARE(nb, na);
        }
    }

    // Cut after every line: never a crash, every rule/pool kept so far is the
    // full output's, and every issue names a line that is there.
    void truncatedAtEveryLine()
    {
        for (const char *name : samples) {
            const QString text = data(name);
            const SrxNatSource full = SrxNatSourceReader::readText(text);
            const QStringList lines = text.split(QLatin1Char('\n'));
            for (int cut = 0; cut <= lines.size(); ++cut) {
                const SrxNatSource n =
                    SrxNatSourceReader::readText(lines.mid(0, cut).join(QLatin1Char('\n')));
                QVERIFY(n.rules.size() <= full.rules.size());
                QVERIFY(n.pools.size() <= full.pools.size());
                for (int i = 0; i < n.rules.size(); ++i)
                    QCOMPARE(n.rules[i].name, full.rules[i].name);
                for (int i = 0; i < n.pools.size(); ++i)
                    QCOMPARE(n.pools[i].name, full.pools[i].name);
                for (const ImportIssue &i : n.issues) {
                    QVERIFY(i.line >= 1 && i.line <= cut);
                    QCOMPARE(i.severity, ImportIssue::Warning); // only "cut off?"
                }
                QVERIFY(SrxNatSourceReader::notes(n).size() <=
                        SrxNatSourceReader::notes(full).size());
            }
        }
        // A rule block cut before its action: warned at its line, no note.
        const QString text = data("srx-nat-source-rule-all.txt");
        const SrxNatSource n =
            SrxNatSourceReader::readText(text.left(text.indexOf(QStringLiteral("  Action"))));
        QCOMPARE(n.rules.size(), 1);
        QCOMPARE(n.issues.size(), 1);
        QCOMPARE(n.issues[0].line, 4);
        QVERIFY(n.issues[0].message.contains(QStringLiteral("cut off")));
        QVERIFY(SrxNatSourceReader::notes(n).isEmpty());
    }

    void malformedLinesNamedRestKept()
    {
        QString text = data("srx-nat-source-rule-all.txt");
        text.replace(QStringLiteral("Translation hits           : 1843"),
                     QStringLiteral("Translation hits           : many"));
        text.replace(QStringLiteral("  Rule position              : 2"),
                     QStringLiteral("  Frobnication : 2"));
        const SrxNatSource n = SrxNatSourceReader::readText(text);
        QCOMPARE(n.rules.size(), 3);
        QCOMPARE(n.issues.size(), 2);
        QCOMPARE(n.issues[0].severity, ImportIssue::Error);
        QCOMPARE(n.issues[0].line, 17);
        QCOMPARE(n.issues[1].severity, ImportIssue::Unknown);
        QCOMPARE(n.issues[1].line, 23);
        QCOMPARE(rule(n, QStringLiteral("R1"))->translationHits, -1);
        QCOMPARE(rule(n, QStringLiteral("R2"))->translationHits, 2);
        QCOMPARE(SrxNatSourceReader::notes(n).size(), 3);
        QCOMPARE(noteFor(SrxNatSourceReader::notes(n), QStringLiteral("rule-set RS1 rule R1")),
                 QStringLiteral("rule-set RS1 rule R1 (trust → untrust): source-nat interface"));
    }

    void randomDamageNeverCrashes()
    {
        std::mt19937 rng(16);
        const QString alphabet = QStringLiteral(" :-[],\n.0123456789abcPRxyz\t\x1b\u00e9{}>@");
        for (const char *name : samples) {
            const QString text = data(name);
            for (int round = 0; round < 300; ++round) {
                QString damaged = text;
                const int edits = 1 + int(rng() % 12);
                for (int e = 0; e < edits; ++e) {
                    const int at = int(rng() % damaged.size());
                    switch (rng() % 3) {
                    case 0:
                        damaged[at] = alphabet.at(int(rng() % alphabet.size()));
                        break;
                    case 1:
                        damaged.remove(at, int(rng() % 20));
                        break;
                    default:
                        damaged.insert(at, damaged.mid(int(rng() % damaged.size()), 40));
                        break;
                    }
                }
                const SrxNatSource n = SrxNatSourceReader::readText(damaged);
                const int damagedLines = int(damaged.count(QLatin1Char('\n'))) + 1;
                for (const ImportIssue &i : n.issues)
                    QVERIFY(i.line >= 1 && i.line <= damagedLines);
                for (const ImportIssue &i : SrxNatSourceReader::notes(n))
                    QVERIFY(!i.message.isEmpty());
                QVERIFY(n.understood <= n.lines);
            }
        }
    }

    void notTheFormat()
    {
        QByteArray noise;
        for (int i = 0; i < 400; ++i)
            noise.append(char((i * 37 + 11) % 256));
        const QStringList others = {
            QString::fromLatin1(noise),
            QStringLiteral("Manual NAT Policies (Section 1)\n1 (inside) to (outside) source "
                           "dynamic A interface\n"
                           "    translate_hits = 1843, untranslate_hits = 37\n"),
            QStringLiteral("Session ID: 1, Policy name: p/4, Timeout: 1800, Valid\n"
                           "  In: 10.0.0.1/1 --> 192.0.2.1/2;udp, Conn Tag: 0x0, If: ge-0/0/1.0, "
                           "Pkts: 1, Bytes: 1,\n"),
            QStringLiteral("set security nat source rule-set RS1 from zone trust\n"),
        };
        for (const QString &input : others) {
            QCOMPARE(SrxNatSourceReader::sniff(input.toUtf8()), 0);
            const SrxNatSource n = SrxNatSourceReader::readText(input);
            QCOMPARE(n.understood, 0);
            QVERIFY(n.rules.isEmpty());
            QVERIFY(n.pools.isEmpty());
            QVERIFY(SrxNatSourceReader::notes(n).isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestSrxNatSource)
#include "tst_srxnatsource.moc"
