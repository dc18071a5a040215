// The router-data reader interface: the registry's sniffing and override, the
// streaming paths (memory-mapped file, its windows, a pipe, a device, pieces of
// any size) agreeing with reading in memory, terminal noise handled once for
// every reader, the fast row path agreeing with the general one, and the
// streaming JSON writer against QJsonDocument.
#include "ConntrackReader.h"
#include "JsonStreamWriter.h"
#include "LineSplitter.h"
#include "MappedFile.h"
#include "ObservedTable.h"
#include "RouterDataRegistry.h"
#include "ShowNatTranslationsReader.h"

#include <QBuffer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <thread>

namespace {

QByteArray dataFile(const char *name)
{
    QFile f(QStringLiteral(MESHNAT_SOURCE_DIR "/tests/io/data/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Everything a reader produced, as text, so two reads compare in one QCOMPARE.
QString dump(const ObservedTranslations &t)
{
    QStringList lines;
    lines << QStringLiteral("format=%1 lines=%2 headers=%3 total=%4 verbose=%5 commands=%6")
                 .arg(int(t.format))
                 .arg(t.lines)
                 .arg(t.headers)
                 .arg(t.total)
                 .arg(t.verbose)
                 .arg(t.commands.join(QLatin1Char(';')));
    for (int i = 0; i < t.size(); ++i) {
        QStringList details;
        const QVariantMap d = t.details(i);
        for (auto it = d.cbegin(); it != d.cend(); ++it)
            details << it.key() + QLatin1Char('=') + it.value().toString();
        lines << QStringLiteral("%1 %2 %3 %4 %5 %6 vrf=%7 %8")
                     .arg(t.rows.at(i).line)
                     .arg(t.protocolText(i), t.addressText(i, ObservedRow::InsideGlobal),
                          t.addressText(i, ObservedRow::InsideLocal),
                          t.addressText(i, ObservedRow::OutsideLocal),
                          t.addressText(i, ObservedRow::OutsideGlobal), t.vrf(i),
                          details.join(QLatin1Char(',')));
    }
    for (const ImportIssue &i : t.issues)
        lines << ImportIssues::format(QStringLiteral("in"), i);
    return lines.join(QLatin1Char('\n'));
}

QByteArray bigShowNat(int rows)
{
    QByteArray data = "Router#show ip nat translations\n"
                      "Pro Inside global Inside local Outside local Outside global\n";
    for (int i = 0; i < rows; ++i) {
        data += QStringLiteral("%1 19.155.80.72:%2 192.19.%3.%4:4500 34.200.10.10:4500 "
                               "34.200.10.10:4500\n")
                    .arg(i % 7 == 0 ? "tcp" : "udp")
                    .arg(1024 + i % 60000)
                    .arg(i / 250 % 256)
                    .arg(i % 250)
                    .toLatin1();
        if (i % 10007 == 5)
            data += "udp 1.2.3.4:1 120.1.211 5.6.7.8:80 5.6.7.8:80\n"; // kept, with a warning
        if (i % 20011 == 7)
            data += "% Invalid input detected\n"; // not understood
    }
    data += "Total number of translations: " + QByteArray::number(rows);
    return data;
}

} // namespace

class TestRouterData : public QObject
{
    Q_OBJECT

private slots:
    void registryKeysAndNames();
    void sniffing_data();
    void sniffing();
    void overrideByKey();
    void piecesOfAnySize_data();
    void piecesOfAnySize();
    void mappedFileAcrossWindows();
    void pipeIsStreamed();
    void terminalNoise();
    void conntrackPromptAndNoise();
    void fastPathAgreesWithGeneralPath();
    void overlongLineInMappedFile();
    void analysisRoles();
    void jsonMatchesQJsonDocument();
    void jsonEscapesControls();
    void jsonShapedRowsMatchPlainCalls();
    void jsonQuotedUtf16MatchesUtf8();
    void digitsAtOnceMatchesDigitsAt();
    void jsonRecordedShapeMatchesPlainCalls();
};

void TestRouterData::registryKeysAndNames()
{
    const RouterDataRegistry &r = RouterDataRegistry::instance();
    QCOMPARE(r.keys(), (QStringList{"cisco-show", "conntrack", "asa-xlate", "yamaha-nat",
                                    "fortigate-session", "srx-flow-session"}));
    for (const QString &key : r.keys()) {
        const auto reader = r.create(key);
        QVERIFY(reader);
        QCOMPARE(reader->key(), key);
        QVERIFY(!reader->displayName().isEmpty());
    }
    QVERIFY(!r.create(QStringLiteral("no-such-format")));
}

void TestRouterData::sniffing_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("key");
    QTest::newRow("conntrack") << dataFile("conntrack-home-lab.txt") << "conntrack";
    QTest::newRow("show with header") << dataFile("show-nat-seed-incident.txt") << "cisco-show";
    QTest::newRow("show rows only") << QByteArray("udp 1.1.1.1:1 2.2.2.2:1 3.3.3.3:1 3.3.3.3:1\n")
                                    << "cisco-show";
    QTest::newRow("proc nf_conntrack")
        << QByteArray("ipv4     2 udp      17 29 src=10.0.0.2 dst=1.1.1.1 sport=4500 dport=4500 "
                      "src=1.1.1.1 dst=203.0.113.5 sport=4500 dport=4500 mark=0 use=1\n")
        << "conntrack";
    // A header wins over src= text (a verbose Cisco capture quoting a filter).
    QTest::newRow("header and src=")
        << QByteArray("Pro Inside global Inside local Outside local Outside global\n"
                      "! filter src=1.1.1.1 dst=2.2.2.2\n")
        << "cisco-show";
    // Nobody claims it: the fallback, whose verdict then says what it is not.
    QTest::newRow("random bytes") << QByteArray("\x7f\x45\x4c\x46\x02\x01\x01 random #junk") << "cisco-show";
}

void TestRouterData::sniffing()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, key);
    QCOMPARE(RouterDataRegistry::instance().detect(data)->key(), key);
    const ObservedTable table = ObservedTable::fromData(data);
    QCOMPARE(table.translations().format, key == QLatin1String("conntrack")
                                              ? ObservedTranslations::Conntrack
                                              : ObservedTranslations::CiscoShow);
}

