// Fidelity of the "linux-netfilter" NAT profile: the same UDP 4500 sequences
// are sent through a real kernel (network namespaces, iptables MASQUERADE) and
// through NatDeviceEngine, and what each does is compared (DESIGN.md §3).
#include "LinuxNetfilterBehaviour.h"
#include "NatDeviceEngine.h"
#include "NetnsLab.h"
#include "ProbeReceiver.h"
#include "Project.h"
#include "ProjectSchema.h"

#include <QElapsedTimer>
#include <QThread>
#include <QtTest>

#include <algorithm>

#include <unistd.h>

namespace {
Endpoint ep(const char *address, quint16 port)
{
    Endpoint e{0, port};
    Ipv4::parse(QString::fromLatin1(address), &e.ip);
    return e;
}

const Endpoint host1 = ep("10.99.1.2", 4500);
const Endpoint host2 = ep("10.99.2.2", 4500);
const Endpoint peerA = ep("198.18.0.10", 4500);
const Endpoint peerB = ep("198.18.0.11", 4500);
const Endpoint peerC = ep("198.18.0.12", 4500);
const Endpoint peerD = ep("198.18.0.13", 4500);
const Endpoint stranger = ep("198.18.0.50", 4500);
const quint32 routerOutside = ep("198.18.0.1", 0).ip;

QString yesNo(bool b)
{
    return b ? QStringLiteral("yes") : QStringLiteral("no");
}

QString portClass(quint16 port)
{
    const auto r = LinuxNetfilterBehaviour::portClass(port);
    return QStringLiteral("%1-%2").arg(r.first).arg(r.last);
}
} // namespace

class TestNetfilterFidelity : public QObject
{
    Q_OBJECT

    NetnsLab m_lab;
    bool m_up = false;
    ProbeReceiver m_peers; // udp_probe in the internet namespace, echoing like an IKE peer
    int m_sequence = 0;

    std::vector<Translation> m_store;
    std::unique_ptr<NatDeviceEngine> m_engine;
    double m_now = 0;

    // The lab's router as a project describes it, compiled as the simulator
    // does: the device fields (netfilter timers, INPUT firewall) are the ones
    // under test. Fields left out keep their schema defaults.
    static NatDeviceConfig routerConfig(const FieldValues &device = {})
    {
        Project p;
        QString error;
        const ObjectId site = p.create(ObjectKind::Site, NoId, {}, &error);
        FieldValues values = device;
        values.insert(Field::name, QStringLiteral("router"));
        values.insert(Field::profile, QStringLiteral("linux-netfilter"));
        const ObjectId router = p.create(ObjectKind::Device, site, values, &error);
        p.create(ObjectKind::Interface, router,
                 {{Field::name, QStringLiteral("in")}, {Field::address, QStringLiteral("10.99.1.1")},
                  {Field::prefixLength, 16}, {Field::role, QStringLiteral("inside")}}, &error);
        p.create(ObjectKind::Interface, router,
                 {{Field::name, QStringLiteral("out")}, {Field::address, QStringLiteral("198.18.0.1")},
                  {Field::prefixLength, 24}, {Field::role, QStringLiteral("outside")}}, &error);
        p.create(ObjectKind::AccessList, router,
                 {{Field::name, QStringLiteral("LAN")},
                  {Field::permit, QStringList{QStringLiteral("10.99.0.0/16")}}}, &error);
        p.create(ObjectKind::Rule, router,
                 {{Field::kind, QStringLiteral("dynamic-pat")}, {Field::accessList, QStringLiteral("LAN")},
                  {Field::interface, QStringLiteral("out")}}, &error);
        QStringList warnings;
        NatDeviceConfig c = NatDeviceConfig::fromProject(p, router, &warnings);
        if (!error.isEmpty() || !warnings.isEmpty() || c.dynamics.size() != 1)
            qWarning() << "router project:" << error << warnings;
        return c;
    }

    void resetEngine(const FieldValues &device)
    {
        m_store.clear();
        m_engine = std::make_unique<NatDeviceEngine>(0, routerConfig(device), &m_store, 4500);
        m_now = 0;
    }

    // Drops the engine's entries that have expired by m_now, as Simulator does.
    void expireEngine()
    {
        for (quint32 id : m_engine->dynamicIds()) {
            if (m_engine->state(id).expires <= m_now)
                m_engine->remove(id);
        }
    }

    static QString probe() { return QStringLiteral(UDP_PROBE); }

    struct Pair
    {
        Endpoint kernel, engine;
    };

    NetnsLab::Node nodeOf(const Endpoint &local) const
    {
        return local == host1 ? NetnsLab::Host1 : NetnsLab::Host2;
    }

    // Kernel: the inside host sends one datagram from 4500 and waits for the
    // peer's echo (the IKE reply); the peer reports the source it saw, which
    // is the router's real mapping. Null when it did not get through.
    Endpoint kernelSend(const Endpoint &local, const Endpoint &remote)
    {
        return kernelSend(local, remote, m_peers);
    }

