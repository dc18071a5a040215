// The Service Mesh diagram tells the story of the seed incident: tunnels drawn
// through the customer router with the outside port it gave them at the
// current step, a legend on the canvas and in exports, the router's addresses
// in use (statics after Apply Fix), text readable in presentation mode, and a
// move into another site only after a clear drop indication. Addresses are
// drawn in a Latin monospace font in every language.
// MESHNAT_SHOTS=dir saves screenshots (MESHNAT_SHOT_LANG=ja for Japanese).

#include "Bookmark.h"
#include "DiagnosisController.h"
#include "DiagramExporter.h"
#include "Document.h"
#include "EdgeItem.h"
#include "FileController.h"
#include "FindingsPanel.h"
#include "GraphFonts.h"
#include "GraphLegend.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "MeshGraphScene.h"
#include "MeshGraphView.h"
#include "NodeItem.h"
#include "PresentationController.h"
#include "PresentationWindow.h"
#include "Project.h"
#include "SimulationSession.h"
#include "SiteRegionItem.h"

#include <QDir>
#include <QFile>
#include <QFontInfo>
#include <QGraphicsView>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

class TestDiagramStory : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void tunnelsPassThroughTheRouterWithOutsidePorts();
    void tunnelWithoutNatDeviceStaysDirect();
    void legendOnCanvasAndInExports();
    void routerLabelShowsAddressesInUse();
    void presentationTextIsReadable();
    void moveIntoAnotherSiteNeedsTheIndication();
    void addressesUseALatinFont();

private:
    Project *project() const { return m_window->document()->project(); }
    SimulationSession *session() const { return m_window->document()->simulation(); }
    QUndoStack *stack() const { return m_window->document()->undoStack(); }
    MeshGraphView *view() const { return m_window->graphView(); }
    MeshGraphScene *scene() const { return view()->graphScene(); }
    ObjectId appliance(const char *name) const
    {
        return project()->findByName(ObjectKind::Appliance, QString::fromLatin1(name));
    }
    ObjectId router() const { return project()->objects(ObjectKind::Device).first(); }
    EdgeItem *tunnelOf(ObjectId a) const
    {
        return scene()->pairItem(a, project()->value(a, Field::peer).toUInt());
    }
    int ixDownStep() const;
    void openSeedAtIxDown();
    void shot(QWidget *widget, const QString &name);
    QString lang() const { return qEnvironmentVariable("MESHNAT_SHOT_LANG", QStringLiteral("en")); }

    MainWindow *m_window = nullptr;
};

void TestDiagramStory::init()
{
    m_window = new MainWindow;
    if (qEnvironmentVariableIsSet("MESHNAT_SHOT_LANG"))
        QVERIFY(m_window->language()->setLanguage(lang(), false));
    m_window->resize(1920, 1080);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestDiagramStory::cleanup()
{
    stack()->setClean();
    delete m_window;
    m_window = nullptr;
}

void TestDiagramStory::shot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("MESHNAT_SHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::processEvents();
    QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name));
}

// The step where the IX tunnel goes Down (its translation got 1543).
int TestDiagramStory::ixDownStep() const
{
    const auto result = session()->result();
    const ObjectId ix = appliance("HCX-IX-I1");
    for (size_t i = 0; i < result->events.size(); ++i) {
        if (Bookmark::subjectOf(*result, result->events[i]) == ix
            && Bookmark::stateOf(result->events[i]) == QLatin1String("down"))
            return int(i);
    }
    return -1;
}

void TestDiagramStory::openSeedAtIxDown()
{
    QVERIFY(m_window->files()->openExample(QStringLiteral("seed-incident")));
    session()->rerun();
    const int step = ixDownStep();
    QVERIFY(step > 0);
    session()->seek(step);
    view()->fitToView();
    QCoreApplication::processEvents();
}

