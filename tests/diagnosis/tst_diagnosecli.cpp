// meshnat-cli diagnose / compare as a user runs them: exit codes and output.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include "CliRun.h"

#include <QProcess>
#include <QtTest>

class TestDiagnoseCli : public QObject
{
    Q_OBJECT

    using Result = CliResult;
    static Result run(const QStringList &args) { return runCli(args); }
    static QString example(const char *key)
    {
        return QStringLiteral(MESHNAT_SOURCE_DIR "/resources/examples/%1.meshnat").arg(QLatin1String(key));
    }

private Q_SLOTS:
    void diagnoseSeedIsExit3()
    {
        const Result r = run({QStringLiteral("diagnose"), example("seed-incident")});
        QCOMPARE(r.code, 3);
        QVERIFY(r.out.contains(QStringLiteral("PAT collision on UDP 4500: HCX-IX-I1")));
        QVERIFY(r.out.contains(QStringLiteral("ip nat inside source static 192.19.72.202 19.155.80.73")));
    }

    void diagnoseJson()
    {
        const Result r = run({QStringLiteral("diagnose"), example("seed-incident"), QStringLiteral("--json")});
        QCOMPARE(r.code, 3);
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray findings = root.value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), 1);
        const QJsonObject f = findings.at(0).toObject();
        QCOMPARE(f.value(QStringLiteral("rule")).toString(), QStringLiteral("pat-collision"));
        QCOMPARE(f.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        QCOMPARE(f.value(QStringLiteral("appliances")).toArray().at(0).toString(), QStringLiteral("HCX-IX-I1"));
        QString rows;
        for (const QJsonValue &e : f.value(QStringLiteral("evidence")).toArray())
            rows += e.toObject().value(QStringLiteral("translation")).toString() + QLatin1Char('\n');
        QVERIFY(rows.contains(QStringLiteral("19.155.80.72:4500")));
        QVERIFY(rows.contains(QStringLiteral("19.155.80.72:1543")));
        QCOMPARE(f.value(QStringLiteral("fix")).toObject().value(QStringLiteral("vendor")).toString(),
                 QStringLiteral("cisco-ios"));
    }

    void diagnoseHomeLabIsExit0()
    {
        const Result r = run({QStringLiteral("diagnose"), QStringLiteral("--example"), QStringLiteral("home-lab")});
        QCOMPARE(r.code, 0);
    }

    // Issue #12: a netfilter mesh Down under MASQUERADE --random used to get 0
    // findings and exit 0. Now the random-port finding names both tunnels.
    void diagnoseNetfilterRandomIsExit3()
    {
        const QString file = QStringLiteral(MESHNAT_SOURCE_DIR "/tests/diagnosis/data/netfilter-random.meshnat");
        const Result r = run({QStringLiteral("diagnose"), file});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.out.contains(QStringLiteral("ERROR  Linux router randomises source ports (--random)")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Appliances: HCX-NE-I1, HCX-NE-R1, HCX-IX-I1, HCX-IX-R1"))); // in the order they went Down
        QVERIFY(r.out.contains(QStringLiteral("iptables -t nat -I POSTROUTING -s 192.168.11.202 -p udp --sport 4500 -j SNAT --to-source 198.51.100.20")));

        const Result j = run({QStringLiteral("diagnose"), file, QStringLiteral("--json")});
        QCOMPARE(j.code, 3);
        const QJsonArray findings =
            QJsonDocument::fromJson(j.out.toUtf8()).object().value(QStringLiteral("findings")).toArray();
        QJsonObject random;
        for (const QJsonValue &v : findings) {
            if (v.toObject().value(QStringLiteral("rule")).toString() == QLatin1String("random-port"))
                random = v.toObject();
        }
        QCOMPARE(random.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        const QJsonArray appliances = random.value(QStringLiteral("appliances")).toArray();
        for (const char *name : {"HCX-IX-I1", "HCX-IX-R1", "HCX-NE-I1", "HCX-NE-R1"})
            QVERIFY2(appliances.contains(QString::fromLatin1(name)), name);
        // Both tunnels' steps, each with its random-port translation row.
        int rows = 0;
        for (const QJsonValue &e : random.value(QStringLiteral("evidence")).toArray())
            rows += e.toObject().contains(QStringLiteral("translation")) && e.toObject().contains(QStringLiteral("event"));
        QVERIFY(rows >= 2);
        QCOMPARE(random.value(QStringLiteral("fix")).toObject().value(QStringLiteral("vendor")).toString(),
                 QStringLiteral("linux"));
        // No catch-all: the specific rule explained both tunnels.
        for (const QJsonValue &v : findings)
            QVERIFY(v.toObject().value(QStringLiteral("rule")).toString() != QLatin1String("unexplained-down"));
    }

    void diagnoseErrors()
    {
        QCOMPARE(run({QStringLiteral("diagnose")}).code, 2);
        const Result r = run({QStringLiteral("diagnose"), QStringLiteral("/nonexistent/x.meshnat")});
        QCOMPARE(r.code, 1);
        QVERIFY(!r.err.isEmpty());
    }

    void compareSeedWithHomeLab()
    {
        const Result r = run({QStringLiteral("compare"), example("seed-incident"), example("home-lab")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("diverge at 12 s, at HCX-IX-I1's first UDP 4500 translation")));
        const Result j = run({QStringLiteral("compare"), example("seed-incident"), example("home-lab"),
                              QStringLiteral("--json")});
        QCOMPARE(j.code, 0);
        const QJsonObject d = QJsonDocument::fromJson(j.out.toUtf8()).object().value(QStringLiteral("divergence")).toObject();
        QCOMPARE(d.value(QStringLiteral("appliance")).toString(), QStringLiteral("HCX-IX-I1"));
        QVERIFY(d.value(QStringLiteral("a")).toString().contains(QStringLiteral("1543")));
        QCOMPARE(run({QStringLiteral("compare"), example("seed-incident")}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestDiagnoseCli)
#include "tst_diagnosecli.moc"
