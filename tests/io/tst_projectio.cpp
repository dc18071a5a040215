// Reading and writing .meshnat project files: lossless round trips of the bundled
// examples and located, all-or-nothing failures.
#include "Bookmark.h"
#include "Project.h"
#include "ProjectReader.h"
#include "ProjectSchema.h"
#include "ProjectWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointF>
#include <QTemporaryDir>
#include <QtTest>

class TestProjectIo : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void bundledResourcesLoad();
    void idsAndForwardReferences();
    void pointsListsAndTextSurvive();
    void defaultsForMissingOptionalFields();
    void malformedJson();
    void wrongFieldType_data();
    void wrongFieldType();
    void wrongFormatRefused();
    void newerVersionRefused();
    void structuralErrors_data();
    void structuralErrors();
    void failedLoadLeavesTargetUntouched();
    void missingFile();
    void oversizeFile();
    void atomicSaveFailureKeepsOldFile();
    void saveReplacesFile();
    void structuredBookmarksRoundTrip();
    void legacyBookmarksLoad();
    void badBookmarks_data();
    void badBookmarks();

private:
    static QString examplePath(const QString &key)
    {
        return QStringLiteral(MESHNAT_SOURCE_DIR "/resources/examples/%1.meshnat").arg(key);
    }
    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static QJsonObject seedJson()
    {
        return QJsonDocument::fromJson(readAll(examplePath(QStringLiteral("seed-incident"))))
            .object();
    }
    static int indexOfObject(const QJsonObject &doc, const QString &name)
    {
        const QJsonArray objects = doc.value(QLatin1String("objects")).toArray();
        for (int i = 0; i < objects.size(); ++i) {
            if (objects.at(i).toObject().value(Field::name).toString() == name)
                return i;
        }
        return -1;
    }
    static QByteArray withBookmarks(const QJsonValue &bookmarks)
    {
        QJsonObject doc = seedJson();
        QJsonObject project = doc.value(QLatin1String("project")).toObject();
        project.insert(QStringLiteral("bookmarks"), bookmarks);
        doc.insert(QStringLiteral("project"), project);
        return QJsonDocument(doc).toJson();
    }
    static QByteArray withObjectField(QJsonObject doc, int index, const QString &key,
                                      const QJsonValue &value)
    {
        QJsonArray objects = doc.value(QLatin1String("objects")).toArray();
        QJsonObject o = objects.at(index).toObject();
        if (value.isUndefined())
            o.remove(key);
        else
            o.insert(key, value);
        objects.replace(index, o);
        doc.insert(QStringLiteral("objects"), objects);
        return QJsonDocument(doc).toJson();
    }
    static void compareProjects(const Project &a, const Project &b)
    {
        QCOMPARE(a.objectCount(), b.objectCount());
        for (const PropertyDef &def : ProjectSchema::fields(ObjectKind::None))
            QCOMPARE(a.value(NoId, def.key), b.value(NoId, def.key));
        for (ObjectKind kind : ProjectSchema::allKinds()) {
            QCOMPARE(a.objects(kind), b.objects(kind));
            for (ObjectId id : a.objects(kind)) {
                QCOMPARE(a.parentOf(id), b.parentOf(id));
                QCOMPARE(a.children(id), b.children(id));
                for (const PropertyDef &def : ProjectSchema::fields(kind))
                    QCOMPARE(a.value(id, def.key), b.value(id, def.key));
            }
        }
        QCOMPARE(a.children(NoId), b.children(NoId));
        QCOMPARE(a.nextId(), b.nextId());
    }
};

void TestProjectIo::roundTrip_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("objects");
    QTest::newRow("seed-incident") << QStringLiteral("seed-incident") << 23;
    QTest::newRow("home-lab") << QStringLiteral("home-lab") << 23;
    QTest::newRow("fixed-site") << QStringLiteral("fixed-site") << 25;
}