void TestRouterData::overrideByKey()
{
    const RouterDataRegistry &r = RouterDataRegistry::instance();
    const QByteArray conntrack = dataFile("conntrack-home-lab.txt");
    // Forced to read conntrack as Cisco output: nothing understood, and the
    // verdict machinery sees rejected lines.
    const ObservedTranslations forced = r.readData(conntrack, QStringLiteral("cisco-show"));
    QCOMPARE(forced.format, ObservedTranslations::CiscoShow);
    QCOMPARE(forced.size(), 0);
    QVERIFY(!forced.issues.isEmpty());
    QCOMPARE(r.readData(conntrack, QStringLiteral("auto")).size(), 6);
    QString error;
    QVERIFY(!r.choose(QStringLiteral("nonsense"), conntrack, &error));
    QVERIFY2(error.contains("nonsense") && error.contains("conntrack"), qPrintable(error));
    QTemporaryDir dir;
    const QString path = dir.filePath("ct.txt");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(conntrack);
    f.close();
    ObservedTranslations t;
    QString key;
    QVERIFY(r.readFile(path, QString(), &t, &error, &key));
    QCOMPARE(key, QStringLiteral("conntrack"));
    QCOMPARE(t.size(), 6);
    ObservedTranslations bad;
    QVERIFY(!r.readFile(path, QStringLiteral("nonsense"), &bad, &error));
}

void TestRouterData::piecesOfAnySize_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("show") << "cisco-show"
                          << dataFile("show-nat-seed-incident.txt")
                                 + "\r\n --More-- \b\b\b\b\b\b\b\b\b        \b\b\b\b\b\b\b\b\budp "
                                   "1.1.1.1:2 2.2.2.2:2 3.3.3.3:2 3.3.3.3:2\r\nnot a row";
    QTest::newRow("conntrack") << "conntrack" << dataFile("conntrack-home-lab.txt");
    const QDir fixtures(QStringLiteral(MESHNAT_FIXTURES "/show-ip-nat-translations"));
    for (const QString &f : fixtures.entryList({QStringLiteral("*verbose*_output.txt")})) {
        QFile file(fixtures.filePath(f));
        if (file.open(QIODevice::ReadOnly))
            QTest::newRow(qPrintable(f)) << "cisco-show" << file.readAll();
    }
}

