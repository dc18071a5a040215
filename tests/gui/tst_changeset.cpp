// One change set for every batch of edits (issue #11): applied as a whole or
// not at all, reverted and redone with the same ids, and the one undo command
// the workbench pushes for Apply Fix, import, paste and pairing.
#include "ChangeSet.h"
#include "CiscoConfigReader.h"
#include "Diagnoser.h"
#include "Examples.h"
#include "MeshRules.h"
#include "ObjectClipboard.h"
#include "PasteChanges.h"
#include "Project.h"
#include "ProjectImporter.h"
#include "ProjectReader.h"
#include "ProjectWriter.h"
#include "Simulator.h"
#include "commands/ApplyChangeSet.h"

#include <QUndoStack>
#include <QtTest>

namespace {

// Counts every signal a project emits, to prove a failed change was silent.
struct Signals
{
    explicit Signals(Project *p)
    {
        QObject::connect(p, &Project::contentsChanged, [this] { ++count; });
        QObject::connect(p, &Project::objectInserted, [this] { ++count; });
        QObject::connect(p, &Project::objectRemoved, [this] { ++count; });
        QObject::connect(p, &Project::valueChanged, [this] { ++count; });
    }
    int count = 0;
};

void loadSeed(Project *p)
{
    ProjectReader reader;
    QVERIFY2(reader.read(Examples::resourcePath(QStringLiteral("seed-incident")), p),
             qPrintable(reader.errorString()));
}

ObjectId named(const Project &p, ObjectKind kind, const char *name)
{
    return p.findByName(kind, QString::fromUtf8(name));
}

// Appends an edit that must fail (an invalid address) after everything else.
ChangeSet withFailingTail(ChangeSet changes, ObjectId appliance)
{
    changes.set(appliance, Field::uplinkIp, QStringLiteral("300.1.2.3"));
    return changes;
}

// Applies changes with a failing last part: nothing may change, nothing may be heard.
void expectUntouched(Project *p, const ChangeSet &changes, const char *what)
{
    const QByteArray before = ProjectWriter::toJson(*p);
    const ObjectId next = p->nextId();
    Signals heard(p);
    QString error;
    QVERIFY2(!changes.apply(p, &error), what);
    QVERIFY2(error.contains(QStringLiteral("300.1.2.3")), qPrintable(error));
    QCOMPARE(ProjectWriter::toJson(*p), before);
    QCOMPARE(p->nextId(), next);
    QCOMPARE(heard.count, 0);
}

} // namespace

class TestChangeSet : public QObject
{
    Q_OBJECT
private slots:
    void forwardReferencesApplyRevertRedo();
    void failingPartLeavesProjectUntouched();
    void fixImportPasteAndPairAreAtomic();
    void undoCommandWrapsTheChange();
};

void TestChangeSet::forwardReferencesApplyRevertRedo()
{
    Project p;
    ChangeSet changes;
    const int onPrem = changes.create(ObjectKind::Site, NoId, {{Field::kind, "on-prem"}});
    const int cloud = changes.create(ObjectKind::Site, NoId, {{Field::kind, "cloud-sddc"}});
    // a names b before b exists: a forward reference.
    const int a = changes.createUnder(ObjectKind::Appliance, onPrem,
                                      {{Field::name, "A"}, {Field::peer, ChangeSet::newRef(3)}});
    const int b = changes.createUnder(ObjectKind::Appliance, cloud,
                                      {{Field::name, "B"}, {Field::peer, ChangeSet::newRef(2)}});
    changes.create(ObjectKind::Mesh, NoId,
                   {{Field::sourceSite, ChangeSet::newRef(onPrem)},
                    {Field::destinationSite, ChangeSet::newRef(cloud)},
                    {Field::pairs, ChangeSet::newRefs({a})}});
    ChangeSet::Applied applied;
    QString error;
    QVERIFY2(changes.apply(&p, &applied, &error), qPrintable(error));
    const QList<ObjectId> ids = applied.createdIds();
    QCOMPARE(ids.size(), 5);
    QCOMPARE(p.value(ids[a], Field::peer).toUInt(), ids[b]);
    QCOMPARE(p.value(ids[b], Field::peer).toUInt(), ids[a]);
    QCOMPARE(p.value(ids[4], Field::pairs).toList(), QVariantList{ids[a]});
    const QByteArray after = ProjectWriter::toJson(p);

    ChangeSet::revert(&p, applied);
    QCOMPARE(p.objectCount(), 0);
    QVERIFY(changes.apply(&p, &applied, &error)); // redo
    QCOMPARE(applied.createdIds(), ids);          // the same ids again
    QCOMPARE(ProjectWriter::toJson(p), after);
}