void TestDiagramStory::tunnelsPassThroughTheRouterWithOutsidePorts()
{
    openSeedAtIxDown();
    EdgeItem *ix = tunnelOf(appliance("HCX-IX-I1"));
    EdgeItem *ne = tunnelOf(appliance("HCX-NE-I1"));
    QVERIFY(ix && ne);
    QCOMPARE(ix->state(), EdgeItem::Down);
    const QRectF routerBox = scene()->nodeItem(router())->sceneBoundingRect();
    for (EdgeItem *edge : {ix, ne}) {
        // appliance -> router -> peer, the middle point inside the router's box
        QVERIFY(edge->passesThrough());
        QCOMPARE(scene()->pairVia(edge->id(), edge->peer()), router());
        const QPolygonF route = edge->mapToScene(edge->route());
        QVERIFY2(routerBox.contains(route[1]),
                 qPrintable(QStringLiteral("%1,%2").arg(route[1].x()).arg(route[1].y())));
        QVERIFY(scene()->nodeItem(edge->id())->sceneBoundingRect().adjusted(-1, -1, 1, 1).contains(route[0]));
        QVERIFY(scene()->nodeItem(edge->peer())->sceneBoundingRect().adjusted(-1, -1, 1, 1).contains(route[2]));
        // The label sits on the outside segment, clear of the router.
        QVERIFY(!edge->mapRectToScene(edge->portLabelRect()).intersects(routerBox));
    }
    QCOMPARE(ix->portLabel(), QStringLiteral(":1543"));
    QCOMPARE(ix->portMark(), EdgeItem::PortCollision);
    QCOMPARE(ne->portLabel(), QStringLiteral(":4500"));
    QCOMPARE(ne->portMark(), EdgeItem::PortKept);
    QVERIFY(ix->toolTip().contains(QStringLiteral("19.155.80.72:1543")));
    QVERIFY(ix->toolTip().contains(QStringLiteral("HCX-NE-I1")));

    // The label follows the replay: before anything was translated, none.
    session()->toStart();
    QVERIFY(ix->portLabel().isEmpty());
    QVERIFY(ne->portLabel().isEmpty());
    session()->seek(ixDownStep());
    QCOMPARE(ix->portLabel(), QStringLiteral(":1543"));

    // Moving the router moves the tunnels' bend with it (one undo step).
    const QPointF before = ix->mapToScene(ix->route())[1];
    scene()->nodeItem(router())->setSelected(true);
    const QPointF from = scene()->nodeItem(router())->pos();
    QWidget *vp = view()->viewport();
    QTest::mousePress(vp, Qt::LeftButton, {}, view()->mapFromScene(from));
    for (int i = 1; i <= 4; ++i)
        QTest::mouseMove(vp, view()->mapFromScene(from + QPointF(0, 10 * i)));
    QTest::mouseRelease(vp, Qt::LeftButton, {}, view()->mapFromScene(from + QPointF(0, 40)));
    QTRY_VERIFY(qAbs(ix->mapToScene(ix->route())[1].y() - before.y() - 40) < 3);

    view()->resize(view()->size()); // settle
    shot(m_window, QStringLiteral("story-ix-down-1920x1080-%1.png").arg(lang()));
    m_window->resize(1280, 720);
    view()->fitToView();
    QTest::qWait(50);
    shot(m_window, QStringLiteral("story-ix-down-1280x720-%1.png").arg(lang()));
}

void TestDiagramStory::tunnelWithoutNatDeviceStaysDirect()
{
    openSeedAtIxDown();
    // Without the router the simulation finds no NAT device on the path.
    project()->remove(router());
    session()->rerun();
    session()->toEnd();
    QCoreApplication::processEvents();
    EdgeItem *ix = tunnelOf(appliance("HCX-IX-I1"));
    QVERIFY(ix);
    QCOMPARE(session()->result()->tunnels[session()->result()->tunnelOf(ix->id())].device, -1);
    QVERIFY(!ix->passesThrough());
    QCOMPARE(ix->route().size(), 2);
    QVERIFY(ix->portLabel().isEmpty());
}

