// The observed translation table inside a project (issue #15 target 3): the
// compact codec is lossless for every fixture, a project keeps its table through
// save and open (file format version 2), version 1 files with text tables still
// open and are upgraded on save, damaged compact data is refused with the file
// and field named and nothing lost, saves stay atomic, undo/redo shares the rows.
#include "ChangeSet.h"
#include "ObservedTableCodec.h"
#include "ObservedTableLoader.h"
#include "Project.h"
#include "ProjectImporter.h"
#include "ProjectReader.h"
#include "ProjectWriter.h"
#include "StoredObservedTable.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString dataPath(const char *name)
{
    return QStringLiteral(MESHNAT_SOURCE_DIR "/tests/io/data/%1").arg(QLatin1String(name));
}

// Input no fixture has: text in address columns, odd placeholders, an unknown
// and an upper-case protocol, VRFs and verbose details, commands, a total,
// unknown lines, rows of 4500 collisions, out-of-order lines.
QString oddTable()
{
    return QStringLiteral(
        "Router#show ip nat translations verbose\n"
        "Pro  Inside global         Inside local          Outside local         Outside global\n"
        "udp  19.155.80.72:4500     192.19.72.20:4500     34.1.10.2:4500        34.1.10.2:4500\n"
        "  create: 02/15/24 10:11:12, use: 02/15/24 10:11:13, timeout: 00:00:59\n"
        "  Map-Id(In): 1, Mac-Address: 0000.0000.0000 Input-IDB: GigabitEthernet0/0/1\n"
        "  entry-id: 0x0, use_count:1\n"
        "udp  19.155.80.72:1024     192.19.72.21:4500     34.1.10.3:4500        34.1.10.3:4500\n"
        "UDP  19.155.80.72:1025     192.19.72.22:4500     34.1.10.4:4500        34.1.10.9:4500\n"
        "tcp  120.1.211             10.0.0.1:80           --                    ---\n"
        "sctp 19.155.80.73:9        10.0.0.2:9            8.8.8.8:9             8.8.8.8:9\n"
        "---  19.155.80.74          10.0.0.3              ---                   ---\n"
        "this line is not understood\n"
        "Total number of translations: 6\n");
}

void compareTranslations(const ObservedTranslations &a, const ObservedTranslations &b)
{
    QCOMPARE(int(a.format), int(b.format));
    QCOMPARE(a.rows.size(), b.rows.size());
    for (qsizetype i = 0; i < a.rows.size(); ++i) {
        const ObservedRow &x = a.rows.at(i);
        const ObservedRow &y = b.rows.at(i);
        QCOMPARE(x.line, y.line);
        QCOMPARE(x.extra, y.extra);
        QCOMPARE(int(x.protocol), int(y.protocol));
        QCOMPARE(x.upperCase, y.upperCase);
        for (int c = 0; c < 4; ++c) {
            QCOMPARE(x.address[c].ip, y.address[c].ip);
            QCOMPARE(x.address[c].port, y.address[c].port);
            QCOMPARE(int(x.address[c].kind), int(y.address[c].kind));
            QCOMPARE(x.address[c].hasPort, y.address[c].hasPort);
            // What the views show.
            QCOMPARE(a.addressText(int(i), ObservedRow::Column(c)),
                     b.addressText(int(i), ObservedRow::Column(c)));
        }
        QCOMPARE(a.protocolText(int(i)), b.protocolText(int(i)));
        QCOMPARE(a.vrf(int(i)), b.vrf(int(i)));
        QCOMPARE(a.details(int(i)), b.details(int(i)));
    }
    QCOMPARE(a.timeouts, b.timeouts);
    QCOMPARE(a.extras.size(), b.extras.size());
    for (qsizetype i = 0; i < a.extras.size(); ++i) {
        QCOMPARE(a.extras.at(i).protocol, b.extras.at(i).protocol);
        for (int c = 0; c < 4; ++c)
            QCOMPARE(a.extras.at(i).text[c], b.extras.at(i).text[c]);
        QCOMPARE(a.extras.at(i).vrf, b.extras.at(i).vrf);
        QCOMPARE(a.extras.at(i).details, b.extras.at(i).details);
        // The value types too (an int is not a string in --json output).
        for (auto it = a.extras.at(i).details.cbegin(); it != a.extras.at(i).details.cend(); ++it)
            QCOMPARE(it->typeId(), b.extras.at(i).details.value(it.key()).typeId());
    }
    QCOMPARE(a.issues.size(), b.issues.size());
    for (qsizetype i = 0; i < a.issues.size(); ++i) {
        QCOMPARE(int(a.issues.at(i).severity), int(b.issues.at(i).severity));
        QCOMPARE(a.issues.at(i).line, b.issues.at(i).line);
        QCOMPARE(a.issues.at(i).text, b.issues.at(i).text);
        QCOMPARE(a.issues.at(i).message, b.issues.at(i).message);
    }
    QCOMPARE(a.commands, b.commands);
    QCOMPARE(a.total, b.total);
    QCOMPARE(a.lines, b.lines);
    QCOMPARE(a.headers, b.headers);
    QCOMPARE(a.verbose, b.verbose);
}

