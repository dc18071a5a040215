// The vendors' translation/session table readers (issue #16): every column of
// every sample row, issues with their lines for malformed and cut input, one
// verdict for input that is not the format, sniffing (the registry picks the
// right reader for every sample and every existing fixture), streaming in
// pieces, and meshnat-cli parse-translations with --format and auto-detection.
#include "CliRun.h"
#include "ObservedTableCodec.h"

#include "ReaderVerdict.h"
#include "RouterDataRegistry.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cstring>

namespace {
const QString data = QStringLiteral(MESHNAT_SOURCE_DIR "/tests/io/data/");
const QString vendors = data + QStringLiteral("vendors/");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    return f.readAll();
}

ObservedTranslations readWith(const QString &file, const QString &key = QString(),
                              QString *formatKey = nullptr)
{
    ObservedTranslations t;
    QString error;
    if (!RouterDataRegistry::instance().readFile(vendors + file, key, &t, &error, formatKey))
        qFatal("%s", qPrintable(error));
    return t;
}

// "proto | inside global | inside local | outside local | outside global | line"
QString rowText(const ObservedTranslations &t, int i)
{
    return QStringLiteral("%1|%2|%3|%4|%5|%6")
        .arg(t.protocolText(i), t.addressText(i, ObservedRow::InsideGlobal),
             t.addressText(i, ObservedRow::InsideLocal),
             t.addressText(i, ObservedRow::OutsideLocal),
             t.addressText(i, ObservedRow::OutsideGlobal))
        .arg(t.rows.at(i).line);
}

QString issueText(const ImportIssue &i)
{
    return QStringLiteral("%1:%2").arg(i.line).arg(int(i.severity));
}

QStringList issueList(const ObservedTranslations &t)
{
    QStringList l;
    for (const ImportIssue &i : t.issues)
        l.append(issueText(i));
    return l;
}

QString detail(const ObservedTranslations &t, int row, const char *key)
{
    return t.details(row).value(QLatin1String(key)).toString();
}

} // namespace

class TestVendorTables : public QObject
{
    Q_OBJECT

private slots:
    void asaXlate();
    void asaXlateMalformed();
    void asaXlateTruncated();
    void yamaha_data();
    void yamaha();
    void yamahaMalformed();
    void yamahaTruncated();
    void fortigate();
    void fortigateMalformed();
    void fortigateTruncated();
    void srx();
    void srxMalformed();
    void srxTruncated();
    void srxKeysInsideFields();
    void sniffing_data();
    void sniffing();
    void notTheFormat_data();
    void notTheFormat();
    void piecesAgree_data();
    void piecesAgree();
    void cli();
    void sharedDetails_data();
    void sharedDetails();
};

void TestVendorTables::asaXlate()
{
    QString key;
    const ObservedTranslations t = readWith(QStringLiteral("asa-show-xlate.txt"), QString(), &key);
    QCOMPARE(key, QStringLiteral("asa-xlate"));
    QCOMPARE(t.issues.size(), 0);
    QCOMPARE(t.total, 7);
    QCOMPARE(t.headers, 2); // the count and the Flags legend
    QCOMPARE(t.commands, QStringList{QStringLiteral("show xlate")});
    const QStringList expected = {
        "---|203.0.113.9|10.0.0.9|---|---|5",
        "---|10.20.0.0/24|10.20.0.0/24|---|---|6",
        "UDP|203.0.113.1:4500|10.0.0.5:4500|---|---|8",
        "UDP|203.0.113.1:1025|10.0.0.6:4500|---|---|9",
        "TCP|203.0.113.1:51234|10.0.0.7:51234|---|---|10",
        "ICMP|203.0.113.1:1|10.0.0.5:1|---|---|12",
        "UDP|198.51.100.20:500|172.16.5.10:500|---|---|13",
    };
    QCOMPARE(t.size(), expected.size());
    for (int i = 0; i < t.size(); ++i)
        QCOMPARE(rowText(t, i), expected.at(i));
    const QStringList flags = {"s", "sIT", "ri", "ri", "ri", "ri", "sT"};
    const QStringList idle = {"0:10:00", "62:33:57", "0:00:12", "0:00:02", "0:01:15", "0:00:00",
                              "0:00:04"};
    const QStringList timeout = {"0:00:00", "0:00:00", "0:00:30", "0:00:30", "0:00:30", "0:00:30",
                                 "0:00:00"};
    const QStringList type = {"NAT", "NAT", "PAT", "PAT", "PAT", "PAT", "PAT"};
    for (int i = 0; i < t.size(); ++i) {
        QCOMPARE(detail(t, i, "flags"), flags.at(i));
        QCOMPARE(detail(t, i, "idle"), idle.at(i));
        QCOMPARE(detail(t, i, "timeout"), timeout.at(i));
        QCOMPARE(detail(t, i, "type"), type.at(i));
        QCOMPARE(detail(t, i, "mapped_interface"), QStringLiteral("outside"));
        QCOMPARE(detail(t, i, "real_interface"),
                 i == 6 ? QStringLiteral("dmz") : QStringLiteral("inside"));
        QCOMPARE(t.details(i).value(QStringLiteral("twice_nat")).toBool(), i == 1 || i == 6);
    }
    // The address columns HCX analysis relies on are real addresses.
    QVERIFY(t.rows.at(2).insideGlobal().isAddress());
    QCOMPARE(t.rows.at(2).insideGlobal().port, 4500);
    QVERIFY(!t.rows.at(1).insideLocal().isAddress()); // a /24 is not one address
    QVERIFY(ReaderVerdict::translations(t).isEmpty());
}