void TestDiagramStory::legendOnCanvasAndInExports()
{
    openSeedAtIxDown();
    GraphLegend *legend = view()->legend();
    QVERIFY(legend);
    QVERIFY(legend->isVisible());
    QVERIFY(view()->viewport()->geometry().contains(legend->geometry()));
    // Fitted to the window, the drawing leaves the legend its side (at both sizes).
    for (const QSize size : {QSize(1920, 1080), QSize(1280, 720)}) {
        m_window->resize(size);
        QCoreApplication::processEvents();
        view()->fitToView();
        QCoreApplication::processEvents();
        for (QGraphicsItem *item : scene()->items()) {
            if (!dynamic_cast<NodeItem *>(item) && !dynamic_cast<SiteRegionItem *>(item))
                continue;
            const QRect onScreen = view()->mapFromScene(item->sceneBoundingRect()).boundingRect().translated(
                view()->viewport()->pos());
            QVERIFY2(!legend->isVisible() || !legend->geometry().intersects(onScreen),
                     qPrintable(QStringLiteral("%1×%2").arg(size.width()).arg(size.height())));
        }
        QVERIFY(legend->isVisible());
    }
    // A corner overlay: zooming and scrolling the diagram leave it as it is
    // (in the viewport's bottom-left corner, which scroll bars may move).
    const auto corner = [&] {
        return QRect(legend->geometry().topLeft() - view()->viewport()->geometry().bottomLeft(),
                     legend->size());
    };
    const QRect at = corner();
    view()->zoomIn();
    view()->zoomIn();
    view()->horizontalScrollBar()->setValue(view()->horizontalScrollBar()->maximum());
    view()->verticalScrollBar()->setValue(view()->verticalScrollBar()->maximum());
    QCoreApplication::processEvents();
    QCOMPARE(corner(), at);
    QVERIFY(view()->viewport()->geometry().contains(legend->geometry()));
    QCOMPARE(GraphLegend::texts().size(), 7);

    QTemporaryDir dir;
    DiagramExporter exporter(scene());
    const QString svg = dir.filePath(QStringLiteral("d.svg"));
    QVERIFY2(exporter.exportTo(svg, DiagramExporter::Svg), qPrintable(exporter.errorString()));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    // The generator writes each run of one font (Latin, Japanese) as its own
    // text element: compare the drawn text joined, without spaces.
    QString drawn;
    const QRegularExpression run(QStringLiteral(">([^<>]*)</text>"));
    for (auto it = run.globalMatch(text); it.hasNext();)
        drawn += it.next().captured(1);
    drawn.remove(QLatin1Char(' '));
    for (const QString &entry : GraphLegend::texts())
        QVERIFY2(drawn.contains(QString(entry).remove(QLatin1Char(' ')).toHtmlEscaped()),
                 qPrintable(entry));
    QVERIFY(text.contains(QStringLiteral(":1543")));
    // The legend is below the diagram, inside the page.
    QVERIFY(exporter.diagramSize().height()
            > scene()->itemsBoundingRect().height() + GraphLegend::sizeFor(1, 1).height() / 2);

    const QString png = dir.filePath(QStringLiteral("d.png"));
    QVERIFY(exporter.exportTo(png, DiagramExporter::Png, 1.0));
    const QString shots = qEnvironmentVariable("MESHNAT_SHOTS");
    if (!shots.isEmpty()) {
        QFile::remove(shots + QStringLiteral("/story-export-%1.png").arg(lang()));
        QVERIFY(QFile::copy(png, shots + QStringLiteral("/story-export-%1.png").arg(lang())));
    }
}

void TestDiagramStory::routerLabelShowsAddressesInUse()
{
    QVERIFY(m_window->files()->openExample(QStringLiteral("seed-incident")));
    session()->rerun();
    NodeItem *node = scene()->nodeItem(router());
    QVERIFY(node->detail().contains(QStringLiteral("19.155.80.72")));
    QVERIFY(!node->detail().contains(QStringLiteral("19.155.80.73")));
    const QRectF plain = node->rect();
    // Tools → Diagnose → Apply Fix adds a static NAT per appliance.
    QPushButton *apply = m_window->diagnosis()->panel()->applyButton();
    QVERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    QTRY_VERIFY(node->detail().contains(QStringLiteral("19.155.80.73")));
    QVERIFY(node->detail().contains(QStringLiteral("19.155.80.74")));
    QVERIFY(node->detail().contains(QStringLiteral("19.155.80.72")));
    QCOMPARE(node->lines().size(), 2);
    QVERIFY(node->rect().height() > plain.height()); // a line more, nothing cut
    view()->fitToView();
    shot(m_window, QStringLiteral("story-fix-applied-%1.png").arg(lang()));
    // Undo takes them off the label again.
    stack()->undo();
    QTRY_VERIFY(!node->detail().contains(QStringLiteral("19.155.80.73")));
}

void TestDiagramStory::presentationTextIsReadable()
{
    openSeedAtIxDown();
    qreal previous = 0;
    for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)}) {
        PresentationWindow *show = m_window->presenter()->start(false);
        show->resize(size);
        show->show();
        QVERIFY(QTest::qWaitForWindowExposed(show));
        QTest::qWait(50);
        QVERIFY(show->diagramScene());
        const qreal pixels = show->nodeTextPixels();
        shot(show, QStringLiteral("story-presentation-%1x%2-%3.png")
                       .arg(size.width()).arg(size.height()).arg(lang()));
        QVERIFY2(pixels >= 14, qPrintable(QStringLiteral("%1 px at %2×%3")
                                              .arg(pixels).arg(size.width()).arg(size.height())));
        QVERIFY2(pixels > previous * 1.2, qPrintable(QStringLiteral("%1 px").arg(pixels)));
        previous = pixels;
        // The whole diagram is in view, the legend beside or under it.
        auto *graph = show->findChild<QGraphicsView *>();
        const QRect shown = graph->mapFromScene(graph->scene()->itemsBoundingRect()).boundingRect();
        QVERIFY(graph->viewport()->rect().adjusted(-2, -2, 2, 2).contains(shown));
        // The legend is drawn with the diagram, under it, as large as its text.
        QGraphicsItem *legend = show->diagramScene()->legendItem();
        QVERIFY(legend && legend->isVisible());
        QVERIFY(shown.contains(graph->mapFromScene(legend->sceneBoundingRect()).boundingRect()));
        for (QGraphicsItem *item : graph->scene()->items()) {
            if (item != legend && dynamic_cast<SiteRegionItem *>(item))
                QVERIFY(!item->sceneBoundingRect().intersects(legend->sceneBoundingRect()));
        }
        QVERIFY(!scene()->legendItem()); // the workbench has its overlay instead
        // The workbench canvas keeps its own text size.
        QCOMPARE(scene()->textScale(), 1.0);
        QCOMPARE(show->diagramScene()->pairItem(appliance("HCX-IX-I1"), appliance("HCX-IX-R1"))
                     ->portLabel(),
                 QStringLiteral(":1543"));
        show->close();
        QCoreApplication::processEvents();
    }
}

