// Document, undo commands and the PropertyModel -> editRequested -> ChangeValue path.

#include "Examples.h"
#include "Document.h"
#include "Project.h"
#include "ProjectWriter.h"
#include "PropertyModel.h"
#include "commands/AddObject.h"
#include "commands/ChangeValue.h"
#include "commands/MoveObject.h"
#include "commands/RemoveObject.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

namespace {

// Every record and the project's own fields, for "exactly as before" comparisons.
QByteArray snapshot(const Project &project)
{
    return ProjectWriter::toJson(project);
}

// Pushes every accepted edit of the model onto the document's undo stack, as
// the main window does.
void routeEdits(PropertyModel *model, Document *doc)
{
    QObject::connect(model, &PropertyModel::editRequested, doc,
                     [doc](ObjectId id, FieldKey key, const QVariant &oldValue,
                           const QVariant &newValue) {
                         doc->undoStack()->push(
                             new ChangeValue(doc->project(), id, key, oldValue, newValue));
                     });
}

} // namespace

class TestDocument : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void newProjectHasTwoSites();
    void examplesOpen();
    void propertyEditUndoRedo();
    void propertyEditOfProjectFields();
    void invalidPropertyEditIsRefused();
    void addUndoRedoKeepsId();
    void removeUndoRestoresExactly();
    void moveUndoRedo();
    void modifiedFlagFollowsCleanState();
    void saveAndReload();
    void failedLoadChangesNothing();
};

void TestDocument::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MeshNAT-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_document"));
}

void TestDocument::newProjectHasTwoSites()
{
    Document doc;
    doc.newProject();
    const QList<ObjectId> sites = doc.project()->objects(ObjectKind::Site);
    QCOMPARE(sites.size(), 2);
    QCOMPARE(doc.project()->text(sites.at(0), Field::kind), QStringLiteral("on-prem"));
    QCOMPARE(doc.project()->text(sites.at(1), Field::kind),
             QStringLiteral("cloud-sddc"));
    QVERIFY(!doc.isModified());
    QVERIFY(doc.fileName().isEmpty());
    QCOMPARE(doc.undoStack()->count(), 0);
}

void TestDocument::examplesOpen()
{
    for (const QString &key : Examples::keys()) {
        Document doc;
        QVERIFY2(doc.openExample(key), qPrintable(doc.errorString()));
        QVERIFY(doc.project()->objects(ObjectKind::Appliance).size() >= 2);
        QCOMPARE(doc.displayName(), key + QStringLiteral(".meshnat"));
        QVERIFY(doc.fileName().isEmpty()); // an example is never saved over
        QVERIFY(!doc.isModified());
    }
    Document doc;
    QVERIFY(!doc.openExample(QStringLiteral("no-such-example")));
    QVERIFY(doc.errorString().contains(QStringLiteral("no-such-example")));
}

void TestDocument::propertyEditUndoRedo()
{
    Document doc;
    QVERIFY2(doc.openExample(QStringLiteral("seed-incident")), qPrintable(doc.errorString()));
    Project *project = doc.project();
    const QByteArray before = snapshot(*project);
    const ObjectId appliance = project->objects(ObjectKind::Appliance).value(1);
    QVERIFY(appliance != NoId);

    PropertyModel model(project);
    routeEdits(&model, &doc);
    model.setObject(appliance);

    // Text (IP), then a port-like integer on a device: two edits, two undo steps.
    const QVariant oldIp = project->value(appliance, Field::uplinkIp);
    QVERIFY(model.setData(model.index(model.rowOf(Field::uplinkIp),
                                      PropertyModel::ValueColumn),
                          QStringLiteral(" 10.9.8.7 ")));
    QCOMPARE(project->text(appliance, Field::uplinkIp), QStringLiteral("10.9.8.7"));

    const ObjectId device = project->objects(ObjectKind::Device).value(0);
    model.setObject(device);
    const QVariant oldTimeout = project->value(device, Field::udpTimeout);
    QVERIFY(model.setData(model.index(model.rowOf(Field::udpTimeout),
                                      PropertyModel::ValueColumn),
                          QStringLiteral("120")));
    QCOMPARE(project->value(device, Field::udpTimeout).toInt(), 120);
    QCOMPARE(doc.undoStack()->count(), 2);
    QVERIFY(doc.isModified());

    doc.undoStack()->undo();
    QCOMPARE(project->value(device, Field::udpTimeout), oldTimeout);
    doc.undoStack()->undo();
    QCOMPARE(project->value(appliance, Field::uplinkIp), oldIp);
    QCOMPARE(snapshot(*project), before); // exactly what was there
    QVERIFY(!doc.isModified());

    doc.undoStack()->redo();
    doc.undoStack()->redo();
    QCOMPARE(project->text(appliance, Field::uplinkIp), QStringLiteral("10.9.8.7"));
    QCOMPARE(project->value(device, Field::udpTimeout).toInt(), 120);
    QVERIFY(doc.isModified());
}

