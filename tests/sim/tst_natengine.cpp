// Port allocation and inbound matching of each NAT behaviour profile.
#include "CiscoIosBehaviour.h"
#include "NatDeviceEngine.h"

#include <QtTest>

namespace {
quint32 ip(const char *text)
{
    quint32 a = 0;
    Ipv4::parse(QString::fromLatin1(text), &a);
    return a;
}

NatDeviceConfig pat(const QString &profile, QList<quint32> globals,
                    const QStringList &options = {})
{
    NatDeviceConfig c;
    c.name = QStringLiteral("R1");
    c.profile = profile;
    c.options = options;
    c.insideNetworks.append({ip("10.0.0.0"), 8});
    NatDeviceConfig::DynamicPat d;
    d.sources.append({ip("10.0.0.0"), 8});
    d.globals = globals;
    c.dynamics.append(d);
    return c;
}

const Endpoint peerA{ip("203.0.113.10"), 4500};
const Endpoint peerB{ip("203.0.113.11"), 4500};
} // namespace

class TestNatEngine : public QObject
{
    Q_OBJECT

    std::vector<Translation> store;

    Endpoint out(NatDeviceEngine &e, const char *local, quint16 port, const Endpoint &remote)
    {
        const auto r = e.outbound(Protocol::Udp, {ip(local), port}, remote, 0, 1);
        return r.status == NatDeviceEngine::Outbound::Translated ? r.global : Endpoint();
    }

private Q_SLOTS:
    void init() { store.clear(); }

    void iosKeepsFreePortAndTakesGroupStartOnCollision()
    {
        NatDeviceEngine e(0, pat(QStringLiteral("cisco-ios"), {ip("19.155.80.72")}), &store, 1);
        QCOMPARE(out(e, "10.0.0.3", 4500, peerB).port, quint16(4500));
        // Another inside host on 4500, even toward another peer: IOS moves it to the
        // first free port of the 1024-65535 group.
        const auto r = e.outbound(Protocol::Udp, {ip("10.0.0.2"), 4500}, peerA, 1, 2);
        QCOMPARE(r.global.port, quint16(1024));
        QCOMPARE(store[r.id - 1].requestedPort, quint16(4500));
        QCOMPARE(store[r.id - 1].heldBy, quint32(1));
        // Low ports stay in their own group.
        QCOMPARE(out(e, "10.0.0.4", 100, peerA).port, quint16(100));
        QCOMPARE(out(e, "10.0.0.5", 100, peerA).port, quint16(1));
        QCOMPARE(out(e, "10.0.0.6", 600, peerA).port, quint16(600));
        QCOMPARE(out(e, "10.0.0.7", 600, peerA).port, quint16(512));
    }

    void iosPortGroupBoundaries_data()
    {
        // Documented groups 0-511, 512-1023, 1024-65535: a taken port moves to the
        // start of its own group (port 0 itself is never handed out).
        QTest::addColumn<int>("port");
        QTest::addColumn<int>("moved");
        QTest::newRow("1") << 1 << 2;
        QTest::newRow("511") << 511 << 1;
        QTest::newRow("512") << 512 << 513;
        QTest::newRow("1023") << 1023 << 512;
        QTest::newRow("1024") << 1024 << 1025;
        QTest::newRow("4500") << 4500 << 1024;
        QTest::newRow("65535") << 65535 << 1024;
    }

    void iosPortGroupBoundaries()
    {
        QFETCH(int, port);
        QFETCH(int, moved);
        NatDeviceEngine e(0, pat(QStringLiteral("cisco-ios"), {ip("19.155.80.72")}), &store, 1);
        QCOMPARE(CiscoIosBehaviour::group(quint16(port)).first,
                 port < 512 ? 0 : port < 1024 ? 512 : 1024);
        QCOMPARE(CiscoIosBehaviour::group(quint16(port)).last,
                 port < 512 ? 511 : port < 1024 ? 1023 : 65535);
        QCOMPARE(out(e, "10.0.0.2", quint16(port), peerA).port, quint16(port)); // kept
        QCOMPARE(out(e, "10.0.0.3", quint16(port), peerA).port, quint16(moved));
    }

    void iosNextAddressWhenGroupIsFull()
    {
        NatDeviceEngine e(0, pat(QStringLiteral("cisco-ios"), {ip("19.155.80.72"), ip("19.155.80.73")}),
                          &store, 1);
        for (int i = 1; i <= 511; ++i)
            QCOMPARE(out(e, "10.0.0.1", quint16(i), peerA).ip, ip("19.155.80.72"));
        const Endpoint g = out(e, "10.0.0.2", 7, peerA);
        QCOMPARE(g.ip, ip("19.155.80.73"));
        QCOMPARE(g.port, quint16(7));
    }

