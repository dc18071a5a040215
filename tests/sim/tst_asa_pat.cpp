// Cisco ASA PAT allocation per pat-pool option (docs/profiles.md, cisco-asa):
// port ranges with and without flat / include-reserve, extended (per
// destination), round-robin across pool addresses, the real port kept when free.
#include "CiscoAsaBehaviour.h"
#include "NatDeviceEngine.h"

#include <QtTest>

namespace {
quint32 ip(const char *text)
{
    quint32 a = 0;
    Ipv4::parse(QString::fromLatin1(text), &a);
    return a;
}

NatDeviceConfig asa(QList<quint32> globals, const QStringList &options = {})
{
    NatDeviceConfig c;
    c.name = QStringLiteral("ASA");
    c.profile = QStringLiteral("cisco-asa");
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
const quint32 G1 = ip("19.155.80.72"), G2 = ip("19.155.80.73"), G3 = ip("19.155.80.74");
} // namespace

class TestAsaPat : public QObject
{
    Q_OBJECT

    std::vector<Translation> store;

    Endpoint out(NatDeviceEngine &e, quint32 local, quint16 port, const Endpoint &remote)
    {
        const auto r = e.outbound(Protocol::Udp, {local, port}, remote, 0, 1);
        return r.status == NatDeviceEngine::Outbound::Translated ? r.global : Endpoint();
    }

private Q_SLOTS:
    void init() { store.clear(); }

    void optionsParse()
    {
        using O = CiscoAsaBehaviour;
        QVERIFY(!O::parse({}).flat);
        const O::Options all = O::parse({QStringLiteral("extended"), QStringLiteral("flat"),
                                         QStringLiteral("include-reserve"),
                                         QStringLiteral("round-robin")});
        QVERIFY(all.extended && all.flat && all.includeReserve && all.roundRobin);
        // include-reserve is a word of "flat include-reserve": alone it changes nothing.
        QVERIFY(!O::parse({QStringLiteral("include-reserve")}).includeReserve);
        // Every option key the validator accepts reaches the behaviour.
        QCOMPARE(ModelEnums::profileOptionKeys(QStringLiteral("cisco-asa")),
                 (QStringList{QStringLiteral("extended"), QStringLiteral("flat"),
                              QStringLiteral("include-reserve"), QStringLiteral("round-robin")}));
    }

    void rangesPerOption_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("real");
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("last");
        const QStringList none, flat{QStringLiteral("flat")},
            reserve{QStringLiteral("flat"), QStringLiteral("include-reserve")};
        QTest::newRow("default 100") << none << 100 << 1 << 511;
        QTest::newRow("default 511") << none << 511 << 1 << 511;
        QTest::newRow("default 512") << none << 512 << 512 << 1023;
        QTest::newRow("default 1023") << none << 1023 << 512 << 1023;
        QTest::newRow("default 4500") << none << 4500 << 1024 << 65535;
        QTest::newRow("flat 100") << flat << 100 << 1024 << 65535;
        QTest::newRow("flat 4500") << flat << 4500 << 1024 << 65535;
        QTest::newRow("flat include-reserve 100") << reserve << 100 << 1 << 65535;
        QTest::newRow("flat include-reserve 4500") << reserve << 4500 << 1 << 65535;
    }

    // A second host on the same real port is moved into the option's range;
    // many draws stay inside it (and are spread over it: not always the start).
    void rangesPerOption()
    {
        QFETCH(QStringList, options);
        QFETCH(int, real);
        QFETCH(int, first);
        QFETCH(int, last);
        NatDeviceEngine e(0, asa({G1}, options), &store, 7);
        const bool keepable = real >= first && real <= last;
        QCOMPARE(out(e, ip("10.0.0.1"), quint16(real), peerA).port == real, keepable);
        QSet<quint16> seen;
        for (int host = 2; host < 60; ++host) {
            const quint16 p = out(e, ip("10.0.0.0") + quint32(host), quint16(real), peerA).port;
            QVERIFY2(p >= first && p <= last, qPrintable(QString::number(p)));
            QVERIFY(p != real || !keepable);
            seen.insert(p);
        }
        QVERIFY(seen.size() > 50); // distinct ports: no port handed out twice
    }

