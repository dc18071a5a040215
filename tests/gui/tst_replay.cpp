// Step-through replay of the seed incident: appliance status, NAT table
// highlight, exact restore on stepping back, event filtering, the window's
// wiring (status click, event click, shortcuts), every model under
// QAbstractItemModelTester, and the replay by moments (where a project opens,
// next/previous moment, stepping through the filtered events, chapter marks,
// the views following the selection and the story).

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
#include "Moments.h"
#include "TimelinePlot.h"
#include "TunnelStateStyle.h"
#include "Bookmark.h"

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

        // Port usage: behind another dock's tab the chart waits (QMainWindow
        // leaves it "visible", moved out of the window: every step rebuilt it,
        // start-up too); its tab selected, it shows this step, the collided
        // port called out.
        QVERIFY2(!replay->portUsage()->summary().contains(QStringLiteral("1543")),
                 qPrintable(replay->portUsage()->summary()));
        for (QDockWidget *d : replay->docks()) {
            if (d->objectName() == QLatin1String("portUsageDock"))
                d->raise();
        }
        QTRY_VERIFY2(replay->portUsage()->summary().contains(QStringLiteral("4500"))
                         && replay->portUsage()->summary().contains(QStringLiteral("1543")),
                     qPrintable(replay->portUsage()->summary()));
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

    // The seed opens at its failure story, not at its last step; next moment from
    // step 0 tells it in order; the keys and buttons agree.
    void opensAtTheStoryAndStepsByMoment()
    {
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.files()->openExample(QStringLiteral("seed-incident")));
        SimulationSession *session = window.document()->simulation();
        QVERIFY(session->waitUntilIdle(60000));
        QTRY_VERIFY(session->stepCount() > 100);
        const Project &project = *window.document()->project();
        const auto moments = Moments::of(project, session->result());
        QVERIFY(session->step() != session->stepCount() - 1);
        QCOMPARE(session->step(), moments->initialStep());
        QVERIFY2(moments->labelAt(session->step()).contains(QStringLiteral("IX")),
                 qPrintable(moments->labelAt(session->step())));
        ReplayBar *bar = window.replay()->replayBar();
        QVERIFY2(bar->caption()->caption().startsWith(moments->labelAt(session->step())),
                 qPrintable(bar->caption()->caption()));

        // From step 0, next moment: NE takes 4500, then IX given 1543, then IX Down.
        session->seek(0);
        QStringList visited;
        int previous = session->step();
        while (bar->nextMomentAction()->isEnabled()) {
            bar->nextMomentAction()->trigger();
            QVERIFY(session->step() > previous);
            QVERIFY(moments->isMoment(session->step()));
            previous = session->step();
            visited << moments->labelAt(session->step());
        }
        const auto indexOf = [&](const QString &text, int from) {
            for (int i = from; i < visited.size(); ++i) {
                if (visited[i].contains(text))
                    return i;
            }
            return -1;
        };
        const int ne = indexOf(QStringLiteral("NE takes 4500"), 0);
        const int ix = indexOf(QStringLiteral("IX given 1543"), std::max(0, ne + 1));
        const int down = indexOf(QStringLiteral("IX Down"), std::max(0, ix));
        QVERIFY2(ne >= 0 && ix > ne && down >= ix, qPrintable(visited.join(QLatin1Char('\n'))));
        // Between two moments no step is skipped over a moment.
        for (int i = 0; i + 1 < moments->all().size(); ++i) {
            const int here = moments->all()[i].step, there = moments->all()[i + 1].step;
            if (there > here)
                QCOMPARE(moments->next(here), there);
        }

        // Keys: Ctrl+Page Down / M forward, Ctrl+Page Up / Shift+M back.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        session->seek(0);
        const int first = moments->next(0);
        const int second = moments->next(first);
        QTest::keyClick(&window, Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(session->step(), first);
        QTest::keyClick(&window, Qt::Key_M);
        QCOMPARE(session->step(), second);
        QTest::keyClick(&window, Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(session->step(), first);
        QTest::keyClick(&window, Qt::Key_M, Qt::ShiftModifier);
        QCOMPARE(session->step(), moments->previous(first) >= 0 ? moments->previous(first) : first);
    }

    // Packet Tracer's simulation filter: with an event filter, steps visit only
    // the events it shows; without one, every step.
    void steppingFollowsTheEventFilter()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.files()->openExample(QStringLiteral("seed-incident")));
        SimulationSession *session = window.document()->simulation();
        QVERIFY(session->waitUntilIdle(60000));
        QTRY_VERIFY(session->stepCount() > 100);
        ReplayController *replay = window.replay();
        ReplayBar *bar = replay->replayBar();
        EventListView *events = replay->eventList();

        events->setTypeMask(1u << SimEvent::TunnelChanged | 1u << SimEvent::TranslationCreated);
        events->textFilter()->setText(QStringLiteral("HCX-"));
        const EventFilterProxy *proxy = events->filterModel();
        QVERIFY(proxy->rowCount() >= 4);
        QVERIFY(proxy->rowCount() < 200);
        QList<int> shown;
        for (int row = 0; row < proxy->rowCount(); ++row)
            shown << proxy->index(row, 0).data(EventListModel::StepRole).toInt();
        session->toStart();
        QList<int> visited;
        while (bar->forwardAction()->isEnabled()) {
            bar->forwardAction()->trigger();
            visited << session->step();
            QVERIFY(visited.size() <= shown.size());
        }
        QCOMPARE(visited, shown);
        QVERIFY(bar->positionLabel()->text().contains(QString::number(shown.size())));
        // And back, from the last shown one to the first.
        QList<int> back{session->step()};
        while (bar->backAction()->isEnabled()) {
            bar->backAction()->trigger();
            back.prepend(session->step());
        }
        QCOMPARE(back, shown);
        // From a step the filter hides, forward goes to the next shown one.
        session->seek(shown[1] + 1);
        bar->forwardAction()->trigger();
        QCOMPARE(session->step(), shown[2] > shown[1] + 1 ? shown[2] : shown[3]);
        // Only moments: stepping is moment by moment.
        events->textFilter()->clear();
        events->setTypeMask((1u << SimEvent::TypeCount) - 1);
        events->setMomentsOnly(true);
        const auto moments = Moments::of(*window.document()->project(), session->result());
        session->seek(0);
        bar->forwardAction()->trigger();
        QCOMPARE(session->step(), moments->next(0));
        // No filter: one step at a time again, by button and by key.
        events->setMomentsOnly(false);
        session->seek(10);
        bar->forwardAction()->trigger();
        QCOMPARE(session->step(), 11);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_PageDown);
        QCOMPARE(session->step(), 12);
    }

    // Selecting HCX-IX-I1 anywhere brings its 1543 row into the NAT table; the
    // event list marks chapters apart from bookmarks; the timeline opens on the
    // story with its labels above the series.
    void viewsFollowTheStory()
    {
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.files()->openExample(QStringLiteral("seed-incident")));
        SimulationSession *session = window.document()->simulation();
        QVERIFY(session->waitUntilIdle(60000));
        QTRY_VERIFY(session->stepCount() > 100);
        ReplayController *replay = window.replay();
        const Project &project = *window.document()->project();
        const SimulationResult &r = *session->result();
        const ObjectId ix = appliance(project, "HCX-IX-I1");
        const int k = collisionStep(r, ix);
        const quint32 given = r.events[size_t(k)].translation;

        replay->natDock()->raise();
        NatTableView *nat = replay->natTable();
        QTRY_VERIFY(nat->isVisible());
        session->toEnd();
        nat->table()->scrollToTop();
        window.selection()->setCurrent(ix);
        const int row = nat->tableModel()->rowOf(given);
        QVERIFY(row >= 0);
        const auto rect = [&] { return nat->table()->visualRect(nat->tableModel()->index(row, 0)); };
        QTRY_VERIFY2(nat->table()->viewport()->rect().contains(rect()),
                     qPrintable(QStringLiteral("%1,%2 in %3").arg(rect().top()).arg(rect().bottom())
                                    .arg(nat->table()->viewport()->height())));
        QVERIFY(nat->table()->selectionModel()->isRowSelected(row, QModelIndex()));
        QCOMPARE(nat->tableModel()->index(row, NatTableModel::InsideGlobalColumn).data().toString(),
                 QStringLiteral("19.155.80.72:1543"));

        // Chapter marks in the event list, by their label.
        EventListModel *events = replay->eventList()->eventModel();
        QVERIFY(events->index(k, EventListModel::MomentColumn).data().toString()
                    .contains(QStringLiteral("IX given 1543")));
        QCOMPARE(events->index(k, EventListModel::MomentColumn).data(Qt::ForegroundRole).value<QColor>(),
                 TunnelStateStyle::color(SimEvent::Down));
        // A bookmark is a moment too, starred apart from the chapters.
        window.document()->project()->setValue(
            NoId, Field::bookmarks,
            Bookmark::toRecords({Bookmark::fromEvent(r, session->stepCount() - 1, QStringLiteral("end"))}));
        QCOMPARE(events->index(session->stepCount() - 1, EventListModel::MomentColumn).data().toString(),
                 QStringLiteral("★ end"));

        // The timeline: zoomed to the story, chapters labelled above the series,
        // the bookmark apart.
        TimelinePlot *plot = replay->timeline();
        const double down = r.events[size_t(k)].time;
        QVERIFY(plot->rangeUpper() - plot->rangeLower() < r.duration / 4);
        QVERIFY(plot->rangeLower() <= down && down <= plot->rangeUpper());
        QVERIFY2(plot->chapterLabels().join(QLatin1Char('|')).contains(QStringLiteral("IX Down")),
                 qPrintable(plot->chapterLabels().join(QLatin1Char('|'))));
        QCOMPARE(plot->bookmarkLabels(), QStringList{QStringLiteral("★ end")});
        QCPLayer *annotations = plot->plot()->layer(QStringLiteral("annotations"));
        QVERIFY(annotations);
        QVERIFY(annotations->index() > plot->plot()->layer(QStringLiteral("main"))->index());
        int labels = 0;
        for (int i = 0; i < plot->plot()->itemCount(); ++i) {
            if (auto *text = qobject_cast<QCPItemText *>(plot->plot()->item(i))) {
                QCOMPARE(text->layer(), annotations);
                QCOMPARE(text->brush().color().alpha(), 255);
                ++labels;
            }
        }
        QVERIFY(labels >= 3);
        // The user's zoom survives a new result; double-click shows the whole run.
        plot->setTimeRange(100, 200);
        session->rerun();
        QCOMPARE(plot->rangeLower(), 100.0);
        plot->showStory();
        QVERIFY(plot->rangeLower() <= down && down <= plot->rangeUpper());
    }

    // Screenshots at the IX Down moment, 1920×1080 and 1280×720, English and
    // Japanese, when MESHNAT_SHOTS names a directory.
    void momentShots()
    {
        const QString dir = qEnvironmentVariable("MESHNAT_SHOTS");
        if (dir.isEmpty())
            QSKIP("set MESHNAT_SHOTS=DIR to write moment screenshots");
        QDir().mkpath(dir);
        for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ja")}) {
            for (const QSize size : {QSize(1920, 1080), QSize(1280, 720)}) {
                MainWindow window;
                window.language()->setLanguage(lang, false);
                QTranslator extra;
                const QString qm = qEnvironmentVariable("MESHNAT_EXTRA_QM");
                if (lang == QLatin1String("ja") && !qm.isEmpty() && extra.load(qm))
                    QCoreApplication::installTranslator(&extra);
                window.resize(size);
                window.show();
                QVERIFY(QTest::qWaitForWindowExposed(&window));
                QVERIFY(window.files()->openExample(QStringLiteral("seed-incident")));
                SimulationSession *session = window.document()->simulation();
                QVERIFY(session->waitUntilIdle(60000));
                const Project &project = *window.document()->project();
                const ObjectId ix = appliance(project, "HCX-IX-I1");
                const int k = collisionStep(*session->result(), ix);
                session->seek(k); // IX given 1543 · IX Down
                window.selection()->setCurrent(ix);
                for (const char *dock : {"natTableDock", "eventListDock", "timelineDock"}) {
                    for (QDockWidget *d : window.replay()->docks()) {
                        if (d->objectName() == QLatin1String(dock))
                            d->raise();
                    }
                    QTest::qWait(300);
                    QVERIFY(window.grab().save(dir + QStringLiteral("/moment-%1-%2x%3-%4.png")
                                                         .arg(lang).arg(size.width()).arg(size.height())
                                                         .arg(QLatin1String(dock))));
                }
                QCoreApplication::removeTranslator(&extra);
            }
        }
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