    Endpoint kernelSend(const Endpoint &local, const Endpoint &remote, ProbeReceiver &peers)
    {
        const QString payload = QStringLiteral("%1>%2#%3")
                                    .arg(Ipv4::toString(local.ip), remote.toString())
                                    .arg(++m_sequence);
        const NetnsLab::Result r = m_lab.exec(
            nodeOf(local), {probe(), QStringLiteral("send"), QString::number(local.port),
                            Ipv4::toString(remote.ip), QString::number(remote.port),
                            QStringLiteral("--payload"), payload,
                            QStringLiteral("--recv-timeout-ms"), QStringLiteral("1500")});
        if (!r.out.contains(QLatin1String("REPLY")))
            qWarning() << "no echo for" << payload << r.out << r.err;
        return peers.waitFor(payload, 2000).from;
    }

    // Kernel: one datagram nobody answers (no wait); the router's mapping is
    // read from its conntrack table. Engine: the same packet, no reply.
    Pair sendUnanswered(const char *scenario, const Endpoint &local, const Endpoint &remote)
    {
        const NetnsLab::Result r = m_lab.exec(
            nodeOf(local), {probe(), QStringLiteral("send"), QString::number(local.port),
                            Ipv4::toString(remote.ip), QString::number(remote.port),
                            QStringLiteral("--payload"), QStringLiteral("unanswered")});
        if (!r.ok())
            qWarning() << "send failed" << r.err;
        Pair p{entry(local, remote).global, {}};
        const auto out = m_engine->outbound(Protocol::Udp, local, remote, m_now, 9);
        if (out.status == NatDeviceEngine::Outbound::Translated)
            p.engine = out.global;
        qInfo().noquote() << QStringLiteral("[%1] %2 -> %3 (no reply): kernel mapped to %4, engine to %5")
                                 .arg(QLatin1String(scenario), local.toString(), remote.toString(),
                                      p.kernel.toString(), p.engine.toString());
        return p;
    }

    // Engine: the same packet and its reply, as Simulator drives the engine.
    Endpoint engineSend(const Endpoint &local, const Endpoint &remote)
    {
        const auto out = m_engine->outbound(Protocol::Udp, local, remote, m_now,
                                            local == host1 ? 1 : 2);
        if (out.status != NatDeviceEngine::Outbound::Translated)
            return {};
        if (!out.created)
            m_engine->touch(out.id, m_now, false);
        const auto in = m_engine->inbound(Protocol::Udp, remote, out.global, m_now);
        if (in.id)
            m_engine->touch(in.id, m_now, true);
        return out.global;
    }

    Pair send(const char *scenario, const Endpoint &local, const Endpoint &remote)
    {
        Pair p{kernelSend(local, remote), engineSend(local, remote)};
        qInfo().noquote() << QStringLiteral("[%1] %2 -> %3: kernel mapped to %4, engine to %5")
                                 .arg(QLatin1String(scenario), local.toString(), remote.toString(),
                                      p.kernel.toString(), p.engine.toString());
        return p;
    }

    void logPredicate(const char *scenario, const QString &what, const QString &kernel,
                      const QString &engine)
    {
        qInfo().noquote() << QStringLiteral("[%1] %2: kernel=%3 engine=%4")
                                 .arg(QLatin1String(scenario), what, kernel, engine);
    }

    void dumpConntrack(const char *scenario)
    {
        for (const NetnsLab::ConntrackEntry &e : m_lab.conntrack())
            qInfo().noquote() << QStringLiteral("[%1] conntrack: %2").arg(QLatin1String(scenario), e.line);
    }

    NetnsLab::ConntrackEntry entry(const Endpoint &local, const Endpoint &remote) const
    {
        for (const NetnsLab::ConntrackEntry &e : m_lab.conntrack()) {
            if (e.origSource == local && e.origDestination == remote)
                return e;
        }
        return {};
    }

