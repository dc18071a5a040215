// `show ip nat translations` reader against every real device output in
// ../shared/fixtures (genieparser's expected parses), plus our own cases for each
// quirk; conntrack rows; collision analysis; the observed-table item model.
#include "ConntrackReader.h"
#include "ObservedTable.h"
#include "ObservedTableModel.h"
#include "Project.h"
#include "PyLiteral.h"
#include "ShowNatTranslationsReader.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QDir>
#include <QTemporaryFile>
#include <QtTest>

#include <algorithm>

namespace {

const QString fixtureDir = QStringLiteral(MESHNAT_FIXTURES "/show-ip-nat-translations");

struct Row
{
    QString protocol, insideGlobal, insideLocal, outsideLocal, outsideGlobal, vrf;
    QVariantMap extra; // verbose details and per-row extras, empty values dropped
};

QVariantMap cleaned(const QVariantMap &m)
{
    QVariantMap out;
    for (auto it = m.cbegin(); it != m.cend(); ++it) {
        if (!it.value().toString().isEmpty())
            out.insert(it.key(), it.value().toString());
    }
    return out;
}

QList<QString> numericKeys(const QVariantMap &m)
{
    QList<QString> keys = m.keys();
    std::sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
        const auto num = [](const QString &k) { return k.section(QLatin1Char('_'), -1).toInt(); };
        return num(a) < num(b);
    });
    return keys;
}

Row expectedRow(const QVariantMap &m, const QString &vrf, const QString &protocol = QString())
{
    Row r;
    r.protocol = protocol.isEmpty() ? m.value(Field::protocol).toString() : protocol;
    r.insideGlobal = m.value(QStringLiteral("inside_global")).toString();
    r.insideLocal = m.value(QStringLiteral("inside_local")).toString();
    r.outsideLocal = m.value(QStringLiteral("outside_local")).toString();
    r.outsideGlobal = m.value(QStringLiteral("outside_global")).toString();
    r.vrf = vrf;
    QVariantMap extra = m.value(QStringLiteral("details")).toMap();
    for (const char *k : {"group_id", "time_left"}) {
        if (m.contains(QLatin1String(k)))
            extra.insert(QLatin1String(k), m.value(QLatin1String(k)));
    }
    r.extra = cleaned(extra);
    return r;
}

// genieparser's several shapes of the same thing, reduced to rows and a total.
void normaliseExpected(const QVariantMap &e, QList<Row> *rows, qint64 *total)
{
    *total = -1;
    for (const char *k : {"total_translations", "total_number_of_translations"}) {
        if (e.contains(QLatin1String(k)))
            *total = e.value(QLatin1String(k)).toLongLong();
    }
    if (e.contains(Field::vrf)) {
        const QVariantMap vrfs = e.value(Field::vrf).toMap();
        for (auto it = vrfs.cbegin(); it != vrfs.cend(); ++it) {
            if (it.key() == QLatin1String("number_of_translations")) {
                *total = it.value().toLongLong();
                continue;
            }
            const QVariantMap index = it.value().toMap().value(QStringLiteral("index")).toMap();
            for (const QString &k : numericKeys(index))
                rows->append(expectedRow(index.value(k).toMap(), it.key()));
        }
    }
    if (e.contains(QStringLiteral("index"))) {
        const QVariantMap index = e.value(QStringLiteral("index")).toMap();
        for (const QString &k : numericKeys(index))
            rows->append(expectedRow(index.value(k).toMap(), QStringLiteral("default")));
    }
    if (e.contains(QStringLiteral("translations"))) {
        const QVariantMap t = e.value(QStringLiteral("translations")).toMap();
        for (const QString &k : numericKeys(t))
            rows->append(expectedRow(t.value(k).toMap(), QStringLiteral("default"),
                                     k.section(QLatin1Char('_'), 0, -2)));
    }
}