    void iosInboundNeedsTheEntrysRemote()
    {
        NatDeviceEngine e(0, pat(QStringLiteral("cisco-ios"), {ip("19.155.80.72")}), &store, 1);
        out(e, "10.0.0.3", 4500, peerB);
        QVERIFY(e.inbound(Protocol::Udp, peerB, {ip("19.155.80.72"), 4500}, 1).id);
        QCOMPARE(e.inbound(Protocol::Udp, peerA, {ip("19.155.80.72"), 4500}, 1).id, quint32(0));
    }

    void staticNatAndStaticPat()
    {
        NatDeviceConfig c = pat(QStringLiteral("cisco-ios"), {ip("19.155.80.72")});
        c.statics.append({0, ip("10.0.0.2"), ip("19.155.80.73")});
        c.staticPats.append({0, Protocol::Udp, {ip("10.0.0.3"), 4500}, {ip("19.155.80.74"), 4500}});
        NatDeviceEngine e(0, c, &store, 1);
        QCOMPARE(e.installStatics(0).size(), 2);
        QCOMPARE(out(e, "10.0.0.2", 4500, peerA), (Endpoint{ip("19.155.80.73"), 4500}));
        QCOMPARE(out(e, "10.0.0.3", 4500, peerB), (Endpoint{ip("19.155.80.74"), 4500}));
        // Static entries accept inbound from anyone.
        QCOMPARE(e.inbound(Protocol::Udp, peerB, {ip("19.155.80.73"), 4500}, 1).local,
                 (Endpoint{ip("10.0.0.2"), 4500}));
        QCOMPARE(e.inbound(Protocol::Udp, peerA, {ip("19.155.80.74"), 4500}, 1).local,
                 (Endpoint{ip("10.0.0.3"), 4500}));
        // No rule for 192.168.x: untranslated.
        QCOMPARE(e.outbound(Protocol::Udp, {ip("192.168.1.1"), 1}, peerA, 0, 1).status,
                 NatDeviceEngine::Outbound::NoRule);
    }

    void netfilterIsPerTuple()
    {
        NatDeviceEngine e(0, pat(QStringLiteral("linux-netfilter"), {ip("198.51.100.20")}), &store, 7);
        QCOMPARE(out(e, "10.0.0.2", 4500, peerA).port, quint16(4500));
        QCOMPARE(out(e, "10.0.0.3", 4500, peerB).port, quint16(4500)); // other peer: free
        const quint16 moved = out(e, "10.0.0.4", 4500, peerA).port;     // same peer: moved
        QVERIFY(moved >= 1024 && moved != 4500);
        // A host with several mappings tries only its newest toward a new destination.
        const quint16 newest = out(e, "10.0.0.3", 4500, peerA).port; // 10.0.0.3 now has 2
        QVERIFY(newest != 4500);
        QCOMPARE(out(e, "10.0.0.3", 4500, Endpoint{ip("203.0.113.98"), 4500}).port, newest);
        // The first host to a new destination reuses its mapping.
        QCOMPARE(out(e, "10.0.0.2", 4500, Endpoint{ip("203.0.113.99"), 4500}).port, quint16(4500));
        // Inbound only from the entry's exact remote.
        QCOMPARE(e.inbound(Protocol::Udp, peerB, {ip("198.51.100.20"), 4500}, 1).local.ip,
                 ip("10.0.0.3"));
        QCOMPARE(e.inbound(Protocol::Udp, Endpoint{ip("203.0.113.50"), 4500},
                           {ip("198.51.100.20"), 4500}, 1).id, quint32(0));
    }