    // Skips unless MESHNAT_FIDELITY_REQUIRED=1 (CI as root), where an
    // unusable host is a failure, not a reason to skip.
    static bool required() { return qEnvironmentVariableIntValue("MESHNAT_FIDELITY_REQUIRED") == 1; }

private Q_SLOTS:
    void initTestCase()
    {
        if (geteuid() != 0) {
            if (required())
                QFAIL("MESHNAT_FIDELITY_REQUIRED=1 but not running as root");
            QSKIP("needs root: creates network namespaces and iptables MASQUERADE");
        }
        NetnsLab::removeStale();
        QString why;
        bool notPermitted = false;
        if (!m_lab.setUp(&why, &notPermitted)) {
            if (notPermitted && !required())
                QSKIP(qPrintable(QStringLiteral("network namespaces / MASQUERADE not usable here: ") + why));
            QFAIL(qPrintable(why));
        }
        m_up = true;
        // Defaults of a fresh namespace against the profile's timers with the
        // device fields at their schema defaults.
        const NatDeviceConfig config = routerConfig();
        NatDeviceEngine e(0, config, &m_store, 1);
        QVERIFY(e.isValid());
        const NatBehaviour::Timeouts device = config.timeouts;
        QVERIFY(!config.dropUnsolicitedInbound); // the kernel has no INPUT rule by default
        const int unreplied = m_lab.sysctlInt(QStringLiteral("net.netfilter.nf_conntrack_udp_timeout"));
        const int stream = m_lab.sysctlInt(QStringLiteral("net.netfilter.nf_conntrack_udp_timeout_stream"));
        QCOMPARE(ProjectSchema::field(ObjectKind::Device, Field::conntrackUdpTimeout)->defaultValue.toInt(),
                 unreplied);
        QCOMPARE(ProjectSchema::field(ObjectKind::Device, Field::conntrackUdpStreamTimeout)
                     ->defaultValue.toInt(),
                 stream);
        logPredicate("timers", QStringLiteral("UDP unreplied timeout (s)"), QString::number(unreplied),
                     QString::number(e.behaviour().timeout(Protocol::Udp, false, device)));
        logPredicate("timers", QStringLiteral("UDP assured timeout (s)"), QString::number(stream),
                     QString::number(e.behaviour().timeout(Protocol::Udp, true, device)));
        QCOMPARE(double(unreplied), e.behaviour().timeout(Protocol::Udp, false, device));
        QCOMPARE(double(stream), e.behaviour().timeout(Protocol::Udp, true, device));
    }

    void init()
    {
        QVERIFY(m_up);
        QVERIFY(m_lab.setUdpTimeouts(30, 120));
        QVERIFY2(m_lab.flushConntrack(), "conntrack table of the router not empty after -F");
        resetEngine({});
        QVERIFY2(m_peers.start(NetnsLab::tool(QStringLiteral("ip")),
                               m_lab.netnsExec(NetnsLab::Internet,
                                               {probe(), QStringLiteral("recv"), QStringLiteral("4500"),
                                                QStringLiteral("--echo"), QStringLiteral("--timeout-ms"),
                                                QStringLiteral("40000")})),
                 qPrintable(m_peers.errorOutput()));
    }

    void cleanup()
    {
        m_peers.stop();
        if (QTest::currentTestFailed())
            dumpConntrack("on failure");
    }

    void cleanupTestCase()
    {
        m_peers.stop();
        m_lab.tearDown();
        m_up = false;
    }

    // 1. Two inside hosts to two different peers, both from 4500.
    void differentPeersBothKeep4500()
    {
        const Pair a = send("1", host1, peerA);
        const Pair b = send("1", host2, peerB);
        QVERIFY(!a.kernel.isNull() && !b.kernel.isNull());
        QCOMPARE(a.kernel.ip, a.engine.ip);
        for (const Pair &p : {a, b}) {
            logPredicate("1", QStringLiteral("port 4500 preserved"), yesNo(p.kernel.port == 4500),
                         yesNo(p.engine.port == 4500));
            QCOMPARE(p.kernel.port == 4500, p.engine.port == 4500);
        }
        dumpConntrack("1");
    }

    // 2. Two inside hosts to the same peer ip:port: the second one moves.
    void samePeerSecondHostMoves()
    {
        const Pair a = send("2", host1, peerA);
        const Pair b = send("2", host2, peerA);
        QVERIFY(!a.kernel.isNull() && !b.kernel.isNull());
        logPredicate("2", QStringLiteral("first host keeps 4500"), yesNo(a.kernel.port == 4500),
                     yesNo(a.engine.port == 4500));
        QCOMPARE(a.kernel.port == 4500, a.engine.port == 4500);
        // The engine's port is random (seeded): compare preservation and class only.
        logPredicate("2", QStringLiteral("second host keeps 4500"), yesNo(b.kernel.port == 4500),
                     yesNo(b.engine.port == 4500));
        QCOMPARE(b.kernel.port == 4500, b.engine.port == 4500);
        logPredicate("2", QStringLiteral("second host's port class"), portClass(b.kernel.port),
                     portClass(b.engine.port));
        QCOMPARE(portClass(b.kernel.port), portClass(b.engine.port));
        dumpConntrack("2");
    }

    // 3. Reuse: after scenario 2 each host sends from 4500 to a third peer.
    void newDestinationReusesMapping()
    {
        const Pair a = send("3", host1, peerA);
        const Pair b = send("3", host2, peerA);
        const Pair a3 = send("3", host1, peerC);
        const Pair b3 = send("3", host2, peerC);
        QVERIFY(!a.kernel.isNull() && !b.kernel.isNull() && !a3.kernel.isNull() && !b3.kernel.isNull());
        logPredicate("3", QStringLiteral("first host to peer C keeps its mapping (4500)"),
                     yesNo(a3.kernel == a.kernel && a3.kernel.port == 4500),
                     yesNo(a3.engine == a.engine && a3.engine.port == 4500));
        QCOMPARE(a3.kernel == a.kernel && a3.kernel.port == 4500,
                 a3.engine == a.engine && a3.engine.port == 4500);
        // Not the free 4500: the moved host's existing mapping is reused.
        logPredicate("3", QStringLiteral("second host to peer C reuses its moved mapping"),
                     yesNo(b3.kernel == b.kernel), yesNo(b3.engine == b.engine));
        QCOMPARE(b3.kernel == b.kernel, b3.engine == b.engine);
        dumpConntrack("3");
    }

