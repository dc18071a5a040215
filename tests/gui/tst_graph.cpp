// The Service Mesh graph editor in the real main window, offscreen: palette
// drops, connecting and pairing, deleting, dragging, renaming in place, copy
// and paste, selection sync both ways, tunnel colours and the replay overlay,
// and the initial placement of projects without positions.

#include "Document.h"
#include "EdgeItem.h"
#include "EdgeLayer.h"
#include "EditController.h"
#include "FileController.h"
#include "GraphActions.h"
#include "GraphController.h"
#include "MainWindow.h"
#include "MeshGraphLayout.h"
#include "MeshGraphScene.h"
#include "MeshGraphView.h"
#include "MiniMapView.h"
#include "NodeItem.h"
#include "ObjectSelection.h"
#include "PaletteWidget.h"
#include "Project.h"
#include "ProjectWriter.h"
#include "PropertyEditor.h"
#include "SimulationOverlay.h"
#include "SimulationSession.h"
#include "SiteRegionItem.h"
#include "../bench/SyntheticProject.h"
#include "TopologyTreeView.h"

#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

class TestGraph : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void paletteDropCreatesElementAndUndoRemovesIt();
    void paletteDropOutsideSitesMakesASite();
    void connectingTwoAppliancesPairsThem();
    void connectingDeviceAndSiteAddsLink();
    void deletingDeviceRemovesItsLinks();
    void deletingTunnelEdgeUnpairs();
    void multiSelectionDeletesInOneStep();
    void dragIsOneUndoStep();
    void dragOntoAnotherSiteMovesThere();
    void renameInPlace();
    void copyAndPaste();
    void selectionSyncsBothWays();
    void tunnelEdgesFollowReplay();
    void importedProjectIsPlacedWithoutUndoStep();
    void autoLayoutIsOneStep();
    void zoomShortcutsAndFit();
    void overviewFollowsStatesSelectionAndMoves();
    void edgeImageShowsWhatEdgesDraw();
    void edgeImageInBandsShowsWhatEdgesDraw();
    void edgeImageAfterAnotherProject();

private:
    Project *project() const { return m_window->document()->project(); }
    QUndoStack *stack() const { return m_window->document()->undoStack(); }
    // The main window's canvas, or one on its own (m_view) where a test needs
    // a viewport whose size nothing else changes.
    MeshGraphView *view() const { return m_view ? m_view : m_window->graphView(); }
    MeshGraphScene *scene() const { return view()->graphScene(); }
    QPoint viewPoint(const QPointF &scenePos) const { return view()->mapFromScene(scenePos); }
    ObjectId named(ObjectKind kind, const QString &name) const
    {
        return project()->findByName(kind, name);
    }
    void dropPaletteEntry(int entry, const QPointF &scenePos);
    void dragMouse(const QPointF &from, const QPointF &to, Qt::KeyboardModifiers mods = {});
    int paletteEntry(ObjectKind kind, const QString &key) const;
    void sameAsWithout(const char *when);

    MainWindow *m_window = nullptr;
    MeshGraphView *m_view = nullptr;
};

void TestGraph::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("MeshNAT-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_graph"));
}

void TestGraph::init()
{
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(m_window->files()->openExample(QStringLiteral("seed-incident")));
    view()->fitToView();
    QCoreApplication::processEvents();
}

void TestGraph::cleanup()
{
    m_window->document()->undoStack()->setClean();
    delete m_window;
    m_window = nullptr;
}

int TestGraph::paletteEntry(ObjectKind kind, const QString &key) const
{
    const QList<PaletteWidget::Entry> &entries = PaletteWidget::entries();
    for (int i = 0; i < entries.size(); ++i) {
        if (entries[i].kind == kind && entries[i].values.values().contains(key))
            return i;
    }
    return -1;
}

void TestGraph::dropPaletteEntry(int entry, const QPointF &scenePos)
{
    PaletteWidget *palette = m_window->graphActions()->palette();
    // The payload the palette's own drag carries.
    std::unique_ptr<QMimeData> mime(palette->mimeData({palette->entryItem(entry)}));
    QVERIFY(mime);
    const QPoint at = viewPoint(scenePos);
    QWidget *target = view()->viewport();
    QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    QDragMoveEvent move(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &move);
    QDropEvent drop(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &drop);
}

void TestGraph::dragMouse(const QPointF &from, const QPointF &to, Qt::KeyboardModifiers mods)
{
    QWidget *vp = view()->viewport();
    const QPoint a = viewPoint(from);
    const QPoint b = viewPoint(to);
    QTest::mousePress(vp, Qt::LeftButton, mods, a);
    for (int i = 1; i <= 5; ++i)
        QTest::mouseMove(vp, a + (b - a) * i / 5);
    QTest::mouseRelease(vp, Qt::LeftButton, mods, b);
}