    void realPortKeptWhenFree()
    {
        NatDeviceEngine e(0, asa({G1}), &store, 1);
        QCOMPARE(out(e, ip("10.0.0.1"), 4500, peerA), (Endpoint{G1, 4500}));
        QCOMPARE(out(e, ip("10.0.0.2"), 4501, peerB), (Endpoint{G1, 4501}));
        // The same inside endpoint keeps its mapping toward a new destination.
        QCOMPARE(out(e, ip("10.0.0.1"), 4500, peerB), (Endpoint{G1, 4500}));
    }

    // Without extended the destination is not considered: the second appliance
    // loses 4500 although it talks to another peer (the seed incident); with
    // extended both keep it, and only the same destination moves a host.
    void extendedIsPerDestination()
    {
        NatDeviceEngine plain(0, asa({G1}), &store, 1);
        QCOMPARE(out(plain, ip("10.0.0.1"), 4500, peerA).port, quint16(4500));
        QVERIFY(out(plain, ip("10.0.0.2"), 4500, peerB).port != 4500);
        store.clear();
        NatDeviceEngine ext(0, asa({G1}, {QStringLiteral("extended")}), &store, 1);
        QCOMPARE(out(ext, ip("10.0.0.1"), 4500, peerA).port, quint16(4500));
        QCOMPARE(out(ext, ip("10.0.0.2"), 4500, peerB).port, quint16(4500));
        const quint16 moved = out(ext, ip("10.0.0.3"), 4500, peerA).port;
        QVERIFY(moved != 4500 && moved >= 1024);
        // Inbound from each peer reaches its own appliance.
        QCOMPARE(ext.inbound(Protocol::Udp, peerA, {G1, 4500}, 1).local.ip, ip("10.0.0.1"));
        QCOMPARE(ext.inbound(Protocol::Udp, peerB, {G1, 4500}, 1).local.ip, ip("10.0.0.2"));
    }

    // Without round-robin the first pool address serves every host while it
    // has room (the real port kept where free); round-robin takes the addresses
    // in turn, so every appliance keeps 4500 on its own address.
    void roundRobinAcrossPoolAddresses()
    {
        NatDeviceEngine first(0, asa({G1, G2, G3}), &store, 1);
        QCOMPARE(out(first, ip("10.0.0.1"), 4500, peerA).ip, G1);
        QCOMPARE(out(first, ip("10.0.0.2"), 4500, peerB).ip, G1);
        QCOMPARE(out(first, ip("10.0.0.3"), 5000, peerB), (Endpoint{G1, 5000}));
        store.clear();
        NatDeviceEngine rr(0, asa({G1, G2, G3}, {QStringLiteral("round-robin")}), &store, 1);
        QCOMPARE(out(rr, ip("10.0.0.1"), 4500, peerA), (Endpoint{G1, 4500}));
        QCOMPARE(out(rr, ip("10.0.0.2"), 4500, peerB), (Endpoint{G2, 4500}));
        QCOMPARE(out(rr, ip("10.0.0.3"), 4500, peerB), (Endpoint{G3, 4500}));
        // The fourth wraps to the first address, where 4500 is taken.
        const Endpoint fourth = out(rr, ip("10.0.0.4"), 4500, peerB);
        QCOMPARE(fourth.ip, G1);
        QVERIFY(fourth.port != 4500 && fourth.port >= 1024);
        // A host that has a mapping keeps it: no rotation for its next flow.
        QCOMPARE(out(rr, ip("10.0.0.2"), 4500, peerA), (Endpoint{G2, 4500}));
    }

    // The pool's next address is tried when a range is full on the first one.
    void fullRangeMovesToTheNextAddress()
    {
        NatDeviceConfig c = asa({G1, G2});
        NatDeviceEngine e(0, c, &store, 1);
        for (int host = 1; host <= 511; ++host)
            QCOMPARE(out(e, ip("10.1.0.0") + quint32(host), 100, peerA).ip, G1);
        QCOMPARE(out(e, ip("10.2.0.1"), 100, peerA), (Endpoint{G2, 100}));
    }
};

QTEST_GUILESS_MAIN(TestAsaPat)
#include "tst_asa_pat.moc"