// The analysis the status panel, the report and the CLI show.
void compareAnalysis(const ObservedTable &a, const ObservedTable &b)
{
    QCOMPARE(a.rowCount(), b.rowCount());
    for (int r = 0; r < a.rowCount(); ++r) {
        QCOMPARE(int(a.rowRole(r)), int(b.rowRole(r)));
        QCOMPARE(a.collisionOf(r), b.collisionOf(r));
    }
    QCOMPARE(a.collisions().size(), b.collisions().size());
    for (int c = 0; c < a.collisions().size(); ++c) {
        QCOMPARE(a.collisions().at(c).insideGlobal, b.collisions().at(c).insideGlobal);
        QCOMPARE(a.collisions().at(c).insideLocals, b.collisions().at(c).insideLocals);
        QCOMPARE(a.collisions().at(c).movedRows, b.collisions().at(c).movedRows);
        QCOMPARE(a.collisions().at(c).holderRow, b.collisions().at(c).holderRow);
        QCOMPARE(a.describeCollision(c, nullptr), b.describeCollision(c, nullptr));
    }
    QCOMPARE(a.appliances().size(), b.appliances().size());
    for (int i = 0; i < a.appliances().size(); ++i) {
        QCOMPARE(a.appliances().at(i).insideLocal, b.appliances().at(i).insideLocal);
        QCOMPARE(a.appliances().at(i).peers, b.appliances().at(i).peers);
        QCOMPARE(a.appliances().at(i).rows, b.appliances().at(i).rows);
    }
}

// A project with one router holding `table`.
ObjectId projectWithTable(Project *project, const StoredObservedTable &table)
{
    const ObjectId site = project->create(ObjectKind::Site, NoId,
                                          {{Field::name, QStringLiteral("Office")},
                                           {Field::kind, QStringLiteral("on-prem")}});
    return project->create(ObjectKind::Device, site,
                           {{Field::name, QStringLiteral("edge")},
                            {Field::observedTranslations, QVariant::fromValue(table)}});
}

// The index of the device in a saved file's "objects".
int deviceIndex(const QByteArray &json)
{
    const QJsonArray objects = QJsonDocument::fromJson(json).object().value(QLatin1String("objects")).toArray();
    for (int i = 0; i < objects.size(); ++i)
        if (objects.at(i).toObject().value(QLatin1String("object")).toString() == QLatin1String("device"))
            return i;
    return -1;
}

} // namespace

class TestObservedStore : public QObject
{
    Q_OBJECT
private slots:
    void codecRoundTrip_data();
    void codecRoundTrip();
    void manyRowsSeveralBlocks();
    void projectRoundTrip();
    void version1TextTablesOpenAndUpgrade();
    void damagedCompactData_data();
    void damagedCompactData();
    void atomicSave();
    void undoRedoSharesTheRows();
    void clipboardStream();
    void textForOlderReaders();
    void loaderProgressAndCancel();
};

