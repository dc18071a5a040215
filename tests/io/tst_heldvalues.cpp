// Open what can be opened (issue #19): a project file of a known version whose
// values are of the right JSON type but refused by their field (a mistyped IP, an
// unknown profile, a dangling reference) opens with every value kept as written;
// the validator names each (path and what is expected), the simulation waits,
// saving writes them back, and setting the field fixes it. Structurally broken
// files stay refused (tst_projectio).
#include "Project.h"
#include "ProjectReader.h"
#include "ProjectValidator.h"
#include "ProjectWriter.h"
#include "ReplayReadiness.h"
#include "Simulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

class TestHeldValues : public QObject
{
    Q_OBJECT

private slots:
    void opensAndKeepsAsWritten_data();
    void opensAndKeepsAsWritten();
    void fixingTheFieldClearsIt();
    void wrongJsonTypeStillRefused();

private:
    static QJsonObject seedJson()
    {
        QFile f(QStringLiteral(MESHNAT_SOURCE_DIR "/resources/examples/seed-incident.meshnat"));
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object()
                                           : QJsonObject();
    }
    // The index of the object named `name` ("" = the first link) in objects[].
    static int indexOf(const QJsonObject &doc, const QString &name)
    {
        const QJsonArray objects = doc.value(QLatin1String("objects")).toArray();
        for (int i = 0; i < objects.size(); ++i) {
            const QJsonObject o = objects.at(i).toObject();
            if (name.isEmpty() ? o.value(QLatin1String("object")).toString() == QLatin1String("link")
                               : o.value(QLatin1String("name")).toString() == name)
                return i;
        }
        return -1;
    }
    static QByteArray with(QJsonObject doc, int index, const QString &field, const QJsonValue &value)
    {
        if (index < 0) {
            QJsonObject project = doc.value(QLatin1String("project")).toObject();
            project.insert(field, value);
            doc.insert(QStringLiteral("project"), project);
        } else {
            QJsonArray objects = doc.value(QLatin1String("objects")).toArray();
            QJsonObject o = objects.at(index).toObject();
            o.insert(field, value);
            objects.replace(index, o);
            doc.insert(QStringLiteral("objects"), objects);
        }
        return QJsonDocument(doc).toJson();
    }
    static ObjectId idAt(const QJsonObject &doc, int index)
    {
        return index < 0 ? NoId
                         : ObjectId(doc.value(QLatin1String("objects")).toArray().at(index)
                                        .toObject().value(QLatin1String("id")).toInt());
    }
};

void TestHeldValues::opensAndKeepsAsWritten_data()
{
    QTest::addColumn<QString>("object"); // "-" = the project's own fields
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected"); // what the validator says is expected
    QTest::newRow("mistyped ip") << "HCX-IX-I1" << "uplinkIp" << QJsonValue("192.19.72.2022")
                                 << "is not an IPv4 address (expected a.b.c.d)";
    QTest::newRow("short ip") << "HCX-IX-I1" << "uplinkIp" << QJsonValue("1.2.3")
                              << "(expected a.b.c.d)";
    QTest::newRow("unknown profile") << "Customer edge router" << "profile" << QJsonValue("juniper")
                                     << "\"juniper\" is not one of";
    QTest::newRow("port range") << "Office PCs (DNS)" << "remotePort" << QJsonValue(70000)
                                << "between 0 and 65535";
    QTest::newRow("negative seconds") << "HCX-IX-I1" << "deployAt" << QJsonValue(-1)
                                      << "zero or more";
    QTest::newRow("dangling peer") << "HCX-IX-I1" << "peer" << QJsonValue(999)
                                   << "#999 does not exist";
    QTest::newRow("peer of wrong kind") << "HCX-IX-I1" << "peer" << QJsonValue(1)
                                        << "not of the expected kind";
    QTest::newRow("dangling link end") << "" << "a" << QJsonValue(998) << "#998 does not exist";
    QTest::newRow("dangling pair") << "Service Mesh VMC" << "pairs"
                                   << QJsonValue(QJsonArray{11, 997}) << "#997 does not exist";
    const QJsonObject bookmark{{QStringLiteral("at"), 12.0},
                               {QStringLiteral("event"), QStringLiteral("boom")},
                               {QStringLiteral("label"), QStringLiteral("IX Down")}};
    const auto withMember = [&](const char *key, const QJsonValue &v) {
        QJsonObject o = bookmark;
        o.insert(QLatin1String("event"), QStringLiteral("tunnel-changed"));
        o.insert(QLatin1String(key), v);
        return QJsonValue(QJsonArray{o});
    };
    QTest::newRow("bookmark event") << "-" << "bookmarks" << QJsonValue(QJsonArray{bookmark})
                                    << "[0].event: \"boom\" is not an event kind";
    QTest::newRow("bookmark time as text") << "-" << "bookmarks" << withMember("at", QStringLiteral("12"))
                                           << "[0].at: expected a number of seconds";
    QTest::newRow("bookmark subject") << "-" << "bookmarks" << withMember("subject", -3)
                                      << "[0].subject: expected an object id";
    QTest::newRow("bookmark state") << "-" << "bookmarks" << withMember("state", QStringLiteral("sideways"))
                                    << "[0].state: \"sideways\" is not a tunnel state";
    QTest::newRow("bookmark member") << "-" << "bookmarks" << withMember("colour", QStringLiteral("red"))
                                     << "[0].colour: unknown member";
    QTest::newRow("legacy bookmark") << "-" << "bookmarks"
                                     << QJsonValue(QJsonArray{QStringLiteral("x|label")})
                                     << "[0]: \"x|label\" is not a bookmark";
}