void TestProjectIo::roundTrip()
{
    QFETCH(QString, key);
    QFETCH(int, objects);
    const QString path = examplePath(key);
    Project first;
    ProjectReader reader;
    QVERIFY2(reader.read(path, &first), qPrintable(reader.errorString()));
    QCOMPARE(first.objectCount(), objects);
    // The examples are stored in the writer's canonical form.
    QCOMPARE(ProjectWriter::toJson(first), readAll(path));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString saved = dir.filePath(QStringLiteral("copy.meshnat"));
    ProjectWriter writer;
    QVERIFY2(writer.write(first, saved), qPrintable(writer.errorString()));
    Project second;
    QVERIFY2(reader.read(saved, &second), qPrintable(reader.errorString()));
    compareProjects(first, second);
    QCOMPARE(ProjectWriter::toJson(second), readAll(saved));
    QCOMPARE(readAll(saved), readAll(path));
}

void TestProjectIo::bundledResourcesLoad()
{
    for (const char *key : {"seed-incident", "home-lab", "fixed-site"}) {
        Project project;
        ProjectReader reader;
        const QString path =
            QStringLiteral(":/meshnat/examples/%1.meshnat").arg(QLatin1String(key));
        QVERIFY2(reader.read(path, &project), qPrintable(reader.errorString()));
        QCOMPARE(ProjectWriter::toJson(project), readAll(examplePath(QLatin1String(key))));
    }
}

void TestProjectIo::idsAndForwardReferences()
{
    Project project;
    ProjectReader reader;
    QVERIFY2(reader.read(examplePath(QStringLiteral("seed-incident")), &project),
             qPrintable(reader.errorString()));
    const ObjectId ix = project.findByName(ObjectKind::Appliance, QStringLiteral("HCX-IX-I1"));
    const ObjectId cloudIx = project.findByName(ObjectKind::Appliance, QStringLiteral("HCX-IX-R1"));
    QVERIFY(ix != NoId && cloudIx != NoId);
    // The on-prem IX comes first in the file and refers forward to its cloud peer.
    QVERIFY(ix < cloudIx);
    QCOMPARE(project.value(ix, Field::peer).toUInt(), cloudIx);
    QCOMPARE(project.value(cloudIx, Field::peer).toUInt(), ix);
    const QJsonArray objects = seedJson().value(QLatin1String("objects")).toArray();
    for (const QJsonValue &v : objects) {
        const QJsonObject o = v.toObject();
        const ObjectId id = ObjectId(o.value(QLatin1String("id")).toInt());
        QCOMPARE(ProjectSchema::kindKey(project.kind(id)),
                 o.value(QLatin1String("object")).toString());
        QCOMPARE(project.parentOf(id), ObjectId(o.value(QLatin1String("parent")).toInt()));
    }
    const ObjectId router =
        project.findByName(ObjectKind::Device, QStringLiteral("Customer edge router"));
    QCOMPARE(project.text(router, Field::profile), QStringLiteral("cisco-ios"));
    QCOMPARE(project.value(router, Field::udpTimeout).toInt(), 300);
}