void TestObservedStore::codecRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("odd") << oddTable();
    QTest::newRow("seed-incident") << QString::fromUtf8(readAll(dataPath("show-nat-seed-incident.txt")));
    QTest::newRow("conntrack") << QString::fromUtf8(readAll(dataPath("conntrack-home-lab.txt")));
    QTest::newRow("binary") << QString::fromLatin1(QByteArray("\x01\x02\xff\xfe\n\x7f udp 1.2.3.4\n"));
    const QDir fixtures(QStringLiteral(MESHNAT_FIXTURES "/show-ip-nat-translations"));
    for (const QString &f : fixtures.entryList({QStringLiteral("*_output.txt")}, QDir::Files))
        QTest::newRow(qPrintable(f)) << QString::fromUtf8(readAll(fixtures.filePath(f)));
}

void TestObservedStore::codecRoundTrip()
{
    QFETCH(QString, text);
    const ObservedTable table = ObservedTable::fromText(text);
    const QByteArray encoded = ObservedTableCodec::encode(table.translations());
    ObservedTranslations decoded;
    QString error;
    QVERIFY2(ObservedTableCodec::decode(encoded, &decoded, &error), qPrintable(error));
    compareTranslations(table.translations(), decoded);
    compareAnalysis(table, ObservedTable(decoded));
    // Deterministic: the same table gives the same bytes (saves are reproducible).
    QCOMPARE(ObservedTableCodec::encode(decoded), encoded);
}

void TestObservedStore::manyRowsSeveralBlocks()
{
    // More rows than a block, with random-looking ports and a few extras.
    ObservedTranslations t;
    t.total = 200000;
    quint32 x = 12345;
    for (int i = 0; i < 200000; ++i) {
        x = x * 1103515245u + 12345u;
        ObservedRow r;
        r.line = i + 3 + (i % 7 == 0 ? 1 : 0);
        r.protocol = i % 3 ? ObservedProtocol::Udp : ObservedProtocol::Tcp;
        for (int c = 0; c < 4; ++c) {
            r.address[c].kind = ObservedAddress::Address;
            r.address[c].hasPort = true;
            r.address[c].ip = 0x0a000000u | (x >> (8 + c));
            r.address[c].port = quint16(x >> (c * 4));
        }
        t.rows.append(r);
        if (i < 150000) // conntrack's timeouts, for some of the rows only
            t.timeouts.append(qint32(x % 600) - (i % 11 == 0 ? 1000 : 0));
        if (i % 5000 == 0)
            t.extraFor(i).vrf = QStringLiteral("vrf-%1").arg(i % 3);
    }
    const QByteArray encoded = ObservedTableCodec::encode(t);
    QVERIFY(t.rows.size() > 2 * ObservedTableCodec::BlockRows);
    ObservedTranslations back;
    QString error;
    QVERIFY2(ObservedTableCodec::decode(encoded, &back, &error), qPrintable(error));
    compareTranslations(t, back);
}

void TestObservedStore::projectRoundTrip()
{
    const StoredObservedTable table = StoredObservedTable::fromText(
        QString::fromUtf8(readAll(dataPath("show-nat-seed-incident.txt"))));
    QVERIFY(table.rowCount() > 0);
    Project project;
    const ObjectId device = projectWithTable(&project, table);
    QVERIFY(device != NoId);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("site.meshnat"));
    ProjectWriter writer;
    QVERIFY2(writer.write(project, path), qPrintable(writer.errorString()));
    const QByteArray saved = readAll(path);
    const QJsonObject top = QJsonDocument::fromJson(saved).object();
    QCOMPARE(top.value(QLatin1String("version")).toInt(), 2);
    const QJsonObject field = top.value(QLatin1String("objects")).toArray().at(deviceIndex(saved))
                                  .toObject().value(Field::observedTranslations.toString()).toObject();
    QCOMPARE(field.value(QLatin1String("rows")).toInt(), table.rowCount());
    QCOMPARE(field.value(QLatin1String("encoding")).toString(), QLatin1String(ProjectReader::ObservedEncoding));

    Project opened;
    ProjectReader reader;
    QVERIFY2(reader.read(path, &opened), qPrintable(reader.errorString()));
    const StoredObservedTable back = StoredObservedTable::of(opened, device);
    compareTranslations(table.table().translations(), back.table().translations());
    compareAnalysis(table.table(), back.table());
    // Saving what was opened gives the same bytes (the kept compact form).
    QCOMPARE(ProjectWriter::toJson(opened), saved);
}