void TestDocument::propertyEditOfProjectFields()
{
    Document doc;
    doc.newProject();
    PropertyModel model(doc.project());
    routeEdits(&model, &doc);
    model.setObject(NoId);
    const QString oldName = doc.project()->name(NoId);
    QVERIFY(model.setData(model.index(model.rowOf(Field::name),
                                      PropertyModel::ValueColumn),
                          QStringLiteral("Customer X")));
    QCOMPARE(doc.project()->name(NoId), QStringLiteral("Customer X"));
    doc.undoStack()->undo();
    QCOMPARE(doc.project()->name(NoId), oldName);
}

void TestDocument::invalidPropertyEditIsRefused()
{
    Document doc;
    QVERIFY(doc.openExample(QStringLiteral("seed-incident")));
    const QByteArray before = snapshot(*doc.project());
    PropertyModel model(doc.project());
    routeEdits(&model, &doc);
    const ObjectId appliance = doc.project()->objects(ObjectKind::Appliance).value(1);
    model.setObject(appliance);
    QSignalSpy rejected(&model, &PropertyModel::editRejected);
    QVERIFY(!model.setData(model.index(model.rowOf(Field::uplinkIp),
                                       PropertyModel::ValueColumn),
                           QStringLiteral("300.1.1.1")));
    QCOMPARE(rejected.size(), 1);
    QVERIFY(rejected.first().first().toString().contains(QStringLiteral("300.1.1.1")));
    QCOMPARE(doc.undoStack()->count(), 0);
    QCOMPARE(snapshot(*doc.project()), before);
    QVERIFY(!doc.isModified());

    // A command whose value the project refuses leaves no undo step.
    doc.undoStack()->push(new ChangeValue(doc.project(), appliance, Field::uplinkIp,
                                          doc.project()->value(appliance, Field::uplinkIp),
                                          QStringLiteral("not-an-ip")));
    QCOMPARE(doc.undoStack()->count(), 0);
    QCOMPARE(snapshot(*doc.project()), before);
}

void TestDocument::addUndoRedoKeepsId()
{
    Document doc;
    doc.newProject();
    Project *project = doc.project();
    const ObjectId site = project->objects(ObjectKind::Site).first();
    auto *add = new AddObject(project, ObjectKind::Device, site,
                              {{Field::name, QStringLiteral("R1")}});
    doc.undoStack()->push(add);
    const ObjectId id = add->objectId();
    QVERIFY(id != NoId);
    QCOMPARE(project->parentOf(id), site);

    // A second object after the first, so a reused id would show.
    auto *addInterface = new AddObject(project, ObjectKind::Interface, id,
                                       {{Field::address, QStringLiteral("10.0.0.1")}});
    doc.undoStack()->push(addInterface);
    const ObjectId ifId = addInterface->objectId();

    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QVERIFY(!project->contains(id));
    QVERIFY(!project->contains(ifId));
    doc.undoStack()->redo();
    doc.undoStack()->redo();
    QVERIFY(project->contains(id));
    QCOMPARE(project->name(id), QStringLiteral("R1"));
    QCOMPARE(project->parentOf(ifId), id);
    QCOMPARE(project->text(ifId, Field::address), QStringLiteral("10.0.0.1"));

    // Creation the project refuses (no parent) leaves no step.
    const int count = doc.undoStack()->count();
    doc.undoStack()->push(new AddObject(project, ObjectKind::Interface, NoId, {}));
    QCOMPARE(doc.undoStack()->count(), count);
}

void TestDocument::removeUndoRestoresExactly()
{
    Document doc;
    QVERIFY(doc.openExample(QStringLiteral("seed-incident")));
    Project *project = doc.project();
    const QByteArray before = snapshot(*project);
    const ObjectId device = project->objects(ObjectKind::Device).first();
    const QList<ObjectId> children = project->children(device);
    const ObjectId site = project->parentOf(device);
    const int index = project->childIndex(device);
    QVERIFY(!children.isEmpty());

    doc.undoStack()->push(new RemoveObject(project, device));
    QVERIFY(!project->contains(device));
    for (ObjectId child : children)
        QVERIFY(!project->contains(child));

    doc.undoStack()->undo();
    QCOMPARE(snapshot(*project), before);
    QCOMPARE(project->children(device), children);
    QCOMPARE(project->parentOf(device), site);
    QCOMPARE(project->childIndex(device), index);

    doc.undoStack()->redo();
    QVERIFY(!project->contains(device));
    doc.undoStack()->undo();
    QCOMPARE(snapshot(*project), before);
}