void TestGraph::paletteDropCreatesElementAndUndoRemovesIt()
{
    const ObjectId site = named(ObjectKind::Site, QStringLiteral("On-premises DC"));
    const QRectF region = scene()->regionItem(site)->rect();
    const QPointF at(region.left() + 60, region.bottom() - 20);
    const int before = stack()->count();
    const int appliances = int(project()->objects(ObjectKind::Appliance).size());
    dropPaletteEntry(paletteEntry(ObjectKind::Appliance, QStringLiteral("WO")), at);

    QCOMPARE(int(project()->objects(ObjectKind::Appliance).size()), appliances + 1);
    const ObjectId added = project()->objects(ObjectKind::Appliance).last();
    QCOMPARE(project()->parentOf(added), site);
    QCOMPARE(project()->text(added, Field::type), QStringLiteral("WO"));
    QCOMPARE(project()->name(added), QStringLiteral("HCX-WO-I1"));
    QVERIFY(QLineF(project()->value(added, Field::position).toPointF(), at).length() < 2);
    QCOMPARE(stack()->count(), before + 1);
    QVERIFY(scene()->nodeItem(added));
    QCOMPARE(m_window->selection()->current(), added);
    // The site grows around its new member.
    QVERIFY(scene()->regionItem(site)->rect().contains(scene()->boxOf(added)));

    stack()->undo();
    QVERIFY(!project()->contains(added));
    QVERIFY(!scene()->nodeItem(added));
    QCOMPARE(int(project()->objects(ObjectKind::Appliance).size()), appliances);

    // A site dropped on empty canvas.
    const int sites = int(project()->objects(ObjectKind::Site).size());
    dropPaletteEntry(paletteEntry(ObjectKind::Site, QStringLiteral("home-lab")),
                     scene()->itemsBoundingRect().bottomLeft() + QPointF(100, 200));
    QCOMPARE(int(project()->objects(ObjectKind::Site).size()), sites + 1);
    const ObjectId lab = project()->objects(ObjectKind::Site).last();
    QCOMPARE(project()->text(lab, Field::kind), QStringLiteral("home-lab"));
    QVERIFY(scene()->regionItem(lab));
}

void TestGraph::paletteDropOutsideSitesMakesASite()
{
    // Dropped on empty canvas, a router is not silently refused: it gets a
    // site of its own, in the same undo step (issue #13).
    const int devices = int(project()->objects(ObjectKind::Device).size());
    const int sites = int(project()->objects(ObjectKind::Site).size());
    const int before = stack()->count();
    dropPaletteEntry(paletteEntry(ObjectKind::Device, QStringLiteral("router")),
                     scene()->itemsBoundingRect().bottomRight() + QPointF(300, 300));
    QCOMPARE(int(project()->objects(ObjectKind::Device).size()), devices + 1);
    QCOMPARE(int(project()->objects(ObjectKind::Site).size()), sites + 1);
    QCOMPARE(stack()->count(), before + 1);
    stack()->undo();
    QCOMPARE(int(project()->objects(ObjectKind::Device).size()), devices);
    QCOMPARE(int(project()->objects(ObjectKind::Site).size()), sites);
}