void TestVendorTables::asaXlateMalformed()
{
    const ObservedTranslations t =
        readWith(QStringLiteral("asa-show-xlate-malformed.txt"), QStringLiteral("asa-xlate"));
    // Line 6 has no "to": not used; line 7's idle is bad: kept, reported;
    // line 8 is not show xlate; line 9's port is out of range: kept as text.
    QCOMPARE(issueList(t), (QStringList{QStringLiteral("6:%1").arg(ImportIssue::Error),
                                        QStringLiteral("7:%1").arg(ImportIssue::Error),
                                        QStringLiteral("8:%1").arg(ImportIssue::Unknown),
                                        QStringLiteral("9:%1").arg(ImportIssue::Warning)}));
    QCOMPARE(t.size(), 3);
    QCOMPARE(rowText(t, 0), QStringLiteral("UDP|203.0.113.1:4500|10.0.0.5:4500|---|---|5"));
    QCOMPARE(rowText(t, 1), QStringLiteral("UDP|203.0.113.1:1026|10.0.0.7:4500|---|---|7"));
    QCOMPARE(rowText(t, 2), QStringLiteral("UDP|203.0.113.1:1027|10.0.0.8/99999|---|---|9"));
    QCOMPARE(detail(t, 1, "idle"), QString()); // the malformed value is not taken
    QCOMPARE(detail(t, 1, "timeout"), QStringLiteral("0:00:30"));
    QVERIFY(t.issues.at(2).text.contains(QStringLiteral("not part of show xlate")));
    QVERIFY(ReaderVerdict::translations(t).isEmpty());
}

void TestVendorTables::asaXlateTruncated()
{
    const ObservedTranslations t = readWith(QStringLiteral("asa-show-xlate-truncated.txt"));
    QCOMPARE(t.size(), 2);
    QCOMPARE(rowText(t, 0), QStringLiteral("UDP|203.0.113.1:4500|10.0.0.5:4500|---|---|4"));
    QCOMPARE(rowText(t, 1), QStringLiteral("---|203.0.113.9|10.0.0.9|---|---|5"));
    QCOMPARE(issueList(t), QStringList{QStringLiteral("5:%1").arg(ImportIssue::Warning)});
    QVERIFY(t.issues.at(0).message.contains(QStringLiteral("cut short")));
    QCOMPARE(t.total, 2);
}

void TestVendorTables::yamaha_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("ttl");
    const QStringList ja = {"UDP|203.0.113.1:4500|192.168.100.2:4500|---|---|8",
                            "UDP|203.0.113.1:1024|192.168.100.3:4500|---|---|9",
                            "TCP|203.0.113.1:60001|192.168.100.10:51234|---|---|10"};
    const QStringList jaTtl = {"257", "300", "85"};
    QTest::newRow("japanese utf-8") << "yamaha-nat-address-ja.txt" << ja << jaTtl;
    QTest::newRow("japanese shift_jis crlf") << "yamaha-nat-address-sjis.txt" << ja << jaTtl;
    QTest::newRow("english") << "yamaha-nat-address-en.txt"
                             << QStringList{"UDP|203.0.113.1:4500|192.168.100.2:4500|---|---|8",
                                            "UDP|203.0.113.1:1024|192.168.100.3:4500|---|---|9"}
                             << QStringList{"257", "300"};
}