void TestDocument::moveUndoRedo()
{
    Document doc;
    QVERIFY(doc.openExample(QStringLiteral("seed-incident")));
    Project *project = doc.project();
    const ObjectId device = project->objects(ObjectKind::Device).first();
    const ObjectId from = project->parentOf(device);
    ObjectId to = NoId;
    for (ObjectId site : project->objects(ObjectKind::Site)) {
        if (site != from)
            to = site;
    }
    QVERIFY(to != NoId);
    const QList<ObjectId> children = project->children(device);

    doc.undoStack()->push(new MoveObject(project, device, to));
    QCOMPARE(project->parentOf(device), to);
    QCOMPARE(project->children(device), children); // children travel with their ids
    doc.undoStack()->undo();
    QCOMPARE(project->parentOf(device), from);
    QCOMPARE(project->children(device), children);
    doc.undoStack()->redo();
    QCOMPARE(project->parentOf(device), to);

    // Moving an interface to a site is refused: no step.
    const int count = doc.undoStack()->count();
    doc.undoStack()->push(new MoveObject(project, children.first(), to));
    QCOMPARE(doc.undoStack()->count(), count);
}

void TestDocument::modifiedFlagFollowsCleanState()
{
    Document doc;
    doc.newProject();
    QSignalSpy modified(&doc, &Document::modifiedChanged);
    const ObjectId site = doc.project()->objects(ObjectKind::Site).first();
    doc.undoStack()->push(new ChangeValue(doc.project(), site, Field::name,
                                          doc.project()->name(site), QStringLiteral("DC1")));
    QVERIFY(doc.isModified());
    QCOMPARE(modified.size(), 1);
    QCOMPARE(modified.last().first().toBool(), true);
    doc.undoStack()->undo();
    QVERIFY(!doc.isModified());
    QCOMPARE(modified.last().first().toBool(), false);
    doc.undoStack()->redo();
    QVERIFY(doc.isModified());

    // New and examples start clean, with nothing to undo.
    doc.newProject();
    QVERIFY(!doc.isModified());
    QCOMPARE(modified.last().first().toBool(), false);
    QCOMPARE(doc.undoStack()->count(), 0);
}

void TestDocument::saveAndReload()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Document doc;
    QVERIFY(doc.openExample(QStringLiteral("home-lab")));
    QVERIFY(!doc.save()); // no file name yet
    const ObjectId site = doc.project()->objects(ObjectKind::Site).first();
    doc.undoStack()->push(new ChangeValue(doc.project(), site, Field::name,
                                          doc.project()->name(site), QStringLiteral("Lab")));
    QVERIFY(doc.isModified());
    QSignalSpy fileName(&doc, &Document::fileNameChanged);
    const QString path = dir.filePath(QStringLiteral("lab.meshnat"));
    QVERIFY2(doc.saveAs(path), qPrintable(doc.errorString()));
    QVERIFY(!doc.isModified());
    QCOMPARE(doc.fileName(), path);
    QCOMPARE(doc.displayName(), QStringLiteral("lab.meshnat"));
    QCOMPARE(fileName.size(), 1);
    // Undo after a save makes the document differ from the file again.
    doc.undoStack()->undo();
    QVERIFY(doc.isModified());
    doc.undoStack()->redo();
    QVERIFY(!doc.isModified());

    Document other;
    QVERIFY2(other.load(path), qPrintable(other.errorString()));
    QCOMPARE(snapshot(*other.project()), snapshot(*doc.project()));
    QCOMPARE(other.project()->name(site), QStringLiteral("Lab"));
    QVERIFY(!other.isModified());
}

void TestDocument::failedLoadChangesNothing()
{
    QTemporaryDir dir;
    Document doc;
    QVERIFY(doc.openExample(QStringLiteral("seed-incident")));
    const ObjectId site = doc.project()->objects(ObjectKind::Site).first();
    doc.undoStack()->push(new ChangeValue(doc.project(), site, Field::name,
                                          doc.project()->name(site), QStringLiteral("Edited")));
    const QByteArray before = snapshot(*doc.project());
    const QString nameBefore = doc.displayName();

    const QString broken = dir.filePath(QStringLiteral("broken.meshnat"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"meshnat-project\", \"version\": 1, \"objects\": [ {");
    file.close();
    const QString missing = dir.filePath(QStringLiteral("missing.meshnat"));

    for (const QString &path : {broken, missing}) {
        QSignalSpy replaced(&doc, &Document::projectReplaced);
        QVERIFY(!doc.load(path));
        QVERIFY2(doc.errorString().contains(QFileInfo(path).fileName()),
                 qPrintable(doc.errorString()));
        QCOMPARE(snapshot(*doc.project()), before);
        QCOMPARE(doc.displayName(), nameBefore);
        QVERIFY(doc.isModified());
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(replaced.size(), 0);
    }
    // The undo history survived.
    doc.undoStack()->undo();
    QVERIFY(!doc.isModified());
}

QTEST_MAIN(TestDocument)
#include "tst_document.moc"
