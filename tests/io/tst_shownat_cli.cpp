// meshnat-cli parse-translations and import: output, JSON, exit codes, and a
// written project that validates and simulates.
#include "CliRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {
const QString data = QStringLiteral(MESHNAT_SOURCE_DIR "/tests/io/data/");

} // namespace

class TestShowNatCli : public QObject
{
    Q_OBJECT

private slots:
    void parseTranslationsText();
    void parseTranslationsJson();
    void usageAndMissingFile();
    void formatOverrideAndStdin();
    void importWritesProject();
};

void TestShowNatCli::parseTranslationsText()
{
    QByteArray out, err;
    QCOMPARE(runCli({"parse-translations", data + "show-nat-seed-incident.txt"}, &out, &err), 0);
    QVERIFY(out.contains("5 translation"));
    QVERIFY(out.contains("Collision:"));
    QVERIFY(out.contains("1543"));
    QVERIFY(err.isEmpty());
}

void TestShowNatCli::parseTranslationsJson()
{
    QByteArray out, err;
    QCOMPARE(runCli({"parse-translations", "--json", data + "conntrack-home-lab.txt"}, &out, &err), 0);
    const QJsonObject root = QJsonDocument::fromJson(out).object();
    QCOMPARE(root.value("format").toString(), QStringLiteral("conntrack"));
    QCOMPARE(root.value("rows").toArray().size(), 6);
    QCOMPARE(root.value("issues").toArray().first().toObject().value("line").toInt(), 7);
    QCOMPARE(root.value("collisions").toArray().size(), 1);
}

void TestShowNatCli::usageAndMissingFile()
{
    QByteArray out, err;
    QCOMPARE(runCli({"parse-translations"}, &out, &err), 2);
    QCOMPARE(runCli({"parse-translations", "/nonexistent/x.txt"}, &out, &err), 1);
    QVERIFY(err.contains("/nonexistent/x.txt"));
    QCOMPARE(runCli({"import", "--config", data + "cisco-seed-incident.cfg"}, &out, &err), 2);
}

void TestShowNatCli::formatOverrideAndStdin()
{
    QByteArray out, err;
    // Detected: the show output is read as Cisco's, conntrack's as conntrack.
    QCOMPARE(runCli({"parse-translations", "--json", data + "show-nat-seed-incident.txt"}, &out, &err), 0);
    QCOMPARE(QJsonDocument::fromJson(out).object().value("format").toString(), QStringLiteral("cisco-show"));
    QCOMPARE(QJsonDocument::fromJson(out).object().value("rows").toArray().size(), 5);
    // Forced to the wrong reader: nothing understood, one verdict, exit 1.
    QCOMPARE(runCli({"parse-translations", "--format", "conntrack", data + "show-nat-seed-incident.txt"},
                    &out, &err),
             1);
    QVERIFY2(err.contains("does not look like"), err.constData());
    // An unknown key is a usage error that lists the known ones.
    QCOMPARE(runCli({"parse-translations", "--format", "asa", data + "show-nat-seed-incident.txt"}, &out, &err), 2);
    QVERIFY2(err.contains("cisco-show") && err.contains("conntrack"), err.constData());
    // "-" reads standard input (a pipe: not mapped, streamed in blocks).
    QFile input(data + "conntrack-home-lab.txt");
    QVERIFY(input.open(QIODevice::ReadOnly));
    QProcess p;
    p.start(QStringLiteral(MESHNAT_CLI), {"parse-translations", "--json", "-"});
    QVERIFY(p.waitForStarted());
    p.write(input.readAll());
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const QJsonObject root = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    QCOMPARE(root.value("format").toString(), QStringLiteral("conntrack"));
    QCOMPARE(root.value("rows").toArray().size(), 6);
}

void TestShowNatCli::importWritesProject()
{
    QTemporaryDir dir;
    const QString project = dir.filePath("imported.meshnat");
    QByteArray out, err;
    QCOMPARE(runCli({"import", "--config", data + "cisco-seed-incident.cfg", "--translations",
                     data + "show-nat-seed-incident.txt", "-o", project},
                    &out, &err),
             0);
    QVERIFY(out.contains("1 collisions"));
    // Unknown lines are listed on stderr with file and line.
    QVERIFY2(err.contains("cisco-seed-incident.cfg:7:"), err.constData());
    QCOMPARE(runCli({"validate", project}, &out, &err), 0);
    QCOMPARE(runCli({"simulate", project}, &out, &err), 0);
    QVERIFY(out.contains("CUST-EDGE-01"));
    // Linux: iptables-save with a malformed rule is reported and exits 1, but the
    // project is still written.
    const QString linuxProject = dir.filePath("linux.meshnat");
    QCOMPARE(runCli({"import", "--iptables", data + "iptables-save-home-lab.txt", "--translations",
                     data + "conntrack-home-lab.txt", "-o", linuxProject},
                    &out, &err),
             1);
    QVERIFY(err.contains("iptables-save-home-lab.txt:15:"));
    QVERIFY(QFile::exists(linuxProject));
}

QTEST_GUILESS_MAIN(TestShowNatCli)
#include "tst_shownat_cli.moc"