void TestVendorTables::yamaha()
{
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, ttl);
    QString key;
    const ObservedTranslations t = readWith(file, QString(), &key);
    QCOMPARE(key, QStringLiteral("yamaha-nat"));
    QCOMPARE(issueList(t), QStringList());
    QCOMPARE(t.commands, QStringList{QStringLiteral("show nat descriptor address")});
    QCOMPARE(t.headers, 5); // descriptor, operation type, outer address, sessions, columns
    QCOMPARE(t.size(), expected.size());
    for (int i = 0; i < t.size(); ++i) {
        QCOMPARE(rowText(t, i), expected.at(i));
        QCOMPARE(detail(t, i, "ttl"), ttl.at(i));
        QCOMPARE(detail(t, i, "descriptor"), QStringLiteral("1000"));
        QVERIFY(t.rows.at(i).insideGlobal().isAddress());
    }
    QVERIFY(ReaderVerdict::translations(t).isEmpty());
}

void TestVendorTables::yamahaMalformed()
{
    const ObservedTranslations t = readWith(QStringLiteral("yamaha-nat-address-malformed.txt"));
    // 6: outer port 70000, not used; 7: remaining time not a number, kept;
    // 8: one column too many, not used.
    QCOMPARE(issueList(t), (QStringList{QStringLiteral("6:%1").arg(ImportIssue::Error),
                                        QStringLiteral("7:%1").arg(ImportIssue::Warning),
                                        QStringLiteral("8:%1").arg(ImportIssue::Error)}));
    QCOMPARE(t.size(), 2);
    QCOMPARE(rowText(t, 0), QStringLiteral("UDP|203.0.113.1:4500|192.168.100.2:4500|---|---|5"));
    QCOMPARE(rowText(t, 1), QStringLiteral("UDP|203.0.113.1:1025|192.168.100.4:4500|---|---|7"));
    QCOMPARE(detail(t, 1, "ttl"), QString());
}

void TestVendorTables::yamahaTruncated()
{
    const ObservedTranslations t = readWith(QStringLiteral("yamaha-nat-address-truncated.txt"));
    QCOMPARE(t.size(), 1);
    QCOMPARE(rowText(t, 0), QStringLiteral("UDP|203.0.113.1:4500|192.168.100.2:4500|---|---|5"));
    QCOMPARE(issueList(t), QStringList{QStringLiteral("6:%1").arg(ImportIssue::Error)});
    QVERIFY(t.issues.at(0).message.contains(QStringLiteral("cut short")));
}

void TestVendorTables::fortigate()
{
    QString key;
    const ObservedTranslations t =
        readWith(QStringLiteral("fortigate-session-list.txt"), QString(), &key);
    QCOMPARE(key, QStringLiteral("fortigate-session"));
    QCOMPARE(issueList(t), QStringList());
    QCOMPARE(t.commands, QStringList{QStringLiteral("diagnose sys session list")});
    QCOMPARE(t.total, 4);
    QCOMPARE(t.headers, 5); // four session blocks and the count
    const QStringList expected = {
        "udp|203.0.113.1:4500|10.0.0.5:4500|198.51.100.7:4500|198.51.100.7:4500|3",
        "udp|203.0.113.1:61024|10.0.0.6:4500|198.51.100.7:4500|198.51.100.7:4500|21",
        // A VIP (dnat): the real server is inside local, the VIP inside global.
        "tcp|203.0.113.1:443|10.0.0.80:443|198.51.100.20:51000|198.51.100.20:51000|29",
        // No NAT: inside global is the inside local.
        "icmp|10.0.0.5:1|10.0.0.5:1|10.0.0.1:8|10.0.0.1:8|35",
    };
    QCOMPARE(t.size(), expected.size());
    const QStringList expire = {"177", "165", "3588", "57"};
    const QStringList timeout = {"180", "180", "3600", "60"};
    const QStringList duration = {"1523", "1490", "12", "3"};
    const QStringList act = {"snat", "snat", "dnat", "noop"};
    const QStringList policy = {"1", "1", "7", "0"};
    for (int i = 0; i < t.size(); ++i) {
        QCOMPARE(rowText(t, i), expected.at(i));
        QCOMPARE(detail(t, i, "expire"), expire.at(i));
        QCOMPARE(detail(t, i, "timeout"), timeout.at(i));
        QCOMPARE(detail(t, i, "duration"), duration.at(i));
        QCOMPARE(detail(t, i, "act"), act.at(i));
        QCOMPARE(detail(t, i, "policy_id"), policy.at(i));
    }
    QCOMPARE(detail(t, 0, "proto_state"), QStringLiteral("01"));
    QCOMPARE(detail(t, 0, "hook"), QStringLiteral("post"));
}

