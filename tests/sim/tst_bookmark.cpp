// Bookmarks anchored to what happened: made from a step, found again in another
// run (or said to no longer apply), and their stored records checked.
#include "Bookmark.h"
#include "Diagnoser.h"
#include "Examples.h"
#include "Project.h"
#include "ProjectReader.h"
#include "Simulator.h"

#include <QtTest>

class TestBookmark : public QObject
{
    Q_OBJECT

private:
    static SimEvent event(SimEvent::Type type, double time, ObjectId subject,
                          SimEvent::TunnelState state = SimEvent::NotDeployed, int tunnel = -1)
    {
        SimEvent e;
        e.type = type;
        e.time = time;
        e.subject = subject;
        e.state = state;
        e.tunnel = tunnel;
        return e;
    }
    // The first step where the seed incident's on-prem IX goes Down.
    static int ixDownStep(const SimulationResult &result, ObjectId ix)
    {
        for (size_t i = 0; i < result.events.size(); ++i) {
            const SimEvent &e = result.events[i];
            if (Bookmark::subjectOf(result, e) == ix &&
                Bookmark::stateOf(e) == QLatin1String("down"))
                return int(i);
        }
        return -1;
    }

private Q_SLOTS:
    void keysAreStable()
    {
        // The keys are the file format: they must never change.
        QCOMPARE(Bookmark::eventKey(SimEvent::TunnelChanged), QStringLiteral("tunnel-changed"));
        QCOMPARE(Bookmark::eventKey(SimEvent::TranslationCreated),
                 QStringLiteral("translation-created"));
        QCOMPARE(Bookmark::stateKey(SimEvent::Down), QStringLiteral("down"));
        QCOMPARE(Bookmark::stateKey(SimEvent::Up), QStringLiteral("up"));
        for (int i = 0; i < SimEvent::TypeCount; ++i)
            QCOMPARE(Bookmark::eventType(Bookmark::eventKey(SimEvent::Type(i))), SimEvent::Type(i));
        QCOMPARE(Bookmark::eventType(QStringLiteral("nonsense")), SimEvent::TypeCount);
    }

    void tunnelEventsAreAnchoredToTheOnPremAppliance()
    {
        SimulationResult r;
        SimulationResult::Tunnel t;
        t.appliance = 7;
        t.peer = 9;
        r.tunnels.append(t);
        SimulationResult::Device d;
        d.id = 4;
        r.devices.append(d);
        // PeerLearned's subject is the cloud peer; the bookmark names the tunnel's
        // on-prem side so every tunnel event of one tunnel shares a subject.
        r.events.push_back(event(SimEvent::PeerLearned, 1, 9, SimEvent::NotDeployed, 0));
        r.events.push_back(event(SimEvent::TunnelChanged, 2, NoId, SimEvent::Up, 0));
        SimEvent expired = event(SimEvent::TranslationExpired, 3, NoId);
        expired.device = 0;
        r.events.push_back(expired);
        QCOMPARE(Bookmark::subjectOf(r, r.events[0]), ObjectId(7));
        QCOMPARE(Bookmark::subjectOf(r, r.events[1]), ObjectId(7));
        QCOMPARE(Bookmark::subjectOf(r, r.events[2]), ObjectId(4));
        QCOMPARE(Bookmark::stateOf(r.events[0]), QString());
        QCOMPARE(Bookmark::stateOf(r.events[1]), QStringLiteral("up"));

        const Bookmark b = Bookmark::fromEvent(r, 1, QStringLiteral("IX Up"));
        QCOMPARE(b.at, 2.0);
        QCOMPARE(b.event, QStringLiteral("tunnel-changed"));
        QCOMPARE(b.subject, ObjectId(7));
        QCOMPARE(b.state, QStringLiteral("up"));
        QCOMPARE(b.label, QStringLiteral("IX Up"));
        QVERIFY(!b.isLegacy());
        QCOMPARE(b.resolve(r), 1);
    }