void TestChangeSet::failingPartLeavesProjectUntouched()
{
    Project p;
    loadSeed(&p);
    const ObjectId ix = named(p, ObjectKind::Appliance, "HCX-IX-I1");
    QVERIFY(ix != NoId);
    ChangeSet changes;
    const int site = changes.create(ObjectKind::Site, NoId, {{Field::name, "Branch"}});
    changes.createUnder(ObjectKind::Device, site, {{Field::name, "R9"}});
    changes.set(ix, Field::deployAt, 30.0);
    changes.remove(named(p, ObjectKind::Appliance, "HCX-NE-I1"));
    expectUntouched(&p, withFailingTail(changes, ix), "a change whose last part fails");

    const double deployAt = p.value(ix, Field::deployAt).toDouble();
    ChangeSet missing;
    missing.set(ix, Field::deployAt, deployAt + 30.0);
    missing.remove(999999);
    QString error;
    QVERIFY(!missing.apply(&p, &error));
    QVERIFY2(error.contains(QStringLiteral("999999")), qPrintable(error));
    QCOMPARE(p.value(ix, Field::deployAt).toDouble(), deployAt);
}

void TestChangeSet::fixImportPasteAndPairAreAtomic()
{
    Project p;
    loadSeed(&p);
    const ObjectId ix = named(p, ObjectKind::Appliance, "HCX-IX-I1");

    // Apply Fix: the seed's PAT-collision fix, with a failing part added.
    const QList<Finding> findings = Diagnoser().diagnose(p, Simulator::run(p));
    QVERIFY(!findings.isEmpty());
    const ChangeSet fix = findings.first().fix.changes;
    QVERIFY(!fix.isEmpty());
    expectUntouched(&p, withFailingTail(fix, ix), "Apply Fix");

    // Import: a Cisco configuration.
    QFile file(QStringLiteral(MESHNAT_SOURCE_DIR "/tests/io/data/cisco-seed-incident.cfg"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const CiscoConfig cisco = CiscoConfigReader::readText(QString::fromUtf8(file.readAll()));
    const ImportPlan plan = ProjectImporter::plan(p, &cisco, nullptr, nullptr, nullptr, {});
    QVERIFY(plan.changes.createCount() > 5);
    expectUntouched(&p, withFailingTail(plan.changes, ix), "import");

    // Paste: a copy of the on-premises site with everything in it.
    const ObjectId site = p.parentOf(ix);
    QList<ObjectId> ids{site};
    for (ObjectId child : p.children(site))
        ids.append(child);
    const QList<ObjectRecord> records = ObjectClipboard::collect(p, ids);
    QList<int> nodes;
    const ChangeSet paste = PasteChanges::build(p, records, NoId, QPointF(40, 40), &nodes);
    QVERIFY(nodes.size() >= 3);
    expectUntouched(&p, withFailingTail(paste, ix), "paste");

    // Pair: re-pair the IX with the cloud NE's peer... any valid pair change.
    const ObjectId cloudIx = p.value(ix, Field::peer).toUInt();
    ChangeSet pair = MeshRules::pairChanges(p, ix, NoId);
    pair.append(MeshRules::pairChanges(p, ix, cloudIx));
    expectUntouched(&p, withFailingTail(pair, ix), "pair");

    // Without the failing tail each of them applies.
    for (const ChangeSet *changes : {&fix, &plan.changes, &paste}) {
        Project copy;
        copy.replaceWith(p);
        QString error;
        QVERIFY2(changes->apply(&copy, &error), qPrintable(error));
    }
}

void TestChangeSet::undoCommandWrapsTheChange()
{
    Project p;
    loadSeed(&p);
    QUndoStack stack;
    const ObjectId ix = named(p, ObjectKind::Appliance, "HCX-IX-I1");
    const QByteArray before = ProjectWriter::toJson(p);
    const ChangeSet fix = Diagnoser().diagnose(p, Simulator::run(p)).first().fix.changes;

    QString error;
    QVERIFY(!ApplyChangeSet::push(&stack, &p, withFailingTail(fix, ix), "fix", &error));
    QCOMPARE(stack.count(), 0); // a failed change is no undo step
    QCOMPARE(ProjectWriter::toJson(p), before);

    QList<ObjectId> created;
    QVERIFY2(ApplyChangeSet::push(&stack, &p, fix, "fix", &error, &created), qPrintable(error));
    QCOMPARE(stack.count(), 1);
    const QByteArray fixed = ProjectWriter::toJson(p);
    QVERIFY(fixed != before);
    stack.undo();
    QCOMPARE(ProjectWriter::toJson(p), before);
    stack.redo();
    QCOMPARE(ProjectWriter::toJson(p), fixed);
    for (ObjectId id : std::as_const(created))
        QVERIFY(p.contains(id)); // the same ids after redo
}

QTEST_MAIN(TestChangeSet)
#include "tst_changeset.moc"