void TestRouterData::piecesOfAnySize()
{
    QFETCH(QString, key);
    QFETCH(QByteArray, data);
    const RouterDataRegistry &r = RouterDataRegistry::instance();
    const QString whole = dump(r.readData(data, key));
    QVERIFY(whole.contains(QLatin1Char('\n')));
    for (int size : {1, 2, 3, 7, 64, 333}) {
        ObservedTranslations t;
        const auto reader = r.create(key);
        reader->begin(&t);
        for (qsizetype at = 0; at < data.size(); at += size)
            QVERIFY(reader->feed(QByteArrayView(data).sliced(at, qMin<qsizetype>(size, data.size() - at))));
        QVERIFY(reader->end());
        QCOMPARE(dump(t), whole);
    }
}

void TestRouterData::mappedFileAcrossWindows()
{
    // Over one 8 MB window of the mapping, so rows straddle a window's end.
    const QByteArray data = bigShowNat(150000);
    QVERIFY(data.size() > MappedFile::Window);
    QTemporaryDir dir;
    const QString path = dir.filePath("big.txt");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
    f.close();
    ObservedTranslations mapped;
    QString error;
    QVERIFY2(ShowNatTranslationsReader::readFile(path, &mapped, &error), qPrintable(error));
    const ObservedTranslations inMemory = ShowNatTranslationsReader::readData(data);
    QCOMPARE(mapped.size(), 150000 + 15);
    QCOMPARE(dump(mapped), dump(inMemory));
    QByteArray copy = data;
    QBuffer buffer(&copy);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    ObservedTranslations device;
    QVERIFY(ShowNatTranslationsReader::readDevice(&buffer, "mem", &device, &error));
    QCOMPARE(dump(device), dump(inMemory));
    QCOMPARE(mapped.total, qint64(150000));
    QCOMPARE(ImportIssues::count(mapped.issues, ImportIssue::Warning), 15);
    QCOMPARE(ImportIssues::count(mapped.issues, ImportIssue::Unknown), 8);
}

void TestRouterData::pipeIsStreamed()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath("fifo");
    QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QByteArray data = dataFile("conntrack-home-lab.txt");
    std::thread writer([&] {
        QFile w(fifo);
        if (w.open(QIODevice::WriteOnly))
            w.write(data);
    });
    MappedFile file(fifo);
    QString error;
    const bool opened = file.open(&error);
    ObservedTranslations t;
    QString key;
    bool read = false;
    if (opened) {
        QVERIFY(!file.isMapped());
        // The registry sniffs the pipe's start without consuming it.
        const auto reader = RouterDataRegistry::instance().detect(file.head());
        key = reader->key();
        reader->begin(&t);
        read = file.forEachPiece([&](QByteArrayView piece) { return reader->feed(piece); }, &error);
        reader->end();
    }
    writer.join();
    QVERIFY2(opened && read, qPrintable(error));
    QCOMPARE(key, QStringLiteral("conntrack"));
    QCOMPARE(dump(t), dump(ConntrackReader::readData(data)));
}

void TestRouterData::terminalNoise()
{
    // Every kind of noise a pasted terminal session carries, once each.
    const QByteArray noisy =
        "R1#show ip nat translations\r\n"
        "Pro\tInside global\tInside local\tOutside local\tOutside global\r\n"
        "udp\t19.155.80.72:4500\t192.19.72.202:4500\t34.200.10.10:4500\t34.200.10.10:4500\r\n"
        " --More-- \b\b\b\b\b\b\b\b\b        \b\b\b\b\b\b\b\b\budp 19.155.80.72:1543 "
        "192.19.72.203:4500 34.200.10.11:4500 34.200.10.11:4500\r\n"
        "<--- More ---> udp 19.155.80.72:1024 192.19.72.50:1024 8.8.8.8:53 8.8.8.8:53   \r\n"
        "\r\n"
        "R1#";
    const ObservedTable table = ObservedTable::fromData(noisy);
    const ObservedTranslations &t = table.translations();
    QCOMPARE(t.size(), 3);
    QCOMPARE(t.issues.size(), 0);
    QCOMPARE(t.headers, 1);
    QCOMPARE(t.commands, QStringList{"show ip nat translations"});
    QCOMPARE(t.rows.at(1).line, 4);
    QCOMPARE(t.addressText(1, ObservedRow::InsideGlobal), QStringLiteral("19.155.80.72:1543"));
    QCOMPARE(t.addressText(2, ObservedRow::OutsideGlobal), QStringLiteral("8.8.8.8:53"));
    QCOMPARE(table.collisions().size(), 1);
}