    void resolvesToTheNearestMatchingEvent()
    {
        SimulationResult r;
        const auto add = [&r](SimEvent::Type type, double time, ObjectId subject,
                              SimEvent::TunnelState state = SimEvent::NotDeployed) {
            SimEvent e = event(type, time, subject, state);
            if (type == SimEvent::TranslationCreated && state != SimEvent::NotDeployed)
                e.flags |= SimEvent::StateChange;
            r.events.push_back(e);
        };
        add(SimEvent::TranslationCreated, 5, 1);                  // 0: no state change
        add(SimEvent::TranslationCreated, 9, 1, SimEvent::Down);  // 1: Down
        add(SimEvent::TranslationCreated, 10, 2, SimEvent::Down); // 2: another appliance
        add(SimEvent::NatTranslated, 10, 1);                      // 3: another kind
        add(SimEvent::TranslationCreated, 12, 1, SimEvent::Down); // 4: Down again
        add(SimEvent::TranslationCreated, 12, 1, SimEvent::Down); // 5: same time as 4
        add(SimEvent::TranslationCreated, 30, 1, SimEvent::Down); // 6

        Bookmark b;
        b.event = QStringLiteral("translation-created");
        b.subject = 1;
        b.state = QStringLiteral("down");
        b.at = 12;
        QCOMPARE(b.resolve(r), 4); // exact time, the first of two
        b.at = 10.6;
        QCOMPARE(b.resolve(r), 4); // nearer than 9
        b.at = 10.5;
        QCOMPARE(b.resolve(r), 1); // as near as 12: the earlier
        b.at = 100;
        QCOMPARE(b.resolve(r), 6);
        b.at = 0;
        QCOMPARE(b.resolve(r), 1); // the state must match: 0 set none
        b.state.clear();
        QCOMPARE(b.resolve(r), 0);
        b.subject = 3;
        QCOMPARE(b.resolve(r), -1); // nothing happened to that subject
        b.subject = 1;
        b.event = QStringLiteral("tunnel-changed");
        QCOMPARE(b.resolve(r), -1);

        // A legacy bookmark only knows its step.
        Bookmark legacy;
        legacy.step = 6;
        QVERIFY(legacy.isLegacy());
        QCOMPARE(legacy.resolve(r), 6);
        legacy.step = 7;
        QCOMPARE(legacy.resolve(r), -1);
        QCOMPARE(Bookmark::fromEvent(r, 99, QString()).step, 99);
    }

    void seedIxDownNoLongerAppliesAfterTheFixAndReturnsOnRevert()
    {
        Project project;
        ProjectReader reader;
        QVERIFY2(reader.read(Examples::resourcePath(QStringLiteral("seed-incident")), &project),
                 qPrintable(reader.errorString()));
        const ObjectId ix = project.findByName(ObjectKind::Appliance, QStringLiteral("HCX-IX-I1"));
        QVERIFY(ix != NoId);
        const auto before = Simulator::run(project);
        const int down = ixDownStep(*before, ix);
        QVERIFY(down > 0);
        const Bookmark b = Bookmark::fromEvent(*before, down, QStringLiteral("IX Down"));
        QCOMPARE(b.subject, ix);
        QCOMPARE(b.state, QStringLiteral("down"));
        QCOMPARE(b.resolve(*before), down);
        // Stored and read back, it is the same bookmark.
        QVariantMap record;
        QString member;
        QString error;
        QVERIFY2(Bookmark::normalizeRecord(b.toRecord(), &record, &member, &error),
                 qPrintable(error));
        QCOMPARE(record, b.toRecord());
        QCOMPARE(Bookmark::fromRecord(record).resolve(*before), down);

        QList<Finding> collisions;
        for (const Finding &f : Diagnoser().diagnose(project, before)) {
            if (f.rule == QLatin1String("pat-collision"))
                collisions.append(f);
        }
        QVERIFY(!collisions.isEmpty());
        ChangeSet::Applied applied;
        QVERIFY2(collisions.first().fix.changes.apply(&project, &applied, &error),
                 qPrintable(error));
        const auto fixed = Simulator::run(project);
        QVERIFY(!fixed->events.empty());
        QCOMPARE(ixDownStep(*fixed, ix), -1);
        QCOMPARE(b.resolve(*fixed), -1);
        // The old step index now names some unrelated event.
        Bookmark legacy;
        legacy.step = down;
        QVERIFY(legacy.resolve(*fixed) >= 0);

        ChangeSet::revert(&project, applied);
        const auto reverted = Simulator::run(project);
        QCOMPARE(b.resolve(*reverted), down);
        QCOMPARE(reverted->events[size_t(down)].time, before->events[size_t(down)].time);
    }