void TestVendorTables::fortigateMalformed()
{
    const ObservedTranslations t = readWith(QStringLiteral("fortigate-session-list-malformed.txt"));
    // 4: hook line without the translated address in brackets; 3: so that
    // block has no row; 6: port 99999; 7: not FortiOS output; 5: no row;
    // 8: a count that is not a number.
    QCOMPARE(issueList(t), (QStringList{QStringLiteral("4:%1").arg(ImportIssue::Error),
                                        QStringLiteral("3:%1").arg(ImportIssue::Warning),
                                        QStringLiteral("6:%1").arg(ImportIssue::Error),
                                        QStringLiteral("7:%1").arg(ImportIssue::Unknown),
                                        QStringLiteral("5:%1").arg(ImportIssue::Warning),
                                        QStringLiteral("8:%1").arg(ImportIssue::Error)}));
    QCOMPARE(t.size(), 1);
    QCOMPARE(rowText(t, 0),
             QStringLiteral("udp|203.0.113.1:4500|10.0.0.5:4500|198.51.100.7:4500|198.51.100.7:4500|1"));
}

void TestVendorTables::fortigateTruncated()
{
    const ObservedTranslations t = readWith(QStringLiteral("fortigate-session-list-truncated.txt"));
    QCOMPARE(t.size(), 1);
    QCOMPARE(rowText(t, 0),
             QStringLiteral("udp|203.0.113.1:4500|10.0.0.5:4500|198.51.100.7:4500|198.51.100.7:4500|1"));
    QCOMPARE(detail(t, 0, "policy_id"), QStringLiteral("1"));
    QCOMPARE(issueList(t), QStringList{QStringLiteral("4:%1").arg(ImportIssue::Warning)});
    QVERIFY(t.issues.at(0).message.contains(QStringLiteral("cut short")));
}

void TestVendorTables::srx()
{
    QString key;
    const ObservedTranslations t = readWith(QStringLiteral("srx-flow-session.txt"), QString(), &key);
    QCOMPARE(key, QStringLiteral("srx-flow-session"));
    QCOMPARE(issueList(t), QStringList());
    QCOMPARE(t.commands, QStringList{QStringLiteral("show security flow session")});
    QCOMPARE(t.total, 3);
    QCOMPARE(t.headers, 4);
    const QStringList expected = {
        "udp|203.0.113.1:4500|10.0.0.5:4500|198.51.100.7:4500|198.51.100.7:4500|2",
        "udp|203.0.113.1:1025|10.0.0.6:4500|198.51.100.7:4500|198.51.100.7:4500|6",
        // Destination NAT: the server is inside local, the public address inside global.
        "tcp|203.0.113.10:443|10.0.0.80:443|198.51.100.20:51000|198.51.100.20:51000|10",
    };
    QCOMPARE(t.size(), expected.size());
    const QStringList id = {"3452", "3460", "3475"};
    const QStringList policy = {"trust-to-untrust/4", "trust-to-untrust/4", "untrust-to-dmz/9"};
    const QStringList timeout = {"58", "60", "1790"};
    const QStringList inIf = {"ge-0/0/1.0", "ge-0/0/1.0", "ge-0/0/0.0"};
    const QStringList outIf = {"ge-0/0/0.0", "ge-0/0/0.0", "ge-0/0/2.0"};
    const QStringList inPkts = {"1512", "1400", "12"};
    const QStringList outBytes = {"166320", "160000", "5200"};
    for (int i = 0; i < t.size(); ++i) {
        QCOMPARE(rowText(t, i), expected.at(i));
        QCOMPARE(detail(t, i, "session_id"), id.at(i));
        QCOMPARE(detail(t, i, "policy"), policy.at(i));
        QCOMPARE(detail(t, i, "timeout"), timeout.at(i));
        QCOMPARE(detail(t, i, "state"), QStringLiteral("Valid"));
        QCOMPARE(detail(t, i, "in_if"), inIf.at(i));
        QCOMPARE(detail(t, i, "out_if"), outIf.at(i));
        QCOMPARE(detail(t, i, "in_pkts"), inPkts.at(i));
        QCOMPARE(detail(t, i, "out_bytes"), outBytes.at(i));
    }
}

