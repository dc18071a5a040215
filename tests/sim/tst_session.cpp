// SimulationSession: re-runs after edits, keeps the user's place, plays.
#include "Examples.h"
#include "Project.h"
#include "ProjectReader.h"
#include "SimulationSession.h"

#include <QSignalSpy>
#include <QtTest>

class TestSession : public QObject
{
    Q_OBJECT

    static SimEvent::TunnelState ixState(const SimulationSession &s, const Project &p)
    {
        const int t = s.result()->tunnelOf(p.findByName(ObjectKind::Appliance, QStringLiteral("HCX-IX-I1")));
        return s.cursor().tunnel(t).state;
    }

private Q_SLOTS:
    void rerunsAfterEditsOnce()
    {
        Project p;
        ProjectReader reader;
        QVERIFY(reader.read(Examples::resourcePath(QStringLiteral("seed-incident")), &p));
        SimulationSession session(&p);
        QCOMPARE(session.step(), session.stepCount() - 1); // opens at the end
        QCOMPARE(ixState(session, p), SimEvent::Down);
        QSignalSpy runs(&session, &SimulationSession::resultChanged);
        const ObjectId ix = p.findByName(ObjectKind::Appliance, QStringLiteral("HCX-IX-I1"));
        const ObjectId ne = p.findByName(ObjectKind::Appliance, QStringLiteral("HCX-NE-I1"));
        p.setValue(ix, Field::peerPolicy, QStringLiteral("learned"));
        p.setValue(ne, Field::peerPolicy, QStringLiteral("learned"));
        QCOMPARE(runs.count(), 0); // coalesced until the event loop runs
        QTRY_COMPARE(runs.count(), 1);
        QCOMPARE(ixState(session, p), SimEvent::Up);
    }

    void keepsTimeAcrossReruns()
    {
        Project p;
        ProjectReader reader;
        QVERIFY(reader.read(Examples::resourcePath(QStringLiteral("seed-incident")), &p));
        SimulationSession session(&p);
        session.seekTime(300);
        const double before = session.time();
        QVERIFY(before <= 300 && before > 250);
        p.setValue(NoId, Field::author, QStringLiteral("someone"));
        session.rerun();
        QCOMPARE(session.time(), before);
    }

    void playsAndStopsAtTheEnd()
    {
        Project p;
        ProjectReader reader;
        QVERIFY(reader.read(Examples::resourcePath(QStringLiteral("home-lab")), &p));
        SimulationSession session(&p);
        session.toStart();
        QCOMPARE(session.step(), -1);
        QSignalSpy playing(&session, &SimulationSession::playingChanged);
        session.setSpeed(100000);
        session.play();
        QVERIFY(session.isPlaying());
        QTRY_VERIFY(!session.isPlaying());
        QCOMPARE(session.step(), session.stepCount() - 1);
        QCOMPARE(playing.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