    // 3b. With two live mappings of the same inside endpoint the kernel
    // (find_appropriate_src) takes the NEWEST one from its by-source hash chain.
    void newDestinationReusesNewestMapping()
    {
        const Pair a = send("3b", host1, peerA);  // host1 holds 4500 toward A
        const Pair b = send("3b", host2, peerB);  // host2: 4500 toward B
        const Pair bA = send("3b", host2, peerA); // host2: moved port toward A (newest)
        const Pair bC = send("3b", host2, peerC);
        QVERIFY(!a.kernel.isNull() && !b.kernel.isNull() && !bA.kernel.isNull() && !bC.kernel.isNull());
        QCOMPARE(bA.kernel.port == 4500, bA.engine.port == 4500);
        logPredicate("3b", QStringLiteral("host2 to peer C uses its newest mapping (toward A), not 4500"),
                     yesNo(bC.kernel == bA.kernel), yesNo(bC.engine == bA.engine));
        QCOMPARE(bC.kernel == bA.kernel, bC.engine == bA.engine);
        dumpConntrack("3b");
    }

    // 3c. The newest ENTRY, not the newest distinct port: host2's entries are
    // 4500 (toward B), moved (toward A), 4500 again (toward D, because host1
    // holds the moved port toward D). Toward C the kernel reuses 4500.
    void newDestinationReusesNewestEntryWithRepeatedPort()
    {
        const Pair a = send("3c", host1, peerA);  // host1: 4500 toward A
        const Pair b = send("3c", host2, peerB);  // host2: 4500 toward B (oldest)
        const Pair bA = send("3c", host2, peerA); // host2: moved port toward A
        QVERIFY(!a.kernel.isNull() && !b.kernel.isNull() && !bA.kernel.isNull());
        QCOMPARE(b.kernel.port == 4500, b.engine.port == 4500);
        QCOMPARE(bA.kernel.port == 4500, bA.engine.port == 4500);
        QVERIFY(bA.kernel.port != 4500);
        // host1 takes each side's moved port toward D from its own source port.
        const Endpoint kernelHold = kernelSend({host1.ip, bA.kernel.port}, peerD);
        const Endpoint engineHold = engineSend({host1.ip, bA.engine.port}, peerD);
        logPredicate("3c", QStringLiteral("host1 from host2's moved port to D keeps it"),
                     yesNo(kernelHold == bA.kernel), yesNo(engineHold == bA.engine));
        QCOMPARE(kernelHold == bA.kernel, engineHold == bA.engine);
        const Pair bD = send("3c", host2, peerD);
        QVERIFY(!bD.kernel.isNull());
        logPredicate("3c", QStringLiteral("host2 to D: moved port taken there, back to 4500"),
                     yesNo(bD.kernel.port == 4500), yesNo(bD.engine.port == 4500));
        QCOMPARE(bD.kernel.port == 4500, bD.engine.port == 4500);
        const Pair bC = send("3c", host2, peerC);
        QVERIFY(!bC.kernel.isNull());
        logPredicate("3c", QStringLiteral("host2 to C reuses its newest entry (4500), not the newest distinct port"),
                     yesNo(bC.kernel == bD.kernel), yesNo(bC.engine == bD.engine));
        QCOMPARE(bC.kernel == bD.kernel, bC.engine == bD.engine);
        logPredicate("3c", QStringLiteral("host2 to C is on the moved port"),
                     yesNo(bC.kernel == bA.kernel), yesNo(bC.engine == bA.engine));
        QCOMPARE(bC.kernel == bA.kernel, bC.engine == bA.engine);
        dumpConntrack("3c");
    }