    void recordsAreChecked_data()
    {
        QTest::addColumn<QVariant>("in");
        QTest::addColumn<QString>("member");
        QTest::addColumn<QString>("message");
        const auto map = [](std::initializer_list<std::pair<QString, QVariant>> list) {
            return QVariant(QVariantMap(list));
        };
        QTest::newRow("not a record") << QVariant(3) << QString() << "expected a bookmark";
        QTest::newRow("bad legacy") << QVariant(QStringLiteral("x|y")) << QString() << "STEP|label";
        QTest::newRow("unknown member")
            << map({{"event", "tunnel-changed"}, {"at", 1}, {"colour", "red"}}) << "colour"
            << "unknown member";
        QTest::newRow("unknown event") << map({{"event", "exploded"}, {"at", 1}}) << "event"
                                       << "not an event kind";
        QTest::newRow("time as text") << map({{"event", "tunnel-changed"}, {"at", "soon"}}) << "at"
                                      << "seconds";
        QTest::newRow("negative time") << map({{"event", "tunnel-changed"}, {"at", -2.0}}) << "at"
                                       << "seconds";
        QTest::newRow("missing time") << map({{"event", "tunnel-changed"}}) << "at"
                                      << "seconds";
        QTest::newRow("fractional subject")
            << map({{"event", "tunnel-changed"}, {"at", 1}, {"subject", 1.5}}) << "subject"
            << "object id";
        QTest::newRow("bad state")
            << map({{"event", "tunnel-changed"}, {"at", 1}, {"state", "sideways"}}) << "state"
            << "not a tunnel state";
        QTest::newRow("label as number")
            << map({{"event", "tunnel-changed"}, {"at", 1}, {"label", 5}}) << "label"
            << "expected text";
        QTest::newRow("step and event")
            << map({{"event", "tunnel-changed"}, {"at", 1}, {"step", 3}}) << "step"
            << "not allowed";
        QTest::newRow("neither") << map({{"label", "x"}}) << QString() << "needs";
        QTest::newRow("legacy with time") << map({{"step", 3}, {"at", 1}}) << "at"
                                          << "legacy";
    }

    void recordsAreChecked()
    {
        QFETCH(QVariant, in);
        QFETCH(QString, member);
        QFETCH(QString, message);
        QVariantMap out;
        QString where = QStringLiteral("unset");
        QString error;
        QVERIFY(!Bookmark::normalizeRecord(in, &out, &where, &error));
        QCOMPARE(where, member);
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void recordsAreCanonical()
    {
        QVariantMap out;
        QString member;
        QString error;
        // JSON numbers arrive as doubles; ids become ObjectIds, an empty state is dropped.
        QVERIFY(Bookmark::normalizeRecord(
            QVariantMap{{QStringLiteral("event"), QStringLiteral("port-flip")},
                        {QStringLiteral("at"), 3},
                        {QStringLiteral("subject"), 12.0},
                        {QStringLiteral("state"), QString()}},
            &out, &member, &error));
        QCOMPARE(out.value(QStringLiteral("at")).typeId(), int(QMetaType::Double));
        QCOMPARE(out.value(QStringLiteral("subject")), QVariant(ObjectId(12)));
        QVERIFY(!out.contains(QStringLiteral("state")));
        QCOMPARE(out.value(QStringLiteral("label")), QVariant(QString()));
        // Version 1 text: "STEP|label", the label may hold bars, or be missing.
        QVERIFY(Bookmark::normalizeRecord(QStringLiteral("42|IX | NE"), &out, &member, &error));
        QCOMPARE(Bookmark::fromRecord(out).step, 42);
        QCOMPARE(Bookmark::fromRecord(out).label, QStringLiteral("IX | NE"));
        QVERIFY(Bookmark::normalizeRecord(QStringLiteral("7"), &out, &member, &error));
        QCOMPARE(Bookmark::fromRecord(out).step, 7);
        QVERIFY(Bookmark::fromRecord(out).label.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBookmark)
#include "tst_bookmark.moc"
