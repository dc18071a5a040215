// What the kernel ground truth needs, expressed in a project and simulated:
// per-device netfilter timeouts, the INPUT firewall switch, unreplied
// background flows, cloud peers that send first, a peer port other than 4500
// and two tunnels toward one peer address (an appliance with two uplinks).
#include "Examples.h"
#include "Project.h"
#include "ProjectReader.h"
#include "ProjectValidator.h"
#include "ReplayCursor.h"
#include "Simulator.h"

#include <QtTest>

#include <optional>

namespace {

struct Run
{
    std::shared_ptr<const SimulationResult> result;
    std::unique_ptr<ReplayCursor> cursor;
};

Run simulate(const Project &p, double until = -1)
{
    Run r;
    Simulator::Options options;
    options.until = until;
    r.result = Simulator::run(p, options);
    r.cursor = std::make_unique<ReplayCursor>(r.result);
    r.cursor->toEnd();
    return r;
}

} // namespace

class TestGroundTruth : public QObject
{
    Q_OBJECT

    Project m_project;
    ObjectId m_router = NoId;
    ObjectId m_ix = NoId;
    ObjectId m_ixPeer = NoId;

    void set(ObjectId id, FieldKey key, const QVariant &value)
    {
        QString error;
        QVERIFY2(m_project.setValue(id, key, value, &error), qPrintable(error));
    }

    void addEvent(const char *action, double at, ObjectId target, double duration)
    {
        QString error;
        QVERIFY2(m_project.create(ObjectKind::Event, NoId,
                                  {{Field::action, QString::fromLatin1(action)},
                                   {Field::at, at},
                                   {Field::target, target},
                                   {Field::duration, duration}},
                                  &error),
                 qPrintable(error));
    }

    QStringList issues(ObjectId id = NoId, FieldKey field = FieldKey()) const
    {
        QStringList lines;
        for (const ValidationIssue &issue : ProjectValidator::validate(m_project)) {
            if ((id == NoId || issue.id == id) && (field.isNull() || issue.field == field))
                lines.append(ProjectValidator::format(m_project, issue));
        }
        return lines;
    }

    // The last translation event of the tunnel's appliance toward its peer.
    // By value: the log rebuilds events (EventLog); empty when there is none.
    static std::optional<SimEvent> lastTranslationEvent(const SimulationResult &r, int tunnel)
    {
        const SimulationResult::Tunnel &t = r.tunnels[tunnel];
        for (auto it = r.events.crbegin(); it != r.events.crend(); ++it) {
            if ((it->type == SimEvent::TranslationCreated || it->type == SimEvent::NatTranslated)
                && !(it->flags & SimEvent::Inbound) && it->translation
                && r.translation(it->translation).insideLocal == t.local)
                return *it;
        }
        return std::nullopt;
    }

    static QList<quint32> routerEntries(const SimulationResult &r)
    {
        QList<quint32> ids;
        for (const Translation &t : r.translations) {
            if (t.toRouter)
                ids.append(t.id);
        }
        return ids;
    }

private Q_SLOTS:
    void init()
    {
        ProjectReader reader;
        QVERIFY2(reader.read(Examples::resourcePath(QStringLiteral("home-lab")), &m_project),
                 qPrintable(reader.errorString()));
        m_router = m_project.objects(ObjectKind::Device).first();
        m_ix = m_project.findByName(ObjectKind::Appliance, QStringLiteral("HCX-IX-I1"));
        m_ixPeer = m_project.value(m_ix, Field::peer).toUInt();
        QVERIFY(m_ix && m_ixPeer);
        QCOMPARE(m_project.text(m_router, Field::profile), QStringLiteral("linux-netfilter"));
        QVERIFY2(issues().isEmpty(), qPrintable(issues().join(u'\n')));
    }

    // The netfilter timers are the device's, and its udpTimeout is not one of them.
    void netfilterTimeoutsAreTheDevices()
    {
        // 15 s: the tunnel's next packet comes 10 s after the first.
        set(m_router, Field::conntrackUdpTimeout, 15);
        set(m_router, Field::conntrackUdpStreamTimeout, 40);
        // The example's udpTimeout (120 s) matched the kernel's assured timer; now
        // it matches nothing netfilter uses: a warning, not silence.
        QCOMPARE(issues().size(), 1);
        QCOMPARE(issues(m_router, Field::udpTimeout).size(), 1);
        set(m_router, Field::udpTimeout, 300);
        QVERIFY2(issues().isEmpty(), qPrintable(issues().join(u'\n')));
        const Run r = simulate(m_project, 200);
        const int ix = r.result->tunnelOf(m_ix);
        std::optional<SimEvent> created; // by value: the log rebuilds events
        for (const SimEvent &e : r.result->events) {
            if (e.type == SimEvent::TranslationCreated && e.tunnel == ix) {
                created = e;
                break;
            }
        }
        QVERIFY(created);
        QCOMPARE(created->value - created->time, 15.0);
        const std::optional<SimEvent> last = lastTranslationEvent(*r.result, ix);
        QVERIFY(last && (last->flags & SimEvent::Assured));
        QCOMPARE(last->value - last->time, 40.0);
        QCOMPARE(r.cursor->tunnel(ix).state, SimEvent::Up);

        // udpTimeout does not change a netfilter run.
        set(m_router, Field::udpTimeout, 40); // the same value as the assured timer
        QVERIFY(issues(m_router, Field::udpTimeout).isEmpty());
        const Run same = simulate(m_project, 200);
        QCOMPARE(same.result->events.size(), r.result->events.size());
    }