    // 4. Both entries of scenario 2 expire; the second host sends first and
    // now wins 4500: ownership flips.
    void expiryFlipsOwnership()
    {
        QVERIFY(m_lab.setUdpTimeouts(2, 2)); // per-netns; restored by init()
        resetEngine({{Field::conntrackUdpTimeout, 2}, {Field::conntrackUdpStreamTimeout, 2}});
        const Pair a = send("4", host1, peerA);
        const Pair b = send("4", host2, peerA);
        QVERIFY(!a.kernel.isNull() && !b.kernel.isNull());
        QCOMPARE(a.kernel.port == 4500, a.engine.port == 4500);
        QCOMPARE(b.kernel.port == 4500, b.engine.port == 4500);
        dumpConntrack("4 before expiry");

        // Kernel: real expiry with the short timers, polled, bounded.
        QElapsedTimer waited;
        waited.start();
        const auto inside = [](const NetnsLab::ConntrackEntry &e) {
            return e.origSource == host1 || e.origSource == host2;
        };
        QList<NetnsLab::ConntrackEntry> left;
        do {
            QThread::msleep(200);
            left = m_lab.conntrack();
            left.erase(std::remove_if(left.begin(), left.end(), [&](const auto &e) { return !inside(e); }),
                       left.end());
        } while (!left.isEmpty() && waited.elapsed() < 15000);
        qInfo().noquote() << QStringLiteral("[4] kernel entries gone after %1 ms").arg(waited.elapsed());
        QVERIFY2(left.isEmpty(), "conntrack entries did not expire within 15 s");

        // Engine: advance past every expiry and drop the entries, as Simulator does.
        double latest = 0;
        for (quint32 id : m_engine->dynamicIds())
            latest = std::max(latest, m_engine->state(id).expires);
        logPredicate("4", QStringLiteral("entries gone after (s)"),
                     QString::number(waited.elapsed() / 1000.0, 'f', 1), QString::number(latest - m_now));
        m_now = latest + 1;
        expireEngine();
        QCOMPARE(m_engine->liveCount(), 0);

        const Pair b2 = send("4", host2, peerA);
        const Pair a2 = send("4", host1, peerA);
        QVERIFY(!a2.kernel.isNull() && !b2.kernel.isNull());
        logPredicate("4", QStringLiteral("second host now keeps 4500"), yesNo(b2.kernel.port == 4500),
                     yesNo(b2.engine.port == 4500));
        QCOMPARE(b2.kernel.port == 4500, b2.engine.port == 4500);
        logPredicate("4", QStringLiteral("first host now moved"), yesNo(a2.kernel.port != 4500),
                     yesNo(a2.engine.port != 4500));
        QCOMPARE(a2.kernel.port != 4500, a2.engine.port != 4500);
        logPredicate("4", QStringLiteral("first host's new port class"), portClass(a2.kernel.port),
                     portClass(a2.engine.port));
        QCOMPARE(portClass(a2.kernel.port), portClass(a2.engine.port));
        const bool kernelFlip = a.kernel.port == 4500 && b2.kernel.port == 4500;
        const bool engineFlip = a.engine.port == 4500 && b2.engine.port == 4500;
        logPredicate("4", QStringLiteral("owner of global 4500 toward A flipped host1 -> host2"),
                     yesNo(kernelFlip), yesNo(engineFlip));
        QCOMPARE(kernelFlip, engineFlip);
        dumpConntrack("4 after flip");
    }

    // 5. Inbound to global:port reaches the inside host only from the entry's
    // exact remote ip:port.
    void inboundNeedsExactRemote()
    {
        const Pair a = send("5", host1, peerA); // host1: 4500 toward A
        const Pair b = send("5", host2, peerA); // host2: moved port toward A
        QVERIFY(!a.kernel.isNull() && !b.kernel.isNull());
        QCOMPARE(a.kernel.port == 4500, a.engine.port == 4500);
        m_peers.stop(); // frees 4500 in the internet namespace for the probes below

        ProbeReceiver inside1, inside2;
        const QStringList recv{probe(), QStringLiteral("recv"), QStringLiteral("4500"),
                               QStringLiteral("--timeout-ms"), QStringLiteral("20000")};
        const QString ip = NetnsLab::tool(QStringLiteral("ip"));
        QVERIFY(inside1.start(ip, m_lab.netnsExec(NetnsLab::Host1, recv)));
        QVERIFY(inside2.start(ip, m_lab.netnsExec(NetnsLab::Host2, recv)));

        struct Probe
        {
            const char *what;
            Endpoint from;
            quint16 toPort; // on the router's outside address
        };
        const QList<Probe> probes = {
            {"stranger -> global:4500", stranger, 4500},
            {"peer A ip, other port -> global:4500", ep("198.18.0.10", 4501), 4500},
            {"peer B (no entry) -> global:4500", peerB, 4500},
            {"peer A (host1's entry) -> global:4500", peerA, 4500},
            {"peer A (host2's entry) -> global:moved", peerA, b.kernel.port},
        };
        for (const Probe &p : probes) {
            const Endpoint global{routerOutside, p.toPort};
            const QString payload = QStringLiteral("in#%1").arg(++m_sequence);
            const NetnsLab::Result r = m_lab.exec(
                NetnsLab::Internet, {probe(), QStringLiteral("send"), QString::number(p.from.port),
                                     Ipv4::toString(global.ip), QString::number(global.port),
                                     QStringLiteral("--bind"), Ipv4::toString(p.from.ip),
                                     QStringLiteral("--payload"), payload});
            QVERIFY2(r.ok(), qPrintable(r.err));
            // A delivered datagram shows up at once; 700 ms of silence = dropped.
            QString kernel = QStringLiteral("dropped");
            if (!inside1.waitFor(payload, 700).isNull())
                kernel = host1.toString();
            if (!inside2.waitFor(payload, kernel == QLatin1String("dropped") ? 300 : 0).isNull())
                kernel = kernel == QLatin1String("dropped") ? host2.toString() : QStringLiteral("both");

            // The engine's global for host2 is its own random port: probe that one.
            const Endpoint engineGlobal = p.toPort == b.kernel.port && p.toPort != 4500
                                              ? b.engine
                                              : global;
            const auto in = m_engine->inbound(Protocol::Udp, p.from, engineGlobal, m_now);
            if (!in.id) // the kernel keeps an entry for it (scenario 5b): so does the engine
                m_engine->trackUnsolicited(Protocol::Udp, p.from, engineGlobal, m_now);
            const QString engine = in.id && !in.toRouter ? in.local.toString() : QStringLiteral("dropped");
            logPredicate("5", QStringLiteral("%1 (%2)").arg(QLatin1String(p.what), p.from.toString()),
                         kernel, engine);
            QCOMPARE(kernel, engine);
        }
        dumpConntrack("5");
    }

