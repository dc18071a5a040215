// The views over an asynchronous SimulationSession: item models share the
// result and cursor they show and reset before letting them go; a rename shows
// in the appliance status without a run; the replay bar says "Simulating…"
// while a long run is on its way.
#include "ApplianceStatusModel.h"
#include "ApplianceStatusPanel.h"
#include "EventListModel.h"
#include "Examples.h"
#include "NatTableModel.h"
#include "Project.h"
#include "ProjectReader.h"
#include "ReplayBar.h"
#include "SessionTestUtil.h"
#include "SimulationSession.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QtTest>

class TestSessionViews : public QObject
{
    Q_OBJECT

    Project m_project;
    ObjectId m_ix = NoId;

    static QString pairText(const QAbstractItemModel &model, ObjectId appliance)
    {
        const auto &status = static_cast<const ApplianceStatusModel &>(model);
        return status.indexOfObject(appliance)
            .siblingAtColumn(ApplianceStatusModel::PairColumn)
            .data()
            .toString();
    }

private Q_SLOTS:
    void init()
    {
        m_project.clear();
        ProjectReader reader;
        QVERIFY(reader.read(Examples::resourcePath(QStringLiteral("seed-incident")), &m_project));
        m_ix = m_project.findByName(ObjectKind::Appliance, QStringLiteral("HCX-IX-I1"));
        QVERIFY(m_ix);
    }

    void modelsShareWhatTheyShow()
    {
        SimulationSession session(&m_project);
        NatTableModel table;
        ApplianceStatusModel status;
        EventListModel events;
        QAbstractItemModelTester t1(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&status, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(&events, QAbstractItemModelTester::FailureReportingMode::QtTest);
        table.setSource(&m_project, session.result(), session.sharedCursor());
        table.setDevice(0);
        status.setSource(&m_project, session.result(), session.sharedCursor());
        events.setSource(&m_project, session.result());
        const int rows = table.rowCount();
        const int eventRows = events.rowCount();
        QVERIFY(rows > 0 && eventRows > 0);
        const QString firstCell = table.index(0, NatTableModel::InsideGlobalColumn).data().toString();
        const QString tableText = table.csv();
        const QString pair = pairText(status, m_ix);
        const QString lastEvent =
            events.index(eventRows - 1, EventListModel::DescriptionColumn).data().toString();
        const std::weak_ptr<const SimulationResult> oldResult = session.result();
        const std::weak_ptr<const ReplayCursor> oldCursor = session.sharedCursor();

        // The session moves on; the models keep showing (and owning) what they had.
        QVERIFY(m_project.setValue(m_ix, Field::uplinkIp, QStringLiteral("192.19.72.210")));
        QVERIFY(session.waitUntilIdle(10000));
        QVERIFY(session.result() != oldResult.lock());
        QVERIFY(!oldResult.expired() && !oldCursor.expired());
        QCOMPARE(table.rowCount(), rows);
        QCOMPARE(table.index(0, NatTableModel::InsideGlobalColumn).data().toString(), firstCell);
        QCOMPARE(events.rowCount(), eventRows);
        QCOMPARE(table.csv(), tableText);
        QCOMPARE(pairText(status, m_ix), pair);

        // Each model swaps inside its reset: until the reset begins it answers from
        // what it had (a proxy or view reads it then), and afterwards lets go for good.
        bool consistentAtReset = true;
        connect(&table, &QAbstractItemModel::modelAboutToBeReset, this,
                [&] { consistentAtReset &= table.csv() == tableText; });
        connect(&status, &QAbstractItemModel::modelAboutToBeReset, this,
                [&] { consistentAtReset &= pairText(status, m_ix) == pair; });
        connect(&events, &QAbstractItemModel::modelAboutToBeReset, this, [&] {
            consistentAtReset &= events.rowCount() == eventRows
                                 && events.index(eventRows - 1, EventListModel::DescriptionColumn)
                                            .data()
                                            .toString()
                                        == lastEvent;
        });
        events.setSource(&m_project, session.result());
        status.setSource(&m_project, session.result(), session.sharedCursor());
        QVERIFY(!oldResult.expired()); // the table still has it
        table.setSource(&m_project, session.result(), session.sharedCursor());
        QVERIFY(consistentAtReset);
        QVERIFY(table.csv() != tableText); // the IX's row moved to its new address
        QVERIFY(oldResult.expired());
        QVERIFY(oldCursor.expired());
    }

    void renameShowsInTheStatusPanelWithoutARun()
    {
        SimulationSession session(&m_project);
        ApplianceStatusPanel panel;
        panel.setSession(&session);
        QVERIFY(pairText(*panel.model(), m_ix).startsWith(QStringLiteral("HCX-IX-I1 ⇄ ")));
        const int runs = session.runCount();
        QVERIFY(m_project.setValue(m_ix, Field::name, QStringLiteral("HCX-IX-EDGE")));
        QTRY_VERIFY(pairText(*panel.model(), m_ix).startsWith(QStringLiteral("HCX-IX-EDGE ⇄ ")));
        QTest::qWait(100);
        QCOMPARE(session.runCount(), runs);
        QCOMPARE(session.renameCount(), 1);
    }

    void replayBarSaysSimulatingWhileBusy()
    {
        SimulationSession session(&m_project);
        ReplayBar bar;
        bar.setSession(&session);
        QVERIFY(bar.busyLabel()->isHidden());
        const QString before = bar.positionLabel()->text();
        {
            WorkerGate gate(session); // a run that takes as long as we like
            QVERIFY(m_project.setValue(m_ix, Field::uplinkIp, QStringLiteral("192.19.72.210")));
            QTRY_VERIFY(!bar.busyLabel()->isHidden());
            QVERIFY(!bar.busyLabel()->text().isEmpty());
            QCOMPARE(bar.positionLabel()->text(), before); // still the last result
            gate.open();
            QVERIFY(session.waitUntilIdle(10000));
        }
        QVERIFY(bar.busyLabel()->isHidden());
        // A quick run finishes before the indication would show.
        QVERIFY(m_project.setValue(m_ix, Field::uplinkIp, QStringLiteral("192.19.72.211")));
        QVERIFY(session.waitUntilIdle(10000));
        QVERIFY(bar.busyLabel()->isHidden());
    }
};

QTEST_MAIN(TestSessionViews)
#include "tst_session_views.moc"
