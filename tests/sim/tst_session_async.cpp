// SimulationSession off the GUI thread: only simulated edits re-run, renames
// refresh names without a run, the event loop keeps turning during a long run,
// stale results never show, the replay keeps its place, shutdown is prompt.
#include "../bench/SyntheticProject.h"
#include "Examples.h"
#include "Project.h"
#include "ProjectReader.h"
#include "SessionTestUtil.h"
#include "SimulationSession.h"
#include "Simulator.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

namespace {

bool readSeed(Project *p)
{
    ProjectReader reader;
    return reader.read(Examples::resourcePath(QStringLiteral("seed-incident")), p);
}

bool sameEvent(const SimEvent &a, const SimEvent &b)
{
    return a.time == b.time && a.value == b.value && a.from == b.from && a.to == b.to
           && a.mapped == b.mapped && a.translation == b.translation && a.subject == b.subject
           && a.aux == b.aux && a.tunnel == b.tunnel && a.device == b.device && a.type == b.type
           && a.reason == b.reason && a.state == b.state && a.flags == b.flags;
}

QString localIp(const SimulationSession &s, ObjectId appliance)
{
    const int t = s.result()->tunnelOf(appliance);
    return t < 0 ? QString() : Ipv4::toString(s.result()->tunnels[t].local.ip);
}

} // namespace

class TestSessionAsync : public QObject
{
    Q_OBJECT

    Project m_seed;
    ObjectId m_ix = NoId, m_ne = NoId, m_router = NoId, m_acl = NoId;

private Q_SLOTS:
    void init()
    {
        m_seed.clear();
        QVERIFY(readSeed(&m_seed));
        m_ix = m_seed.findByName(ObjectKind::Appliance, QStringLiteral("HCX-IX-I1"));
        m_ne = m_seed.findByName(ObjectKind::Appliance, QStringLiteral("HCX-NE-I1"));
        m_router = m_seed.findByName(ObjectKind::Device, QStringLiteral("Customer edge router"));
        m_acl = m_seed.findByName(ObjectKind::AccessList, QStringLiteral("HCX-NAT"));
        QVERIFY(m_ix && m_ne && m_router && m_acl);
    }

    void layoutNamesAndMetadataDoNotRerun()
    {
        SimulationSession session(&m_seed);
        const int runs = session.runCount();
        const auto before = session.result();
        QSignalSpy results(&session, &SimulationSession::resultChanged);
        QVERIFY(m_seed.setValue(m_ix, Field::position, QPointF(40, 80)));
        QVERIFY(m_seed.setValue(m_router, Field::position, QPointF(-10, 5)));
        QVERIFY(m_seed.setValue(NoId, Field::customer, QStringLiteral("ACME")));
        QVERIFY(m_seed.setValue(NoId, Field::author, QStringLiteral("me")));
        QVERIFY(m_seed.setValue(NoId, Field::description, QStringLiteral("why")));
        QVERIFY(m_seed.setValue(NoId, Field::bookmarks, QStringList{QStringLiteral("3|first")}));
        QVERIFY(m_seed.setValue(m_router, Field::observedTranslations, QStringLiteral("Pro Inside")));
        QVERIFY(!session.isBusy());
        QTest::qWait(200);
        QCOMPARE(session.runCount(), runs);
        QCOMPARE(results.count(), 0);
        QCOMPARE(session.result(), before);

        // A rename re-labels the result (one new result object), without a run.
        QVERIFY(m_seed.setValue(m_ix, Field::name, QStringLiteral("HCX-IX-EDGE")));
        QVERIFY(m_seed.setValue(m_router, Field::name, QStringLiteral("Edge router")));
        QVERIFY(!session.isBusy());
        QTest::qWait(200);
        QCOMPARE(session.runCount(), runs);
        QCOMPARE(session.renameCount(), 1);
        QCOMPARE(results.count(), 1);
        const SimulationResult &r = *session.result();
        const int t = r.tunnelOf(m_ix);
        QVERIFY(t >= 0);
        QVERIFY2(r.tunnels[t].name.startsWith(QStringLiteral("HCX-IX-EDGE ⇄ ")),
                 qPrintable(r.tunnels[t].name));
        QCOMPARE(r.devices.at(0).name, QStringLiteral("Edge router"));
        // Same events, same place.
        QCOMPARE(r.events.size(), before->events.size());
        QCOMPARE(session.step(), session.stepCount() - 1);
        QCOMPARE(session.cursor().tunnel(t).state, SimEvent::Down);

        // Renaming something the result does not name changes nothing.
        QVERIFY(m_seed.setValue(m_ne, Field::position, QPointF(1, 1)));
        QVERIFY(m_seed.setValue(m_seed.objects(ObjectKind::Site).at(0), Field::name,
                                QStringLiteral("DC 1")));
        QTest::qWait(100);
        QCOMPARE(session.renameCount(), 1);
        QCOMPARE(results.count(), 1);
        QCOMPARE(session.runCount(), runs);
    }