    // Background flows the remote never answers keep the unreplied timeout.
    void unrepliedBackgroundKeepsTheShortTimeout()
    {
        const ObjectId flow = m_project.objects(ObjectKind::Background).first();
        set(flow, Field::interval, 25.0);
        const auto timers = [&](bool replies) {
            set(flow, Field::remoteReplies, replies);
            const Run r = simulate(m_project, 100);
            QSet<double> left;
            for (quint32 id : r.cursor->live().keys()) {
                const Translation &t = r.result->translation(id);
                if (t.owner == flow)
                    left.insert(r.cursor->live().value(id).assured ? 1 : 0);
            }
            return left;
        };
        QCOMPARE(timers(true), QSet<double>{1});
        QCOMPARE(timers(false), QSet<double>{0});
        QVERIFY2(issues().isEmpty(), qPrintable(issues().join(u'\n')));
        // On a profile whose timeout ignores replies it would do nothing: said so.
        set(m_router, Field::profile, QStringLiteral("cisco-ios"));
        QCOMPARE(issues(flow, Field::remoteReplies).size(), 1);
    }

    // After a redeploy the cloud peer re-initiates toward 4500 before the
    // appliance is back: with no INPUT firewall its packet leaves the router's
    // own entry, which pushes the redeployed appliance off 4500 toward that peer
    // (and the peer's packets keep it alive). A firewall dropping them does not.
    void peerInitiatingFirstPushesTheTunnelOff4500_data()
    {
        QTest::addColumn<bool>("firewall");
        QTest::newRow("no INPUT firewall (kernel default)") << false;
        QTest::newRow("firewall drops unsolicited inbound") << true;
    }

    void peerInitiatingFirstPushesTheTunnelOff4500()
    {
        QFETCH(bool, firewall);
        set(m_router, Field::dropUnsolicitedInbound, firewall);
        addEvent("redeploy-appliance", 100, m_ix, 200);
        addEvent("peer-initiates", 250, m_ix, 60);
        QVERIFY2(issues().isEmpty(), qPrintable(issues().join(u'\n')));
        const Run r = simulate(m_project, 600);
        const int ix = r.result->tunnelOf(m_ix);
        const QList<quint32> entries = routerEntries(*r.result);
        QCOMPARE(entries.isEmpty(), firewall);
        if (!firewall) {
            const Translation &entry = r.result->translation(entries.first());
            QCOMPARE(entry.outside, r.result->tunnels[ix].remote);
            QCOMPARE(entry.insideGlobal.port, quint16(4500));
            QVERIFY(entry.created >= 250 && entry.created < 300);
            QCOMPARE(entry.owner, NoId);
        }
        // The appliance's first translation after the redeploy (at 300 s).
        const Translation *after = nullptr;
        for (const Translation &t : r.result->translations) {
            if (!after && t.owner == m_ix && t.created >= 300)
                after = &t;
        }
        QVERIFY(after);
        QCOMPARE(after->insideGlobal.port == 4500, firewall);
        if (!firewall)
            QCOMPARE(after->heldBy, entries.first());
        QCOMPARE(r.cursor->tunnel(ix).state, firewall ? SimEvent::Up : SimEvent::Down);
        // The peer's attempts show in the log: sent, and dropped at the router.
        int attempts = 0;
        for (const SimEvent &e : r.result->events)
            attempts += e.type == SimEvent::PacketSent && e.subject == m_ixPeer && e.time >= 250
                        && e.time < 300;
        QCOMPARE(attempts, 3); // at 250, 270 and 290 s (every keepalive interval)
    }

