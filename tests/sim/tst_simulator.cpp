// The simulator against the field report (DESIGN.md §1) and the NAT facts of §3.
#include "Examples.h"
#include "EventText.h"
#include "Project.h"
#include "ProjectReader.h"
#include "ReplayCursor.h"
#include "Simulator.h"

#include <QtTest>

class TestSimulator : public QObject
{
    Q_OBJECT

    static void load(const QString &key, Project *p)
    {
        ProjectReader reader;
        QVERIFY2(reader.read(Examples::resourcePath(key), p), qPrintable(reader.errorString()));
    }

    static ObjectId find(const Project &p, const char *name)
    {
        return p.findByName(ObjectKind::Appliance, QString::fromLatin1(name));
    }

    static void addEvent(Project *p, const char *action, double at, ObjectId target, double duration)
    {
        QString error;
        QVERIFY2(p->create(ObjectKind::Event, NoId,
                           {{Field::action, QString::fromLatin1(action)},
                            {Field::at, at},
                            {Field::target, target},
                            {Field::duration, duration}},
                           &error),
                 qPrintable(error));
    }

    struct Outcome
    {
        std::shared_ptr<const SimulationResult> result;
        std::unique_ptr<ReplayCursor> cursor;
        int tunnel(const Project &p, const char *appliance) const
        {
            return result->tunnelOf(find(p, appliance));
        }
        SimEvent::TunnelState state(const Project &p, const char *appliance) const
        {
            return cursor->tunnel(tunnel(p, appliance)).state;
        }
        SimEvent cause(const Project &p, const char *appliance) const
        {
            return result->events[size_t(cursor->tunnel(tunnel(p, appliance)).event)];
        }
        // The appliance's live outbound translation toward its peer.
        Endpoint global(const Project &p, const char *appliance) const
        {
            const ObjectId id = find(p, appliance);
            for (quint32 t : cursor->live().keys()) {
                const Translation &tr = result->translation(t);
                if (tr.owner == id && !tr.outside.isNull())
                    return tr.insideGlobal;
            }
            return {};
        }
    };

    static Outcome simulate(const Project &p, double until = -1)
    {
        Outcome o;
        Simulator::Options options;
        options.until = until;
        o.result = Simulator::run(p, options);
        o.cursor = std::make_unique<ReplayCursor>(o.result);
        o.cursor->toEnd();
        return o;
    }

    static int count(const SimulationResult &r, SimEvent::Type type)
    {
        return int(std::count_if(r.events.cbegin(), r.events.cend(),
                                 [type](const SimEvent &e) { return e.type == type; }));
    }

private Q_SLOTS:
    void seedIncidentNeFirst()
    {
        Project p;
        load(QStringLiteral("seed-incident"), &p);
        const Outcome o = simulate(p);
        QCOMPARE(o.state(p, "HCX-NE-I1"), SimEvent::Up);
        QCOMPARE(o.state(p, "HCX-IX-I1"), SimEvent::Down);
        QCOMPARE(o.global(p, "HCX-NE-I1").toString(), QStringLiteral("19.155.80.72:4500"));
        QCOMPARE(o.global(p, "HCX-IX-I1").toString(), QStringLiteral("19.155.80.72:1543"));
        // The Down reason names the collision and the policy in force.
        const QString reason = EventText(p, *o.result).tunnelReason(o.cause(p, "HCX-IX-I1"));
        QVERIFY2(reason.contains(QStringLiteral("1543")) && reason.contains(QStringLiteral("HCX-NE-I1"))
                     && reason.contains(QStringLiteral("expects-4500")),
                 qPrintable(reason));
        // The IX peer's packets to :4500 are dropped at the router, and it says so.
        const bool dropped = std::any_of(o.result->events.cbegin(), o.result->events.cend(),
                                         [](const SimEvent &e) {
                                             return e.type == SimEvent::PacketDropped
                                                    && e.reason == SimEvent::NoTranslation
                                                    && e.device == 0;
                                         });
        QVERIFY(dropped);
    }

    void downAtTheStepThePortIsGiven()
    {
        Project p;
        load(QStringLiteral("seed-incident"), &p);
        const auto result = Simulator::run(p);
        const ObjectId ix = find(p, "HCX-IX-I1");
        const auto it = std::find_if(result->events.cbegin(), result->events.cend(), [&](const SimEvent &e) {
            return e.type == SimEvent::TranslationCreated && e.subject == ix;
        });
        QVERIFY(it != result->events.cend());
        QCOMPARE(it->mapped.port, quint16(1543));
        ReplayCursor cursor(result);
        const int step = int(it - result->events.cbegin());
        cursor.seek(step - 1);
        QVERIFY(cursor.tunnel(result->tunnelOf(ix)).state != SimEvent::Down);
        cursor.seek(step);
        QCOMPARE(cursor.tunnel(result->tunnelOf(ix)).state, SimEvent::Down);
        QCOMPARE(cursor.tunnel(result->tunnelOf(ix)).reason, SimEvent::PortChanged);
        const QString reason = EventText(p, *result).tunnelReason(*it);
        QVERIFY2(reason.contains(QStringLiteral("1543")) && reason.contains(QStringLiteral("HCX-NE-I1")), qPrintable(reason));
    }