void TestProjectIo::pointsListsAndTextSurvive()
{
    Project project;
    QString error;
    QVERIFY(project.setValue(NoId, Field::description,
                             QStringLiteral("Line 1\n\"quoted\" \\ tab\t 日本語 😀 \x01"), &error));
    const ObjectId site =
        project.create(ObjectKind::Site, NoId,
                       {{Field::name, QStringLiteral("Site A")},
                        {Field::position, QPointF(0.1, -1234.5678901234567)}},
                       &error, 7);
    QVERIFY2(site == 7, qPrintable(error));
    const ObjectId device =
        project.create(ObjectKind::Device, site,
                       {{Field::options,
                         QStringList{QStringLiteral("enable-sym-port"), QStringLiteral("a, b")}},
                        {Field::position, QPointF(1e-7, 3.0e8)}},
                       &error);
    QVERIFY2(device != NoId, qPrintable(error));
    const ObjectId a1 = project.create(ObjectKind::Appliance, site,
                                       {{Field::uplinkIp, QStringLiteral("10.0.0.1")},
                                        {Field::deployAt, 0.30000000000000004}},
                                       &error);
    QVERIFY2(a1 != NoId, qPrintable(error));
    const ObjectId mesh =
        project.create(ObjectKind::Mesh, NoId,
                       {{Field::sourceSite, site},
                        {Field::destinationSite, site},
                        {Field::pairs, QVariantList{a1}},
                        {Field::services, QStringList{QStringLiteral("interconnect")}}},
                       &error, 100);
    QVERIFY2(mesh == 100, qPrintable(error));

    const QByteArray json = ProjectWriter::toJson(project);
    Project loaded;
    ProjectReader reader;
    QVERIFY2(reader.readData(json, QStringLiteral("mem.meshnat"), &loaded),
             qPrintable(reader.errorString()));
    compareProjects(project, loaded);
    QCOMPARE(loaded.value(site, Field::position).toPointF(),
             QPointF(0.1, -1234.5678901234567));
    QCOMPARE(loaded.value(a1, Field::deployAt).toDouble(), 0.30000000000000004);
    QCOMPARE(loaded.value(device, Field::options).toStringList(),
             (QStringList{QStringLiteral("enable-sym-port"), QStringLiteral("a, b")}));
    QCOMPARE(loaded.nextId(), ObjectId(101));
    QCOMPARE(ProjectWriter::toJson(loaded), json);
}

void TestProjectIo::defaultsForMissingOptionalFields()
{
    const QByteArray data = R"({"format": "meshnat-project", "version": 1,
        "objects": [{"id": 3, "object": "site", "parent": 0, "name": "Old"},
                    {"id": 4, "object": "device", "parent": 3},
                    {"id": 5, "object": "appliance", "parent": 3, "uplinkIp": "10.1.1.1"}]})";
    Project project;
    ProjectReader reader;
    QVERIFY2(reader.readData(data, QStringLiteral("old.meshnat"), &project),
             qPrintable(reader.errorString()));
    QCOMPARE(project.objectCount(), 3);
    QCOMPARE(project.text(3, Field::kind), QStringLiteral("on-prem"));
    QCOMPARE(project.value(4, Field::udpTimeout).toInt(), 300);
    QCOMPARE(project.text(5, Field::type), QStringLiteral("IX"));
    QCOMPARE(project.name(NoId), QStringLiteral("Untitled"));
}

void TestProjectIo::malformedJson()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.meshnat"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        "{\n  \"format\": \"meshnat-project\",\n  \"version\": 1,\n  \"objects\": [ 1 2 ]\n}\n");
    f.close();
    Project project;
    ProjectReader reader;
    QVERIFY(!reader.read(path, &project));
    QVERIFY2(reader.errorString().startsWith(QLatin1String("broken.meshnat: line 4, column ")),
             qPrintable(reader.errorString()));
    QVERIFY(reader.errorString().contains(QLatin1String("invalid JSON")));
}

// Values of the wrong JSON type are refused; values of the right type that the
// field refuses open and are held as written (tst_heldvalues).
void TestProjectIo::wrongFieldType_data()
{
    QTest::addColumn<QString>("object");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("ip as number") << "HCX-IX-I1"
                                  << "uplinkIp" << QJsonValue(42) << "expected text";
    QTest::newRow("port as text") << "Office PCs (DNS)"
                                  << "firstPort" << QJsonValue("1024") << "expected a whole number";
    QTest::newRow("port fraction") << "Office PCs (DNS)"
                                   << "firstPort" << QJsonValue(10.5) << "expected a whole number";
    QTest::newRow("bool as text") << "Office PAT"
                                  << "overload" << QJsonValue("yes") << "expected true or false";
    QTest::newRow("point") << "HCX-IX-I1"
                           << "position" << QJsonValue(QJsonArray{1, 2}) << "expected a position";
    QTest::newRow("text list") << "HCX-NAT"
                               << "permit" << QJsonValue(QJsonArray{1})
                               << "expected a list of text";
    QTest::newRow("reference list") << "Service Mesh VMC"
                                    << "pairs" << QJsonValue(QJsonArray{QStringLiteral("11")})
                                    << "expected a list of object ids";
}