    // The peer initiates once toward a live tunnel: it reaches the appliance.
    void peerInitiatingToALiveMappingIsDelivered()
    {
        addEvent("silence", 100, m_ix, 10);
        addEvent("peer-initiates", 105, m_ix, 0);
        const Run r = simulate(m_project, 120);
        bool delivered = false;
        for (const SimEvent &e : r.result->events)
            delivered |= e.type == SimEvent::PacketDelivered && e.time == 105 && e.subject == m_ix;
        QVERIFY(delivered);
        QVERIFY(routerEntries(*r.result).isEmpty());
        // Only appliances and meshes have peers to initiate.
        addEvent("peer-initiates", 110, m_router, 0);
        QCOMPARE(issues(m_project.objects(ObjectKind::Event).last(), Field::target).size(), 1);
    }

    // A cloud peer on another port: the flow's tuple carries it.
    void peerPortOtherThan4500()
    {
        set(m_ixPeer, Field::tunnelPort, 4501);
        const Run r = simulate(m_project, 120);
        const int ix = r.result->tunnelOf(m_ix);
        QCOMPARE(r.result->tunnels[ix].remote.port, quint16(4501));
        const std::optional<SimEvent> last = lastTranslationEvent(*r.result, ix);
        QVERIFY(last);
        QCOMPARE(r.result->translation(last->translation).outside.port, quint16(4501));
        QCOMPARE(r.result->translation(last->translation).insideGlobal.port, quint16(4500));
        QCOMPARE(r.cursor->tunnel(ix).state, SimEvent::Up);
        QCOMPARE(issues(m_ixPeer, Field::tunnelPort).size(), 1); // HCX does not support it
        set(m_ixPeer, Field::tunnelPort, 4500);
        set(m_ix, Field::tunnelPort, 4501);
        QCOMPARE(issues(m_ix, Field::tunnelPort).size(), 1); // no effect on-premises
    }

    // Two tunnels toward one peer address: an on-premises appliance with a
    // second uplink. Netfilter keeps 4500 for the first and moves the second.
    void twoUplinksTowardOnePeerAddress()
    {
        set(m_ix, Field::extraUplinkIps, QStringList{QStringLiteral("192.168.11.204")});
        QVERIFY2(issues().isEmpty(), qPrintable(issues().join(u'\n')));
        const Run r = simulate(m_project, 120);
        QList<int> tunnels;
        for (int i = 0; i < r.result->tunnels.size(); ++i) {
            if (r.result->tunnels[i].appliance == m_ix)
                tunnels.append(i);
        }
        QCOMPARE(tunnels.size(), 2);
        const auto &first = r.result->tunnels[tunnels[0]];
        const auto &second = r.result->tunnels[tunnels[1]];
        QCOMPARE(first.remote, second.remote);
        QCOMPARE(Ipv4::toString(second.local.ip), QStringLiteral("192.168.11.204"));
        QVERIFY(second.name.contains(QStringLiteral("192.168.11.204")));
        const quint16 firstPort =
            r.result->translation(lastTranslationEvent(*r.result, tunnels[0])->translation).insideGlobal.port;
        const quint16 secondPort =
            r.result->translation(lastTranslationEvent(*r.result, tunnels[1])->translation).insideGlobal.port;
        QCOMPARE(firstPort, quint16(4500));
        QVERIFY(secondPort != 4500);
        QCOMPARE(r.cursor->tunnel(tunnels[0]).state, SimEvent::Up);
        QCOMPARE(r.cursor->tunnel(tunnels[1]).state, SimEvent::Down); // expects-4500
        set(m_ix, Field::peerPolicy, QStringLiteral("learned"));
        const Run learned = simulate(m_project, 120);
        QCOMPARE(learned.cursor->tunnel(tunnels[1]).state, SimEvent::Up);

        // Checked like the primary uplink.
        set(m_ix, Field::extraUplinkIps, QStringList{QStringLiteral("192.168.11.204"),
                                                     QStringLiteral("192.168.11.204")});
        QCOMPARE(issues(m_ix, Field::extraUplinkIps).size(), 1);
        set(m_ix, Field::extraUplinkIps, QStringList{QStringLiteral("192.168.11.203")});
        const ObjectId ne = m_project.findByName(ObjectKind::Appliance, QStringLiteral("HCX-NE-I1"));
        QCOMPARE(issues(ne, Field::uplinkIp).size(), 1); // NE's uplink: a duplicate address
        set(m_ix, Field::extraUplinkIps, QStringList{QStringLiteral("10.1.1.1")});
        QCOMPARE(issues(m_ix, Field::extraUplinkIps).size(), 1); // not behind the router
        set(m_ix, Field::extraUplinkIps, QStringList{QStringLiteral("192.168.11")});
        QCOMPARE(issues(m_ix, Field::extraUplinkIps).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestGroundTruth)
#include "tst_groundtruth.moc"