    // The kernel reuses the newest entry of an inside endpoint, not its newest
    // distinct port (tests/fidelity, scenario 3c).
    void netfilterReusesNewestEntryEvenWhenAnOlderHasItsPort()
    {
        NatDeviceEngine e(0, pat(QStringLiteral("linux-netfilter"), {ip("198.51.100.20")}), &store, 7);
        const Endpoint peerC{ip("203.0.113.12"), 4500}, peerD{ip("203.0.113.13"), 4500};
        QCOMPARE(out(e, "10.0.0.2", 4500, peerA).port, quint16(4500));
        QCOMPARE(out(e, "10.0.0.3", 4500, peerB).port, quint16(4500)); // 10.0.0.3: 4500 (oldest)
        const quint16 moved = out(e, "10.0.0.3", 4500, peerA).port;    // then a moved port
        QVERIFY(moved != 4500);
        // Another host holds `moved` toward C, so 10.0.0.3 to C falls back to 4500:
        // its newest entry has 4500 again, like its oldest.
        QCOMPARE(out(e, "10.0.0.9", moved, peerC).port, moved);
        QCOMPARE(out(e, "10.0.0.3", 4500, peerC).port, quint16(4500));
        QCOMPARE(e.newestMappingOf(Protocol::Udp, {ip("10.0.0.3"), 4500}).port, quint16(4500));
        QCOMPARE(e.mappingsOf(Protocol::Udp, {ip("10.0.0.3"), 4500}).size(), 2);
        QCOMPARE(out(e, "10.0.0.3", 4500, peerD).port, quint16(4500)); // not `moved`
    }

    // An unsolicited inbound packet to the router leaves the router's own entry
    // (no INPUT firewall): it holds global <-> sender for the unreplied timeout,
    // is refreshed (not replied) by the sender's next packet, and pushes an
    // outbound flow to that sender off its port. A firewall prevents it.
    void netfilterUnsolicitedInboundHoldsTuple()
    {
        NatDeviceConfig c = pat(QStringLiteral("linux-netfilter"), {ip("198.51.100.20")});
        c.timeouts.udpUnreplied = 10;
        NatDeviceEngine e(0, c, &store, 7);
        const Endpoint global{ip("198.51.100.20"), 4500};
        QCOMPARE(e.inbound(Protocol::Udp, peerA, global, 0).id, quint32(0));
        const quint32 id = e.trackUnsolicited(Protocol::Udp, peerA, global, 0);
        QVERIFY(id);
        QVERIFY(store[id - 1].toRouter);
        QCOMPARE(e.state(id).expires, 10.0);
        QVERIFY(e.mappingsOf(Protocol::Udp, global).isEmpty());   // nobody's mapping
        QCOMPARE(e.holderToward(Protocol::Udp, global, peerA), id); // but the tuple is held
        QCOMPARE(e.holderAnyDestination(Protocol::Udp, global, {}), quint32(0));
        const auto again = e.inbound(Protocol::Udp, peerA, global, 5);
        QCOMPARE(again.id, id);
        QVERIFY(again.toRouter);
        QCOMPARE(e.trackUnsolicited(Protocol::Udp, peerA, global, 5), quint32(0)); // one entry
        e.touch(id, 5, false);
        QCOMPARE(e.state(id).expires, 15.0);
        QVERIFY(!e.state(id).assured);
        const quint16 pushed = out(e, "10.0.0.2", 4500, peerA).port;
        QVERIFY(pushed >= 1024 && pushed != 4500);
        QCOMPARE(out(e, "10.0.0.3", 4500, peerB).port, quint16(4500)); // other peer: free
        e.remove(id);
        QCOMPARE(out(e, "10.0.0.4", 4500, peerA).port, quint16(4500));

        store.clear();
        c.dropUnsolicitedInbound = true;
        NatDeviceEngine fw(0, c, &store, 7);
        QCOMPARE(fw.trackUnsolicited(Protocol::Udp, peerA, global, 0), quint32(0));
        QCOMPARE(out(fw, "10.0.0.2", 4500, peerA).port, quint16(4500));
        // Only netfilter tracks them, and only to the device's own address.
        store.clear();
        NatDeviceEngine ios(0, pat(QStringLiteral("cisco-ios"), {ip("198.51.100.20")}), &store, 1);
        QCOMPARE(ios.trackUnsolicited(Protocol::Udp, peerA, global, 0), quint32(0));
        store.clear();
        NatDeviceEngine other(0, pat(QStringLiteral("linux-netfilter"), {ip("198.51.100.20")}),
                              &store, 1);
        QCOMPARE(other.trackUnsolicited(Protocol::Udp, peerA, {ip("198.51.100.99"), 4500}, 0),
                 quint32(0));
    }