void TestHeldValues::opensAndKeepsAsWritten()
{
    QFETCH(QString, object);
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    const QJsonObject doc = seedJson();
    const int index = object == QLatin1String("-") ? -1 : indexOf(doc, object);
    QVERIFY(object == QLatin1String("-") || index >= 0);
    const ObjectId id = idAt(doc, index);

    Project project;
    ProjectReader reader;
    QVERIFY2(reader.readData(with(doc, index, field, value), QStringLiteral("bad.meshnat"), &project),
             qPrintable(reader.errorString()));
    QVERIFY(project.objectCount() > 10); // everything else is there
    QVERIFY(project.hasHeldValues());
    QCOMPARE(project.heldFields().size(), 1);
    const FieldKey key = project.heldFields().first().key;
    QCOMPARE(project.heldFields().first().id, id);
    QCOMPARE(key.toString(), field);
    QVERIFY(project.heldValue(id, key).isValid()); // as written: compared after saving below

    // The validator's first issue names the field's path and what is expected.
    const QList<ValidationIssue> issues = ProjectValidator::validate(project);
    QVERIFY(ProjectValidator::hasErrors(issues));
    QCOMPARE(issues.first().id, id);
    QCOMPARE(issues.first().field, key);
    const QString line = ProjectValidator::format(project, issues.first());
    QVERIFY2(line.contains(expected), qPrintable(line));
    QVERIFY2(line.contains(QStringLiteral(" › %1").arg(field)), qPrintable(line));

    // Nothing is simulated; the replay's checklist says which field to fix.
    const auto result = Simulator::run(project);
    QCOMPARE(result->events.size(), size_t(0));
    QVERIFY(!result->warnings.isEmpty());
    const QList<ReplayReadiness::Missing> missing = ReplayReadiness::check(project);
    QVERIFY(!missing.isEmpty());
    QCOMPARE(missing.first().object, id);
    QCOMPARE(missing.first().field, key);

    // Saving writes the value as it was read; reading that gives the same.
    const QByteArray saved = ProjectWriter::toJson(project);
    const QJsonObject again = QJsonDocument::fromJson(saved).object();
    const QJsonValue written =
        index < 0 ? again.value(QLatin1String("project")).toObject().value(field)
                  : again.value(QLatin1String("objects")).toArray().at(indexOf(again, object))
                        .toObject().value(field);
    QCOMPARE(written, value);
    Project reread;
    QVERIFY(reader.readData(saved, QStringLiteral("again.meshnat"), &reread));
    QCOMPARE(reread.heldFields().size(), 1);
    QCOMPARE(reread.heldValue(id, key), project.heldValue(id, key));
}

void TestHeldValues::fixingTheFieldClearsIt()
{
    const QJsonObject doc = seedJson();
    const int index = indexOf(doc, QStringLiteral("HCX-IX-I1"));
    Project project;
    ProjectReader reader;
    QVERIFY(reader.readData(with(doc, index, QStringLiteral("uplinkIp"), QJsonValue("192.19.72.2022")),
                            QStringLiteral("bad.meshnat"), &project));
    const ObjectId ix = idAt(doc, index);
    QCOMPARE(project.heldValue(ix, Field::uplinkIp).toString(), QStringLiteral("192.19.72.2022"));

    // A refused value does not replace it; an accepted one does.
    QVERIFY(!project.setValue(ix, Field::uplinkIp, QStringLiteral("300.1.1.1")));
    QVERIFY(project.hasHeldValues());
    QSignalSpy changed(&project, &Project::valueChanged);
    QVERIFY(project.setValue(ix, Field::uplinkIp, QStringLiteral("192.19.72.202")));
    QCOMPARE(changed.count(), 1);
    QVERIFY(!project.hasHeldValues());
    QVERIFY(!project.heldValue(ix, Field::uplinkIp).isValid());
    QVERIFY(!ProjectValidator::hasErrors(ProjectValidator::validate(project)));
    QVERIFY(Simulator::run(project)->events.size() > 100);
    const QByteArray saved = ProjectWriter::toJson(project);
    QVERIFY(saved.contains("\"uplinkIp\": \"192.19.72.202\""));
    QVERIFY(!saved.contains("192.19.72.2022"));

    // Holding again (an undo of the fix) brings back the refusal and the written value.
    project.holdValue(ix, Field::uplinkIp, QStringLiteral("192.19.72.2022"));
    QVERIFY(project.hasHeldValues());
    QVERIFY(ProjectWriter::toJson(project).contains("\"uplinkIp\": \"192.19.72.2022\""));

    // A copy (the simulation's snapshot, an undo of a removal) keeps held values.
    Project copy;
    copy.replaceWith(project);
    QVERIFY(copy.hasHeldValues());
    RemovedObjects removed = project.remove(ix);
    QVERIFY(!project.hasHeldValues());
    project.restore(removed);
    QCOMPARE(project.heldValue(ix, Field::uplinkIp).toString(), QStringLiteral("192.19.72.2022"));
}

void TestHeldValues::wrongJsonTypeStillRefused()
{
    const QJsonObject doc = seedJson();
    const int index = indexOf(doc, QStringLiteral("HCX-IX-I1"));
    Project project;
    ProjectReader reader;
    QVERIFY(!reader.readData(with(doc, index, QStringLiteral("uplinkIp"), QJsonValue(42)),
                             QStringLiteral("s.meshnat"), &project));
    QVERIFY2(reader.errorString().startsWith(
                 QStringLiteral("s.meshnat: objects[%1].uplinkIp: expected text").arg(index)),
             qPrintable(reader.errorString()));
    QCOMPARE(project.objectCount(), 0);
}

QTEST_GUILESS_MAIN(TestHeldValues)
#include "tst_heldvalues.moc"
