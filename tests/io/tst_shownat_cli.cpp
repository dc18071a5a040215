// meshnat-cli parse-translations and import: output, JSON, exit codes, and a
// written project that validates and simulates.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {
const QString data = QStringLiteral(MESHNAT_SOURCE_DIR "/tests/io/data/");

int runCli(const QStringList &args, QByteArray *out, QByteArray *err = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(MESHNAT_CLI), args);
    if (!p.waitForFinished(60000))
        return -1;
    *out = p.readAllStandardOutput();
    if (err)
        *err = p.readAllStandardError();
    return p.exitCode();
}
} // namespace

class TestShowNatCli : public QObject
{
    Q_OBJECT

private slots:
    void parseTranslationsText();
    void parseTranslationsJson();
    void usageAndMissingFile();
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
