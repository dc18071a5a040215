// The window remembers its layout (issue #13): docks moved and resized, the
// window closed, a new one restored looks the same; Reset Layout goes back;
// the default gives the canvas at least 60 % of the height at 1280×720.
#include "Document.h"
#include "FileController.h"
#include "LayoutController.h"
#include "MainWindow.h"
#include "NatTableModel.h"
#include "NatTableView.h"
#include "ReplayController.h"
#include "ScriptedPrompts.h"
#include "SimulationSession.h"

#include <QDockWidget>
#include <QHeaderView>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTableView>
#include <QtTest>

class TestLayout : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("MeshNAT-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_layout"));
        QSettings().clear();
    }
    void canvasGetsMostOfTheHeightAt720p();
    void layoutSurvivesARestart();
    void replayPositionIsRememberedPerFile();
};

void TestLayout::canvasGetsMostOfTheHeightAt720p()
{
    MainWindow window;
    window.resize(1280, 720);
    QVERIFY(window.files()->openExample(QStringLiteral("seed-incident")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Layout settles over a few event-loop turns (slower under sanitizers).
    QTRY_VERIFY2_WITH_TIMEOUT(window.centralWidget()->height() >= 0.6 * window.height(),
                              qPrintable(QStringLiteral("canvas %1 px of %2")
                                             .arg(window.centralWidget()->height())
                                             .arg(window.height())),
                              5000);

    // ... and the NAT table still shows the rows of the moment the seed opens
    // at (IX given 1543 while NE holds 4500): inside the table's viewport and
    // not hidden behind the dock tabs (the part of the window the user sees).
    QTableView *table = window.replay()->natTable()->table();
    const auto *model = window.replay()->natTable()->tableModel();
    const auto rowVisible = [&](const QString &insideGlobal) {
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, NatTableModel::InsideGlobalColumn);
            if (index.data().toString() != insideGlobal)
                continue;
            const QRect rect = table->visualRect(index);
            if (!table->viewport()->rect().contains(rect))
                return false;
            // Visible in the window: nothing drawn over it.
            const QPoint centre = table->viewport()->mapTo(&window, rect.center());
            QWidget *top = window.childAt(centre);
            return top == table->viewport() || table->viewport()->isAncestorOf(top);
        }
        return false;
    };
    // Both at once, once the fit has settled (slower under sanitizers).
    const auto state = [&] {
        return QStringLiteral("canvas %1 px of %2; table viewport %3x%4, columns %5 px, "
                              "horizontal scroll bar %6")
            .arg(window.centralWidget()->height())
            .arg(window.height())
            .arg(table->viewport()->width())
            .arg(table->viewport()->height())
            .arg(table->horizontalHeader()->length())
            .arg(table->horizontalScrollBar()->isVisible() ? "shown" : "hidden");
    };
    QTRY_VERIFY2_WITH_TIMEOUT(rowVisible(QStringLiteral("19.155.80.72:1543"))
                                  && rowVisible(QStringLiteral("19.155.80.72:4500"))
                                  && window.centralWidget()->height() >= 0.6 * window.height(),
                              qPrintable(state()), 5000);
}

void TestLayout::layoutSurvivesARestart()
{
    QDockWidget *moved = nullptr;
    QRect propertyGeometry;
    bool propertiesVisible = true;
    {
        MainWindow window;
        auto prompts = std::make_unique<ScriptedPrompts>();
        prompts->answer = UserPrompts::Discard;
        window.setPrompts(std::move(prompts));
        window.resize(1400, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The user moves the findings dock to the right, hides the properties
        // and makes the bottom docks taller.
        moved = window.findChild<QDockWidget *>(QStringLiteral("findingsDock"));
        QVERIFY(moved);
        window.addDockWidget(Qt::RightDockWidgetArea, moved);
        auto *properties = window.findChild<QDockWidget *>(QStringLiteral("propertyDock"));
        properties->hide();
        propertiesVisible = properties->isVisible();
        auto *nat = window.findChild<QDockWidget *>(QStringLiteral("natTableDock"));
        window.resizeDocks({nat}, {320}, Qt::Vertical);
        QTest::qWait(50);
        propertyGeometry = nat->geometry();
        QVERIFY(window.close()); // saves
    }
    MainWindow again;
    QVERIFY(again.layoutMemory()->restore());
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QTest::qWait(50);
    QCOMPARE(again.size(), QSize(1400, 860));
    auto *findings = again.findChild<QDockWidget *>(QStringLiteral("findingsDock"));
    QCOMPARE(again.dockWidgetArea(findings), Qt::RightDockWidgetArea);
    QCOMPARE(again.findChild<QDockWidget *>(QStringLiteral("propertyDock"))->isVisible(),
             propertiesVisible);
    auto *nat = again.findChild<QDockWidget *>(QStringLiteral("natTableDock"));
    QVERIFY2(qAbs(nat->height() - propertyGeometry.height()) <= 4,
             qPrintable(QStringLiteral("%1 vs %2").arg(nat->height()).arg(propertyGeometry.height())));

    // View → Reset Layout: back to the default arrangement.
    again.layoutMemory()->resetAction()->trigger();
    QTest::qWait(50);
    QCOMPARE(again.dockWidgetArea(findings), Qt::BottomDockWidgetArea);
    QVERIFY(again.findChild<QDockWidget *>(QStringLiteral("propertyDock"))->isVisible());
}

void TestLayout::replayPositionIsRememberedPerFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString seed = dir.filePath(QStringLiteral("seed.meshnat"));
    const QString lab = dir.filePath(QStringLiteral("lab.meshnat"));
    int storyStep = -2;
    {
        MainWindow window;
        window.setPrompts(std::make_unique<ScriptedPrompts>());
        SimulationSession *session = window.document()->simulation();
        QVERIFY(window.files()->openExample(QStringLiteral("home-lab")));
        QVERIFY(window.document()->saveAs(lab));
        QVERIFY(window.files()->openExample(QStringLiteral("seed-incident")));
        QVERIFY(window.document()->saveAs(seed));
        // A file never replayed opens at its story.
        QVERIFY(window.files()->openFile(seed));
        QVERIFY(session->waitUntilIdle(30000));
        storyStep = session->step();
        QVERIFY(storyStep > 0);
        QVERIFY(storyStep < session->stepCount() - 1);
        // The user goes elsewhere, opens another file, comes back: same place.
        session->seek(storyStep + 250);
        QVERIFY(window.files()->openFile(lab));
        QVERIFY(session->waitUntilIdle(30000));
        QVERIFY(session->step() != storyStep + 250);
        session->seek(3);
        QVERIFY(window.files()->openFile(seed));
        QVERIFY(session->waitUntilIdle(30000));
        QCOMPARE(session->step(), storyStep + 250);
        session->seek(storyStep + 7);
        QVERIFY(window.close());
    }
    // ... and after a restart, for each file.
    MainWindow again;
    again.setPrompts(std::make_unique<ScriptedPrompts>());
    SimulationSession *session = again.document()->simulation();
    QVERIFY(again.files()->openFile(seed));
    QVERIFY(session->waitUntilIdle(30000));
    QCOMPARE(session->step(), storyStep + 7);
    QVERIFY(again.files()->openFile(lab));
    QVERIFY(session->waitUntilIdle(30000));
    QCOMPARE(session->step(), 3);
}

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