void TestGraph::connectingTwoAppliancesPairsThem()
{
    GraphController *graphs = m_window->graphs();
    const ObjectId onPrem = named(ObjectKind::Site, QStringLiteral("On-premises DC"));
    const ObjectId cloud = named(ObjectKind::Site, QStringLiteral("VMware Cloud on AWS SDDC"));
    const FieldValues wo{{Field::type, QStringLiteral("WO")}};
    const ObjectId local = graphs->addElement(ObjectKind::Appliance, wo, onPrem,
                                              scene()->regionItem(onPrem)->rect().bottomLeft()
                                                  + QPointF(120, 60));
    const ObjectId remote = graphs->addElement(ObjectKind::Appliance, wo, cloud,
                                               scene()->regionItem(cloud)->rect().bottomLeft()
                                                   + QPointF(120, 60));
    QVERIFY(local && remote);
    view()->fitToView();
    QCoreApplication::processEvents();
    const int before = stack()->count();
    const int meshes = int(project()->objects(ObjectKind::Mesh).size());

    // Drag from the connection handle of one to the other, as a user does.
    dragMouse(scene()->nodeItem(local)->handleScenePos(), scene()->nodeItem(remote)->pos());

    QCOMPARE(project()->value(local, Field::peer).toUInt(), remote);
    QCOMPARE(project()->value(remote, Field::peer).toUInt(), local);
    QCOMPARE(stack()->count(), before + 1);
    // It joined the existing mesh between the two sites and its service.
    QCOMPARE(int(project()->objects(ObjectKind::Mesh).size()), meshes);
    const ObjectId mesh = project()->objects(ObjectKind::Mesh).first();
    QVERIFY(project()->value(mesh, Field::pairs).toList().contains(QVariant(local)));
    QVERIFY(project()->value(mesh, Field::services)
                .toStringList()
                .contains(QStringLiteral("wan-optimization")));
    QVERIFY(scene()->pairItem(local, remote));
    QCOMPARE(scene()->pairItem(local, remote)->id(), local); // named after the source side

    stack()->undo();
    QCOMPARE(project()->value(local, Field::peer).toUInt(), NoId);
    QCOMPARE(project()->value(remote, Field::peer).toUInt(), NoId);
    QVERIFY(!project()->value(mesh, Field::pairs).toList().contains(QVariant(local)));
    QVERIFY(!scene()->pairItem(local, remote));

    // An IX does not pair with an NE: refused, nothing pushed.
    const ObjectId ix = named(ObjectKind::Appliance, QStringLiteral("HCX-IX-I1"));
    const ObjectId ne = named(ObjectKind::Appliance, QStringLiteral("HCX-NE-R1"));
    const int count = stack()->count();
    QVERIFY(!graphs->connectObjects(ix, ne));
    QCOMPARE(stack()->count(), count);

    // Re-pairing moves a partner: IX-I1 with a new cloud IX releases IX-R1.
    const FieldValues ixType{{Field::type, QStringLiteral("IX")}};
    const ObjectId ix2 = graphs->addElement(ObjectKind::Appliance, ixType, cloud,
                                            scene()->regionItem(cloud)->rect().bottomRight()
                                                + QPointF(-120, 60));
    const ObjectId oldPeer = named(ObjectKind::Appliance, QStringLiteral("HCX-IX-R1"));
    QVERIFY(graphs->connectObjects(ix2, ix)); // either direction
    QCOMPARE(project()->value(ix, Field::peer).toUInt(), ix2);
    QCOMPARE(project()->value(oldPeer, Field::peer).toUInt(), NoId);
    stack()->undo();
    QCOMPARE(project()->value(ix, Field::peer).toUInt(), oldPeer);
    QCOMPARE(project()->value(oldPeer, Field::peer).toUInt(), ix);
}

void TestGraph::connectingDeviceAndSiteAddsLink()
{
    const ObjectId router = project()->objects(ObjectKind::Device).first();
    const ObjectId cloud = named(ObjectKind::Site, QStringLiteral("VMware Cloud on AWS SDDC"));
    const int links = int(project()->objects(ObjectKind::Link).size());
    // Alt-drag from anywhere on the node.
    dragMouse(scene()->nodeItem(router)->pos(),
              scene()->regionItem(cloud)->rect().topLeft() + QPointF(10, 10), Qt::AltModifier);
    QCOMPARE(int(project()->objects(ObjectKind::Link).size()), links + 1);
    const ObjectId link = project()->objects(ObjectKind::Link).last();
    QCOMPARE(project()->value(link, Field::a).toUInt(), router);
    QCOMPARE(project()->value(link, Field::b).toUInt(), cloud);
    QVERIFY(scene()->linkItem(link));
    // The same connection again is refused.
    QVERIFY(!m_window->graphs()->connectObjects(cloud, router));
    QCOMPARE(int(project()->objects(ObjectKind::Link).size()), links + 1);
}

void TestGraph::deletingDeviceRemovesItsLinks()
{
    const ObjectId router = project()->objects(ObjectKind::Device).first();
    QList<ObjectId> links;
    for (ObjectId link : project()->objects(ObjectKind::Link)) {
        if (project()->value(link, Field::a).toUInt() == router
            || project()->value(link, Field::b).toUInt() == router)
            links.append(link);
    }
    QCOMPARE(links.size(), 4);
    scene()->nodeItem(router)->setSelected(true);
    view()->setFocus();
    const int before = stack()->count();
    QTest::keyClick(view(), Qt::Key_Delete);
    QVERIFY(!project()->contains(router));
    QCOMPARE(stack()->count(), before + 1);
    for (ObjectId link : links) {
        QVERIFY(!project()->contains(link));
        QVERIFY(!scene()->linkItem(link));
    }
    QVERIFY(!scene()->nodeItem(router));
    stack()->undo();
    QVERIFY(project()->contains(router));
    for (ObjectId link : links)
        QVERIFY(scene()->linkItem(link));
}

void TestGraph::deletingTunnelEdgeUnpairs()
{
    const ObjectId ix = named(ObjectKind::Appliance, QStringLiteral("HCX-IX-I1"));
    const ObjectId peer = project()->value(ix, Field::peer).toUInt();
    EdgeItem *edge = scene()->pairItem(ix, peer);
    QVERIFY(edge);
    edge->setSelected(true);
    QVERIFY(m_window->graphs()->deleteSelection());
    // Both appliances stay; only the pairing goes.
    QVERIFY(project()->contains(ix) && project()->contains(peer));
    QCOMPARE(project()->value(ix, Field::peer).toUInt(), NoId);
    QCOMPARE(project()->value(peer, Field::peer).toUInt(), NoId);
    QVERIFY(!scene()->pairItem(ix, peer));
    stack()->undo();
    QCOMPARE(project()->value(ix, Field::peer).toUInt(), peer);
    QVERIFY(scene()->pairItem(ix, peer));
}