    // 5b. An unsolicited inbound packet (peer B -> global:4500 before any
    // entry) to the router: with no INPUT rule it is delivered locally (no
    // socket: ICMP), its conntrack entry is confirmed and holds global:4500 <->
    // B for the unreplied timeout, pushing host2's flow to B off 4500; once it
    // expires 4500 toward B is free again. An INPUT DROP or REJECT (OpenWrt's
    // wan zone) never confirms it. Unreplied timeout 3 s to keep this short.
    void droppedInboundHoldsTuple_data()
    {
        QTest::addColumn<QString>("target"); // INPUT rule target; empty: none
        QTest::newRow("router INPUT accepts (kernel default)") << QString();
        QTest::newRow("router INPUT drops udp/4500") << QStringLiteral("DROP");
        QTest::newRow("router INPUT rejects udp/4500") << QStringLiteral("REJECT");
    }

    void droppedInboundHoldsTuple()
    {
        QFETCH(QString, target);
        const bool firewall = !target.isEmpty();
        const int unreplied = 3;
        QVERIFY(m_lab.setUdpTimeouts(unreplied, 120));
        resetEngine({{Field::conntrackUdpTimeout, unreplied},
                     {Field::dropUnsolicitedInbound, firewall}});
        const QStringList rule{QStringLiteral("INPUT"), QStringLiteral("-i"), QStringLiteral("out"),
                               QStringLiteral("-p"), QStringLiteral("udp"), QStringLiteral("--dport"),
                               QStringLiteral("4500"), QStringLiteral("-j"), target};
        const QString iptables = NetnsLab::tool(QStringLiteral("iptables"));
        if (firewall)
            QVERIFY(m_lab.exec(NetnsLab::Router, QStringList{iptables, QStringLiteral("-A")} + rule).ok());
        const auto removeRule = qScopeGuard([&] {
            if (firewall)
                m_lab.exec(NetnsLab::Router, QStringList{iptables, QStringLiteral("-D")} + rule);
        });
        const Endpoint global{routerOutside, 4500};
        m_peers.stop(); // frees B:4500 for the unsolicited packets
        const auto unsolicited = [&] {
            const NetnsLab::Result r = m_lab.exec(
                NetnsLab::Internet, {probe(), QStringLiteral("send"), QStringLiteral("4500"),
                                     QStringLiteral("198.18.0.1"), QStringLiteral("4500"),
                                     QStringLiteral("--bind"), Ipv4::toString(peerB.ip),
                                     QStringLiteral("--payload"), QStringLiteral("unsolicited")});
            return r.ok();
        };
        QVERIFY(unsolicited());
        QElapsedTimer sinceUnsolicited;
        sinceUnsolicited.start();
        const auto in = m_engine->inbound(Protocol::Udp, peerB, global, m_now);
        QCOMPARE(in.id, quint32(0)); // delivered to no inside host
        const quint32 held = m_engine->trackUnsolicited(Protocol::Udp, peerB, global, m_now);
        QThread::msleep(100);
        dumpConntrack("5b");
        const NetnsLab::ConntrackEntry kernelEntry = entry(peerB, global);
        logPredicate("5b", QStringLiteral("B's unsolicited packet left an entry"),
                     yesNo(!kernelEntry.line.isEmpty()), yesNo(held != 0));
        QCOMPARE(!kernelEntry.line.isEmpty(), held != 0);
        if (held) {
            // conntrack counts down in whole seconds: 3 shows as 2 or 3.
            logPredicate("5b", QStringLiteral("its timeout (s), assured"),
                         QStringLiteral("%1, %2").arg(kernelEntry.timeout).arg(yesNo(kernelEntry.assured)),
                         QStringLiteral("%1, %2").arg(m_engine->state(held).expires - m_now)
                             .arg(yesNo(m_engine->state(held).assured)));
            QVERIFY(kernelEntry.timeout <= m_engine->state(held).expires - m_now);
            QVERIFY(kernelEntry.timeout >= m_engine->state(held).expires - m_now - 1);
            QCOMPARE(kernelEntry.assured, m_engine->state(held).assured);

            // B sends again 1.5 s later: the same entry, refreshed by another full
            // unreplied timeout (a packet from its sender is never a reply).
            QThread::msleep(1400);
            QVERIFY(unsolicited());
            sinceUnsolicited.restart();
            m_now = 1.5;
            const auto again = m_engine->inbound(Protocol::Udp, peerB, global, m_now);
            QVERIFY(again.id == held && again.toRouter);
            m_engine->touch(held, m_now, false);
            QThread::msleep(100);
            const NetnsLab::ConntrackEntry refreshed = entry(peerB, global);
            logPredicate("5b", QStringLiteral("after B's second packet: timeout (s), assured"),
                         QStringLiteral("%1, %2").arg(refreshed.timeout).arg(yesNo(refreshed.assured)),
                         QStringLiteral("%1, %2").arg(m_engine->state(held).expires - m_now)
                             .arg(yesNo(m_engine->state(held).assured)));
            QVERIFY(refreshed.timeout <= m_engine->state(held).expires - m_now);
            QVERIFY(refreshed.timeout >= m_engine->state(held).expires - m_now - 1);
            QCOMPARE(refreshed.assured, m_engine->state(held).assured);
        }

        QVERIFY(m_peers.start(NetnsLab::tool(QStringLiteral("ip")),
                              m_lab.netnsExec(NetnsLab::Internet,
                                              {probe(), QStringLiteral("recv"), QStringLiteral("4500"),
                                               QStringLiteral("--echo"), QStringLiteral("--timeout-ms"),
                                               QStringLiteral("20000")})));
        const Pair b = send("5b", host2, peerB);
        QVERIFY(!b.kernel.isNull());
        logPredicate("5b", QStringLiteral("host2 -> B keeps 4500 after B's unsolicited packet"),
                     yesNo(b.kernel.port == 4500), yesNo(b.engine.port == 4500));
        QCOMPARE(b.kernel.port == 4500, b.engine.port == 4500);
        if (!held)
            return;

        // Held for the unreplied timeout, then free: the next host keeps 4500.
        QList<NetnsLab::ConntrackEntry> left;
        do {
            QThread::msleep(200);
            left = {entry(peerB, global)};
            if (left.first().line.isEmpty())
                left.clear();
        } while (!left.isEmpty() && sinceUnsolicited.elapsed() < 3000 * unreplied);
        logPredicate("5b", QStringLiteral("B's entry gone after its last packet (s)"),
                     QString::number(sinceUnsolicited.elapsed() / 1000.0, 'f', 1),
                     QString::number(m_engine->state(held).expires - m_now));
        QVERIFY2(left.isEmpty(), "the unsolicited packet's entry did not expire");
        m_now = m_engine->state(held).expires;
        expireEngine();
        QVERIFY(!m_engine->isLive(held));
        const Pair a = send("5b", host1, peerB);
        QVERIFY(!a.kernel.isNull());
        logPredicate("5b", QStringLiteral("host1 -> B keeps 4500 once B's entry expired"),
                     yesNo(a.kernel.port == 4500), yesNo(a.engine.port == 4500));
        QCOMPARE(a.kernel.port == 4500, a.engine.port == 4500);
    }