void TestRouterData::conntrackPromptAndNoise()
{
    const QByteArray data = "root@fw:~# conntrack -L\r\n" + dataFile("conntrack-home-lab.txt")
                            + "root@fw:~# ";
    const ObservedTranslations t = RouterDataRegistry::instance().readData(data);
    QCOMPARE(t.format, ObservedTranslations::Conntrack);
    QCOMPARE(t.size(), 6);
    QCOMPARE(t.commands, QStringList{"conntrack -L"});
    QCOMPARE(t.rows.first().line, 2);
    // The one line that is not an entry is still the one reported.
    QCOMPARE(t.issues.size(), 1);
    QCOMPARE(t.issues.first().line, 8);
    // Details are shared between rows with the same ones; the timeout is per row.
    QCOMPARE(t.details(0).value("timeout").toLongLong(), 117);
    QCOMPARE(t.details(1).value("timeout").toLongLong(), 29);
    QCOMPARE(t.details(1).value("flags").toString(), QStringLiteral("UNREPLIED"));
    QCOMPARE(t.rows.at(1).extra, t.rows.at(2).extra);
    QVERIFY(t.extras.size() < t.size());
}

void TestRouterData::fastPathAgreesWithGeneralPath()
{
    // Each token in every column: the row must hold what ObservedAddress::parse
    // (the general path's rule) makes of it, whichever path took the line.
    const QList<QByteArray> tokens = {
        "1.2.3.4", "1.2.3.4:0", "1.2.3.4:65535", "1.2.3.4:65536", "1.2.3.4:", "255.255.255.255",
        "256.1.1.1", "01.002.3.4:00080", "1.2.3", "1.2.3.4.5", "1.2.3.4:123456", "---", "--",
        "----", "1.2.3.4:8a", "1..3.4", "0.0.0.0:1", "1.2.3.4::5", "1234.1.1.1"};
    for (const QByteArray &protocol : {QByteArray("udp"), QByteArray("TCP"), QByteArray("ipinip"),
                                       QByteArray("---"), QByteArray("icmp")}) {
        for (const QByteArray &token : tokens) {
            for (int column = 0; column < 4; ++column) {
                QByteArray cols[4] = {"10.0.0.1:1", "192.168.0.1:1", "8.8.8.8:53", "8.8.8.8:53"};
                cols[column] = token;
                const QByteArray line = protocol + ' ' + cols[0] + "  " + cols[1] + '\t' + cols[2]
                                        + ' ' + cols[3] + "  ";
                // The last line (no newline: the splitter's path), and a line
                // with a row after it, ended as terminals end them (rows taken
                // straight from the input, or the general path for "\v").
                for (const QByteArray &ending : {QByteArray(), QByteArray("\n"), QByteArray("\r\n"),
                                                 QByteArray(" \t\r\n"), QByteArray("\v\n")}) {
                    const QByteArray data = ending.isEmpty()
                                                ? line
                                                : line + ending + "udp 1.1.1.1 2.2.2.2 3.3.3.3 4.4.4.4\n";
                    const int next = ending.isEmpty() ? 0 : 1; // the row after it
                    const ObservedTranslations t = ShowNatTranslationsReader::readData(data);
                    if (!ObservedAddress::looksLikeAddress(token)) { // not a row: reported
                        QVERIFY2(t.size() == next && t.issues.size() == 1, data.constData());
                        continue;
                    }
                    QVERIFY2(t.size() == 1 + next, data.constData());
                    QCOMPARE(t.rows.first().line, 1);
                    if (next)
                        QCOMPARE(t.rows.last().line, 2);
                    for (int c = 0; c < 4; ++c) {
                        const ObservedAddress want = ObservedAddress::parse(cols[c]);
                        const ObservedAddress &got = t.rows.first().address[c];
                        QVERIFY2(got.kind == want.kind && got.ip == want.ip && got.port == want.port
                                     && got.hasPort == want.hasPort,
                                 data.constData());
                        if (want.kind != ObservedAddress::Address) // addresses print normalised
                            QCOMPARE(t.addressText(0, ObservedRow::Column(c)),
                                     QString::fromLatin1(cols[c]));
                    }
                    QCOMPARE(t.protocolText(0), QString::fromLatin1(protocol));
                }
            }
        }
    }
}