void TestGraph::multiSelectionDeletesInOneStep()
{
    const ObjectId a = named(ObjectKind::Appliance, QStringLiteral("HCX-IX-I1"));
    const ObjectId b = named(ObjectKind::Appliance, QStringLiteral("HCX-NE-I1"));
    // Ctrl+click builds the selection.
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, viewPoint(scene()->nodeItem(a)->pos()));
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, Qt::ControlModifier,
                      viewPoint(scene()->nodeItem(b)->pos()));
    QCOMPARE(scene()->selectedObjects().size(), 2);
    const int before = stack()->count();
    QVERIFY(m_window->graphs()->deleteSelection());
    QVERIFY(!project()->contains(a) && !project()->contains(b));
    QCOMPARE(stack()->count(), before + 1);
    stack()->undo();
    QVERIFY(project()->contains(a) && project()->contains(b));
}

void TestGraph::dragIsOneUndoStep()
{
    const ObjectId ne = named(ObjectKind::Appliance, QStringLiteral("HCX-NE-I1"));
    const ObjectId ix = named(ObjectKind::Appliance, QStringLiteral("HCX-IX-I1"));
    const QPointF neStart = project()->value(ne, Field::position).toPointF();
    const QPointF ixStart = project()->value(ix, Field::position).toPointF();
    scene()->nodeItem(ne)->setSelected(true);
    scene()->nodeItem(ix)->setSelected(true);
    const int before = stack()->count();
    dragMouse(scene()->nodeItem(ne)->pos(), scene()->nodeItem(ne)->pos() + QPointF(0, 60));
    const QPointF moved = project()->value(ne, Field::position).toPointF() - neStart;
    QVERIFY2(qAbs(moved.y() - 60) < 4 && qAbs(moved.x()) < 4,
             qPrintable(QStringLiteral("%1,%2").arg(moved.x()).arg(moved.y())));
    // Both selected nodes moved, in one step.
    QCOMPARE(project()->value(ix, Field::position).toPointF() - ixStart, moved);
    QCOMPARE(stack()->count(), before + 1);
    QCOMPARE(scene()->nodeItem(ne)->pos(), project()->value(ne, Field::position).toPointF());
    stack()->undo();
    QCOMPARE(project()->value(ne, Field::position).toPointF(), neStart);
    QCOMPARE(project()->value(ix, Field::position).toPointF(), ixStart);
    QCOMPARE(scene()->nodeItem(ne)->pos(), neStart);

    // A click without movement is no step.
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, viewPoint(scene()->nodeItem(ne)->pos()));
    QCOMPARE(stack()->index(), before);
}

void TestGraph::dragOntoAnotherSiteMovesThere()
{
    const ObjectId connector = named(ObjectKind::Appliance, QStringLiteral("HCX Connector"));
    const ObjectId internet = named(ObjectKind::Site, QStringLiteral("Internet"));
    const ObjectId home = project()->parentOf(connector);
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, {},
                      viewPoint(scene()->nodeItem(connector)->pos()));
    const int before = stack()->count();
    // Only after resting over the site until it says "Move to Internet".
    QWidget *vp = view()->viewport();
    const QPoint a = viewPoint(scene()->nodeItem(connector)->pos());
    const QPoint b = viewPoint(scene()->regionItem(internet)->rect().center());
    QTest::mousePress(vp, Qt::LeftButton, {}, a);
    for (int i = 1; i <= 5; ++i)
        QTest::mouseMove(vp, a + (b - a) * i / 5);
    QTRY_VERIFY(scene()->regionItem(internet)->isDropTarget());
    QVERIFY(scene()->regionItem(internet)->dropCaption().contains(QStringLiteral("Internet")));
    QTest::mouseRelease(vp, Qt::LeftButton, {}, b);
    QCOMPARE(project()->parentOf(connector), internet);
    QCOMPARE(stack()->count(), before + 1);
    QVERIFY(scene()->nodeItem(connector));
    QCOMPARE(m_window->selection()->current(), connector);
    stack()->undo();
    QCOMPARE(project()->parentOf(connector), home);
}