Row actualRow(const ObservedTranslations &t, int i, bool lowerProtocol)
{
    Row r;
    r.protocol = lowerProtocol ? t.protocolText(i).toLower() : t.protocolText(i);
    r.insideGlobal = t.addressText(i, ObservedRow::InsideGlobal);
    r.insideLocal = t.addressText(i, ObservedRow::InsideLocal);
    r.outsideLocal = t.addressText(i, ObservedRow::OutsideLocal);
    r.outsideGlobal = t.addressText(i, ObservedRow::OutsideGlobal);
    r.vrf = t.vrf(i).isEmpty() ? QStringLiteral("default") : t.vrf(i);
    r.extra = cleaned(t.details(i));
    return r;
}

QString describe(const Row &r)
{
    QStringList extra;
    for (auto it = r.extra.cbegin(); it != r.extra.cend(); ++it)
        extra << it.key() + QLatin1Char('=') + it.value().toString();
    return QStringList{r.protocol, r.insideGlobal, r.insideLocal, r.outsideLocal, r.outsideGlobal,
                       r.vrf, extra.join(QLatin1Char(','))}
        .join(QLatin1Char('|'));
}

QString dataFile(const char *name)
{
    return QStringLiteral(MESHNAT_SOURCE_DIR "/tests/io/data/") + QLatin1String(name);
}

int issuesOf(const ObservedTranslations &t, ImportIssue::Severity s)
{
    return ImportIssues::count(t.issues, s);
}

} // namespace

class TestShowNat : public QObject
{
    Q_OBJECT

private slots:
    void pyLiteral();
    void fixtures_data();
    void fixtures();
    void quirks_data();
    void quirks();
    void unknownLinesHaveLineNumbers();
    void streamingMatchesInMemory();
    void overlongLineIsReported();
    void missingFileNamesIt();
    void seedIncidentCollision();
    void netfilterBothKeep4500IsNoCollision();
    void conntrack();
    void model();
};