void TestVendorTables::srxMalformed()
{
    const ObservedTranslations t = readWith(QStringLiteral("srx-flow-session-malformed.txt"));
    // 5: "->" instead of "-->"; 6: not SRX output; 4: so session 2 has no
    // row; 7: a count that is not a number.
    QCOMPARE(issueList(t), (QStringList{QStringLiteral("5:%1").arg(ImportIssue::Error),
                                        QStringLiteral("6:%1").arg(ImportIssue::Unknown),
                                        QStringLiteral("4:%1").arg(ImportIssue::Warning),
                                        QStringLiteral("7:%1").arg(ImportIssue::Error)}));
    QCOMPARE(t.size(), 1);
    QCOMPARE(rowText(t, 0),
             QStringLiteral("udp|203.0.113.1:4500|10.0.0.5:4500|198.51.100.7:4500|198.51.100.7:4500|1"));
}

void TestVendorTables::srxTruncated()
{
    const ObservedTranslations t = readWith(QStringLiteral("srx-flow-session-truncated.txt"));
    // The second session lost its Out line: kept with its inside global
    // unknown, and said so.
    QCOMPARE(t.size(), 2);
    QCOMPARE(rowText(t, 0),
             QStringLiteral("udp|203.0.113.1:4500|10.0.0.5:4500|198.51.100.7:4500|198.51.100.7:4500|1"));
    QCOMPARE(rowText(t, 1),
             QStringLiteral("udp|---|10.0.0.6:4500|198.51.100.7:4500|198.51.100.7:4500|4"));
    QCOMPARE(issueList(t), (QStringList{QStringLiteral("6:%1").arg(ImportIssue::Error),
                                        QStringLiteral("4:%1").arg(ImportIssue::Warning)}));
    QVERIFY(t.issues.at(1).message.contains(QStringLiteral("cut short")));
}

void TestVendorTables::srxKeysInsideFields()
{
    // A key's first "KEY: " on a wing line is where its value is, even inside
    // another field (a tag that holds "If: "): the in-place path must leave
    // such a line to the general one, wherever in its eight-byte steps the
    // ':' falls, and both must agree.
    const QList<QByteArray> tags = {"0x0",          "0x0 If: x",         "If: y",
                                    "a:b",          "0x0000000000 If: z", "0x0000000000:c If: w",
                                    "0x0000000000:1", "0x000000000000000000000"};
    const QList<QByteArray> interfaces = {"ge-0/0/1.0", "reth0.0 (long name)"};
    for (const QByteArray &tag : tags) {
        for (const QByteArray &interface : interfaces) {
            const QByteArray in = "10.0.0.5/4500 --> 198.51.100.7/4500;udp, Conn Tag: " + tag
                                  + ", If: " + interface + ", Pkts: 1512, Bytes: 181440,";
            const QByteArray text = "Session ID: 1, Policy name: p/1, Timeout: 60, Valid\n  In: " + in
                                    + "\n  Out: 198.51.100.7/4500 --> 203.0.113.1/1025;udp, Conn Tag: "
                                      "0x0, If: ge-0/0/0.0, Pkts: 3, Bytes: 4,\n";
            const ObservedTranslations t =
                RouterDataRegistry::instance().readData(text, QStringLiteral("srx-flow-session"));
            QVERIFY2(t.size() == 1, text.constData());
            const qsizetype at = in.indexOf("If: ") + 4;
            const QByteArray expected = in.mid(at, in.indexOf(',', at) - at).trimmed();
            QVERIFY2(detail(t, 0, "in_if") == QString::fromLatin1(expected), text.constData());
            QCOMPARE(detail(t, 0, "in_pkts"), QStringLiteral("1512"));
            QCOMPARE(rowText(t, 0),
                     QStringLiteral("udp|203.0.113.1:1025|10.0.0.5:4500|198.51.100.7:4500|"
                                    "198.51.100.7:4500|1"));
        }
    }
}