    // DESIGN.md: "120 s once replied (assured)". The kernel makes a UDP entry
    // assured only when traffic continues more than 2 s after it was created
    // and a reply has been seen (nf_conntrack_udp_packet, stream_ts).
    void assuredNeedsTrafficAfterTwoSeconds()
    {
        QElapsedTimer clock;
        clock.start();
        const Pair a = send("6", host1, peerA); // request + echo
        QVERIFY(!a.kernel.isNull());
        NetnsLab::ConntrackEntry ct = entry(host1, peerA);
        QVERIFY2(!ct.line.isEmpty(), "no conntrack entry for host1 -> A");
        const quint32 id = m_engine->dynamicIds().value(0);
        logPredicate("6", QStringLiteral("after one request/reply: assured, timeout (s)"),
                     QStringLiteral("%1, %2").arg(yesNo(ct.assured)).arg(ct.timeout),
                     QStringLiteral("%1, %2").arg(yesNo(m_engine->state(id).assured))
                         .arg(m_engine->state(id).expires - m_now));
        QCOMPARE(ct.assured, m_engine->state(id).assured);

        QThread::msleep(2300);
        m_now = clock.elapsed() / 1000.0;
        const Pair again = send("6", host1, peerA);
        QVERIFY(!again.kernel.isNull());
        ct = entry(host1, peerA);
        logPredicate("6", QStringLiteral("after another exchange 2.3 s later: assured, timeout (s)"),
                     QStringLiteral("%1, %2").arg(yesNo(ct.assured)).arg(ct.timeout),
                     QStringLiteral("%1, %2").arg(yesNo(m_engine->state(id).assured))
                         .arg(m_engine->state(id).expires - m_now));
        QCOMPARE(ct.assured, m_engine->state(id).assured);
        // Both on the long timer (the kernel's counts down in whole seconds).
        QCOMPARE(ct.timeout > 60, m_engine->state(id).expires - m_now > 60);
    }

