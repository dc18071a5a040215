// meshnat-cli as a user runs it: exit codes, messages on the right stream.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include "CliRun.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestCli : public QObject
{
    Q_OBJECT

    using Result = CliResult;
    static Result run(const QStringList &args) { return runCli(args); }

    static QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return QString();
        f.write(data);
        return path;
    }

private Q_SLOTS:
    void version()
    {
        const Result r = run({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral(MESHNAT_VERSION)));
    }

    void help()
    {
        const Result r = run({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("validate")));
        QCOMPARE(run({QStringLiteral("validate"), QStringLiteral("--help")}).code, 0);
        // Each command's help (and so its man page section) names the command.
        for (const char *command : {"simulate", "compare", "import", "parse-translations", "report"}) {
            const Result sub = run({QString::fromLatin1(command), QStringLiteral("--help")});
            QCOMPARE(sub.code, 0);
            QVERIFY2(sub.out.startsWith(QStringLiteral("Usage: meshnat-cli %1 ").arg(QLatin1String(command))),
                     qPrintable(sub.out.section(QLatin1Char('\n'), 0, 0)));
        }
    }

    void usageErrors()
    {
        const Result none = run({});
        QCOMPARE(none.code, 2);
        QVERIFY(none.err.contains(QStringLiteral("Usage")));
        const Result unknown = run({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("frobnicate")));
        QCOMPARE(run({QStringLiteral("validate")}).code, 2);
        QCOMPARE(run({QStringLiteral("validate"), QStringLiteral("--bogus"), QStringLiteral("x")}).code, 2);
        QCOMPARE(run({QStringLiteral("validate"), QStringLiteral("a"), QStringLiteral("b")}).code, 2);
    }

    void validExamples_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("seed") << QStringLiteral("seed-incident");
        QTest::newRow("home") << QStringLiteral("home-lab");
        QTest::newRow("fixed") << QStringLiteral("fixed-site");
    }

    void validExamples()
    {
        QFETCH(QString, key);
        const Result r = run({QStringLiteral("validate"), QStringLiteral("--example"), key});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Sites: ")));
    }

    void unknownExample()
    {
        const Result r = run({QStringLiteral("validate"), QStringLiteral("--example"),
                              QStringLiteral("nope")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("nope")));
    }

    void missingFile()
    {
        const Result r = run({QStringLiteral("validate"), QStringLiteral("/nonexistent/x.meshnat")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("x.meshnat")));
    }

    void malformedFile()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("broken.meshnat"), "{\n  \"format\": ");
        const Result r = run({QStringLiteral("validate"), path});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("broken.meshnat")), qPrintable(r.err));
    }

    void projectWithErrors()
    {
        // An IX without a peer is an error the validator must report (exit 1).
        QTemporaryDir dir;
        const QByteArray project = R"({"format":"meshnat-project","version":1,"project":{"name":"t"},
            "objects":[
              {"id":1,"object":"site","parent":0,"name":"DC"},
              {"id":2,"object":"appliance","parent":1,"name":"IX-lonely","type":"IX","uplinkIp":"10.0.0.2"}
            ]})";
        const QString path = writeFile(dir, QStringLiteral("lonely.meshnat"), project);
        const Result r = run({QStringLiteral("validate"), path});
        QVERIFY2(r.code == 1, qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(QStringLiteral("IX-lonely")), qPrintable(r.err));
    }

    void simulateSeedIncident()
    {
        const Result r = run({QStringLiteral("simulate"), QStringLiteral("--example"),
                              QStringLiteral("seed-incident")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // Cisco's column layout, with the two appliance rows of the field report.
        QVERIFY(r.out.contains(QStringLiteral("Pro Inside global")));
        QVERIFY(r.out.contains(QStringLiteral("udp 19.155.80.72:4500     192.19.72.203:4500")));
        QVERIFY(r.out.contains(QStringLiteral("udp 19.155.80.72:1543     192.19.72.202:4500")));
        QVERIFY(r.out.contains(QStringLiteral("Down")));
    }

    void simulateJsonAndUntil()
    {
        const Result r = run({QStringLiteral("simulate"), QStringLiteral("--example"),
                              QStringLiteral("seed-incident"), QStringLiteral("--json"),
                              QStringLiteral("--until"), QStringLiteral("11")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(root.value(QStringLiteral("simulatedSeconds")).toDouble(), 11.0);
        // At 11 s only NE (deployed at 10 s) has a tunnel; IX deploys at 12 s.
        const QJsonArray tunnels = root.value(QStringLiteral("tunnels")).toArray();
        QCOMPARE(tunnels.size(), 2);
        QStringList states;
        for (const QJsonValue &t : tunnels)
            states << t.toObject().value(QStringLiteral("state")).toString();
        QVERIFY2(states.contains(QStringLiteral("up")) && states.contains(QStringLiteral("not-deployed")),
                 qPrintable(states.join(QLatin1Char(','))));
        QVERIFY(root.value(QStringLiteral("devices")).toArray().first().toObject()
                    .value(QStringLiteral("translations")).toArray().size() > 500);
    }

    void japaneseLocale()
    {
        const Result r = runCli({QStringLiteral("--help")}, QStringLiteral("ja_JP.UTF-8"));
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("コマンド")));
    }

    void simulateUsage()
    {
        QCOMPARE(run({QStringLiteral("simulate")}).code, 2);
        QCOMPARE(run({QStringLiteral("simulate"), QStringLiteral("--example"),
                      QStringLiteral("seed-incident"), QStringLiteral("--until"),
                      QStringLiteral("soon")}).code, 2);
        QCOMPARE(run({QStringLiteral("simulate"), QStringLiteral("/nonexistent.meshnat")}).code, 1);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