void TestGraph::renameInPlace()
{
    const ObjectId router = project()->objects(ObjectKind::Device).first();
    scene()->nodeItem(router)->setSelected(true);
    view()->setFocus();
    m_window->graphActions()->renameAction()->trigger();
    QLineEdit *editor = view()->renameEditor();
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("Customer edge router"));
    editor->setText(QStringLiteral("顧客エッジルーター"));
    const int before = stack()->count();
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(project()->name(router), QStringLiteral("顧客エッジルーター"));
    QCOMPARE(scene()->nodeItem(router)->title(), QStringLiteral("顧客エッジルーター"));
    QCOMPARE(stack()->count(), before + 1);
    stack()->undo();
    QCOMPARE(project()->name(router), QStringLiteral("Customer edge router"));

    // Escape cancels; an empty name is refused.
    QVERIFY(view()->startRename(router));
    view()->renameEditor()->setText(QStringLiteral("X"));
    QTest::keyClick(view()->renameEditor(), Qt::Key_Escape);
    QCOMPARE(project()->name(router), QStringLiteral("Customer edge router"));
    QVERIFY(!m_window->graphs()->renameObject(router, QString()));
    QCOMPARE(stack()->index(), before);
}

void TestGraph::copyAndPaste()
{
    const ObjectId router = project()->objects(ObjectKind::Device).first();
    const ObjectId site = project()->parentOf(router);
    scene()->nodeItem(router)->setSelected(true);
    GraphController *graphs = m_window->graphs();
    QVERIFY(graphs->copySelection());
    const int before = stack()->count();
    const QList<ObjectId> pasted = graphs->paste();
    QCOMPARE(pasted.size(), 1);
    QCOMPARE(stack()->count(), before + 1);
    const ObjectId copy = pasted.first();
    QCOMPARE(project()->kind(copy), ObjectKind::Device);
    QCOMPARE(project()->parentOf(copy), site);
    QVERIFY(project()->name(copy) != project()->name(router));
    // Its interfaces, ACL, rule and background traffic came along.
    QCOMPARE(project()->children(copy).size(), project()->children(router).size());
    QCOMPARE(project()->value(copy, Field::position).toPointF(),
             project()->value(router, Field::position).toPointF() + QPointF(40, 40));
    QVERIFY(scene()->nodeItem(copy)->isSelected());
    stack()->undo();
    QVERIFY(!project()->contains(copy));

    // A pair copied together stays a pair (with each other, not the originals).
    const ObjectId ix = named(ObjectKind::Appliance, QStringLiteral("HCX-IX-I1"));
    const ObjectId peer = project()->value(ix, Field::peer).toUInt();
    scene()->selectObjects({ix, peer});
    QVERIFY(graphs->copySelection());
    m_window->selection()->clear();
    const QList<ObjectId> two = graphs->paste();
    QCOMPARE(two.size(), 2);
    QCOMPARE(project()->value(two[0], Field::peer).toUInt(), two[1]);
    QCOMPARE(project()->value(two[1], Field::peer).toUInt(), two[0]);
    QCOMPARE(project()->value(ix, Field::peer).toUInt(), peer);
    stack()->undo();
    QVERIFY(!project()->contains(two[0]) && !project()->contains(two[1]));
    stack()->redo(); // the same ids come back, still paired with each other
    QVERIFY(project()->contains(two[0]) && project()->contains(two[1]));
    QCOMPARE(project()->value(two[0], Field::peer).toUInt(), two[1]);
}

void TestGraph::selectionSyncsBothWays()
{
    const ObjectId ne = named(ObjectKind::Appliance, QStringLiteral("HCX-NE-R1"));
    // Graph click -> shared selection -> tree and properties.
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, viewPoint(scene()->nodeItem(ne)->pos()));
    QCOMPARE(m_window->selection()->current(), ne);
    QCOMPARE(m_window->treeView()->currentObject(), ne);
    QCOMPARE(m_window->propertyEditor()->object(), ne);
    // Tree -> graph.
    const ObjectId router = project()->objects(ObjectKind::Device).first();
    m_window->treeView()->setCurrentObject(router);
    emit m_window->treeView()->currentObjectChanged(router);
    QCOMPARE(m_window->selection()->current(), router);
    QVERIFY(scene()->nodeItem(router)->isSelected());
    QVERIFY(!scene()->nodeItem(ne)->isSelected());
    // An interface selects its device's node.
    const ObjectId iface = project()->children(router).first();
    m_window->selection()->setCurrent(iface);
    QVERIFY(scene()->nodeItem(router)->isSelected());
    // Clicking empty canvas clears it everywhere.
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, {},
                      viewPoint(scene()->itemsBoundingRect().bottomRight() + QPointF(8, 8)));
    QCOMPARE(m_window->selection()->current(), NoId);
}