void TestProjectIo::wrongFieldType()
{
    QFETCH(QString, object);
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, message);
    const QJsonObject doc = seedJson();
    const int index = indexOfObject(doc, object);
    QVERIFY(index >= 0);
    Project project;
    ProjectReader reader;
    QVERIFY(!reader.readData(withObjectField(doc, index, field, value),
                             QStringLiteral("seed.meshnat"), &project));
    const QString prefix = QStringLiteral("seed.meshnat: objects[%1].%2: ").arg(index).arg(field);
    QVERIFY2(reader.errorString().startsWith(prefix), qPrintable(reader.errorString()));
    QVERIFY2(reader.errorString().contains(message), qPrintable(reader.errorString()));
    QCOMPARE(project.objectCount(), 0);
}

void TestProjectIo::wrongFormatRefused()
{
    QJsonObject doc = seedJson();
    doc.insert(QStringLiteral("format"), QStringLiteral("tiled-map"));
    Project project;
    ProjectReader reader;
    QVERIFY(!reader.readData(QJsonDocument(doc).toJson(), QStringLiteral("x.meshnat"), &project));
    QVERIFY2(
        reader.errorString().startsWith(QLatin1String("x.meshnat: format: not a MeshNAT project")),
        qPrintable(reader.errorString()));
    QVERIFY(!reader.readData("[1, 2]", QStringLiteral("x.meshnat"), &project));
    QVERIFY(!reader.readData("{\"format\": \"meshnat-project\"}", QStringLiteral("x.meshnat"),
                             &project));
    QVERIFY2(reader.errorString().contains(QLatin1String("version")),
             qPrintable(reader.errorString()));
}

void TestProjectIo::newerVersionRefused()
{
    Project project;
    ProjectReader reader;
    QVERIFY(reader.read(examplePath(QStringLiteral("home-lab")), &project));
    const QByteArray before = ProjectWriter::toJson(project);
    QVERIFY(project.objectCount() > 0);

    QJsonObject doc = seedJson();
    doc.insert(QStringLiteral("version"), ProjectReader::FormatVersion + 1);
    QSignalSpy resets(&project, &Project::aboutToReset);
    QVERIFY(
        !reader.readData(QJsonDocument(doc).toJson(), QStringLiteral("future.meshnat"), &project));
    const QString message = reader.errorString();
    QVERIFY2(message.startsWith(QLatin1String("future.meshnat: written by a newer MeshNAT")),
             qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("version %1").arg(ProjectReader::FormatVersion + 1)));
    QVERIFY(message.contains(QStringLiteral("version %1").arg(ProjectReader::FormatVersion)));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(ProjectWriter::toJson(project), before);
    QVERIFY(project.findByName(ObjectKind::Device, QStringLiteral("Buffalo Wi-Fi router")) != NoId);
}

void TestProjectIo::structuralErrors_data()
{
    QTest::addColumn<QString>("object");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown kind") << "HCX-IX-I1"
                                  << "object" << QJsonValue("router") << "object"
                                  << "unknown object kind \"router\"";
    QTest::newRow("unknown field") << "HCX-IX-I1"
                                   << "colour" << QJsonValue("red") << "colour"
                                   << "unknown field";
    QTest::newRow("duplicate id") << "HCX-NE-I1"
                                  << "id" << QJsonValue(11) << "id"
                                  << "object id 11 is used twice";
    QTest::newRow("missing parent") << "HCX-NE-I1"
                                    << "parent" << QJsonValue(500) << "parent"
                                    << "parent #500 does not exist";
    QTest::newRow("parent comes later") << "HCX-NE-I1"
                                        << "parent" << QJsonValue(3) << "parent"
                                        << "parent #3 does not exist";
    QTest::newRow("wrong parent kind") << "GigabitEthernet0/0"
                                       << "parent" << QJsonValue(1) << "parent"
                                       << "cannot be placed in a Site";
    QTest::newRow("top level with parent") << "Service Mesh VMC"
                                           << "parent" << QJsonValue(1) << "parent"
                                           << "has no parent";
    QTest::newRow("missing required address")
        << "HCX-NE-I1"
        << "uplinkIp" << QJsonValue(QJsonValue::Undefined) << "uplinkIp"
        << "missing required field";
    QTest::newRow("bad id") << "HCX-NE-I1"
                            << "id" << QJsonValue(-4) << "id"
                            << "invalid object id";
}