void TestVendorTables::sniffing_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("key");
    const QDir dir(vendors);
    for (const QString &f : dir.entryList({QStringLiteral("*.txt")}, QDir::Files)) {
        const QString key = f.startsWith(QLatin1String("asa-"))      ? QStringLiteral("asa-xlate")
                            : f.startsWith(QLatin1String("yamaha-")) ? QStringLiteral("yamaha-nat")
                            : f.startsWith(QLatin1String("fortigate-"))
                                ? QStringLiteral("fortigate-session")
                            : f.startsWith(QLatin1String("srx-")) ? QStringLiteral("srx-flow-session")
                                                                  : QString();
        QVERIFY2(!key.isEmpty(), qPrintable(f));
        QTest::newRow(qPrintable(f)) << dir.filePath(f) << key;
    }
    QTest::newRow("show-nat-seed-incident") << data + "show-nat-seed-incident.txt" << "cisco-show";
    QTest::newRow("conntrack-home-lab") << data + "conntrack-home-lab.txt" << "conntrack";
    const QDir fixtures(QStringLiteral(MESHNAT_FIXTURES "/show-ip-nat-translations"));
    for (const QString &f : fixtures.entryList({QStringLiteral("*_output.txt")}, QDir::Files))
        QTest::newRow(qPrintable(f)) << fixtures.filePath(f) << "cisco-show";
}

void TestVendorTables::sniffing()
{
    QFETCH(QString, path);
    QFETCH(QString, key);
    const QByteArray bytes = readAll(path);
    QCOMPARE(RouterDataRegistry::instance().detect(bytes)->key(), key);
}

void TestVendorTables::notTheFormat_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("asa-xlate") << "asa-xlate";
    QTest::newRow("yamaha-nat") << "yamaha-nat";
    QTest::newRow("fortigate-session") << "fortigate-session";
    QTest::newRow("srx-flow-session") << "srx-flow-session";
}

void TestVendorTables::notTheFormat()
{
    // A configuration or random text given to the reader: one verdict, not
    // a table of zero rows presented as fine.
    QFETCH(QString, key);
    for (const QString &file : {data + "cisco-seed-incident.cfg", data + "conntrack-home-lab.txt"}) {
        const ObservedTranslations t = RouterDataRegistry::instance().readData(readAll(file), key);
        QCOMPARE(t.size(), 0);
        QVERIFY2(!ReaderVerdict::translations(t).isEmpty(), qPrintable(file));
    }
    const ObservedTranslations bytes =
        RouterDataRegistry::instance().readData(QByteArray("\x01\xff\xfe garbage\n\x80#>\n", 15), key);
    QVERIFY(!ReaderVerdict::translations(bytes).isEmpty());
    for (const ImportIssue &i : bytes.issues)
        QVERIFY(!i.text.contains(QChar(0xfffd))); // raw bytes are escaped, never echoed
}

void TestVendorTables::piecesAgree_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &f : QDir(vendors).entryList({QStringLiteral("*.txt")}, QDir::Files))
        QTest::newRow(qPrintable(f)) << f;
}

void TestVendorTables::piecesAgree()
{
    QFETCH(QString, file);
    const QByteArray bytes = readAll(vendors + file);
    QString key;
    const ObservedTranslations whole = readWith(file, QString(), &key);
    for (int step : {1, 3, 7, 64}) {
        const std::unique_ptr<RouterDataReader> reader = RouterDataRegistry::instance().create(key);
        ObservedTranslations t;
        reader->begin(&t);
        for (qsizetype at = 0; at < bytes.size(); at += step)
            reader->feed(QByteArrayView(bytes).sliced(at, qMin<qsizetype>(step, bytes.size() - at)));
        QVERIFY(reader->end());
        QCOMPARE(t.size(), whole.size());
        for (int i = 0; i < t.size(); ++i) {
            QCOMPARE(rowText(t, i), rowText(whole, i));
            QCOMPARE(t.details(i), whole.details(i));
        }
        QCOMPARE(issueList(t), issueList(whole));
    }
}