    void renamingWhatRulesReferToReruns()
    {
        // The rule names its access list: renaming the list changes the NAT.
        SimulationSession session(&m_seed);
        const int runs = session.runCount();
        QVERIFY(m_seed.setValue(m_acl, Field::name, QStringLiteral("HCX-NAT-2")));
        QVERIFY(session.isBusy());
        QVERIFY(session.waitUntilIdle(10000));
        QCOMPARE(session.runCount(), runs + 1);
        QVERIFY(!session.result()->warnings.isEmpty()); // the rule now names a missing list
    }

    void simulatedEditRunsOnce()
    {
        SimulationSession session(&m_seed);
        const int runs = session.runCount();
        QSignalSpy results(&session, &SimulationSession::resultChanged);
        QSignalSpy busy(&session, &SimulationSession::busyChanged);
        QVERIFY(m_seed.setValue(m_ix, Field::uplinkIp, QStringLiteral("192.19.72.210")));
        QVERIFY(session.isBusy());
        QCOMPARE(session.runCount(), runs); // not before the event loop turns
        QVERIFY(session.waitUntilIdle(10000));
        QTest::qWait(100);
        QCOMPARE(session.runCount(), runs + 1);
        QCOMPARE(results.count(), 1);
        QCOMPARE(localIp(session, m_ix), QStringLiteral("192.19.72.210"));
        QCOMPARE(busy.count(), 2);
        QCOMPARE(busy.at(0).at(0).toBool(), true);
        QCOMPARE(busy.at(1).at(0).toBool(), false);

        // Several edits in one turn of the event loop: one run.
        QVERIFY(m_seed.setValue(m_ix, Field::uplinkIp, QStringLiteral("192.19.72.211")));
        QVERIFY(m_seed.setValue(m_ne, Field::uplinkIp, QStringLiteral("192.19.72.212")));
        QVERIFY(m_seed.setValue(m_ix, Field::peerPolicy, QStringLiteral("learned")));
        QVERIFY(session.waitUntilIdle(10000));
        QTest::qWait(100);
        QCOMPARE(session.runCount(), runs + 2);
        QCOMPARE(results.count(), 2);
        QCOMPARE(localIp(session, m_ix), QStringLiteral("192.19.72.211"));
        QCOMPARE(localIp(session, m_ne), QStringLiteral("192.19.72.212"));
        QCOMPARE(session.result()->tunnels[session.result()->tunnelOf(m_ix)].policy,
                 QStringLiteral("learned"));
    }

    void structuralChangesRerun()
    {
        SimulationSession session(&m_seed);
        const int runs = session.runCount();
        const RemovedObjects removed = m_seed.remove(m_ne);
        QVERIFY(session.waitUntilIdle(10000));
        QCOMPARE(session.runCount(), runs + 1);
        QCOMPARE(session.result()->tunnelOf(m_ne), -1);
        m_seed.restore(removed);
        QVERIFY(session.waitUntilIdle(10000));
        QCOMPARE(session.runCount(), runs + 2);
        QVERIFY(session.result()->tunnelOf(m_ne) >= 0);
        Project other;
        QVERIFY(readSeed(&other));
        m_seed.replaceWith(other);
        QVERIFY(session.waitUntilIdle(10000));
        QCOMPARE(session.runCount(), runs + 3);
    }

    void guiThreadKeepsTurningDuringALongRun()
    {
        Project p;
        buildSyntheticProject(&p, 1000, QStringLiteral("cisco-ios"), QStringLiteral("learned"), 3600);
        SimulationSession session(&p);
        const auto old = session.result();
        QVERIFY(old->events.size() > 500000);
        const int runs = session.runCount();
        const ObjectId appliance = p.findByName(ObjectKind::Appliance, QStringLiteral("IX-0"));
        QVERIFY(appliance);

        int ticksWhileBusy = 0;
        bool replacedWhileBusy = false;
        QTimer ticker;
        ticker.setInterval(10);
        connect(&ticker, &QTimer::timeout, this, [&] {
            if (!session.isBusy())
                return;
            ++ticksWhileBusy;
            replacedWhileBusy |= session.result() != old || session.stepCount() != int(old->events.size());
        });
        ticker.start();
        QElapsedTimer wall;
        wall.start();
        QVERIFY(p.setValue(appliance, Field::uplinkIp, QStringLiteral("10.0.9.250")));
        QVERIFY(session.isBusy());
        QVERIFY(session.waitUntilIdle(300000));
        ticker.stop();
        qInfo("one run of %zu events: %lld ms; the 10 ms timer fired %d times meanwhile",
              old->events.size(), wall.elapsed(), ticksWhileBusy);
        QCOMPARE(session.runCount(), runs + 1);
        QVERIFY2(ticksWhileBusy >= 5, qPrintable(QString::number(ticksWhileBusy)));
        QVERIFY(!replacedWhileBusy); // the old result stayed while busy
        QVERIFY(session.result() != old);
        QCOMPARE(localIp(session, appliance), QStringLiteral("10.0.9.250"));
    }

