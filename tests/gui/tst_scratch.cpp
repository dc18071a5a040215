// Designing from scratch without hidden steps (issue #13 part 5): what a user
// drops on empty canvas gets a site, and right-click menus offer what applies.
#include "Document.h"
#include "EditController.h"
#include "GraphContextMenu.h"
#include "GraphController.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "MeshGraphScene.h"
#include "MeshGraphView.h"
#include "ObjectSelection.h"
#include "Project.h"
#include "PropertyEditor.h"
#include "PropertyModel.h"
#include "ReplayBar.h"
#include "ReplayController.h"
#include "SimulationSession.h"
#include "SiteRegionItem.h"

#include <QLabel>
#include <QMenu>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

namespace {
QAction *actionNamed(QMenu *menu, const QString &text)
{
    for (QAction *a : menu->actions()) {
        if (a->text().remove(QLatin1Char('&')) == text)
            return a;
        if (a->menu())
            if (QAction *inner = actionNamed(a->menu(), text))
                return inner;
    }
    return nullptr;
}

// Saves a picture of the window (and a menu beside it) when MESHNAT_SHOTS names a folder.
void shot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("MESHNAT_SHOTS");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + name);
}
} // namespace

class TestScratch : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("MeshNAT-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_scratch"));
    }
    void dropOutsideEverySiteMakesASite();
    void contextMenusOfferWhatApplies();
    void nothingToReplayListsWhatIsMissing();
};

void TestScratch::dropOutsideEverySiteMakesASite()
{
    MainWindow window;
    window.resize(1280, 720);
    window.show();
    Project *project = window.document()->project();
    QUndoStack *stack = window.document()->undoStack();
    const int sites = int(project->objects(ObjectKind::Site).size());
    const QRectF all = window.graphView()->graphScene()->itemsBoundingRect();

    // A router dropped below everything: a new on-premises site holds it.
    const ObjectId router = window.graphs()->addElement(
        ObjectKind::Device, {{Field::kind, QStringLiteral("router")}}, NoId,
        QPointF(all.left() + 20, all.bottom() + 300));
    QVERIFY(router != NoId);
    const ObjectId site = project->parentOf(router);
    QCOMPARE(project->kind(site), ObjectKind::Site);
    QCOMPARE(project->text(site, Field::kind), QStringLiteral("on-prem"));
    QCOMPARE(int(project->objects(ObjectKind::Site).size()), sites + 1);
    stack->undo(); // one step: site and router go together
    QVERIFY(!project->contains(router));
    QCOMPARE(int(project->objects(ObjectKind::Site).size()), sites);

    // An IX dropped right of everything: a cloud site, named as HCX names responders.
    const ObjectId ix = window.graphs()->addElement(
        ObjectKind::Appliance, {{Field::type, QStringLiteral("IX")}}, NoId,
        QPointF(all.right() + 400, all.center().y()));
    QVERIFY(ix != NoId);
    QCOMPARE(project->text(project->parentOf(ix), Field::kind), QStringLiteral("cloud-sddc"));
    QCOMPARE(project->name(ix), QStringLiteral("HCX-IX-R1"));
}