void TestDiagramStory::moveIntoAnotherSiteNeedsTheIndication()
{
    QVERIFY(m_window->files()->openExample(QStringLiteral("seed-incident")));
    view()->fitToView();
    QCoreApplication::processEvents();
    const ObjectId ix = appliance("HCX-IX-I1");
    const ObjectId home = project()->parentOf(ix);
    const ObjectId cloud = project()->findByName(ObjectKind::Site, QStringLiteral("VMware Cloud on AWS SDDC"));
    QWidget *vp = view()->viewport();
    const auto drag = [&](int restMs, bool *indicated) {
        const QPointF from = scene()->nodeItem(ix)->pos();
        const QRectF target = scene()->regionItem(cloud)->rect();
        const QPointF to(target.center().x(), target.bottom() - 30);
        QTest::mouseClick(vp, Qt::LeftButton, {}, view()->mapFromScene(from));
        QTest::mousePress(vp, Qt::LeftButton, {}, view()->mapFromScene(from));
        for (int i = 1; i <= 6; ++i)
            QTest::mouseMove(vp, view()->mapFromScene(from + (to - from) * i / 6));
        if (restMs > 0)
            QTest::qWait(restMs);
        *indicated = scene()->regionItem(cloud)->isDropTarget();
        if (*indicated) {
            QVERIFY(scene()->regionItem(cloud)->dropCaption().contains(project()->displayName(cloud)));
            shot(view(), QStringLiteral("story-move-indication-%1.png").arg(lang()));
        }
        QTest::mouseRelease(vp, Qt::LeftButton, {}, view()->mapFromScene(to));
        QCoreApplication::processEvents();
    };
    const QPointF start = project()->value(ix, Field::position).toPointF();
    const int before = stack()->count();
    bool indicated = true;
    // Passing over the other site (missing the pairing handle): it stays home, where it was.
    drag(0, &indicated);
    QVERIFY(!indicated);
    QCOMPARE(project()->parentOf(ix), home);
    QCOMPARE(project()->value(ix, Field::position).toPointF(), start);
    QCOMPARE(scene()->nodeItem(ix)->pos(), start);
    QCOMPARE(stack()->count(), before);
    QVERIFY(!scene()->regionItem(cloud)->isDropTarget());

    // Resting there until the site says "Move to …": it moves, in one undo step.
    drag(MeshGraphScene::MoveDwellMs + 250, &indicated);
    QVERIFY(indicated);
    QCOMPARE(project()->parentOf(ix), cloud);
    QCOMPARE(stack()->count(), before + 1);
    QVERIFY(!scene()->regionItem(cloud)->isDropTarget());
    stack()->undo();
    QCOMPARE(project()->parentOf(ix), home);
    QCOMPARE(project()->value(ix, Field::position).toPointF(), start);
}

void TestDiagramStory::addressesUseALatinFont()
{
    // In every language the address font is a Latin monospace face, not the
    // UI's (Japanese) font.
    for (const QString &code : {QStringLiteral("ja"), QStringLiteral("en")}) {
        QVERIFY(m_window->language()->setLanguage(code, false));
        const QFontInfo info(GraphFonts::address());
        QVERIFY2(GraphFonts::addressFamilies().contains(info.family()), qPrintable(info.family()));
        QVERIFY(info.fixedPitch());
        const QFontInfo ui(GraphFonts::text());
        QVERIFY(!info.family().contains(QStringLiteral("IPA")));
        Q_UNUSED(ui)
    }
    QVERIFY(m_window->files()->openExample(QStringLiteral("seed-incident")));
    NodeItem *node = scene()->nodeItem(router());
    QCOMPARE(node->lines().first().addresses, QStringLiteral("19.155.80.72"));
}

QTEST_MAIN(TestDiagramStory)
#include "tst_diagram_story.moc"