    void staleResultIsDropped()
    {
        SimulationSession session(&m_seed);
        const int runs = session.runCount();
        QSignalSpy results(&session, &SimulationSession::resultChanged);
        WorkerGate gate(session);
        QVERIFY(m_seed.setValue(m_ix, Field::uplinkIp, QStringLiteral("192.19.72.220")));
        QTRY_COMPARE(session.runCount(), runs + 1); // handed over, held at the gate
        gate.open();
        QVERIFY(gate.drain(30000)); // run 1 answered: the answer waits in our queue
        QVERIFY(m_seed.setValue(m_ix, Field::uplinkIp, QStringLiteral("192.19.72.221")));
        QVERIFY(session.waitUntilIdle(10000));
        QTest::qWait(50);
        QCOMPARE(session.runCount(), runs + 2);
        QCOMPARE(results.count(), 1); // run 1's result was never shown
        QCOMPARE(localIp(session, m_ix), QStringLiteral("192.19.72.221"));
    }

    void supersededRunIsCancelled()
    {
        SimulationSession session(&m_seed);
        const int runs = session.runCount();
        QSignalSpy results(&session, &SimulationSession::resultChanged);
        WorkerGate gate(session);
        QVERIFY(m_seed.setValue(m_ix, Field::uplinkIp, QStringLiteral("192.19.72.220")));
        QTRY_COMPARE(session.runCount(), runs + 1);
        // More edits while run 1 is in flight: one follow-up run, run 1 dropped.
        QVERIFY(m_seed.setValue(m_ix, Field::uplinkIp, QStringLiteral("192.19.72.221")));
        QTest::qWait(20);
        QVERIFY(m_seed.setValue(m_ix, Field::uplinkIp, QStringLiteral("192.19.72.222")));
        QTest::qWait(20);
        QCOMPARE(session.runCount(), runs + 1); // the follow-up waits for the run in flight
        QVERIFY(session.isBusy());
        gate.open();
        QVERIFY(session.waitUntilIdle(10000));
        QTest::qWait(50);
        QCOMPARE(session.runCount(), runs + 2);
        QCOMPARE(results.count(), 1);
        QCOMPARE(localIp(session, m_ix), QStringLiteral("192.19.72.222"));
    }

    void synchronousRerunMakesTheRunInFlightStale()
    {
        SimulationSession session(&m_seed);
        const int runs = session.runCount();
        QSignalSpy results(&session, &SimulationSession::resultChanged);
        WorkerGate gate(session);
        QVERIFY(m_seed.setValue(m_ix, Field::uplinkIp, QStringLiteral("192.19.72.230")));
        QTRY_COMPARE(session.runCount(), runs + 1);
        QVERIFY(m_seed.setValue(m_ix, Field::peerPolicy, QStringLiteral("learned")));
        session.rerun(); // Apply Fix, CLI: now, on this thread
        QCOMPARE(session.runCount(), runs + 2);
        QCOMPARE(results.count(), 1);
        QVERIFY(!session.isBusy()); // nothing newer is coming
        const auto shown = session.result();
        gate.open();
        QVERIFY(session.waitUntilIdle(10000));
        QTest::qWait(50);
        QCOMPARE(results.count(), 1);
        QCOMPARE(session.result(), shown);
        QCOMPARE(session.runCount(), runs + 2);
    }

    void renameDuringARunShowsTheNewName()
    {
        SimulationSession session(&m_seed);
        const int runs = session.runCount();
        WorkerGate gate(session);
        QVERIFY(m_seed.setValue(m_ix, Field::uplinkIp, QStringLiteral("192.19.72.240")));
        QTRY_COMPARE(session.runCount(), runs + 1);
        QVERIFY(m_seed.setValue(m_ix, Field::name, QStringLiteral("IX-RENAMED")));
        QTest::qWait(20);
        // The shown (old) result already carries it...
        const int t = session.result()->tunnelOf(m_ix);
        QVERIFY(session.result()->tunnels[t].name.startsWith(QStringLiteral("IX-RENAMED ")));
        gate.open();
        QVERIFY(session.waitUntilIdle(10000));
        // ...and so does the run's, simulated from a snapshot taken before the rename.
        QCOMPARE(session.runCount(), runs + 1);
        QCOMPARE(localIp(session, m_ix), QStringLiteral("192.19.72.240"));
        const int u = session.result()->tunnelOf(m_ix);
        QVERIFY(session.result()->tunnels[u].name.startsWith(QStringLiteral("IX-RENAMED ")));
    }