void TestObservedStore::version1TextTablesOpenAndUpgrade()
{
    const QString text = QString::fromUtf8(readAll(dataPath("show-nat-seed-incident.txt")));
    // The seed example as version 1 wrote it: the table as text.
    QJsonObject top = QJsonDocument::fromJson(
                          readAll(QStringLiteral(MESHNAT_SOURCE_DIR "/resources/examples/seed-incident.meshnat")))
                          .object();
    top.insert(QLatin1String("version"), 1);
    QJsonArray objects = top.value(QLatin1String("objects")).toArray();
    const int index = deviceIndex(QJsonDocument(top).toJson());
    QVERIFY(index >= 0);
    QJsonObject device = objects.at(index).toObject();
    device.insert(Field::observedTranslations.toString(), text);
    objects.replace(index, device);
    top.insert(QLatin1String("objects"), objects);
    const ObjectId id = ObjectId(device.value(QLatin1String("id")).toInt());

    Project project;
    ProjectReader reader;
    QVERIFY2(reader.readData(QJsonDocument(top).toJson(), QStringLiteral("old.meshnat"), &project),
             qPrintable(reader.errorString()));
    const StoredObservedTable opened = StoredObservedTable::of(project, id);
    const ObservedTable parsed = ObservedTable::fromText(text);
    QVERIFY(opened.rowCount() > 0);
    compareTranslations(parsed.translations(), opened.table().translations());
    compareAnalysis(parsed, opened.table());

    // Saved as version 2 with the compact table, which opens to the same table.
    const QByteArray upgraded = ProjectWriter::toJson(project);
    QCOMPARE(QJsonDocument::fromJson(upgraded).object().value(QLatin1String("version")).toInt(), 2);
    QVERIFY(!upgraded.contains("Inside global"));
    Project again;
    QVERIFY2(reader.readData(upgraded, QStringLiteral("new.meshnat"), &again), qPrintable(reader.errorString()));
    compareTranslations(parsed.translations(), StoredObservedTable::of(again, id).table().translations());
}

void TestObservedStore::damagedCompactData_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("message");
    QTest::newRow("not base64") << "base64" << "not base64";
    QTest::newRow("truncated") << "truncate" << "damaged";
    QTest::newRow("flipped byte") << "flip" << "damaged";
    QTest::newRow("wrong row count") << "rows" << "rows";
    QTest::newRow("unknown encoding") << "encoding" << "meshnat-observed-1";
    QTest::newRow("bad signature") << "signature" << "signature";
    QTest::newRow("newer codec") << "codec" << "not known";
}

