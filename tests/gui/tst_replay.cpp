// Step-through replay of the seed incident: appliance status, NAT table
// highlight, exact restore on stepping back, event filtering, the window's
// wiring (status click, event click, shortcuts) and every model under
// QAbstractItemModelTester.

#include "ApplianceStatusModel.h"
#include "ObservedCollisionsLabel.h"
#include "ApplianceStatusPanel.h"
#include "CaptionLabel.h"
#include "EventFilterProxy.h"
#include "EventListModel.h"
#include "EventListView.h"
#include "FileController.h"
#include "MainWindow.h"
#include "NatTableModel.h"
#include "NatTableView.h"
#include "ObjectSelection.h"
#include "PortUsageChart.h"
#include "ReplayBar.h"
#include "ReplayController.h"
#include "ReplayTestUtil.h"
#include "Document.h"
#include "LanguageManager.h"
#include "TimelinePlot.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDockWidget>
#include <qcustomplot.h>
#include <QLineEdit>
#include <QSlider>
#include <QTableView>
#include <QTranslator>
#include <QtTest>

using namespace ReplayTestUtil;

class TestReplay : public QObject
{
    Q_OBJECT

    Project m_project;
    std::unique_ptr<SimulationSession> m_session;
    ObjectId m_ix = NoId;
    ObjectId m_ne = NoId;

    int ixTunnel() const { return m_session->result()->tunnelOf(m_ix); }

private slots:
    void observedCollisionsUnderStatus()
    {
        // A real `show ip nat translations` imported into the router shows its
        // collision beneath the simulated status.
        Project project;
        QVERIFY(loadExample(QStringLiteral("seed-incident"), &project));
        ObservedCollisionsLabel label(&project);
        QVERIFY(label.isHidden());
        QFile sample(QStringLiteral(MESHNAT_SOURCE_DIR "/tests/io/data/show-nat-seed-incident.txt"));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        const ObjectId router = project.objects(ObjectKind::Device).first();
        QVERIFY(project.setValue(router, Field::observedTranslations,
                                 QString::fromUtf8(sample.readAll())));
        QVERIFY(!label.isHidden());
        QVERIFY2(label.text().contains(QStringLiteral("1543")), qPrintable(label.text()));
    }

    void initTestCase()
    {
        QVERIFY(loadExample(QStringLiteral("seed-incident"), &m_project));
        m_session = std::make_unique<SimulationSession>(&m_project);
        m_ix = appliance(m_project, "HCX-IX-I1");
        m_ne = appliance(m_project, "HCX-NE-I1");
        QVERIFY(m_ix && m_ne);
    }