    void keepsTheReplayPlaceByTime()
    {
        SimulationSession session(&m_seed);
        session.seekTime(300);
        const double before = session.time();
        QVERIFY(before <= 300 && before > 250);
        QVERIFY(m_seed.setValue(m_ix, Field::peerPolicy, QStringLiteral("learned")));
        QVERIFY(session.waitUntilIdle(10000));
        QCOMPARE(session.step(), session.cursor().stepAtTime(before));
        QVERIFY(session.time() <= before && session.time() > 250);

        // The place is taken when the result arrives, not when it was requested.
        WorkerGate gate(session);
        const int runs = session.runCount();
        QVERIFY(m_seed.setValue(m_ne, Field::peerPolicy, QStringLiteral("learned")));
        QTRY_COMPARE(session.runCount(), runs + 1);
        QVERIFY(session.isBusy());
        session.seekTime(120);
        const double moved = session.time();
        QVERIFY(moved <= 120 && moved > 60);
        gate.open();
        QVERIFY(session.waitUntilIdle(10000));
        QCOMPARE(session.step(), session.cursor().stepAtTime(moved));

        // The end stays the end; before the first step stays there.
        session.toEnd();
        QVERIFY(m_seed.setValue(m_ne, Field::deployAt, 5.0));
        QVERIFY(session.waitUntilIdle(10000));
        QCOMPARE(session.step(), session.stepCount() - 1);
        session.toStart();
        QVERIFY(m_seed.setValue(m_ne, Field::deployAt, 6.0));
        QVERIFY(session.waitUntilIdle(10000));
        QCOMPARE(session.step(), -1);
    }

    void destroyingWhileARunIsInFlightIsPrompt()
    {
        Project p;
        buildSyntheticProject(&p, 1000, QStringLiteral("cisco-ios"), QStringLiteral("learned"), 3600);
        QElapsedTimer t;
        t.start();
        auto session = std::make_unique<SimulationSession>(&p);
        const qint64 oneRun = t.elapsed(); // the constructor runs once, synchronously
        const int runs = session->runCount();
        QSignalSpy results(session.get(), &SimulationSession::resultChanged);
        QVERIFY(p.setValue(p.findByName(ObjectKind::Appliance, QStringLiteral("NE-1")),
                           Field::uplinkIp, QStringLiteral("10.0.9.251")));
        QTRY_COMPARE(session->runCount(), runs + 1);
        QTest::qWait(int(std::min<qint64>(oneRun / 4, 200))); // well into the run
        QVERIFY(session->isBusy());
        t.start();
        session.reset();
        const qint64 shutdown = t.elapsed();
        qInfo("one run: %lld ms; destroyed mid-run in %lld ms", oneRun, shutdown);
        QVERIFY2(shutdown < oneRun / 2 + 100, qPrintable(QString::number(shutdown)));
        QCOMPARE(results.count(), 0);
        QTest::qWait(50); // nothing is delivered to the dead session
    }

    void destroyingWithARunQueuedIsClean()
    {
        auto session = std::make_unique<SimulationSession>(&m_seed);
        auto gate = std::make_unique<WorkerGate>(*session);
        const int runs = session->runCount();
        QVERIFY(m_seed.setValue(m_ix, Field::uplinkIp, QStringLiteral("192.19.72.250")));
        QTRY_COMPARE(session->runCount(), runs + 1); // queued behind the gate
        QVERIFY(m_seed.setValue(m_ix, Field::uplinkIp, QStringLiteral("192.19.72.251")));
        gate.reset(); // opens it; the worker may or may not have started run 1
        session.reset();
        QTest::qWait(20);
    }

    void cancelFlagLeavesResultsIdentical()
    {
        Project p;
        // 200 tunnels over 900 s: thousands of dispatches, so the flag is read mid-run.
        buildSyntheticProject(&p, 200, QStringLiteral("cisco-ios"), QStringLiteral("expects-4500"), 900);
        const std::atomic<bool> stay{false};
        Simulator::Options options;
        options.cancel = &stay;
        const auto plain = Simulator::run(p);
        const auto watched = Simulator::run(p, options);
        QVERIFY2(plain->events.size() > 40000, qPrintable(QString::number(plain->events.size())));
        QCOMPARE(watched->events.size(), plain->events.size());
        QVERIFY(std::equal(watched->events.cbegin(), watched->events.cend(),
                           plain->events.cbegin(), sameEvent));
        QCOMPARE(watched->translations.size(), plain->translations.size());
        QCOMPARE(watched->warnings, plain->warnings);

        const std::atomic<bool> stop{true};
        options.cancel = &stop;
        QVERIFY(!Simulator::run(p, options));
    }
};

QTEST_GUILESS_MAIN(TestSessionAsync)
#include "tst_session_async.moc"