    void seedIncidentRedeployIxFirst()
    {
        Project p;
        load(QStringLiteral("seed-incident"), &p);
        // Redeploying takes longer than the 300 s UDP timeout; IX comes back first.
        addEvent(&p, "redeploy-appliance", 600, find(p, "HCX-IX-I1"), 400);
        addEvent(&p, "redeploy-appliance", 600, find(p, "HCX-NE-I1"), 420);
        const Outcome o = simulate(p, 1500);
        QCOMPARE(o.state(p, "HCX-IX-I1"), SimEvent::Up);
        QCOMPARE(o.state(p, "HCX-NE-I1"), SimEvent::Down);
        QCOMPARE(o.global(p, "HCX-IX-I1").port, quint16(4500));
        QCOMPARE(o.global(p, "HCX-NE-I1").port, quint16(1543));
        const QString reason = EventText(p, *o.result).tunnelReason(o.cause(p, "HCX-NE-I1"));
        QVERIFY2(reason.contains(QStringLiteral("HCX-IX-I1")) && reason.contains(QStringLiteral("expects-4500")),
                 qPrintable(reason));
    }

    void learnedPolicyBothUp()
    {
        Project p;
        load(QStringLiteral("seed-incident"), &p);
        QVERIFY(p.setValue(find(p, "HCX-IX-I1"), Field::peerPolicy, QStringLiteral("learned")));
        QVERIFY(p.setValue(find(p, "HCX-NE-I1"), Field::peerPolicy, QStringLiteral("learned")));
        const Outcome o = simulate(p);
        QCOMPARE(o.state(p, "HCX-IX-I1"), SimEvent::Up);
        QCOMPARE(o.state(p, "HCX-NE-I1"), SimEvent::Up);
        QCOMPARE(o.global(p, "HCX-IX-I1").port, quint16(1543));
        QVERIFY(EventText(p, *o.result).tunnelReason(o.cause(p, "HCX-IX-I1")).contains(QStringLiteral("learned")));
    }

    void learnedPolicyOwnershipFlipCostsTheTunnel()
    {
        Project p;
        load(QStringLiteral("seed-incident"), &p);
        const ObjectId ix = find(p, "HCX-IX-I1"), ne = find(p, "HCX-NE-I1");
        QVERIFY(p.setValue(ix, Field::peerPolicy, QStringLiteral("learned")));
        QVERIFY(p.setValue(ne, Field::peerPolicy, QStringLiteral("learned")));
        // Both fall silent past the 300 s timeout; IX speaks first afterwards.
        addEvent(&p, "silence", 300, ix, 400);
        addEvent(&p, "silence", 300, ne, 420);
        const Outcome o = simulate(p, 1200);
        QCOMPARE(o.global(p, "HCX-IX-I1").port, quint16(4500));
        QCOMPARE(o.global(p, "HCX-NE-I1").port, quint16(1543));
        const auto flip = std::find_if(o.result->events.cbegin(), o.result->events.cend(),
                                       [&](const SimEvent &e) {
                                           return e.type == SimEvent::PortFlip && e.subject == ix
                                                  && e.aux == ne && e.mapped.port == 4500;
                                       });
        QVERIFY(flip != o.result->events.cend());
        // NE's peer still sends to :4500 until it learns 1543: NE is Down for a while,
        // then Up again; both end Up.
        const int neTunnel = o.tunnel(p, "HCX-NE-I1");
        double downAt = -1, upAgainAt = -1;
        for (const SimEvent &e : o.result->events) {
            if (e.type != SimEvent::TunnelChanged || e.tunnel != neTunnel || e.time < 700)
                continue;
            if (e.state == SimEvent::Down && downAt < 0)
                downAt = e.time;
            else if (e.state == SimEvent::Up && downAt >= 0 && upAgainAt < 0)
                upAgainAt = e.time;
        }
        QVERIFY(downAt >= 720);
        QVERIFY(upAgainAt > downAt);
        QCOMPARE(o.state(p, "HCX-NE-I1"), SimEvent::Up);
        QCOMPARE(o.state(p, "HCX-IX-I1"), SimEvent::Up);
    }

    void homeLabBothKeep4500()
    {
        Project p;
        load(QStringLiteral("home-lab"), &p);
        const Outcome o = simulate(p);
        QCOMPARE(o.state(p, "HCX-IX-I1"), SimEvent::Up);
        QCOMPARE(o.state(p, "HCX-NE-I1"), SimEvent::Up);
        QCOMPARE(o.global(p, "HCX-IX-I1").port, quint16(4500));
        QCOMPARE(o.global(p, "HCX-NE-I1").port, quint16(4500));
        // Netfilter shares the global endpoint toward two peers: nobody's
        // translation ended, so nothing changed hands.
        for (const SimEvent &e : o.result->events)
            QVERIFY2(e.type != SimEvent::PortFlip, qPrintable(EventText(p, *o.result).describe(e)));
    }

