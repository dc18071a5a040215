// Port allocation of the juniper-srx and yamaha-rtx profiles (docs/profiles.md):
// what each does to a second appliance on UDP 4500, with and without port
// translation, with a configured port range, and when the range is full.
#include "JuniperSrxBehaviour.h"
#include "ModelEnums.h"
#include "NatBehaviour.h"
#include "YamahaRtxBehaviour.h"

#include <QtTest>

namespace {

// A translation table of (local, global, remote) rows.
class Table : public NatBehaviour::Occupancy
{
public:
    struct Row
    {
        Endpoint local, global, remote;
    };
    QList<Row> rows;

    quint32 holderAnyDestination(Protocol, const Endpoint &global, const Endpoint &except) const override
    {
        for (int i = 0; i < rows.size(); ++i) {
            if (rows[i].global == global && rows[i].local != except)
                return quint32(i + 1);
        }
        return 0;
    }
    quint32 holderToward(Protocol, const Endpoint &global, const Endpoint &remote) const override
    {
        for (int i = 0; i < rows.size(); ++i) {
            if (rows[i].global == global && rows[i].remote == remote)
                return quint32(i + 1);
        }
        return 0;
    }
    QList<Endpoint> mappingsOf(Protocol, const Endpoint &local) const override
    {
        QList<Endpoint> out;
        for (const Row &r : rows) {
            if (r.local == local && !out.contains(r.global))
                out.append(r.global);
        }
        return out;
    }
    Endpoint newestMappingOf(Protocol, const Endpoint &local) const override
    {
        for (int i = int(rows.size()) - 1; i >= 0; --i) {
            if (rows[i].local == local)
                return rows[i].global;
        }
        return {};
    }
    // Allocates for local -> remote and records the row.
    NatBehaviour::Result add(const NatBehaviour &b, const Endpoint &local, const Endpoint &remote,
                             QList<quint32> globals, bool translatePort, std::mt19937 &rng)
    {
        NatBehaviour::Request request{Protocol::Udp, local, remote, globals, translatePort};
        const NatBehaviour::Result r = b.allocate(request, *this, rng);
        if (r.ok)
            rows.append({local, r.global, remote});
        return r;
    }
};

Endpoint ep(const char *ip, quint16 port)
{
    quint32 a = 0;
    Ipv4::parse(QString::fromLatin1(ip), &a);
    return {a, port};
}

quint32 addr(const char *ip)
{
    return ep(ip, 0).ip;
}

} // namespace

class TestVendorProfiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void profilesAreKnown()
    {
        for (const char *key : {"juniper-srx", "yamaha-rtx"}) {
            const QString profile = QString::fromLatin1(key);
            QVERIFY(ModelEnums::profileKeys().contains(profile));
            QVERIFY(NatBehaviour::create(profile, {}));
            QCOMPARE(NatBehaviour::create(profile, {})->key(), profile);
            QVERIFY(ModelEnums::isProfileOption(profile, QStringLiteral("ports=2000-2999")));
            QVERIFY(!ModelEnums::isProfileOption(profile, QStringLiteral("ports=2999-2000")));
            QVERIFY(!ModelEnums::isProfileOption(profile, QStringLiteral("ports=0-10")));
            QVERIFY(!ModelEnums::isProfileOption(profile, QStringLiteral("random")));
            QVERIFY(ModelEnums::displayName(profile) != profile);
        }
        QVERIFY(!ModelEnums::isProfileOption(QStringLiteral("cisco-ios"), QStringLiteral("ports=1-2")));
    }

    // SRX interface NAT: neither appliance keeps 4500, though it is free; each
    // session draws a port of the documented single-port range.
    void srxTranslatesEveryPort()
    {
        const auto srx = NatBehaviour::create(QStringLiteral("juniper-srx"), {});
        Table t;
        std::mt19937 rng(1);
        const QList<quint32> g{addr("19.155.80.72")};
        const auto ne = t.add(*srx, ep("192.19.72.203", 4500), ep("203.0.113.11", 4500), g, true, rng);
        const auto ix = t.add(*srx, ep("192.19.72.202", 4500), ep("203.0.113.10", 4500), g, true, rng);
        QVERIFY(ne.ok && ix.ok);
        for (const auto &r : {ne, ix}) {
            QVERIFY(r.global.port != 4500);
            QVERIFY(r.global.port >= 1024 && r.global.port <= 63487);
            QCOMPARE(r.heldBy, 0u); // nobody held 4500: no collision
        }
        QVERIFY(ne.global.port != ix.global.port);
        // A second session of the same host gets a port of its own (no reuse).
        const auto again = t.add(*srx, ep("192.19.72.203", 4500), ep("203.0.113.99", 4500), g, true, rng);
        QVERIFY(again.global.port != ne.global.port);
    }

    void srxPortRangeAndExhaustion()
    {
        const auto srx = NatBehaviour::create(QStringLiteral("juniper-srx"), {QStringLiteral("ports=2000-2001")});
        Table t;
        std::mt19937 rng(7);
        const QList<quint32> g{addr("19.155.80.90")};
        QList<quint16> ports;
        for (int host = 1; host <= 2; ++host) {
            const auto r = t.add(*srx, ep(QByteArray("10.0.0." + QByteArray::number(host)).constData(), 4500),
                                 ep("198.51.100.1", 53), g, true, rng);
            QVERIFY(r.ok);
            ports.append(r.global.port);
        }
        std::sort(ports.begin(), ports.end());
        QCOMPARE(ports, (QList<quint16>{2000, 2001}));
        // The range is full: the third session is refused (packets dropped).
        QVERIFY(!t.add(*srx, ep("10.0.0.3", 4500), ep("198.51.100.1", 53), g, true, rng).ok);
    }

    // port no-translation: the source port is kept; a second host asking for the
    // same port takes the next pool address; none left: refused.
    void srxNoTranslationKeepsThePort()
    {
        const auto srx = NatBehaviour::create(QStringLiteral("juniper-srx"), {});
        Table t;
        std::mt19937 rng(1);
        const QList<quint32> pool{addr("19.155.80.80"), addr("19.155.80.81")};
        const auto ne = t.add(*srx, ep("192.19.72.203", 4500), ep("203.0.113.11", 4500), pool, false, rng);
        const auto ix = t.add(*srx, ep("192.19.72.202", 4500), ep("203.0.113.10", 4500), pool, false, rng);
        QCOMPARE(ne.global, ep("19.155.80.80", 4500));
        QCOMPARE(ix.global, ep("19.155.80.81", 4500));
        // The same host keeps its address for another session.
        const auto ne2 = t.add(*srx, ep("192.19.72.203", 500), ep("203.0.113.11", 500), pool, false, rng);
        QCOMPARE(ne2.global, ep("19.155.80.80", 500));
        const auto third = t.add(*srx, ep("192.19.72.204", 4500), ep("203.0.113.12", 4500), pool, false, rng);
        QVERIFY(!third.ok);
        QVERIFY(third.heldBy != 0);
    }

    // RTX IPマスカレード: the lowest free port of the range, one binding per inside
    // endpoint whatever the destination.
    void rtxMasqueradeTakesTheRangeInOrder()
    {
        const auto rtx = NatBehaviour::create(QStringLiteral("yamaha-rtx"), {});
        Table t;
        std::mt19937 rng(1);
        const QList<quint32> g{addr("19.155.80.72")};
        const auto ne = t.add(*rtx, ep("192.19.72.203", 4500), ep("203.0.113.11", 4500), g, true, rng);
        const auto ix = t.add(*rtx, ep("192.19.72.202", 4500), ep("203.0.113.10", 4500), g, true, rng);
        QCOMPARE(ne.global, ep("19.155.80.72", 60000));
        QCOMPARE(ix.global, ep("19.155.80.72", 60001));
        const auto again = t.add(*rtx, ep("192.19.72.203", 4500), ep("203.0.113.99", 4500), g, true, rng);
        QCOMPARE(again.global, ne.global);
        // Only the first outer address is used.
        const auto second = t.add(*rtx, ep("192.19.72.50", 53), ep("198.51.100.53", 53),
                                  {addr("19.155.80.72"), addr("19.155.80.73")}, true, rng);
        QCOMPARE(second.global, ep("19.155.80.72", 60002));
    }

    void rtxPortRangeOptionAndTypeNat()
    {
        const auto rtx = NatBehaviour::create(QStringLiteral("yamaha-rtx"), {QStringLiteral("ports=61000-61000")});
        Table t;
        std::mt19937 rng(1);
        const QList<quint32> g{addr("19.155.80.72")};
        QCOMPARE(t.add(*rtx, ep("10.0.0.1", 4500), ep("203.0.113.1", 4500), g, true, rng).global.port, quint16(61000));
        QVERIFY(!t.add(*rtx, ep("10.0.0.2", 4500), ep("203.0.113.1", 4500), g, true, rng).ok);
        // type nat (dynamic NAT): address only, the port is kept.
        const auto nat = t.add(*rtx, ep("10.0.0.3", 4500), ep("203.0.113.1", 4500),
                               {addr("19.155.80.80")}, false, rng);
        QCOMPARE(nat.global, ep("19.155.80.80", 4500));
    }
};

QTEST_GUILESS_MAIN(TestVendorProfiles)
#include "tst_vendorprofiles.moc"