    void statusAndTableAtTheCollision()
    {
        ApplianceStatusModel status;
        QAbstractItemModelTester statusTester(&status, QAbstractItemModelTester::FailureReportingMode::QtTest);
        NatTableModel table;
        QAbstractItemModelTester tableTester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const SimulationResult &r = *m_session->result();
        status.setSource(&m_project, m_session->result(), m_session->sharedCursor());
        table.setSource(&m_project, m_session->result(), m_session->sharedCursor());
        table.setDevice(0);

        const int k = collisionStep(r, m_ix);
        QVERIFY(k > 0);
        const Translation &given = r.translation(r.events[size_t(k)].translation);
        QCOMPARE(given.insideGlobal.port, quint16(1543));
        QCOMPARE(given.requestedPort, quint16(4500));

        // The step before: NE holds 4500 and is not Down; IX is not Down yet.
        m_session->seek(k - 1);
        status.refresh();
        table.refresh();
        const QModelIndex ixRow = status.indexOfObject(m_ix);
        QVERIFY(ixRow.isValid());
        QVERIFY(ixRow.data(ApplianceStatusModel::StateRole).toInt() != SimEvent::Down);
        QCOMPARE(table.rowOf(given.id), -1);

        // The step: IX is Down because of that very event, and its row is highlighted.
        m_session->seek(k);
        status.refresh();
        table.refresh();
        QCOMPARE(ixRow.data(ApplianceStatusModel::StateRole).toInt(), int(SimEvent::Down));
        QCOMPARE(ixRow.data(ApplianceStatusModel::EventRole).toInt(), k);
        const QString reason = ixRow.siblingAtColumn(ApplianceStatusModel::ReasonColumn).data().toString();
        QVERIFY2(reason.contains(QStringLiteral("1543")) && reason.contains(QStringLiteral("HCX-NE-I1")),
                 qPrintable(reason));
        QVERIFY(!ixRow.siblingAtColumn(ApplianceStatusModel::PolicyColumn).data().toString().isEmpty());
        const QModelIndex neRow = status.indexOfObject(m_ne);
        QCOMPARE(neRow.data(ApplianceStatusModel::StateRole).toInt(), int(SimEvent::Up));
        // The mesh row summarises: one of two Down.
        QCOMPARE(ixRow.parent().data(ApplianceStatusModel::StateRole).toInt(), int(SimEvent::Down));

        const int row = table.rowOf(given.id);
        QVERIFY(row >= 0);
        QCOMPARE(table.changeAt(row), NatTableModel::Created);
        const QModelIndex cell = table.index(row, NatTableModel::InsideGlobalColumn);
        QCOMPARE(cell.data().toString(), QStringLiteral("19.155.80.72:1543"));
        QVERIFY(cell.data(Qt::BackgroundRole).isValid());
        QVERIFY(cell.data(NatTableModel::CollidedRole).toBool());
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("4500")));
        QCOMPARE(table.index(row, NatTableModel::OwnerColumn).data().toString(), QStringLiteral("HCX-IX-I1"));
        // NE's row holds 4500: marked too, but not highlighted at this step.
        const int neRowInTable = table.rowOf(given.heldBy);
        QVERIFY(neRowInTable >= 0);
        QVERIFY(table.index(neRowInTable, 0).data(NatTableModel::CollidedRole).toBool());
        QCOMPARE(table.changeAt(neRowInTable), NatTableModel::Unchanged);
    }

    void steppingBackRestoresExactly()
    {
        ApplianceStatusModel status;
        NatTableModel table;
        EventListModel events;
        const SimulationResult &r = *m_session->result();
        status.setSource(&m_project, m_session->result(), m_session->sharedCursor());
        table.setSource(&m_project, m_session->result(), m_session->sharedCursor());
        events.setSource(&m_project, m_session->result());
        table.setDevice(0);
        const int k = collisionStep(r, m_ix);
        const auto follow = [&] {
            status.refresh();
            table.refresh();
            events.setCurrentStep(m_session->step());
        };
        connect(m_session.get(), &SimulationSession::stepChanged, this, follow);
        // Walk from well before the collision to well after it, one step at a time,
        // keeping each state; then walk back and compare every step exactly.
        const int from = std::max(-1, k - 40), to = std::min(m_session->stepCount() - 1, k + 40);
        m_session->seek(from);
        QList<QStringList> forward;
        for (int s = from; s <= to; ++s) {
            if (s > from)
                m_session->stepForward();
            QCOMPARE(m_session->step(), s);
            forward << (snapshot(&status) + snapshot(&table)
                        << events.index(qMax(0, s), 0).data(Qt::FontRole).toString());
        }
        for (int s = to; s >= from; --s) {
            if (s < to)
                m_session->stepBack();
            QCOMPARE(m_session->step(), s);
            const QStringList now = snapshot(&status) + snapshot(&table)
                                    << events.index(qMax(0, s), 0).data(Qt::FontRole).toString();
            QCOMPARE(now, forward[s - from]);
        }
        // And the patched table equals one rebuilt from scratch at the collision.
        m_session->seek(k);
        NatTableModel fresh;
        fresh.setSource(&m_project, m_session->result(), m_session->sharedCursor());
        fresh.setDevice(0);
        QCOMPARE(snapshot(&table), snapshot(&fresh));
        disconnect(m_session.get(), &SimulationSession::stepChanged, this, nullptr);
    }

    void eventFilterByTypeAndText()
    {
        EventListView view;
        QAbstractItemModelTester modelTester(view.eventModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(view.filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.setSession(m_session.get());
        const SimulationResult &r = *m_session->result();
        QCOMPARE(view.filterModel()->rowCount(), int(r.events.size()));

        view.setTypeMask(1u << SimEvent::TranslationCreated);
        const int created = int(std::count_if(r.events.cbegin(), r.events.cend(), [](const SimEvent &e) {
            return e.type == SimEvent::TranslationCreated;
        }));
        QVERIFY(created > 2);
        QCOMPARE(view.filterModel()->rowCount(), created);
        for (int row = 0; row < view.filterModel()->rowCount(); row += 17)
            QCOMPARE(view.filterModel()->index(row, 0).data(EventListModel::TypeRole).toInt(),
                     int(SimEvent::TranslationCreated));

        // Text narrows further: only IX's creation mentions 1543 among creations.
        view.textFilter()->setText(QStringLiteral("19.155.80.72:1543"));
        QCOMPARE(view.filterModel()->rowCount(), 1);
        const int k = collisionStep(r, m_ix);
        QCOMPARE(view.filterModel()->index(0, 0).data(EventListModel::StepRole).toInt(), k);

        // Clicking it seeks; the cursor moving selects the row of its event.
        m_session->toStart(); // nothing selected
        QVERIFY(!view.table()->currentIndex().isValid());
        QSignalSpy requested(&view, &EventListView::stepRequested);
        connect(&view, &EventListView::stepRequested, m_session.get(), &SimulationSession::seek);
        view.table()->setCurrentIndex(view.filterModel()->index(0, EventListModel::DescriptionColumn));
        QCOMPARE(requested.count(), 1);
        QCOMPARE(m_session->step(), k);
        view.textFilter()->clear();
        view.setTypeMask((1u << SimEvent::TypeCount) - 1);
        m_session->seek(k + 3);
        QCOMPARE(view.table()->currentIndex().data(EventListModel::StepRole).toInt(), k + 3);
        // A filtered-out current event selects the last shown one before it.
        view.setTypeShown(r.events[size_t(k + 3)].type, false);
        QVERIFY(view.table()->currentIndex().data(EventListModel::StepRole).toInt() < k + 3);
        QCOMPARE(m_session->step(), k + 3); // filtering never moves the cursor
        view.setTypeMask((1u << SimEvent::TypeCount) - 1);
    }

    void modelsPassTheTesterWhileStepping()
    {
        NatTableView nat;
        ApplianceStatusPanel status;
        QAbstractItemModelTester natTester(nat.tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester statusTester(status.statusModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        nat.setSession(m_session.get());
        status.setSession(m_session.get());
        const int k = collisionStep(*m_session->result(), m_ix);
        m_session->seek(k - 30);
        for (int i = 0; i < 60; ++i)
            m_session->stepForward();
        nat.tableModel()->sort(NatTableModel::ExpiresColumn, Qt::DescendingOrder);
        for (int i = 0; i < 60; ++i)
            m_session->stepBack();
        nat.filterEdit()->setText(QStringLiteral("192.19.72.20"));
        m_session->toEnd();
        m_session->toStart();
        m_session->seek(k);
        QVERIFY(nat.tableModel()->rowCount() >= 1);
        nat.filterEdit()->clear();
        m_session->rerun(); // a new result resets every model
        QVERIFY(nat.tableModel()->rowCount() > 0);
    }

    void windowWiring()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.files()->openExample(QStringLiteral("seed-incident")));
        SimulationSession *session = window.document()->simulation();
        QTRY_VERIFY(session->stepCount() > 100);
        ReplayController *replay = window.replay();
        const Project &project = *window.document()->project();
        const ObjectId ix = appliance(project, "HCX-IX-I1");
        const int k = collisionStep(*session->result(), ix);

        // Status row click: selects IX everywhere and moves to the event behind its state.
        session->toEnd();
        ApplianceStatusPanel *panel = replay->statusPanel();
        const QModelIndex row = panel->statusModel()->indexOfObject(ix);
        const int cause = row.data(ApplianceStatusModel::EventRole).toInt();
        QVERIFY(cause >= 0);
        replay->statusDock()->raise();
        QTest::mouseClick(panel->viewport(), Qt::LeftButton, {}, panel->visualRect(row).center());
        QCOMPARE(window.selection()->current(), ix);
        QCOMPARE(session->step(), cause);

        // The caption narrates the step; the slider follows simulated time.
        session->seek(k);
        const QString caption = replay->replayBar()->caption()->caption();
        QVERIFY2(caption.contains(QStringLiteral("1543")), qPrintable(caption));
        QCOMPARE(replay->replayBar()->slider()->value(), int(session->time() * 10));

        // Shortcuts: Page Down / Page Up step, End / Home jump, Space plays.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        replay->replayBar()->forwardAction()->trigger();
        QCOMPARE(session->step(), k + 1);
        QTest::keyClick(&window, Qt::Key_PageUp);
        QCOMPARE(session->step(), k);
        QTest::keyClick(&window, Qt::Key_PageDown);
        QCOMPARE(session->step(), k + 1);
        QTest::keyClick(&window, Qt::Key_Home);
        QCOMPARE(session->step(), -1);
        QTest::keyClick(&window, Qt::Key_End);
        QCOMPARE(session->step(), session->stepCount() - 1);
        QTest::keyClick(&window, Qt::Key_Home);
        QTest::keyClick(&window, Qt::Key_Space);
        QVERIFY(session->isPlaying());
        QTest::keyClick(&window, Qt::Key_Space);
        QVERIFY(!session->isPlaying());
        const double speed = session->speed();
        QTest::keyClick(&window, Qt::Key_Plus);
        QVERIFY(session->speed() > speed);

        // The NAT table follows to the acting device and its tab; the timeline cursor follows.
        session->seek(k);
        QCOMPARE(replay->natTable()->tableModel()->changeAt(
                     replay->natTable()->tableModel()->rowOf(session->currentEvent()->translation)),
                 NatTableModel::Created);
        QCOMPARE(replay->timeline()->cursorTime(), session->time());
        // The timeline in its dock seeks on click.
        TimelinePlot *plot = replay->timeline();
        for (QDockWidget *d : replay->docks()) {
            if (d->objectName() == QLatin1String("timelineDock"))
                d->raise();
        }
        QTRY_VERIFY(plot->isVisible());
        QVERIFY(plot->rangeUpper() > plot->rangeLower());
        plot->plot()->replot();
        const int x = plot->width() / 2;
        const int clicked = session->cursor().stepAtTime(plot->timeAt(x));
        QVERIFY(clicked != session->step());
        QTest::mouseClick(plot->plot(), Qt::LeftButton, {}, QPoint(x, plot->height() / 3));
        QCOMPARE(session->step(), clicked);
        session->seek(k);

        // Port usage: the collided port is called out.
        replay->portUsage()->refreshNow();
        const QString summary = replay->portUsage()->summary();
        QVERIFY2(summary.contains(QStringLiteral("4500")) && summary.contains(QStringLiteral("1543")),
                 qPrintable(summary));
    }

    void timelineClickSeeks()
    {
        TimelinePlot plot;
        plot.resize(800, 300);
        plot.setSession(m_session.get());
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        plot.plot()->replot();
        const int x = plot.width() / 2;
        const double t = plot.timeAt(x);
        m_session->toStart(); // so only the click can bring the cursor there
        QVERIFY(m_session->cursor().stepAtTime(t) > 0);
        QTest::mouseClick(plot.plot(), Qt::LeftButton, {}, QPoint(x, plot.height() / 3));
        QCOMPARE(m_session->step(), m_session->cursor().stepAtTime(t));
        plot.setTimeRange(100, 200);
        QCOMPARE(plot.rangeLower(), 100.0);
        QCOMPARE(plot.rangeUpper(), 200.0);
    }

    // Screenshots of a walk-through of the seed incident, when MESHNAT_SHOTS
    // names a directory (not part of the normal run).
    void walkthroughShots()
    {
        const QString dir = qEnvironmentVariable("MESHNAT_SHOTS");
        if (dir.isEmpty())
            QSKIP("set MESHNAT_SHOTS=DIR to write walk-through screenshots");
        QDir().mkpath(dir);
        for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ja")}) {
            MainWindow window;
            window.language()->setLanguage(lang, false);
            // Strings not yet merged into meshnat_ja.ts can be previewed from a .qm.
            QTranslator extra;
            const QString qm = qEnvironmentVariable("MESHNAT_EXTRA_QM");
            if (lang == QLatin1String("ja") && !qm.isEmpty() && extra.load(qm))
                QCoreApplication::installTranslator(&extra);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.files()->openExample(QStringLiteral("seed-incident")));
            SimulationSession *session = window.document()->simulation();
            QTRY_VERIFY(session->stepCount() > 100);
            ReplayController *replay = window.replay();
            const Project &project = *window.document()->project();
            const SimulationResult &r = *session->result();
            const int k = collisionStep(r, appliance(project, "HCX-IX-I1"));
            int first = -1; // NE's translation keeps 4500
            for (size_t i = 0; i < r.events.size(); ++i) {
                const SimEvent &e = r.events[i];
                if (e.type == SimEvent::TranslationCreated
                    && r.translation(e.translation).owner == appliance(project, "HCX-NE-I1")) {
                    first = int(i);
                    break;
                }
            }
            const auto shot = [&](const QString &name, int step, QDockWidget *raise) {
                session->seek(step);
                if (raise)
                    raise->raise();
                QTest::qWait(250);
                const QString file = dir + QStringLiteral("/%1-%2.png").arg(lang, name);
                QVERIFY(window.grab().save(file));
            };
            QDockWidget *events = nullptr, *timeline = nullptr, *ports = nullptr;
            for (QDockWidget *d : replay->docks()) {
                if (d->objectName() == QLatin1String("eventListDock"))
                    events = d;
                else if (d->objectName() == QLatin1String("timelineDock"))
                    timeline = d;
                else if (d->objectName() == QLatin1String("portUsageDock"))
                    ports = d;
            }
            shot(QStringLiteral("1-ne-keeps-4500"), first, replay->natDock());
            shot(QStringLiteral("2-collision-nat"), k, replay->natDock());
            shot(QStringLiteral("3-collision-ports"), k, ports);
            shot(QStringLiteral("4-collision-events"), k + 1, events);
            shot(QStringLiteral("5-end-timeline"), session->stepCount() - 1, timeline);
        }
    }
};

QTEST_MAIN(TestReplay)
#include "tst_replay.moc"
