// The canvas, the property editor and the validator give the same verdict on
// every pair of appliance types of the catalogue, on every combination of
// sides and in both orders (issue #11: one source of domain rules).
#include "Catalogue.h"
#include "Document.h"
#include "GraphController.h"
#include "MainWindow.h"
#include "MeshRules.h"
#include "Project.h"
#include "ProjectValidator.h"
#include "PropertyModel.h"

#include <QUndoStack>
#include <QtTest>

namespace {

struct Case
{
    QString typeA;
    bool sourceA;
    QString typeB;
    bool sourceB;
};

// The catalogue read independently of MeshRules: both types are deployed as
// pairs, each names the other as its peer type (itself when it names none),
// and one is on-premises while the other is in the cloud.
bool catalogueSaysPair(const Case &c)
{
    const Catalogue &cat = Catalogue::builtIn();
    const Catalogue::ApplianceType *a = cat.applianceType(c.typeA);
    const Catalogue::ApplianceType *b = cat.applianceType(c.typeB);
    if (!a || !b || !a->paired || !b->paired || c.sourceA == c.sourceB)
        return false;
    const QString peerOfA = a->peerType.isEmpty() ? a->key : a->peerType;
    const QString peerOfB = b->peerType.isEmpty() ? b->key : b->peerType;
    return peerOfA == b->key && peerOfB == a->key;
}

} // namespace

class TestPairing : public QObject
{
    Q_OBJECT
private slots:
    void sameVerdictEverywhere();
    void sentinelGatewayPairsWithDataReceiver();
};

void TestPairing::sameVerdictEverywhere()
{
    MainWindow window;
    Project *project = window.document()->project();
    QUndoStack *stack = window.document()->undoStack();
    const ObjectId onPrem = project->objects(ObjectKind::Site).value(0);
    const ObjectId cloud = project->objects(ObjectKind::Site).value(1);
    QCOMPARE(MeshRules::sideOf(*project, onPrem), MeshRules::Side::Source);
    QCOMPARE(MeshRules::sideOf(*project, cloud), MeshRules::Side::Destination);

    QStringList types;
    for (const Catalogue::ApplianceType &t : Catalogue::builtIn().applianceTypes())
        types.append(t.key);
    QVERIFY(types.size() >= 7);
    int cases = 0, pairs = 0;
    for (const QString &typeA : std::as_const(types)) {
        for (const QString &typeB : std::as_const(types)) {
            for (bool sourceA : {true, false}) {
                for (bool sourceB : {true, false}) {
                    const Case c{typeA, sourceA, typeB, sourceB};
                    const QString what = QStringLiteral("%1 (%2) with %3 (%4)")
                                             .arg(typeA, sourceA ? "on-prem" : "cloud", typeB,
                                                  sourceB ? "on-prem" : "cloud");
                    const bool expected = catalogueSaysPair(c);
                    const auto side = [](bool source) {
                        return source ? MeshRules::Side::Source : MeshRules::Side::Destination;
                    };
                    QVERIFY2(MeshRules::pairingProblem(typeA, side(sourceA), typeB, side(sourceB))
                                     .isEmpty()
                                 == expected,
                             qPrintable(what));
                    const ObjectId a = project->create(ObjectKind::Appliance,
                                                       sourceA ? onPrem : cloud,
                                                       {{Field::type, typeA}});
                    const ObjectId b = project->create(ObjectKind::Appliance,
                                                       sourceB ? onPrem : cloud,
                                                       {{Field::type, typeB}});
                    QVERIFY(a != NoId && b != NoId);
                    const int clean = stack->index();

                    // Canvas: drag from a to b (a cable when both are on one side).
                    window.graphs()->connectObjects(a, b);
                    const bool canvas = project->value(a, Field::peer).toUInt() == b
                                        && project->value(b, Field::peer).toUInt() == a;
                    while (stack->index() > clean)
                        stack->undo();
                    QCOMPARE(project->value(a, Field::peer).toUInt(), NoId);

                    // Property editor: choose b as a's peer.
                    PropertyModel editor(project);
                    editor.setObject(a);
                    const bool properties = editor.setData(
                        editor.index(editor.rowOf(Field::peer), PropertyModel::ValueColumn),
                        QVariant(b));

                    // Validator: a pair written into the project directly.
                    QVERIFY(project->setValue(a, Field::peer, b));
                    QVERIFY(project->setValue(b, Field::peer, a));
                    bool validator = true;
                    for (const ValidationIssue &issue : ProjectValidator::validate(*project)) {
                        if ((issue.id == a || issue.id == b) && issue.field == Field::peer)
                            validator = false;
                    }

                    QVERIFY2(canvas == expected, qPrintable(QStringLiteral("canvas: ") + what));
                    QVERIFY2(properties == expected,
                             qPrintable(QStringLiteral("property editor: ") + what));
                    QVERIFY2(validator == expected, qPrintable(QStringLiteral("validator: ") + what));
                    project->remove(a);
                    project->remove(b);
                    ++cases;
                    pairs += expected ? 1 : 0;
                }
            }
        }
    }
    QCOMPARE(cases, int(types.size() * types.size() * 4));
    // IX, NE, WO with themselves and SGW with SDR, each in two orders.
    QCOMPARE(pairs, 2 * 5);
}

void TestPairing::sentinelGatewayPairsWithDataReceiver()
{
    // The symptom that opened issue #11: the canvas refused SGW-SDR and took SGW-SGW.
    MainWindow window;
    Project *project = window.document()->project();
    const ObjectId onPrem = project->objects(ObjectKind::Site).value(0);
    const ObjectId cloud = project->objects(ObjectKind::Site).value(1);
    const ObjectId sgw = project->create(ObjectKind::Appliance, onPrem, {{Field::type, "SGW"}});
    const ObjectId sdr = project->create(ObjectKind::Appliance, cloud, {{Field::type, "SDR"}});
    const ObjectId sgw2 = project->create(ObjectKind::Appliance, cloud, {{Field::type, "SGW"}});
    QVERIFY(!window.graphs()->connectObjects(sgw, sgw2));
    QCOMPARE(project->value(sgw, Field::peer).toUInt(), NoId);
    QVERIFY(window.graphs()->connectObjects(sdr, sgw)); // either end may start the drag
    QCOMPARE(project->value(sgw, Field::peer).toUInt(), sdr);
    QCOMPARE(project->value(sdr, Field::peer).toUInt(), sgw);
    const ObjectId mesh = project->objects(ObjectKind::Mesh).value(0);
    QVERIFY(mesh != NoId);
    QCOMPARE(project->value(mesh, Field::services).toStringList(),
             QStringList{QStringLiteral("sentinel-gateway")});
    QCOMPARE(project->value(mesh, Field::pairs).toList(), QVariantList{sgw});
    project->remove(sgw2); // unpaired on purpose; its missing peer is not the point
    for (const ValidationIssue &issue : ProjectValidator::validate(*project))
        QVERIFY2(issue.field != Field::peer && issue.field != Field::services
                     && issue.field != Field::pairs,
                 qPrintable(ProjectValidator::format(*project, issue)));
}

QTEST_MAIN(TestPairing)
#include "tst_pairing.moc"