void TestScratch::contextMenusOfferWhatApplies()
{
    MainWindow window;
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Project *project = window.document()->project();
    GraphContextMenu *menus = window.graphMenus();
    const ObjectId onPrem = project->objects(ObjectKind::Site).value(0);
    const ObjectId cloud = project->objects(ObjectKind::Site).value(1);
    MeshGraphScene *scene = window.graphView()->graphScene();

    // Empty canvas: add a site where the user clicked.
    std::unique_ptr<QMenu> canvas(menus->menuFor(NoId, QPointF(-900, 900)));
    QAction *addInternet = actionNamed(canvas.get(), QStringLiteral("Add Internet / transit Site Here"));
    QVERIFY(addInternet);
    addInternet->trigger();
    QCOMPARE(project->objects(ObjectKind::Site).size(), 3);

    // A site: a router there.
    const QPointF inside = scene->regionItem(onPrem)->rect().center();
    std::unique_ptr<QMenu> siteMenu(menus->menuFor(onPrem, inside));
    actionNamed(siteMenu.get(), QStringLiteral("Add NAT Router Here"))->trigger();
    const ObjectId router = project->objects(ObjectKind::Device).value(0);
    QCOMPARE(project->parentOf(router), onPrem);

    // A router: its parts (the click selects it first).
    window.selection()->setCurrent(router);
    std::unique_ptr<QMenu> routerMenu(menus->menuFor(router, inside));
    QVERIFY(routerMenu->actions().contains(window.edits()->addAction(ObjectKind::Rule)));
    window.edits()->addAction(ObjectKind::Interface)->trigger();
    QCOMPARE(project->kind(project->children(router).value(0)), ObjectKind::Interface);

    // Appliances: "Pair With" lists only what the pairing rule allows.
    const ObjectId ix = window.graphs()->addElement(ObjectKind::Appliance,
                                                    {{Field::type, QStringLiteral("IX")}}, onPrem,
                                                    inside + QPointF(0, 80));
    const ObjectId cloudIx = window.graphs()->addElement(
        ObjectKind::Appliance, {{Field::type, QStringLiteral("IX")}}, cloud,
        scene->regionItem(cloud)->rect().center());
    const ObjectId cloudNe = window.graphs()->addElement(
        ObjectKind::Appliance, {{Field::type, QStringLiteral("NE")}}, cloud,
        scene->regionItem(cloud)->rect().center() + QPointF(0, 80));
    std::unique_ptr<QMenu> ixMenu(menus->menuFor(ix, inside));
    QVERIFY(!actionNamed(ixMenu.get(), project->name(cloudNe)));
    QAction *pair = actionNamed(ixMenu.get(), project->name(cloudIx));
    QVERIFY(pair);
    QVERIFY(!actionNamed(ixMenu.get(), QStringLiteral("Unpair"))->isEnabled());
    shot(&window, QStringLiteral("scratch-topology.png"));
    shot(ixMenu.get(), QStringLiteral("scratch-appliance-menu.png"));
    pair->trigger();
    QCOMPARE(project->value(ix, Field::peer).toUInt(), cloudIx);
    std::unique_ptr<QMenu> paired(menus->menuFor(ix, inside));
    QAction *unpair = actionNamed(paired.get(), QStringLiteral("Unpair"));
    QVERIFY(unpair->isEnabled());
    unpair->trigger();
    QCOMPARE(project->value(ix, Field::peer).toUInt(), NoId);
    QCOMPARE(project->value(cloudIx, Field::peer).toUInt(), NoId);
}

void TestScratch::nothingToReplayListsWhatIsMissing()
{
    MainWindow window;
    window.show();
    Project *project = window.document()->project();
    SimulationSession *session = window.document()->simulation();
    ReplayBar *bar = window.replay()->replayBar();
    session->rerun();
    QVERIFY(bar->missingLabel()->isVisibleTo(&window));
    QVERIFY2(bar->missingLabel()->text().contains(QStringLiteral("a pair of HCX appliances")),
             qPrintable(bar->missingLabel()->text()));

    // A pair without addresses: the line names both uplinks and links to them.
    const ObjectId onPrem = project->objects(ObjectKind::Site).value(0);
    const ObjectId cloud = project->objects(ObjectKind::Site).value(1);
    const ObjectId ix = window.graphs()->addElement(
        ObjectKind::Appliance, {{Field::type, QStringLiteral("IX")}}, onPrem, QPointF(), false);
    const ObjectId peer = window.graphs()->addElement(
        ObjectKind::Appliance, {{Field::type, QStringLiteral("IX")}}, cloud, QPointF(), false);
    QVERIFY(window.graphs()->connectObjects(ix, peer));
    session->rerun();
    const QString text = bar->missingLabel()->text();
    QVERIFY2(text.contains(QStringLiteral("uplink IP of HCX-IX-I1"))
                 && text.contains(QStringLiteral("uplink IP of HCX-IX-R1")),
             qPrintable(text));
    window.selection()->clear();
    emit bar->missingLabel()->linkActivated(QStringLiteral("object:%1:uplinkIp").arg(ix));
    QCOMPARE(window.selection()->current(), ix);
    QCOMPARE(window.propertyEditor()->tableView()->currentIndex().row(),
             window.propertyEditor()->propertyModel()->rowOf(Field::uplinkIp));

    // With addresses but no router in front: the NAT device is what is missing.
    QVERIFY(project->setValue(ix, Field::uplinkIp, QStringLiteral("192.19.72.202")));
    QVERIFY(project->setValue(peer, Field::uplinkIp, QStringLiteral("203.0.113.10")));
    session->rerun();
    if (session->stepCount() == 0)
        QVERIFY2(bar->missingLabel()->text().contains(QStringLiteral("NAT device")),
                 qPrintable(bar->missingLabel()->text()));
}

QTEST_MAIN(TestScratch)
#include "tst_scratch.moc"