void TestGraph::tunnelEdgesFollowReplay()
{
    SimulationSession *session = m_window->document()->simulation();
    session->rerun();
    session->toEnd();
    const ObjectId ix = named(ObjectKind::Appliance, QStringLiteral("HCX-IX-I1"));
    const ObjectId ne = named(ObjectKind::Appliance, QStringLiteral("HCX-NE-I1"));
    EdgeItem *ixEdge = scene()->pairItem(ix, project()->value(ix, Field::peer).toUInt());
    EdgeItem *neEdge = scene()->pairItem(ne, project()->value(ne, Field::peer).toUInt());
    QCOMPARE(ixEdge->state(), EdgeItem::Down);
    QCOMPARE(neEdge->state(), EdgeItem::Up);
    QVERIFY(ixEdge->toolTip().contains(QStringLiteral("Down")));
    QVERIFY(ixEdge->toolTip().contains(QStringLiteral("expects-4500")));
    QCOMPARE(scene()->nodeItem(ix)->statusColour(), EdgeItem::colour(EdgeItem::Down, scene()->palette()));
    QVERIFY(scene()->nodeItem(ix)->toolTip().contains(QStringLiteral("Down")));

    // Before anything happened both are grey.
    session->toStart();
    QCOMPARE(ixEdge->state(), EdgeItem::Grey);
    QCOMPARE(neEdge->state(), EdgeItem::Grey);

    // A step where the router translates: it is highlighted, a packet travels.
    const auto result = session->result();
    int step = -1;
    for (int i = 0; i < int(result->events.size()) && step < 0; ++i) {
        const SimEvent &e = result->events[size_t(i)];
        if (e.type == SimEvent::TranslationCreated && e.tunnel >= 0)
            step = i;
    }
    QVERIFY(step >= 0);
    QTest::qWait(250); // not "stepping fast"
    session->seek(step);
    const ObjectId router = project()->objects(ObjectKind::Device).first();
    QCOMPARE(scene()->overlay()->highlightedDevice(), router);
    QVERIFY(scene()->nodeItem(router)->isHighlighted());
    QCOMPARE(scene()->overlay()->packetPath().size(), 2);
    QCOMPARE(scene()->overlay()->packetPath().first(), scene()->nodeItem(router)->pos());
    QVERIFY(scene()->overlay()->isAnimating());
    // Stepping fast: no animation.
    session->stepForward();
    session->stepForward();
    QVERIFY(!scene()->overlay()->isAnimating());

    // An edit re-simulates: deleting the NE makes the IX keep 4500 and come Up.
    session->toEnd();
    m_window->selection()->setCurrent(ne);
    m_window->edits()->deleteAction()->trigger();
    QTRY_COMPARE(ixEdge->state(), EdgeItem::Up);
}

void TestGraph::importedProjectIsPlacedWithoutUndoStep()
{
    // The example without any positions, as an import would produce it.
    Project copy;
    copy.replaceWith(*project());
    for (ObjectKind kind : {ObjectKind::Site, ObjectKind::Device, ObjectKind::Appliance}) {
        for (ObjectId id : copy.objects(kind))
            copy.setValue(id, Field::position, QPointF());
    }
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("imported.meshnat"));
    ProjectWriter writer;
    QVERIFY(writer.write(copy, file));
    QVERIFY(m_window->files()->openFile(file));
    QCOMPARE(stack()->count(), 0);
    QVERIFY(!m_window->document()->isModified());
    QList<QRectF> boxes;
    for (ObjectKind kind : {ObjectKind::Device, ObjectKind::Appliance}) {
        for (ObjectId id : project()->objects(kind)) {
            QVERIFY(MeshGraphLayout::isPlaced(*project(), id));
            QCOMPARE(scene()->nodeItem(id)->pos(),
                     project()->value(id, Field::position).toPointF());
            boxes.append(scene()->boxOf(id));
        }
    }
    for (int i = 0; i < boxes.size(); ++i) {
        for (int j = i + 1; j < boxes.size(); ++j)
            QVERIFY2(!boxes[i].intersects(boxes[j]), "nodes overlap");
    }
    // On-premises left of the internet, the internet left of the cloud.
    const auto siteX = [this](const QString &name) {
        return scene()->regionItem(named(ObjectKind::Site, name))->rect().center().x();
    };
    QVERIFY(siteX(QStringLiteral("On-premises DC")) < siteX(QStringLiteral("Internet")));
    QVERIFY(siteX(QStringLiteral("Internet")) < siteX(QStringLiteral("VMware Cloud on AWS SDDC")));
    // Pairs line up.
    const ObjectId ix = named(ObjectKind::Appliance, QStringLiteral("HCX-IX-I1"));
    const ObjectId peer = project()->value(ix, Field::peer).toUInt();
    QCOMPARE(scene()->nodeItem(ix)->pos().y(), scene()->nodeItem(peer)->pos().y());

    // A node added from the menu (no position) is placed below its site's members.
    const ObjectId site = named(ObjectKind::Site, QStringLiteral("On-premises DC"));
    m_window->selection()->setCurrent(site);
    const ObjectId added = m_window->edits()->add(ObjectKind::Appliance);
    QVERIFY(added);
    QVERIFY(scene()->nodeItem(added));
    for (const QRectF &box : std::as_const(boxes))
        QVERIFY(!box.intersects(scene()->boxOf(added)));
    QVERIFY(scene()->regionItem(site)->rect().contains(scene()->boxOf(added)));
}