    void homeLabSamePeerMovesTheSecond()
    {
        Project p;
        load(QStringLiteral("home-lab"), &p);
        // Both appliances toward one peer address: the full tuple collides.
        const ObjectId nePeer = p.value(find(p, "HCX-NE-I1"), Field::peer).toUInt();
        const ObjectId ixPeer = p.value(find(p, "HCX-IX-I1"), Field::peer).toUInt();
        QVERIFY(p.setValue(nePeer, Field::uplinkIp, p.value(ixPeer, Field::uplinkIp)));
        const Outcome o = simulate(p);
        const quint16 ixPort = o.global(p, "HCX-IX-I1").port, nePort = o.global(p, "HCX-NE-I1").port;
        const quint16 second = o.result->events.empty() ? 0 : (ixPort == 4500 ? nePort : ixPort);
        QVERIFY(ixPort == 4500 || nePort == 4500);
        QVERIFY2(second >= 1024 && second != 4500, qPrintable(QString::number(second)));
    }

    void fixedSiteStableForAnHour()
    {
        Project p;
        load(QStringLiteral("fixed-site"), &p);
        const Outcome o = simulate(p, 3600);
        QCOMPARE(o.state(p, "HCX-IX-I1"), SimEvent::Up);
        QCOMPARE(o.state(p, "HCX-NE-I1"), SimEvent::Up);
        for (const SimEvent &e : o.result->events) {
            if (e.type == SimEvent::TunnelChanged)
                QVERIFY2(e.state != SimEvent::Down, qPrintable(QString::number(e.time)));
        }
        QCOMPARE(o.global(p, "HCX-IX-I1").toString(), QStringLiteral("19.155.80.73:4500"));
        QCOMPARE(o.global(p, "HCX-NE-I1").toString(), QStringLiteral("19.155.80.74:4500"));
        QVERIFY(o.cursor->time() > 3500);
    }

    void deterministic()
    {
        Project p;
        load(QStringLiteral("home-lab"), &p);
        const ObjectId router = p.objects(ObjectKind::Device).first();
        QVERIFY(p.setValue(router, Field::options, QStringList{QStringLiteral("random-fully")}));
        const auto ports = [&]() {
            const Outcome o = simulate(p, 120);
            return QList<quint16>{o.global(p, "HCX-IX-I1").port, o.global(p, "HCX-NE-I1").port};
        };
        const QList<quint16> first = ports();
        QCOMPARE(ports(), first);
        QVERIFY(p.setValue(NoId, Field::seed, 99));
        QVERIFY(ports() != first);
    }

    void replaySeekMatchesStepping()
    {
        Project p;
        load(QStringLiteral("seed-incident"), &p);
        addEvent(&p, "silence", 300, find(p, "HCX-NE-I1"), 400);
        const auto result = Simulator::run(p);
        ReplayCursor stepping(result, 1 << 30); // no checkpoints: pure forward replay
        ReplayCursor seeking(result, 97);
        const int n = stepping.stepCount();
        QVERIFY(n > 1000);
        for (int step = -1; step < n; step += 37) {
            stepping.seek(step);
            seeking.seek(n - 1 - (step % 500)); // jump somewhere else first
            seeking.seek(step);
            QCOMPARE(seeking.step(), step);
            QCOMPARE(seeking.live().size(), stepping.live().size());
            for (auto it = stepping.live().cbegin(); it != stepping.live().cend(); ++it) {
                QVERIFY(seeking.live().contains(it.key()));
                QCOMPARE(seeking.live().value(it.key()).expires, it->expires);
            }
            for (int t = 0; t < stepping.tunnelCount(); ++t)
                QCOMPARE(seeking.tunnel(t).event, stepping.tunnel(t).event);
        }
        // Stepping back restores the previous state exactly.
        seeking.seek(n / 2);
        const auto before = seeking.live();
        seeking.stepForward();
        seeking.stepBack();
        QCOMPARE(seeking.live().keys().size(), before.keys().size());
        QCOMPARE(seeking.stepAtTime(-1), -1);
        QCOMPARE(seeking.stepAtTime(1e9), n - 1);
    }

    void everyEventHasText()
    {
        Project p;
        load(QStringLiteral("seed-incident"), &p);
        addEvent(&p, "clear-nat", 500, NoId, 0);
        const auto result = Simulator::run(p);
        const EventText text(p, *result);
        for (const SimEvent &e : result->events)
            QVERIFY2(!text.describe(e).isEmpty(), qPrintable(EventText::typeName(e.type)));
        QVERIFY(count(*result, SimEvent::TranslationExpired) > 0);
    }
};

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