void TestRouterData::overlongLineInMappedFile()
{
    QByteArray data = "udp 1.1.1.1:1 2.2.2.2:1 3.3.3.3:1 3.3.3.3:1\n";
    data += QByteArray(RouterDataReader::MaxLineLength + 10, 'x') + '\n';
    data += "udp 1.1.1.1:2 2.2.2.2:2 3.3.3.3:2 3.3.3.3:2";
    QTemporaryDir dir;
    QFile f(dir.filePath("long.txt"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
    f.close();
    ObservedTranslations t;
    QString error;
    QVERIFY(ShowNatTranslationsReader::readFile(f.fileName(), &t, &error));
    QCOMPARE(t.size(), 2);
    QCOMPARE(t.rows.at(1).line, 3);
    QCOMPARE(t.issues.size(), 1);
    QCOMPARE(t.issues.first().line, 2);
    QCOMPARE(dump(t), dump(ShowNatTranslationsReader::readData(data)));
}

void TestRouterData::analysisRoles()
{
    const ObservedTable none = ObservedTable::fromData("tcp 1.1.1.1:80 2.2.2.2:80 3.3.3.3:80 3.3.3.3:80\n");
    QCOMPARE(none.rowRole(0), ObservedTable::Other);
    QCOMPARE(none.rowRole(5), ObservedTable::Other);
    QCOMPARE(none.rowRole(-1), ObservedTable::Other);
    // Two appliances behind one global, the second moved; peers kept in order, once.
    const ObservedTable t = ObservedTable::fromData(
        "udp 9.9.9.9:4500 10.0.0.2:4500 1.1.1.1:4500 1.1.1.1:4500\n"
        "udp 9.9.9.9:1024 10.0.0.3:4500 1.1.1.1:4500 1.1.1.1:4500\n"
        "udp 9.9.9.9:4500 10.0.0.2:4500 2.2.2.2:4500 2.2.2.2:4500\n"
        "udp 9.9.9.9:4500 10.0.0.2:4500 1.1.1.1:4500 1.1.1.1:4500\n"
        "tcp 9.9.9.9:80 10.0.0.2:80 1.1.1.1:80 1.1.1.1:80\n");
    QCOMPARE(t.appliances().size(), 2);
    QCOMPARE(t.appliances().first().peers.size(), 2);
    QCOMPARE(t.appliances().first().rows, (QList<int>{0, 2, 3}));
    QCOMPARE(t.collisions().size(), 1);
    QCOMPARE(t.collisions().first().insideLocals.size(), 2);
    QCOMPARE(t.rowRole(0), ObservedTable::Holder);
    QCOMPARE(t.rowRole(1), ObservedTable::Moved);
    QCOMPARE(t.rowRole(4), ObservedTable::Other);
}

void TestRouterData::jsonMatchesQJsonDocument()
{
    QVariantMap details{{"use_count", 3LL}, {"flags", "ASSURED"}, {"ratio", 0.25},
                        {"nested", QVariantMap{{"a", QVariantList{1, "x", true}}}}};
    const QJsonObject expected{
        {"collisions", QJsonArray{}},
        {"empty", QJsonObject{}},
        {"file", "/tmp/a \"b\"\\c\u00e9\u65e5"},
        {"issues", QJsonArray{QJsonObject{{"line", 7}, {"text", "tab\there\nnl\x01"}}}},
        {"n", -42},
        {"rows", QJsonArray{QJsonObject{{"details", QJsonObject::fromVariantMap(details)},
                                        {"inside_global", "1.2.3.4:4500"},
                                        {"line", 3}},
                            QJsonObject{{"inside_global", "10.0.0.1"}, {"line", 4}}}},
        {"yes", false}};
    for (const bool compact : {false, true}) {
        QByteArray got;
        {
            JsonStreamWriter w([&](QByteArrayView piece) { return got.append(piece), true; },
                               compact ? JsonStreamWriter::Compact : JsonStreamWriter::Indented,
                               64); // tiny buffer: many flushes
            w.beginObject();
            w.key("collisions");
            w.beginArray();
            w.endArray();
            w.key("empty");
            w.beginObject();
            w.endObject();
            w.key("file");
            w.string(QStringLiteral("/tmp/a \"b\"\\c\u00e9\u65e5"));
            w.key("issues");
            w.beginArray();
            w.beginObject();
            w.key("line");
            w.number(qint64(7));
            w.key("text");
            w.string(QByteArrayView("tab\there\nnl\x01"));
            w.endObject();
            w.endArray();
            w.key("n");
            w.number(qint64(-42));
            w.key("rows");
            w.beginArray();
            w.beginObject();
            w.key("details");
            w.value(details);
            w.key("inside_global");
            w.ipv4String(0x01020304, 4500);
            w.key("line");
            w.number(qint64(3));
            w.endObject();
            w.beginObject();
            w.key("inside_global");
            w.ipv4String(0x0a000001);
            w.key("line");
            w.number(qint64(4));
            w.endObject();
            w.endArray();
            w.key("yes");
            w.boolean(false);
            w.endObject();
        }
        QCOMPARE(got, QJsonDocument(expected).toJson(compact ? QJsonDocument::Compact
                                                             : QJsonDocument::Indented));
    }
}

void TestRouterData::jsonEscapesControls()
{
    // DEL and C1 controls are escaped too, so the output is safe on a terminal
    // and still parses to the same string.
    const QString text = QStringLiteral("a\u007fb\u0085c\u00a0d");
    QByteArray got;
    {
        JsonStreamWriter w([&](QByteArrayView piece) { return got.append(piece), true; },
                           JsonStreamWriter::Compact);
        w.beginArray();
        w.string(text);
        w.endArray();
    }
    QCOMPARE(got, QByteArray("[\"a\\u007fb\\u0085c\xc2\xa0" "d\"]"));
    QCOMPARE(QJsonDocument::fromJson(got).array().first().toString(), text);
}

void TestRouterData::jsonShapedRowsMatchPlainCalls()
{
    // The CLI writes a million rows through shape()/object(), render() and
    // formatIpv4String(): byte for byte what the one-call-per-value API writes,
    // for octets and ports of every length, in both styles and at two depths.
    const QList<quint32> ips{0x00000000, 0x090a6364, 0xffffffff, 0x0a000001, 0xc0a80afe};
    const QList<int> ports{-1, 0, 9, 10, 99, 100, 999, 1000, 4500, 9999, 10000, 65535};
    for (const bool compact : {false, true}) {
        for (const bool nested : {false, true}) {
            QByteArray plain, shaped;
            const auto style = compact ? JsonStreamWriter::Compact : JsonStreamWriter::Indented;
            {
                JsonStreamWriter w([&](QByteArrayView piece) { return plain.append(piece), true; },
                                   style, 64);
                w.beginArray();
                if (nested)
                    w.beginArray();
                for (quint32 ip : ips) {
                    for (int port : ports) {
                        w.beginObject();
                        w.plainKey("address");
                        w.ipv4String(ip, port);
                        w.plainKey("line");
                        w.number(qint64(port));
                        w.plainKey("protocol");
                        w.string(QByteArrayView("udp"));
                        w.endObject();
                    }
                }
                if (nested)
                    w.endArray();
                w.endArray();
            }
            {
                JsonStreamWriter w([&](QByteArrayView piece) { return shaped.append(piece), true; },
                                   style, 64);
                w.beginArray();
                if (nested)
                    w.beginArray();
                const QByteArrayView keys[3] = {"address", "line", "protocol"};
                const JsonStreamWriter::ObjectShape shape = w.shape(keys, 3);
                const QByteArray udp = JsonStreamWriter::render(QStringLiteral("udp"));
                for (quint32 ip : ips) {
                    for (int port : ports) {
                        char text[JsonStreamWriter::Ipv4StringSize];
                        const char *end = JsonStreamWriter::formatIpv4String(text, ip, port);
                        const QByteArray line = JsonStreamWriter::render(port);
                        const QByteArrayView values[3] = {QByteArrayView(text, end - text), line, udp};
                        w.object(shape, values);
                    }
                }
                if (nested)
                    w.endArray();
                w.endArray();
            }
            QCOMPARE(shaped, plain);
            QVERIFY(plain.contains("\"255.255.255.255:65535\""));
            QVERIFY(plain.contains("\"9.10.99.100:0\""));
        }
        // members(): conntrack's details, keys escaped and values rendered once.
        QByteArray plain, fast;
        const auto style = compact ? JsonStreamWriter::Compact : JsonStreamWriter::Indented;
        {
            JsonStreamWriter w([&](QByteArrayView piece) { return plain.append(piece), true; }, style);
            w.beginObject();
            w.key("a \"b\"");
            w.value(QStringLiteral("x\n\u0085"));
            w.key("n");
            w.value(5);
            w.key("timeout");
            w.number(qint64(120));
            w.endObject();
        }
        {
            JsonStreamWriter w([&](QByteArrayView piece) { return fast.append(piece), true; }, style);
            const QByteArray keyA = JsonStreamWriter::escapedKey("a \"b\""), keyN = "n";
            const QByteArray x = JsonStreamWriter::render(QStringLiteral("x\n\u0085"));
            const QByteArray five = JsonStreamWriter::render(5);
            const QByteArrayView keys[2] = {keyA, keyN}, values[2] = {x, five};
            const QByteArrayView timeoutKey("timeout"), timeout("120");
            w.beginObject();
            w.members(keys, values, 2);
            w.members(&timeoutKey, &timeout, 1);
            w.endObject();
        }
        QCOMPARE(fast, plain);
    }
}

void TestRouterData::jsonQuotedUtf16MatchesUtf8()
{
    // quoted(QStringView) converts and escapes in one pass: the bytes of
    // quoted() on the text's toUtf8(), for every UTF-16 code unit (lone
    // surrogates become '?', as toUtf8() makes them) and for surrogate pairs.
    const auto viaUtf16 = [](const QString &text) {
        QByteArray out(JsonStreamWriter::quotedSize(text.size()), Qt::Uninitialized);
        out.truncate(JsonStreamWriter::quoted(out.data(), QStringView(text)) - out.data());
        return out;
    };
    const auto viaUtf8 = [](const QString &text) {
        const QByteArray utf8 = text.toUtf8();
        QByteArray out(JsonStreamWriter::quotedSize(utf8.size()), Qt::Uninitialized);
        out.truncate(JsonStreamWriter::quoted(out.data(), QByteArrayView(utf8)) - out.data());
        return out;
    };
    for (uint u = 0; u <= 0xffff; ++u) {
        const QString text = QStringLiteral("a") + QChar(char16_t(u)) + QStringLiteral("b");
        QCOMPARE(viaUtf16(text), viaUtf8(text));
    }
    const QList<QString> texts{QString(), QStringLiteral("outside:203.0.0.0"),
                               QString::fromUcs4(U"\U0001F600 \U0010FFFF"),
                               QString(QChar(0xd800)) + QChar(0xd800) + QChar(0xdc00),
                               QString(QChar(0xdc00)) + QChar(0xd800)};
    for (const QString &text : texts)
        QCOMPARE(viaUtf16(text), viaUtf8(text));
    QCOMPARE(viaUtf16(QStringLiteral("\"\\\t\u0001\u007f\u0085\u00e9")),
             QByteArray("\"\\\"\\\\\\t\\u0001\\u007f\\u0085\xc3\xa9\""));
}

template <int Max>
static bool sameDigits(const char *p, const char *end)
{
    uint a = 7, b = 7;
    const char *const loop = LineSplitter::digitsAt<Max>(p, end, &a);
    const char *const once = LineSplitter::digitsAtOnce<Max>(p, end, &b);
    return loop == once && (!loop || a == b);
}

void TestRouterData::digitsAtOnceMatchesDigitsAt()
{
    // The eight-bytes-at-once parse agrees with the loop on where the digits
    // end and on their value: random text of digits, blanks, the bytes either
    // side of '0'-'9' and non-ASCII, shorter and longer than eight bytes.
    const char alphabet[] = "0123456789 :./\x2f\x3a\x80\xb0\xb9\xff";
    QRandomGenerator random(15);
    for (int n = 0; n < 200000; ++n) {
        char text[12];
        const int size = int(random.bounded(13));
        for (int i = 0; i < size; ++i)
            text[i] = random.bounded(10) < 7 ? char('0' + random.bounded(10))
                                             : alphabet[random.bounded(int(sizeof alphabet) - 1)];
        const char *const end = text + size;
        QVERIFY(sameDigits<1>(text, end));
        QVERIFY(sameDigits<3>(text, end));
        QVERIFY(sameDigits<5>(text, end));
        QVERIFY(sameDigits<8>(text, end));
    }
    const char max[] = "99999999 ";
    uint value = 0;
    QCOMPARE(LineSplitter::digitsAtOnce<8>(max, max + 9, &value), max + 8);
    QCOMPARE(value, 99999999u);
}

void TestRouterData::jsonRecordedShapeMatchesPlainCalls()
{
    // A row with nested details written once with holes (record()) and then
    // filled in (object()): the bytes of the general calls, row after row, in
    // both styles; a NUL in a key or a string is escaped, never a hole.
    const QByteArray key = JsonStreamWriter::escapedKey(QByteArrayView("k\0ey", 4));
    const QByteArray shared = JsonStreamWriter::render(QString(QChar(0)) + QStringLiteral("x"));
    for (const bool compact : {false, true}) {
        const auto style = compact ? JsonStreamWriter::Compact : JsonStreamWriter::Indented;
        const auto row = [&](JsonStreamWriter &w, QByteArrayView idle, QByteArrayView line) {
            w.beginObject();
            w.plainKey("details");
            w.beginObject();
            const QByteArrayView keys[3] = {"idle", key, "type"}, values[3] = {idle, shared, "\"PAT\""};
            w.members(keys, values, 3);
            w.endObject();
            const QByteArrayView cellKeys[2] = {"line", "protocol"}, cells[2] = {line, "\"udp\""};
            w.members(cellKeys, cells, 2);
            w.endObject();
        };
        QByteArray plain, shaped;
        {
            JsonStreamWriter w([&](QByteArrayView piece) { return plain.append(piece), true; }, style,
                               64);
            w.beginObject();
            w.key("rows");
            w.beginArray();
            for (int i = 0; i < 3; ++i)
                row(w, QByteArray::number(i * 7), QByteArray::number(i));
            w.endArray();
            w.endObject();
        }
        {
            JsonStreamWriter w([&](QByteArrayView piece) { return shaped.append(piece), true; }, style,
                               64);
            w.beginObject();
            w.key("rows");
            w.beginArray();
            const JsonStreamWriter::ObjectShape shape = w.record([&](JsonStreamWriter &r) {
                row(r, JsonStreamWriter::hole(), JsonStreamWriter::hole());
            });
            QCOMPARE(int(shape.before.size()), 2);
            for (int i = 0; i < 3; ++i) {
                const QByteArray idle = QByteArray::number(i * 7), line = QByteArray::number(i);
                const QByteArrayView values[2] = {idle, line};
                w.object(shape, values);
            }
            w.endArray();
            w.endObject();
        }
        QCOMPARE(shaped, plain);
        QVERIFY(plain.contains("\\u0000"));
    }
}

QTEST_GUILESS_MAIN(TestRouterData)
#include "tst_routerdata.moc"