void TestShowNat::pyLiteral()
{
    QString error;
    const QVariant v = PyLiteral::parse(
        QStringLiteral("expected_output = {\n 'a': {1: \"x\", 2: [1, 2,],},\t# c\n \"b\": True,}"),
        &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(v.toMap().value("a").toMap().value("1").toString(), QStringLiteral("x"));
    QCOMPARE(v.toMap().value("a").toMap().value("2").toList().size(), 2);
    QVERIFY(v.toMap().value("b").toBool());
    PyLiteral::parse(QStringLiteral("{'a': }"), &error);
    QVERIFY(!error.isEmpty());
}

void TestShowNat::fixtures_data()
{
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("expected");
    const QDir dir(fixtureDir);
    if (!dir.exists()) {
        QTest::newRow("absent") << QString() << QString();
        return;
    }
    const QStringList outputs = dir.entryList({QStringLiteral("*_output.txt")}, QDir::Files, QDir::Name);
    for (const QString &f : outputs) {
        const QString base = f.chopped(int(strlen("_output.txt")));
        const QString expected = dir.filePath(base + QStringLiteral("_expected.py-data"));
        QTest::newRow(qPrintable(base)) << dir.filePath(f)
                                        << (QFile::exists(expected) ? expected : QString());
    }
}

void TestShowNat::fixtures()
{
    QFETCH(QString, output);
    QFETCH(QString, expected);
    if (output.isEmpty())
        QSKIP(qPrintable(QStringLiteral("fixtures not found at %1").arg(fixtureDir)));
    ObservedTranslations t;
    QString error;
    QVERIFY2(ShowNatTranslationsReader::readFile(output, &t, &error), qPrintable(error));
    // Every line is understood; doubtful addresses are warnings, never dropped.
    for (const ImportIssue &i : std::as_const(t.issues))
        QVERIFY2(i.severity == ImportIssue::Warning, qPrintable(ImportIssues::format(output, i)));
    if (expected.isEmpty()) {
        QCOMPARE(t.size(), 0); // the empty outputs
        return;
    }
    QFile file(expected);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QVariant parsed = PyLiteral::parse(QString::fromUtf8(file.readAll()), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QList<Row> rows;
    qint64 total = -1;
    normaliseExpected(parsed.toMap(), &rows, &total);
    // The one shape that keys rows by protocol carries it in lower case.
    const bool lower = parsed.toMap().contains(QStringLiteral("translations"));
    QCOMPARE(t.size(), rows.size());
    for (int i = 0; i < rows.size(); ++i)
        QCOMPARE(describe(actualRow(t, i, lower)), describe(rows.at(i)));
    if (total >= 0)
        QCOMPARE(t.total, total);
    for (int i = 0; i < t.size(); ++i)
        QVERIFY(t.rows.at(i).line > 0);
}

void TestShowNat::quirks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("rows"); // protocol|ig|il|ol|og
    QTest::addColumn<qint64>("total");

    QTest::newRow("aligned header, trailer, no final newline")
        << "Pro Inside global      Inside local       Outside local      Outside global\n"
           "udp 19.155.80.72:4500  192.19.72.203:4500 34.200.10.11:4500  34.200.10.11:4500\n"
           "Total number of translations: 1"
        << QStringList{"udp|19.155.80.72:4500|192.19.72.203:4500|34.200.10.11:4500|34.200.10.11:4500"}
        << qint64(1);
    QTest::newRow("single-spaced header, prompt echo, CRLF")
        << "Router#sh ip nat tr\r\nPro Inside global Inside local Outside local Outside global\r\n"
           "tcp 10.1.7.2:1067 192.168.1.95:1067 10.220.2.25:23 10.220.2.25:23\r\nRouter#\r\n"
        << QStringList{"tcp|10.1.7.2:1067|192.168.1.95:1067|10.220.2.25:23|10.220.2.25:23"}
        << qint64(-1);
    QTest::newRow("repeated header, dashes in any column, upper case")
        << "Pro  Inside global Inside local Outside local Outside global\n"
           "--- 19.155.80.74 192.19.72.220 --- ---\n"
           "\nPro  Inside global Inside local Outside local Outside global\n"
           "UDP  135.0.0.3:20 35.0.0.3:20 15.0.0.1:40 15.0.0.1:40\n"
           "any --- --- 10.1.0.2 10.144.0.2\n"
        << QStringList{"---|19.155.80.74|192.19.72.220|---|---",
                       "UDP|135.0.0.3:20|35.0.0.3:20|15.0.0.1:40|15.0.0.1:40",
                       "any|---|---|10.1.0.2|10.144.0.2"}
        << qint64(-1);
    QTest::newRow("esp, gre, icmp ids")
        << "Pro Inside global Inside local Outside local Outside global\n"
           "esp 19.155.80.72:0 192.19.72.202:0 34.200.10.10:0 34.200.10.10:0\n"
           "gre 19.155.80.72:0 192.19.72.9:0 52.1.1.1:0 52.1.1.1:0\n"
           "icmp 19.155.80.72:7 192.19.72.50:7 8.8.8.8:7 8.8.8.8:7\n"
        << QStringList{"esp|19.155.80.72:0|192.19.72.202:0|34.200.10.10:0|34.200.10.10:0",
                       "gre|19.155.80.72:0|192.19.72.9:0|52.1.1.1:0|52.1.1.1:0",
                       "icmp|19.155.80.72:7|192.19.72.50:7|8.8.8.8:7|8.8.8.8:7"}
        << qint64(-1);
    QTest::newRow("pager residue, two trailers")
        << "udp 1.1.1.1:1 2.2.2.2:1 3.3.3.3:1 3.3.3.3:1\n"
           " --More-- udp 1.1.1.1:2 2.2.2.2:2 3.3.3.3:2 3.3.3.3:2\n"
           "Total number of translations: 1\nTotal number of translations: 1\n"
        << QStringList{"udp|1.1.1.1:1|2.2.2.2:1|3.3.3.3:1|3.3.3.3:1",
                       "udp|1.1.1.1:2|2.2.2.2:2|3.3.3.3:2|3.3.3.3:2"}
        << qint64(2);
}

void TestShowNat::quirks()
{
    QFETCH(QString, text);
    QFETCH(QStringList, rows);
    QFETCH(qint64, total);
    const ObservedTranslations t = ShowNatTranslationsReader::readText(text);
    QStringList got;
    for (int i = 0; i < t.size(); ++i) {
        got << QStringList{t.protocolText(i), t.addressText(i, ObservedRow::InsideGlobal),
                           t.addressText(i, ObservedRow::InsideLocal),
                           t.addressText(i, ObservedRow::OutsideLocal),
                           t.addressText(i, ObservedRow::OutsideGlobal)}
                   .join(QLatin1Char('|'));
    }
    QCOMPARE(got, rows);
    QCOMPARE(t.total, total);
    QCOMPARE(t.issues.size(), 0);
}

void TestShowNat::unknownLinesHaveLineNumbers()
{
    const ObservedTranslations t = ShowNatTranslationsReader::readText(QStringLiteral(
        "Router#show ip nat translations verbose\n"
        "Pro Inside global Inside local Outside local Outside global\n"
        "% Invalid input detected at '^' marker.\n"
        "udp 19.155.80.72:1543 192.19.72.202:4500 34.200.10.10:4500 34.200.10.10:4500\n"
        "  create 04/09/11 10:51:48, use 04/09/11 10:52:31, timeout: 00:05:00\n"
        "  Group_id:0   vrf: hcx\n"
        "udp 19.155.80.72:1544 192.19.72.204:4500 34.200.10.10:4500 34.200.10.1\n"
        "tcp 1.2.3.4:80 host-a 5.6.7.8:80 5.6.7.8:80\n"
        "Total number of translations: many\n"
        "Pro Inside global Inside local Outside local Outside global\n"
        "  entry-id: 0x0, use_count:1\n"));
    QCOMPARE(t.size(), 2);
    QCOMPARE(t.rows.at(0).line, 4);
    QCOMPARE(t.vrf(0), QStringLiteral("hcx"));
    QCOMPARE(t.details(0).value("timeout").toString(), QStringLiteral("00:05:00"));
    QCOMPARE(t.details(0).value("group_id").toLongLong(), 0);
    QVERIFY(t.verbose);
    QCOMPARE(t.commands, QStringList{"show ip nat translations verbose"});
    QList<int> unknown, errors;
    for (const ImportIssue &i : t.issues)
        (i.severity == ImportIssue::Error ? errors : unknown).append(i.line);
    QCOMPARE(unknown, (QList<int>{3, 8, 11}));
    QCOMPARE(errors, QList<int>{9});
    // A short address is kept as printed and flagged, not dropped.
    QCOMPARE(t.addressText(1, ObservedRow::OutsideGlobal), QStringLiteral("34.200.10.1"));
}

void TestShowNat::streamingMatchesInMemory()
{
    // About 3 MB, so rows straddle the 1 MB read blocks; no final newline.
    QByteArray data = "Pro Inside global Inside local Outside local Outside global\n";
    for (int i = 0; i < 40000; ++i)
        data += QStringLiteral("udp 19.155.80.72:%1 192.19.%2.%3:4500 34.200.10.10:4500 "
                               "34.200.10.10:4500\r\n")
                    .arg(1024 + i % 60000)
                    .arg(i / 250 % 256)
                    .arg(i % 250)
                    .toLatin1();
    data += "Total number of translations: 40000";
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    ObservedTranslations streamed;
    QString error;
    QVERIFY(ShowNatTranslationsReader::readDevice(&buffer, "mem", &streamed, &error));
    const ObservedTranslations whole = ShowNatTranslationsReader::readData(data);
    QCOMPARE(streamed.size(), 40000);
    QCOMPARE(whole.size(), 40000);
    QCOMPARE(streamed.total, qint64(40000));
    QCOMPARE(streamed.issues.size(), 0);
    for (int i : {0, 12345, 39999}) {
        QCOMPARE(streamed.addressText(i, ObservedRow::InsideLocal),
                 whole.addressText(i, ObservedRow::InsideLocal));
        QCOMPARE(streamed.rows.at(i).line, i + 2);
    }
}

void TestShowNat::overlongLineIsReported()
{
    QByteArray data = "udp 1.1.1.1:1 2.2.2.2:1 3.3.3.3:1 3.3.3.3:1\n";
    data += QByteArray(ShowNatTranslationsReader::MaxLineLength * 3, 'x') + '\n';
    data += "udp 1.1.1.1:2 2.2.2.2:2 3.3.3.3:2 3.3.3.3:2\n";
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    ObservedTranslations t;
    QString error;
    QVERIFY(ShowNatTranslationsReader::readDevice(&buffer, "mem", &t, &error));
    QCOMPARE(t.size(), 2);
    QCOMPARE(t.rows.at(1).line, 3);
    QCOMPARE(t.issues.size(), 1);
    QCOMPARE(t.issues.first().line, 2);
    QCOMPARE(t.issues.first().severity, ImportIssue::Error);
}

void TestShowNat::missingFileNamesIt()
{
    ObservedTranslations t;
    QString error;
    QVERIFY(!ShowNatTranslationsReader::readFile("/nonexistent/show.txt", &t, &error));
    QVERIFY2(error.contains("/nonexistent/show.txt"), qPrintable(error));
}

void TestShowNat::seedIncidentCollision()
{
    ObservedTranslations t;
    QString error;
    QVERIFY(ShowNatTranslationsReader::readFile(dataFile("show-nat-seed-incident.txt"), &t, &error));
    const ObservedTable table(t);
    QCOMPARE(table.appliances().size(), 2);
    QCOMPARE(Ipv4::toString(table.appliances().at(0).insideLocal), QStringLiteral("192.19.72.203"));
    QCOMPARE(Ipv4::toString(table.appliances().at(0).peers.value(0)), QStringLiteral("34.200.10.11"));
    QCOMPARE(table.collisions().size(), 1);
    const ObservedTable::Collision &c = table.collisions().first();
    QCOMPARE(Ipv4::toString(c.insideGlobal), QStringLiteral("19.155.80.72"));
    QCOMPARE(c.insideLocals.size(), 2);
    QCOMPARE(c.holderRow, 0);
    QCOMPARE(c.movedRows, QList<int>{1});
    QCOMPARE(table.rowRole(0), ObservedTable::Holder);
    QCOMPARE(table.rowRole(1), ObservedTable::Moved);
    QCOMPARE(table.rowRole(2), ObservedTable::Other);
    QCOMPARE(table.collisionOf(1), 0);
    QCOMPARE(table.collisionOf(2), -1);
    const QString why = table.describeRow(1, nullptr);
    QVERIFY2(why.contains("1543") && why.contains("192.19.72.203"), qPrintable(why));
    // With the project, appliances are named.
    Project project;
    const ObjectId site = project.create(ObjectKind::Site, NoId, FieldValues{{Field::name, "DC"}});
    project.create(ObjectKind::Appliance, site,
                   FieldValues{{Field::name, "HCX-IX-I1"}, {Field::type, "IX"}, {Field::uplinkIp, "192.19.72.202"}});
    QVERIFY(table.describeCollision(0, &project).contains("HCX-IX-I1"));
}

void TestShowNat::netfilterBothKeep4500IsNoCollision()
{
    const ObservedTable table = ObservedTable::fromText(QStringLiteral(
        "udp 203.0.113.5:4500 192.168.1.202:4500 34.200.10.10:4500 34.200.10.10:4500\n"
        "udp 203.0.113.5:4500 192.168.1.203:4500 34.200.10.11:4500 34.200.10.11:4500\n"));
    QCOMPARE(table.appliances().size(), 2);
    QCOMPARE(table.collisions().size(), 0);
    QCOMPARE(table.rowRole(1), ObservedTable::Tunnel);
}

void TestShowNat::conntrack()
{
    QFile file(dataFile("conntrack-home-lab.txt"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(ConntrackReader::looksLikeConntrack(text));
    const ObservedTable table = ObservedTable::fromText(text);
    const ObservedTranslations &t = table.translations();
    QCOMPARE(t.format, ObservedTranslations::Conntrack);
    QCOMPARE(t.size(), 6);
    QCOMPARE(t.total, qint64(6));
    QCOMPARE(t.addressText(0, ObservedRow::InsideLocal), QStringLiteral("192.168.1.202:4500"));
    QCOMPARE(t.addressText(0, ObservedRow::InsideGlobal), QStringLiteral("203.0.113.5:4500"));
    QCOMPARE(t.addressText(0, ObservedRow::OutsideGlobal), QStringLiteral("34.200.10.10:4500"));
    QCOMPARE(t.details(0).value("flags").toString(), QStringLiteral("ASSURED"));
    QCOMPARE(t.details(3).value("state").toString(), QStringLiteral("ESTABLISHED"));
    QCOMPARE(t.addressText(4, ObservedRow::InsideLocal), QStringLiteral("192.168.1.50:1234"));
    // The inbound DNAT'd entry: inside local is the reply's source.
    QCOMPARE(t.addressText(5, ObservedRow::InsideLocal), QStringLiteral("192.168.1.210:4500"));
    QCOMPARE(t.addressText(5, ObservedRow::InsideGlobal), QStringLiteral("203.0.113.5:4500"));
    QCOMPARE(issuesOf(t, ImportIssue::Unknown), 1);
    QCOMPARE(t.issues.first().line, 7);
    // Two inside locals asked for 4500 behind 203.0.113.5; .204 was moved.
    QCOMPARE(table.collisions().size(), 1);
    QCOMPARE(table.collisions().first().movedRows, QList<int>{2});
}

void TestShowNat::model()
{
    Project project;
    const ObjectId site = project.create(ObjectKind::Site, NoId, FieldValues{{Field::name, "DC"}});
    const ObjectId device = project.create(ObjectKind::Device, site, FieldValues{{Field::name, "R1"}});
    QVERIFY(device != NoId);
    ObservedTableModel model(&project);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDevice(device);
    QCOMPARE(model.rowCount(), 0);
    QFile file(dataFile("show-nat-seed-incident.txt"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    QVERIFY2(project.setValue(device, Field::observedTranslations, QString::fromUtf8(file.readAll()), &error),
             qPrintable(error));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), int(ObservedTableModel::ColumnCount));
    QCOMPARE(model.index(1, ObservedTableModel::InsideGlobalColumn).data().toString(),
             QStringLiteral("19.155.80.72:1543"));
    QCOMPARE(model.index(1, 0).data(ObservedTableModel::FindingRole).toInt(),
             int(ObservedTable::Moved));
    QCOMPARE(model.index(0, 0).data(ObservedTableModel::FindingRole).toInt(),
             int(ObservedTable::Holder));
    QVERIFY(!model.index(1, ObservedTableModel::FindingColumn).data().toString().isEmpty());
    QVERIFY(model.index(2, ObservedTableModel::FindingColumn).data().toString().isEmpty());
    QCOMPARE(model.index(1, ObservedTableModel::LineColumn).data().toInt(), 4);
    project.remove(device);
    QCOMPARE(model.rowCount(), 0);
    model.setTable(ObservedTable::fromText("udp 1.1.1.1:1 2.2.2.2:1 3.3.3.3:1 3.3.3.3:1"));
    QCOMPARE(model.rowCount(), 1);
}

QTEST_GUILESS_MAIN(TestShowNat)
#include "tst_shownat.moc"