void TestGraph::autoLayoutIsOneStep()
{
    const int before = stack()->count();
    QVERIFY(m_window->graphs()->autoLayout());
    QCOMPARE(stack()->count(), before + 1);
    QVERIFY(!m_window->graphs()->autoLayout()); // already laid out: nothing to do
    QCOMPARE(stack()->count(), before + 1);
    stack()->undo();
    QCOMPARE(project()->value(project()->objects(ObjectKind::Device).first(),
                              Field::position)
                 .toPointF(),
             QPointF(-150, 0));
}

void TestGraph::zoomShortcutsAndFit()
{
    view()->setFocus();
    const qreal start = view()->zoom();
    QTest::keyClick(m_window, Qt::Key_Equal, Qt::ControlModifier);
    QVERIFY(view()->zoom() > start);
    QTest::keyClick(m_window, Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(m_window, Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(view()->zoom() < start);
    QTest::keyClick(m_window, Qt::Key_0, Qt::ControlModifier);
    const QRectF visible = view()->mapToScene(view()->viewport()->rect()).boundingRect();
    QVERIFY(visible.adjusted(-2, -2, 2, 2).contains(scene()->itemsBoundingRect()));
    // The wheel zooms too.
    const qreal fitted = view()->zoom();
    QWheelEvent wheel(QPointF(100, 100), view()->viewport()->mapToGlobal(QPointF(100, 100)),
                      QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase,
                      false);
    QCoreApplication::sendEvent(view()->viewport(), &wheel);
    QVERIFY(view()->zoom() > fitted);
}

void TestGraph::overviewFollowsStatesSelectionAndMoves()
{
    // Zoomed in, the drawing does not fit: the overview shows all of it, and
    // must show what changed in it (tunnel states, selection, a moved node)
    // a moment later, not the drawing as it was.
    SimulationSession *session = m_window->document()->simulation();
    session->rerun();
    session->toStart();
    for (int i = 0; i < 5; ++i)
        view()->zoomIn(); // as the user does: the view no longer fits itself to the window
    MiniMapView *overview = view()->overview();
    QTRY_VERIFY(overview->isVisible());
    const auto shown = [overview] {
        QTest::qWait(400); // the overview re-renders 150 ms after the last change
        return overview->grab().toImage();
    };
    const QImage start = shown();

    session->toEnd(); // the IX tunnel goes Down: red line, badge and status dots
    const QImage down = shown();

    QVERIFY(down != start);

    const ObjectId ix = named(ObjectKind::Appliance, QStringLiteral("HCX-IX-I1"));
    scene()->nodeItem(ix)->setSelected(true);
    const QImage selected = shown();
    QVERIFY(selected != down);

    const ObjectId router = project()->objects(ObjectKind::Device).first();
    project()->setValue(router, Field::position,
                        scene()->nodeItem(router)->pos() + QPointF(0, 120));
    QVERIFY(shown() != selected);
}

QTEST_MAIN(TestGraph)
#include "tst_graph.moc"

// What the user sees on the canvas must be what the edges draw themselves
// (EdgeLayer's image against each edge drawing itself); `when` names the case.
void TestGraph::sameAsWithout(const char *when)
{
    // The overview, exports and print render the scene: there the edges in
    // the image (no contents for the scene) are drawn by the layer, as each
    // would draw itself, pixel for pixel.
    const auto rendered = [this] {
        QImage image(QSize(900, 560), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        scene()->render(&painter);
        return image;
    };
    QCoreApplication::processEvents();
    const QImage with = view()->viewport()->grab().toImage();
    const QImage renderedWith = rendered();
    scene()->setEdgeImageViewport(nullptr);
    const QImage without = view()->viewport()->grab().toImage();
    const QImage renderedWithout = rendered();
    scene()->setEdgeImageViewport(view()->viewport());
    view()->viewport()->grab(); // the image drawn again, for what comes next to change
    QVERIFY2(renderedWith == renderedWithout,
             qPrintable(QStringLiteral("%1: the scene renders otherwise")
                            .arg(QString::fromLatin1(when))));
    QCOMPARE(with.size(), without.size());
    int differing = 0;
    for (int y = 0; y < with.height(); ++y) {
        for (int x = 0; x < with.width(); ++x) {
            const QRgb a = with.pixel(x, y);
            const QRgb b = without.pixel(x, y);
            // Blending the image over the canvas rounds a little differently.
            if (qAbs(qRed(a) - qRed(b)) > 8 || qAbs(qGreen(a) - qGreen(b)) > 8
                || qAbs(qBlue(a) - qBlue(b)) > 8)
                ++differing;
        }
    }
    QVERIFY2(differing == 0, qPrintable(QStringLiteral("%1: %2 pixels differ")
                                            .arg(QString::fromLatin1(when))
                                            .arg(differing)));
}

// The canvas shows links and tunnels from one image of them all (EdgeLayer).
// What the user sees must be what the edges draw themselves, after a move, a
// selection, the image taking the moved edges back, and a zoom.
void TestGraph::edgeImageShowsWhatEdgesDraw()
{
    SimulationSession *session = m_window->document()->simulation();
    session->rerun();
    session->toEnd();
    QTRY_VERIFY(!scene()->overlay()->isAnimating());
    const ObjectId ix = named(ObjectKind::Appliance, QStringLiteral("HCX-IX-I1"));
    const ObjectId ne = named(ObjectKind::Appliance, QStringLiteral("HCX-NE-I1"));
    EdgeItem *neEdge = scene()->pairItem(ne, project()->value(ne, Field::peer).toUInt());
    scene()->clearSelection();
    sameAsWithout("at fit");
    // Settled, the tunnel is in the image (it does not draw itself on the canvas).
    QTRY_VERIFY(scene()->edgeLayer()->covers(neEdge, view()->viewport()));
    sameAsWithout("at fit, settled");
    QVERIFY(!scene()->edgeLayer()->covers(neEdge, nullptr)); // exports, print: not the image
    // In the image it has no contents for the scene, yet is still under the
    // pointer (context menu, selection by click).
    const QLineF first(neEdge->route().at(0), neEdge->route().at(1));
    QVERIFY(view()->items(viewPoint(neEdge->mapToScene(first.pointAt(0.5)))).contains(neEdge));

    // At 100 %, a move that leaves the view where it is: only the edges change.
    view()->setZoom(1.0);
    view()->centerOn(scene()->nodeItem(ix));
    sameAsWithout("at 100 %");
    QTRY_VERIFY(scene()->edgeLayer()->covers(neEdge, view()->viewport()));
    const QTransform viewed = view()->viewportTransform();
    project()->setValue(ix, Field::position,
                        project()->value(ix, Field::position).toPointF() + QPointF(12, 6));
    QCoreApplication::processEvents();
    QCOMPARE(view()->viewportTransform(), viewed);
    sameAsWithout("after a move");
    QTest::qWait(600); // the moved edges go back into the image
    sameAsWithout("after the move settled");

    scene()->nodeItem(ne)->setSelected(true);
    QVERIFY(!scene()->edgeLayer()->covers(neEdge, view()->viewport()));
    sameAsWithout("with a node selected");
    scene()->clearSelection();
    view()->setZoom(1.6);
    sameAsWithout("zoomed in");
}

// A large topology's edge image is drawn in bands on several threads (one
// per core; on one core, one band): the same as the edges drawing themselves.
void TestGraph::edgeImageInBandsShowsWhatEdgesDraw()
{
    Project generated;
    buildSyntheticProject(&generated, 400, QStringLiteral("cisco-ios"),
                          QStringLiteral("expects-4500"), 60);
    addApplianceLinks(&generated);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("large.meshnat"));
    QVERIFY(ProjectWriter().write(generated, file));
    QVERIFY(m_window->document()->load(file));
    // The tunnels' states at the end of the replay, not changing between the two pictures.
    SimulationSession *session = m_window->document()->simulation();
    session->rerun();
    session->toEnd();
    QTRY_VERIFY(!scene()->overlay()->isAnimating());
    view()->fitToView();
    sameAsWithout("large, at fit");
    view()->setZoom(view()->zoom() * 2.5); // lines a pixel or more: antialiased
    sameAsWithout("large, zoomed in");
}

// A scene made again (sync(): a project opened, the language changed) keeps
// the canvas's image, its pages already made: none of what it showed before
// may show through it. A canvas on its own, of one size throughout (in the
// main window panels and bars change its height, and the image is then made
// again for the new size).
void TestGraph::edgeImageAfterAnotherProject()
{
    Document document;
    document.simulation()->setAutoRerun(false);
    MeshGraphView canvas(document.project());
    canvas.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    canvas.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    canvas.resize(800, 560);
    canvas.show();
    QVERIFY(QTest::qWaitForWindowExposed(&canvas));
    m_view = &canvas;
    const auto standalone = qScopeGuard([this] { m_view = nullptr; });
    QVERIFY(document.openExample(QStringLiteral("seed-incident")));
    canvas.fitToView();
    sameAsWithout("the seed");
    // Edges moved without a paint: the image still has them where they were.
    const ObjectId router = document.project()->objects(ObjectKind::Device).first();
    document.project()->setValue(router, Field::position,
                                 scene()->nodeItem(router)->pos() + QPointF(0, 120));
    const QImage before = canvas.viewport()->grab().toImage();
    scene()->sync();
    sameAsWithout("the scene made again after a move");
    QVERIFY(canvas.viewport()->grab().toImage() != before);
    document.newProject();
    QCoreApplication::processEvents();
    QVERIFY(document.project()->objects(ObjectKind::Appliance).isEmpty());
    sameAsWithout("a new project after the seed");
}