    // 7. The device's own timers (sysctls 5/40 here): an unreplied flow (a
    // background flow nobody answers) lives the unreplied timeout and then
    // expires; a replied flow past 2 s gets the assured one.
    void customTimeoutsAndUnrepliedExpiry()
    {
        const int unreplied = 5, stream = 40;
        QVERIFY(m_lab.setUdpTimeouts(unreplied, stream));
        resetEngine({{Field::conntrackUdpTimeout, unreplied},
                     {Field::conntrackUdpStreamTimeout, stream},
                     {Field::udpTimeout, 999}}); // not netfilter's: must change nothing
        QElapsedTimer clock;
        clock.start();
        const Endpoint silent = ep("198.18.0.11", 4501); // nobody listens there
        const Pair u = sendUnanswered("7", host2, silent);
        QVERIFY(!u.kernel.isNull());
        const quint32 unansweredId = m_engine->dynamicIds().value(0);
        NetnsLab::ConntrackEntry ct = entry(host2, silent);
        logPredicate("7", QStringLiteral("unreplied flow: timeout (s), assured"),
                     QStringLiteral("%1, %2").arg(ct.timeout).arg(yesNo(ct.assured)),
                     QStringLiteral("%1, %2").arg(m_engine->state(unansweredId).expires - m_now)
                         .arg(yesNo(m_engine->state(unansweredId).assured)));
        QVERIFY(ct.timeout <= m_engine->state(unansweredId).expires - m_now);
        QVERIFY(ct.timeout >= m_engine->state(unansweredId).expires - m_now - 1);
        QCOMPARE(ct.assured, m_engine->state(unansweredId).assured);

        const Pair a = send("7", host1, peerA);
        QVERIFY(!a.kernel.isNull());
        QThread::msleep(2300);
        m_now = clock.elapsed() / 1000.0;
        const Pair again = send("7", host1, peerA);
        QVERIFY(!again.kernel.isNull());
        ct = entry(host1, peerA);
        const quint32 repliedId = m_engine->dynamicIds().value(1);
        logPredicate("7", QStringLiteral("replied flow 2.3 s on: timeout (s), assured"),
                     QStringLiteral("%1, %2").arg(ct.timeout).arg(yesNo(ct.assured)),
                     QStringLiteral("%1, %2").arg(m_engine->state(repliedId).expires - m_now)
                         .arg(yesNo(m_engine->state(repliedId).assured)));
        QCOMPARE(ct.assured, m_engine->state(repliedId).assured);
        QVERIFY(ct.timeout <= m_engine->state(repliedId).expires - m_now);
        QVERIFY(ct.timeout >= m_engine->state(repliedId).expires - m_now - 1);

        // The unreplied flow: alive 1 s before its timeout, gone 1 s after.
        const double expires = m_engine->state(unansweredId).expires;
        for (const double at : {expires - 1, expires + 1}) {
            const qint64 wait = qint64(at * 1000) - clock.elapsed();
            if (wait > 0)
                QThread::msleep(quint64(wait));
            m_now = at;
            expireEngine();
            const bool kernelAlive = !entry(host2, silent).line.isEmpty();
            logPredicate("7", QStringLiteral("unreplied flow alive at %1 s").arg(at),
                         yesNo(kernelAlive), yesNo(m_engine->isLive(unansweredId)));
            QCOMPARE(kernelAlive, m_engine->isLive(unansweredId));
        }
        dumpConntrack("7");
    }

    // 8. A peer on another source port: the tuple differs by the remote port,
    // so two hosts toward one peer address both keep 4500.
    void peerPortOtherThan4500()
    {
        ProbeReceiver other;
        QVERIFY(other.start(NetnsLab::tool(QStringLiteral("ip")),
                            m_lab.netnsExec(NetnsLab::Internet,
                                            {probe(), QStringLiteral("recv"), QStringLiteral("4501"),
                                             QStringLiteral("--echo"), QStringLiteral("--timeout-ms"),
                                             QStringLiteral("20000")})));
        const Endpoint peerA4501 = ep("198.18.0.10", 4501);
        const Pair a = send("8", host1, peerA);
        const Pair b{kernelSend(host2, peerA4501, other), engineSend(host2, peerA4501)};
        QVERIFY(!a.kernel.isNull() && !b.kernel.isNull());
        for (const Pair &p : {a, b}) {
            logPredicate("8", QStringLiteral("port 4500 preserved"), yesNo(p.kernel.port == 4500),
                         yesNo(p.engine.port == 4500));
            QCOMPARE(p.kernel.port == 4500, p.engine.port == 4500);
        }
        dumpConntrack("8");
    }
};

QTEST_GUILESS_MAIN(TestNetfilterFidelity)
#include "tst_netfilter_fidelity.moc"