    // The device's nf_conntrack_udp_timeout / _stream, not fixed values; its
    // udpTimeout is not netfilter's.
    void netfilterCustomTimeouts()
    {
        NatDeviceConfig c = pat(QStringLiteral("linux-netfilter"), {ip("198.51.100.20")});
        c.timeouts.udp = 999;
        c.timeouts.udpUnreplied = 10;
        c.timeouts.udpStream = 40;
        NatDeviceEngine e(0, c, &store, 7);
        const auto r = e.outbound(Protocol::Udp, {ip("10.0.0.2"), 4500}, peerA, 0, 1);
        QCOMPARE(e.state(r.id).expires, 10.0);
        e.touch(r.id, 1, true);
        QCOMPARE(e.state(r.id).expires, 11.0);
        e.touch(r.id, 3, false);
        QCOMPARE(e.state(r.id).expires, 43.0);
        // The other profiles keep their one timer.
        store.clear();
        c.profile = QStringLiteral("cisco-ios");
        NatDeviceEngine ios(0, c, &store, 1);
        const auto i = ios.outbound(Protocol::Udp, {ip("10.0.0.2"), 4500}, peerA, 0, 1);
        QCOMPARE(ios.state(i.id).expires, 999.0);
    }

    void netfilterRandomFullyIsSeeded()
    {
        const auto port = [&](quint32 seed) {
            store.clear();
            NatDeviceEngine e(0, pat(QStringLiteral("linux-netfilter"), {ip("198.51.100.20")},
                                     {QStringLiteral("random-fully")}), &store, seed);
            return out(e, "10.0.0.2", 4500, peerA).port;
        };
        QCOMPARE(port(1), port(1));
        QVERIFY(port(1) != 4500 || port(2) != 4500);
        QVERIFY(port(1) >= 1024);
    }

    void netfilterTimeouts()
    {
        NatDeviceEngine e(0, pat(QStringLiteral("linux-netfilter"), {ip("198.51.100.20")}), &store, 7);
        const auto r = e.outbound(Protocol::Udp, {ip("10.0.0.2"), 4500}, peerA, 0, 1);
        QCOMPARE(e.state(r.id).expires, 30.0);
        // A reply within the first 2 s does not yet make the entry assured.
        e.touch(r.id, 1, true);
        QCOMPARE(e.state(r.id).expires, 31.0);
        QVERIFY(!e.state(r.id).assured);
        e.touch(r.id, 5, false);
        QCOMPARE(e.state(r.id).expires, 125.0);
        QVERIFY(e.state(r.id).assured);
    }

    void asaKeepsPortElseSameRange()
    {
        NatDeviceEngine e(0, pat(QStringLiteral("cisco-asa"), {ip("19.155.80.72")}), &store, 3);
        QCOMPARE(out(e, "10.0.0.2", 4500, peerA).port, quint16(4500));
        const quint16 p = out(e, "10.0.0.3", 4500, peerB).port;
        QVERIFY(p >= 1024 && p != 4500);
        store.clear();
        NatDeviceEngine x(0, pat(QStringLiteral("cisco-asa"), {ip("19.155.80.72")},
                                 {QStringLiteral("extended")}), &store, 3);
        QCOMPARE(out(x, "10.0.0.2", 4500, peerA).port, quint16(4500));
        QCOMPARE(out(x, "10.0.0.3", 4500, peerB).port, quint16(4500));
    }

    void rfc4787IsEndpointIndependent()
    {
        NatDeviceEngine e(0, pat(QStringLiteral("rfc4787-eim"), {ip("19.155.80.72")}), &store, 1);
        QCOMPARE(out(e, "10.0.0.2", 4500, peerA).port, quint16(4500));
        QCOMPARE(out(e, "10.0.0.2", 4500, peerB).port, quint16(4500));
        QCOMPARE(out(e, "10.0.0.3", 4500, peerB).port, quint16(4501));
        // Endpoint-independent filtering: anyone may reach the mapping.
        QCOMPARE(e.inbound(Protocol::Udp, Endpoint{ip("203.0.113.77"), 9},
                           {ip("19.155.80.72"), 4501}, 1).local.ip, ip("10.0.0.3"));
    }

    void expiryFreesThePort()
    {
        NatDeviceEngine e(0, pat(QStringLiteral("cisco-ios"), {ip("19.155.80.72")}), &store, 1);
        const auto first = e.outbound(Protocol::Udp, {ip("10.0.0.3"), 4500}, peerB, 0, 1);
        QCOMPARE(e.state(first.id).expires, 300.0);
        e.remove(first.id);
        QCOMPARE(out(e, "10.0.0.2", 4500, peerA).port, quint16(4500));
    }
};

QTEST_GUILESS_MAIN(TestNatEngine)
#include "tst_natengine.moc"