void TestObservedStore::damagedCompactData()
{
    QFETCH(QString, damage);
    QFETCH(QString, message);
    Project source;
    const ObjectId device = projectWithTable(
        &source, StoredObservedTable::fromText(QString::fromUtf8(readAll(dataPath("show-nat-seed-incident.txt")))));
    const QByteArray good = ProjectWriter::toJson(source);
    QJsonObject top = QJsonDocument::fromJson(good).object();
    QJsonArray objects = top.value(QLatin1String("objects")).toArray();
    const int index = deviceIndex(good);
    QJsonObject o = objects.at(index).toObject();
    QJsonObject field = o.value(Field::observedTranslations.toString()).toObject();
    QByteArray data = QByteArray::fromBase64(field.value(QLatin1String("data")).toString().toLatin1());
    if (damage == QLatin1String("truncate"))
        data.chop(7);
    else if (damage == QLatin1String("flip"))
        data[data.size() - 20] = char(data[data.size() - 20] ^ 0x5a);
    else if (damage == QLatin1String("signature"))
        data[0] = 'X';
    else if (damage == QLatin1String("codec"))
        data[4] = char(9);
    field.insert(QLatin1String("data"), damage == QLatin1String("base64") ? QStringLiteral("@@not*base64@@")
                                                                          : QString::fromLatin1(data.toBase64()));
    if (damage == QLatin1String("rows"))
        field.insert(QLatin1String("rows"), field.value(QLatin1String("rows")).toInt() + 1);
    if (damage == QLatin1String("encoding"))
        field.insert(QLatin1String("encoding"), QStringLiteral("zip"));
    o.insert(Field::observedTranslations.toString(), field);
    objects.replace(index, o);
    top.insert(QLatin1String("objects"), objects);

    // The workbench's project: untouched by a failed open.
    Project workbench;
    projectWithTable(&workbench, StoredObservedTable::fromText(oddTable()));
    const QByteArray before = ProjectWriter::toJson(workbench);
    ProjectReader reader;
    QVERIFY(!reader.readData(QJsonDocument(top).toJson(), QStringLiteral("site.meshnat"), &workbench));
    const QString error = reader.errorString();
    QVERIFY2(error.startsWith(QStringLiteral("site.meshnat: objects[%1].observedTranslations: ").arg(index)),
             qPrintable(error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QCOMPARE(ProjectWriter::toJson(workbench), before);
    Q_UNUSED(device);
}

void TestObservedStore::atomicSave()
{
    // A table's project is one file written through QSaveFile: a save that
    // cannot complete leaves the previous file whole and readable.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("site.meshnat"));
    Project project;
    const ObjectId device = projectWithTable(&project, StoredObservedTable::fromText(oddTable()));
    ProjectWriter writer;
    QVERIFY(writer.write(project, path));
    const QByteArray before = readAll(path);
    QVERIFY(project.setValue(device, Field::observedTranslations,
                             QVariant::fromValue(StoredObservedTable::fromText(
                                 QString::fromUtf8(readAll(dataPath("show-nat-seed-incident.txt")))))));
    QVERIFY(!writer.write(project, path + QStringLiteral("/inside-a-file.meshnat")));
    QCOMPARE(readAll(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("site.meshnat")});
    Project opened;
    ProjectReader reader;
    QVERIFY2(reader.read(path, &opened), qPrintable(reader.errorString()));
    compareTranslations(StoredObservedTable::fromText(oddTable()).table().translations(),
                        StoredObservedTable::of(opened, device).table().translations());
}

void TestObservedStore::undoRedoSharesTheRows()
{
    Project project;
    const ObjectId device = projectWithTable(&project, StoredObservedTable());
    const StoredObservedTable table = StoredObservedTable::fromText(
        QString::fromUtf8(readAll(dataPath("show-nat-seed-incident.txt"))));
    ProjectImporter::Options options;
    options.device = device;
    options.createAppliances = false;
    const ImportPlan plan = ProjectImporter::plan(project, nullptr, nullptr, &table, options);
    const QList<ObservedRow> &rows = table.table().translations().rows;
    ChangeSet::Applied applied;
    QString error;
    QVERIFY2(plan.changes.apply(&project, &applied, &error), qPrintable(error));
    // The project holds the very rows that were read, not a copy.
    QCOMPARE(StoredObservedTable::of(project, device).table().translations().rows.constData(), rows.constData());
    ChangeSet::revert(&project, applied);
    QVERIFY(StoredObservedTable::of(project, device).isEmpty());
    QVERIFY(plan.changes.apply(&project, &applied, &error));
    QCOMPARE(StoredObservedTable::of(project, device).table().translations().rows.constData(), rows.constData());
    QCOMPARE(StoredObservedTable::of(project, device), table);
}

void TestObservedStore::clipboardStream()
{
    const StoredObservedTable table = StoredObservedTable::fromText(oddTable());
    QByteArray bytes;
    {
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out << QVariant::fromValue(table);
    }
    QDataStream in(bytes);
    QVariant v;
    in >> v;
    QCOMPARE(in.status(), QDataStream::Ok);
    compareTranslations(table.table().translations(), v.value<StoredObservedTable>().table().translations());
}

void TestObservedStore::textForOlderReaders()
{
    // Code that reads the field as text gets a table that reads back the same rows.
    Project project;
    const StoredObservedTable table = StoredObservedTable::fromText(
        QString::fromUtf8(readAll(dataPath("show-nat-seed-incident.txt"))));
    const ObjectId device = projectWithTable(&project, table);
    const ObservedTable again = ObservedTable::fromText(project.text(device, Field::observedTranslations));
    QCOMPARE(again.rowCount(), table.rowCount());
    for (int r = 0; r < again.rowCount(); ++r) {
        for (int c = 0; c < 4; ++c)
            QCOMPARE(again.translations().addressText(r, ObservedRow::Column(c)),
                     table.table().translations().addressText(r, ObservedRow::Column(c)));
        QCOMPARE(again.translations().protocolText(r), table.table().translations().protocolText(r));
    }
    QCOMPARE(again.collisions().size(), table.table().collisions().size());
    QVERIFY(project.text(projectWithTable(&project, StoredObservedTable()), Field::observedTranslations).isEmpty());
}

void TestObservedStore::loaderProgressAndCancel()
{
    // A table of a few MB, so reading reports progress more than once.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nat.txt"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Pro  Inside global         Inside local          Outside local         Outside global\n");
        for (int i = 0; i < 60000; ++i)
            f.write(QStringLiteral("udp  19.155.80.72:%1     192.19.%2.%3:4500     34.1.10.2:4500        34.1.10.2:4500\n")
                        .arg(1024 + i % 60000).arg(i / 250 % 250).arg(i % 250 + 1).toLatin1());
    }
    QList<qint64> reading;
    bool compressed = false;
    const ObservedTableLoader::Result whole = ObservedTableLoader::readFile(
        path,
        [&](ObservedTableLoader::Phase phase, qint64 done, qint64 total) {
            if (phase == ObservedTableLoader::Reading) {
                reading.append(done);
                [&] { QCOMPARE(total, QFileInfo(path).size()); }();
            }
            compressed = compressed || phase == ObservedTableLoader::Compressing;
            return true;
        },
        true);
    QVERIFY2(whole.ok(), qPrintable(whole.error));
    QCOMPARE(whole.format, QStringLiteral("cisco-show"));
    QCOMPARE(whole.table.rowCount(), 60000);
    QVERIFY(reading.size() >= 3);
    QCOMPARE(reading.last(), QFileInfo(path).size());
    QVERIFY(std::is_sorted(reading.cbegin(), reading.cend()));
    QVERIFY(compressed);
    compareTranslations(ObservedTable::fromText(QString::fromUtf8(readAll(path))).translations(),
                        whole.table.table().translations());

    // Cancel during the read: nothing comes back.
    int calls = 0;
    const ObservedTableLoader::Result cancelled = ObservedTableLoader::readFile(
        path, [&](ObservedTableLoader::Phase, qint64, qint64) { return ++calls < 2; }, true);
    QVERIFY(cancelled.cancelled);
    QVERIFY(cancelled.table.isEmpty());
    QCOMPARE(calls, 2);

    const ObservedTableLoader::Result missing =
        ObservedTableLoader::readFile(dir.filePath(QStringLiteral("nothing.txt")));
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error.contains(QLatin1String("nothing.txt")), qPrintable(missing.error));
}

QTEST_GUILESS_MAIN(TestObservedStore)
#include "tst_observedstore.moc"