void TestProjectIo::structuralErrors()
{
    QFETCH(QString, object);
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, location);
    QFETCH(QString, message);
    const QJsonObject doc = seedJson();
    const int index = indexOfObject(doc, object); // "" finds the first (unnamed) link
    QVERIFY(index >= 0);
    Project project;
    ProjectReader reader;
    QVERIFY(!reader.readData(withObjectField(doc, index, field, value), QStringLiteral("s.meshnat"),
                             &project));
    QVERIFY2(reader.errorString().startsWith(
                 QStringLiteral("s.meshnat: objects[%1].%2: ").arg(index).arg(location)),
             qPrintable(reader.errorString()));
    QVERIFY2(reader.errorString().contains(message), qPrintable(reader.errorString()));
    QCOMPARE(project.objectCount(), 0);
}

void TestProjectIo::failedLoadLeavesTargetUntouched()
{
    Project project;
    QString error;
    const ObjectId site = project.create(
        ObjectKind::Site, NoId, {{Field::name, QStringLiteral("Mine")}}, &error);
    QVERIFY(site != NoId);
    // The error is in the very last object: everything before it was read fine.
    QJsonObject doc = seedJson();
    const int last = int(doc.value(QLatin1String("objects")).toArray().size()) - 1;
    ProjectReader reader;
    QVERIFY(!reader.readData(withObjectField(doc, last, Field::pairs, QJsonArray{11, QStringLiteral("4")}),
                             QStringLiteral("s.meshnat"), &project));
    QVERIFY2(reader.errorString().contains(QStringLiteral("objects[%1].pairs").arg(last)),
             qPrintable(reader.errorString()));
    QCOMPARE(project.objectCount(), 1);
    QCOMPARE(project.name(site), QStringLiteral("Mine"));
}

void TestProjectIo::missingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nowhere.meshnat"));
    Project project;
    ProjectReader reader;
    QVERIFY(!reader.read(path, &project));
    QVERIFY2(reader.errorString().contains(QDir::toNativeSeparators(path)),
             qPrintable(reader.errorString()));
    QVERIFY(!reader.read(dir.path(), &project));
    QVERIFY2(reader.errorString().contains(QLatin1String("directory")),
             qPrintable(reader.errorString()));
}

void TestProjectIo::oversizeFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.meshnat"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{");
    QVERIFY(f.resize(ProjectReader::MaxFileSize + 1)); // sparse: no disk space used
    f.close();
    Project project;
    QVERIFY(project.create(ObjectKind::Site, NoId, {}) != NoId);
    ProjectReader reader;
    QVERIFY(!reader.read(path, &project));
    QVERIFY2(reader.errorString().contains(QLatin1String("huge.meshnat")),
             qPrintable(reader.errorString()));
    QVERIFY2(reader.errorString().contains(QString::number(ProjectReader::MaxFileSize + 1)) &&
                 reader.errorString().contains(QStringLiteral("%1 MiB").arg(ProjectReader::MaxFileSize / (1024 * 1024))),
             qPrintable(reader.errorString()));
    QCOMPARE(project.objectCount(), 1);

    // Exactly at the limit is not refused for its size (it fails as JSON instead).
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.resize(ProjectReader::MaxFileSize));
    f.close();
    QVERIFY(!reader.read(path, &project));
    QVERIFY2(reader.errorString().contains(QLatin1String("invalid JSON")),
             qPrintable(reader.errorString()));
}

