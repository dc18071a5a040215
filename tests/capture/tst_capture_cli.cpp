// meshnat-cli capture INSIDE OUTSIDE [--json] on the capture lab's files:
// translations, tunnel states, NAT detection, bad input. The command runs in
// process (meshnat_cli_commands), as main() runs it.
#include "CaptureCommand.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString Data = QStringLiteral(MESHNAT_SOURCE_DIR "/tests/capture/data/");

struct CliResult
{
    int code = -1;
    QString out, err;
};

CliResult runCli(const QStringList &args)
{
    CliResult r;
    QTextStream out(&r.out), err(&r.err);
    CaptureCommand command;
    r.code = command.run(args.mid(1), out, err);
    out.flush();
    err.flush();
    return r;
}
} // namespace

class TestCaptureCli : public QObject
{
    Q_OBJECT
private slots:
    void json()
    {
        const CliResult r = runCli({QStringLiteral("capture"), Data + "lab-inside.pcap",
                                    Data + "lab-outside.pcap", QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(root.value("captures").toArray().size(), 2);
        QCOMPARE(root.value("translations").toArray().size(), 4);
        const QJsonArray tunnels = root.value("tunnels").toArray();
        QCOMPARE(tunnels.size(), 2);
        QStringList globals;
        for (const QJsonValue &t : tunnels) {
            QCOMPARE(t["state"].toString(), QStringLiteral("established"));
            QVERIFY(t["up"].toBool());
            QCOMPARE(t["inside"]["esp"].toString(), QStringLiteral("both-ways"));
            globals << t["insideGlobal"].toString();
        }
        // The second initiator's 4500 is moved: to what the router's conntrack said.
        QFile lab(Data + "lab.txt");
        QVERIFY(lab.open(QIODevice::ReadOnly));
        const QString truth = QString::fromUtf8(lab.readAll());
        const int at = truth.indexOf(QStringLiteral("src=10.99.1.3 dst=198.18.0.10 sport=4500"));
        QVERIFY(at > 0);
        const QString line = truth.mid(at, truth.indexOf('\n', at) - at);
        const QString port = line.section(QStringLiteral("dport="), 2, 2).section(' ', 0, 0);
        QVERIFY(globals.contains(QStringLiteral("198.18.0.1:4500")));
        QVERIFY2(globals.contains(QStringLiteral("198.18.0.1:") + port), qPrintable(globals.join(',')));
        QVERIFY(root.value("natDetection").toArray().size() == 8);
        QVERIFY(root.value("pairedPackets").toInt() > 20);
    }

    void text()
    {
        const CliResult r = runCli({QStringLiteral("capture"), Data + "lab-inside.pcap", Data + "lab-outside.pcap"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("10.99.1.3:4500")));
        QVERIFY(r.out.contains(QStringLiteral("IKE established, ESP both ways")));
        QVERIFY(r.out.contains(QStringLiteral("NAT detected")));
        // One capture: tunnels and NAT detection, no translation table.
        const CliResult one = runCli({QStringLiteral("capture"), Data + "lab-inside.pcap"});
        QCOMPARE(one.code, 0);
        QVERIFY(!one.out.contains(QStringLiteral("Translations")));
        QVERIFY(one.out.contains(QStringLiteral("Tunnels:")));
    }

    void badInput()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("notes.pcap")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("show ip nat translations\n\x01\x02\x03 binary junk");
        f.close();
        const CliResult r = runCli({QStringLiteral("capture"), f.fileName()});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("notes.pcap")));
        QVERIFY(r.err.contains(QStringLiteral("not a packet capture")));
        QVERIFY(!r.err.contains(QStringLiteral("junk"))); // raw bytes are not echoed
        QCOMPARE(runCli({QStringLiteral("capture")}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCaptureCli)
#include "tst_capture_cli.moc"