void TestVendorTables::cli()
{
    QByteArray out, err;
    // Auto-detected.
    QCOMPARE(runCli({"parse-translations", "--json", vendors + "asa-show-xlate.txt"}, &out, &err), 0);
    QJsonObject doc = QJsonDocument::fromJson(out).object();
    QCOMPARE(doc.value("format").toString(), QStringLiteral("asa-xlate"));
    QCOMPARE(doc.value("rows").toArray().size(), 7);
    const QJsonObject row = doc.value("rows").toArray().at(2).toObject();
    QCOMPARE(row.value("inside_local").toString(), QStringLiteral("10.0.0.5:4500"));
    QCOMPARE(row.value("inside_global").toString(), QStringLiteral("203.0.113.1:4500"));
    QCOMPARE(row.value("details").toObject().value("flags").toString(), QStringLiteral("ri"));
    // The text output, with issues on stderr naming file and line.
    QCOMPARE(runCli({"parse-translations", vendors + "asa-show-xlate-malformed.txt"}, &out, &err), 0);
    QVERIFY(out.contains("3 translations"));
    QVERIFY2(err.contains("asa-show-xlate-malformed.txt:8:"), err.constData());
    // --format overrides detection: the ASA sample read as IOS is not understood.
    QCOMPARE(runCli({"parse-translations", "--json", "--format", "cisco-show",
                     vendors + "asa-show-xlate.txt"}, &out, &err), 1);
    QCOMPARE(QJsonDocument::fromJson(out).object().value("format").toString(),
             QStringLiteral("cisco-show"));
    // And the other way: the seed incident forced through the ASA reader.
    QVERIFY(runCli({"parse-translations", "--format", "asa-xlate",
                    data + "show-nat-seed-incident.txt"}, &out, &err) != 0);
    QVERIFY2(err.contains("does not look like"), err.constData());
    // Shift_JIS input, auto-detected; nothing but ASCII addresses comes out.
    QCOMPARE(runCli({"parse-translations", "--json", vendors + "yamaha-nat-address-sjis.txt"},
                    &out, &err), 0);
    doc = QJsonDocument::fromJson(out).object();
    QCOMPARE(doc.value("format").toString(), QStringLiteral("yamaha-nat"));
    QCOMPARE(doc.value("rows").toArray().at(1).toObject().value("inside_global").toString(),
             QStringLiteral("203.0.113.1:1024"));
    // --json shapes rows once per set of details: a row without details (its
    // TTL unreadable, no descriptor) between rows with them is written whole.
    QTemporaryDir dir;
    const QString table = dir.filePath(QStringLiteral("rtx.txt"));
    QFile rtxFile(table);
    QVERIFY(rtxFile.open(QIODevice::WriteOnly));
    rtxFile.write("Inner address:port  Outer port  Remaining  Protocol\n10.0.0.3:1 2 300 udp\n"
               "10.0.0.3:4 5 soon udp\n10.0.0.3:6 7 9 udp\n");
    rtxFile.close();
    QCOMPARE(runCli({"parse-translations", "--json", "--format", "yamaha-nat", table}, &out, &err), 0);
    const QJsonArray rtx = QJsonDocument::fromJson(out).object().value("rows").toArray();
    QCOMPARE(rtx.size(), 3);
    const QStringList inner{"10.0.0.3:1", "10.0.0.3:4", "10.0.0.3:6"}, outer{"?:2", "?:5", "?:7"};
    const QList<int> ttls{300, -1, 9};
    for (int i = 0; i < 3; ++i) {
        const QJsonObject r = rtx.at(i).toObject();
        QCOMPARE(r.value("inside_local").toString(), inner.at(i));
        QCOMPARE(r.value("inside_global").toString(), outer.at(i));
        QCOMPARE(r.value("protocol").toString(), QStringLiteral("udp"));
        QCOMPARE(r.value("details").toObject().value("ttl").toInt(-1), ttls.at(i));
    }
    for (const auto &[file, key] : {std::pair{"fortigate-session-list.txt", "fortigate-session"},
                                    std::pair{"srx-flow-session.txt", "srx-flow-session"}}) {
        QCOMPARE(runCli({"parse-translations", "--json", vendors + file}, &out, &err), 0);
        doc = QJsonDocument::fromJson(out).object();
        QCOMPARE(doc.value("format").toString(), QString::fromLatin1(key));
        QCOMPARE(doc.value("rows").toArray().at(1).toObject().value("inside_global").toString(),
                 QString::fromLatin1(std::strcmp(key, "srx-flow-session") == 0 ? "203.0.113.1:1025"
                                                                             : "203.0.113.1:61024"));
    }
}