void TestProjectIo::atomicSaveFailureKeepsOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("site.meshnat"));
    Project project;
    ProjectReader reader;
    QVERIFY(reader.read(examplePath(QStringLiteral("seed-incident")), &project));
    ProjectWriter writer;
    QVERIFY2(writer.write(project, path), qPrintable(writer.errorString()));
    const QByteArray before = readAll(path);
    QVERIFY(!before.isEmpty());

    // Tests run as root, so permissions do not stop the write: use a path whose
    // parent is a regular file.
    const QString impossible = path + QStringLiteral("/inner.meshnat");
    QVERIFY(project.setValue(NoId, Field::name, QStringLiteral("Changed")));
    QVERIFY(!writer.write(project, impossible));
    QVERIFY2(writer.errorString().contains(QDir::toNativeSeparators(impossible)),
             qPrintable(writer.errorString()));
    QVERIFY(writer.errorString().size() > QDir::toNativeSeparators(impossible).size() + 16);
    QCOMPARE(readAll(path), before);

    // A directory in place of the file is not replaced either.
    const QString asDir = dir.filePath(QStringLiteral("folder.meshnat"));
    QVERIFY(QDir().mkpath(asDir));
    QVERIFY(!writer.write(project, asDir));
    QVERIFY(QFileInfo(asDir).isDir());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("site.meshnat")});
}

void TestProjectIo::saveReplacesFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("site.meshnat"));
    Project project;
    ProjectReader reader;
    QVERIFY(reader.read(examplePath(QStringLiteral("home-lab")), &project));
    ProjectWriter writer;
    QVERIFY(writer.write(project, path));
    QVERIFY(project.setValue(NoId, Field::name, QStringLiteral("Renamed")));
    QVERIFY(writer.write(project, path));
    Project loaded;
    QVERIFY(reader.read(path, &loaded));
    QCOMPARE(loaded.name(NoId), QStringLiteral("Renamed"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("site.meshnat")});
}


void TestProjectIo::structuredBookmarksRoundTrip()
{
    Project project;
    ProjectReader reader;
    QVERIFY2(reader.read(examplePath(QStringLiteral("seed-incident")), &project),
             qPrintable(reader.errorString()));
    Bookmark down;
    down.at = 12.000000000000002; // not a round number: the shortest exact form is kept
    down.event = QStringLiteral("tunnel-changed");
    down.subject = 11;
    down.state = QStringLiteral("down");
    down.label = QStringLiteral("IX \"Down\" | 日本語");
    Bookmark flip;
    flip.at = 300;
    flip.event = QStringLiteral("port-flip");
    flip.subject = 13;
    flip.label = QStringLiteral("Flip");
    Bookmark legacy;
    legacy.step = 42;
    legacy.label = QStringLiteral("Old");
    QString error;
    QVERIFY2(project.setValue(NoId, Field::bookmarks,
                              Bookmark::toRecords({down, flip, legacy}), &error),
             qPrintable(error));

    const QByteArray json = ProjectWriter::toJson(project);
    // Members in key order; a legacy bookmark keeps only its step.
    const QByteArray expected =
        R"("bookmarks": [{"at": 12.000000000000002, "event": "tunnel-changed", )"
        R"("label": "IX \"Down\" | 日本語", "state": "down", "subject": 11}, )"
        R"({"at": 300, "event": "port-flip", "label": "Flip", "subject": 13}, )"
        R"({"label": "Old", "step": 42}])";
    QVERIFY2(json.contains(expected), json.constData());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bookmarked.meshnat"));
    ProjectWriter writer;
    QVERIFY2(writer.write(project, path), qPrintable(writer.errorString()));
    Project loaded;
    QVERIFY2(reader.read(path, &loaded), qPrintable(reader.errorString()));
    compareProjects(project, loaded);
    QCOMPARE(ProjectWriter::toJson(loaded), json);
    const QList<Bookmark> back = Bookmark::fromRecords(loaded.value(NoId, Field::bookmarks));
    QCOMPARE(back.size(), 3);
    QCOMPARE(back[0].at, down.at);
    QCOMPARE(back[0].event, down.event);
    QCOMPARE(back[0].subject, down.subject);
    QCOMPARE(back[0].state, down.state);
    QCOMPARE(back[0].label, down.label);
    QVERIFY(back[1].state.isEmpty());
    QVERIFY(back[2].isLegacy());
    QCOMPARE(back[2].step, 42);
}

void TestProjectIo::legacyBookmarksLoad()
{
    // Version 1 files stored "STEP|label" text.
    Project project;
    ProjectReader reader;
    QVERIFY2(reader.readData(withBookmarks(QJsonArray{QStringLiteral("531|Tunnel state"),
                                                      QStringLiteral("7|a|b"),
                                                      QStringLiteral("-1|Start")}),
                             QStringLiteral("v1.meshnat"), &project),
             qPrintable(reader.errorString()));
    const QList<Bookmark> bookmarks = Bookmark::fromRecords(project.value(NoId, Field::bookmarks));
    QCOMPARE(bookmarks.size(), 3);
    QVERIFY(bookmarks[0].isLegacy());
    QCOMPARE(bookmarks[0].step, 531);
    QCOMPARE(bookmarks[0].label, QStringLiteral("Tunnel state"));
    QCOMPARE(bookmarks[1].step, 7);
    QCOMPARE(bookmarks[1].label, QStringLiteral("a|b"));
    QCOMPARE(bookmarks[2].step, -1);
    // Saved again they become legacy records, which read back the same.
    const QByteArray json = ProjectWriter::toJson(project);
    const QByteArray expected = R"("bookmarks": [{"label": "Tunnel state", "step": 531}, )";
    QVERIFY2(json.contains(expected), json.constData());
    Project again;
    QVERIFY2(reader.readData(json, QStringLiteral("v1-saved.meshnat"), &again),
             qPrintable(reader.errorString()));
    compareProjects(project, again);
}

void TestProjectIo::badBookmarks_data()
{
    QTest::addColumn<QJsonValue>("bookmarks");
    QTest::addColumn<QString>("message");
    const QJsonObject good{{QStringLiteral("at"), 12.0},
                           {QStringLiteral("event"), QStringLiteral("tunnel-changed")},
                           {QStringLiteral("subject"), 11},
                           {QStringLiteral("label"), QStringLiteral("IX Down")}};
    const auto with = [&good](const char *key, const QJsonValue &value) {
        QJsonObject o = good;
        o.insert(QLatin1String(key), value);
        return QJsonValue(QJsonArray{good, o});
    };
    QTest::newRow("not a list") << QJsonValue(good) << "project.bookmarks: expected a list of records";
    QTest::newRow("number item") << QJsonValue(QJsonArray{good, 5})
                                 << "project.bookmarks: [1]: expected an object, found a number";
    QTest::newRow("nested member") << with("at", QJsonArray{1})
                                   << "project.bookmarks: [1].at: expected text, a number or "
                                      "true/false, found a list";
}

void TestProjectIo::badBookmarks()
{
    QFETCH(QJsonValue, bookmarks);
    QFETCH(QString, message);
    Project loaded;
    ProjectReader reader;
    QVERIFY(!reader.readData(withBookmarks(bookmarks), QStringLiteral("b.meshnat"), &loaded));
    QVERIFY2(reader.errorString().startsWith(QStringLiteral("b.meshnat: ") + message),
             qPrintable(reader.errorString()));
    QCOMPARE(loaded.objectCount(), 0);
}

QTEST_GUILESS_MAIN(TestProjectIo)
#include "tst_projectio.moc"