// A long table keeps a handful of shared details, whatever differs on every
// row (idle, counters, ids, remaining time) read back exactly per row, also
// after the project stores the table (ObservedTableCodec) and when a value
// is printed in a form a number cannot reproduce ("00:00:07", "0012").
void TestVendorTables::sharedDetails_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("perRowKey");
    QTest::addColumn<QStringList>("perRow"); // the value of perRowKey in each row, as a string
    constexpr int n = 3000;
    QByteArray asa = "asa# show xlate\n", forti, srx, yamaha;
    QStringList idle, duration, bytes, ttl;
    for (int i = 0; i < n; ++i) {
        const QString v = i == 17 ? QStringLiteral("00:00:07")
                                  : QStringLiteral("%1:%2:%3")
                                        .arg(i / 3600)
                                        .arg(i / 60 % 60, 2, 10, QLatin1Char('0'))
                                        .arg(i % 60, 2, 10, QLatin1Char('0'));
        idle.append(v);
        asa += QStringLiteral("UDP PAT from inside:10.0.%1.%2/4500 to outside:203.0.113.1/%3%4flags ri "
                              "idle %5 timeout 0:00:30\n")
                   .arg(i / 250)
                   .arg(i % 250 + 1)
                   .arg(1024 + i)
                   .arg(i % 5 == 0 ? QStringLiteral("\n    ") : QStringLiteral(" "), v)
                   .toLatin1();
        // The last one does not fit a 32-bit column: kept in the row's details.
        duration.append(QString::number(i == n - 1 ? 5000000000LL : i * 1000003LL));
        forti += QStringLiteral("session info: proto=17 proto_state=01 duration=%1 expire=%2 timeout=180\n"
                                "hook=post dir=org act=snat 10.0.0.%3:4500->198.51.100.7:4500(203.0.113.1:%4)\n"
                                "misc=0 policy_id=%5 auth_info=0\n")
                     .arg(duration.last())
                     .arg(180 - i % 180)
                     .arg(i % 250 + 1)
                     .arg(1024 + i)
                     .arg(i % 2)
                     .toLatin1();
        bytes.append(i == 5 ? QStringLiteral("0012") : QString::number(i * 977));
        srx += QStringLiteral("Session ID: %1, Policy name: p/1, Timeout: %2, Valid\n"
                              "  In: 10.0.0.%3/4500 --> 198.51.100.7/4500;udp, If: ge-0/0/1.0, Pkts: %4, Bytes: %5,\n"
                              "  Out: 198.51.100.7/4500 --> 203.0.113.1/%6;udp, If: ge-0/0/0.0, Pkts: 1, Bytes: 2,\n")
                   .arg(i + 1)
                   .arg(i % 60)
                   .arg(i % 250 + 1)
                   .arg(i)
                   .arg(bytes.last())
                   .arg(1024 + i)
                   .toLatin1();
        ttl.append(QString::number(300 - i % 300));
        yamaha += QStringLiteral("192.168.%1.%2:4500   %3   %4   UDP\n")
                      .arg(i / 250)
                      .arg(i % 250 + 1)
                      .arg(1024 + i)
                      .arg(ttl.last())
                      .toLatin1();
    }
    yamaha.prepend("Reference NAT descriptor : 1000, Applied Interface : LAN2(1)\n"
                   "Outer address : 203.0.113.1\n"
                   "Inner address:port      Outer port   Remaining(s)   Protocol\n");
    QTest::newRow("asa idle") << "asa-xlate" << asa << "idle" << idle;
    QTest::newRow("fortigate duration") << "fortigate-session" << forti << "duration" << duration;
    QTest::newRow("srx bytes") << "srx-flow-session" << srx << "in_bytes" << bytes;
    QTest::newRow("yamaha ttl") << "yamaha-nat" << yamaha << "ttl" << ttl;
}

void TestVendorTables::sharedDetails()
{
    QFETCH(QString, key);
    QFETCH(QByteArray, text);
    QFETCH(QString, perRowKey);
    QFETCH(QStringList, perRow);
    ObservedTranslations t;
    RouterDataRegistry::instance().create(key)->parseData(text, &t);
    QCOMPARE(t.issues.size(), 0);
    QCOMPARE(t.size(), perRow.size());
    QVERIFY2(t.extras.size() <= 4, qPrintable(QString::number(t.extras.size())));
    for (int i = 0; i < t.size(); ++i)
        QCOMPARE(t.details(i).value(perRowKey).toString(), perRow.at(i));
    ObservedTranslations stored;
    QString error;
    QVERIFY2(ObservedTableCodec::decode(ObservedTableCodec::encode(t), &stored, &error), qPrintable(error));
    QCOMPARE(stored.size(), t.size());
    for (int i = 0; i < t.size(); ++i)
        QCOMPARE(stored.details(i), t.details(i));
}

QTEST_GUILESS_MAIN(TestVendorTables)
#include "tst_vendor_tables.moc"
