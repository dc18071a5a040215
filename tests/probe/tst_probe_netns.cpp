// meshnat-probe through a real Linux NAT (network namespaces, iptables
// MASQUERADE, then MASQUERADE --random-fully): its classification must match
// what the kernel does, checked against the router's conntrack table. Then
// interop with coturn both ways. Needs root; skips otherwise unless
// MESHNAT_FIDELITY_REQUIRED=1 (CI).
//
//   host1 10.99.1.2, 10.99.1.3 -- router (MASQUERADE out 198.18.0.1) -- net 198.18.0.10, 198.18.0.11
#include "NetnsLab.h"
#include "ProbeClassifier.h"

#include <QProcess>
#include <QThread>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

namespace {
Endpoint ep(const char *address, quint16 port)
{
    Endpoint e{0, port};
    Ipv4::parse(QString::fromLatin1(address), &e.ip);
    return e;
}
const quint32 routerOutside = ep("198.18.0.1", 0).ip;
const QString Probe = QStringLiteral(MESHNAT_PROBE);

bool required()
{
    return qEnvironmentVariableIntValue("MESHNAT_FIDELITY_REQUIRED") == 1
           || qEnvironmentVariable("CI") == QLatin1String("true");
}

// A long-running program in a namespace, killed (by its own pid) at the end.
class Background
{
public:
    ~Background() { stop(); }
    bool start(const NetnsLab &lab, NetnsLab::Node node, const QStringList &command, const QString &readyText,
               int timeoutMs = 5000)
    {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(NetnsLab::tool(QStringLiteral("ip")), lab.netnsExec(node, command));
        if (!m_process.waitForStarted(timeoutMs))
            return false;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            m_process.waitForReadyRead(100);
            m_output += QString::fromLocal8Bit(m_process.readAll());
            if (m_output.contains(readyText))
                return true;
            if (m_process.state() == QProcess::NotRunning)
                return false;
        }
        return false;
    }
    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(3000)) {
                m_process.kill();
                m_process.waitForFinished(3000);
            }
        }
        m_output += QString::fromLocal8Bit(m_process.readAll());
    }
    QString output() const { return m_output; }

private:
    QProcess m_process;
    QString m_output;
};
} // namespace

class TestProbeNetns : public QObject
{
    Q_OBJECT

    NetnsLab m_lab;
    bool m_up = false;

    // meshnat-probe run from host1, parsed and classified.
    bool probe(const QStringList &extra, ProbeResult *result, QString *why, int timeoutMs = 30000)
    {
        const NetnsLab::Result r = m_lab.exec(NetnsLab::Host1,
            QStringList{Probe, QStringLiteral("run"), QStringLiteral("--server"), QStringLiteral("198.18.0.10:3478"),
                        QStringLiteral("--timeout"), QStringLiteral("600"), QStringLiteral("--json")} + extra,
            timeoutMs);
        if (!r.ok()) {
            *why = QStringLiteral("meshnat-probe run exit %1: %2").arg(r.code).arg(r.err);
            return false;
        }
        const auto parsed = ProbeResult::fromJson(r.out.toUtf8(), why);
        if (!parsed)
            return false;
        *result = *parsed;
        return true;
    }

    // The router's own view of a flow: the public endpoint conntrack gave it.
    std::optional<Endpoint> kernelMapping(const Endpoint &inside, const Endpoint &remote) const
    {
        for (const NetnsLab::ConntrackEntry &e : m_lab.conntrack()) {
            if (e.origSource == inside && e.origDestination == remote)
                return e.global;
        }
        return std::nullopt;
    }

    void setRandomFully(bool on)
    {
        const QStringList rule{NetnsLab::tool(QStringLiteral("iptables")), QStringLiteral("-t"), QStringLiteral("nat"),
                               QStringLiteral("-R"), QStringLiteral("POSTROUTING"), QStringLiteral("1"),
                               QStringLiteral("-o"), QStringLiteral("out"), QStringLiteral("-j"),
                               QStringLiteral("MASQUERADE")};
        QVERIFY(m_lab.exec(NetnsLab::Router, on ? rule + QStringList{QStringLiteral("--random-fully")} : rule).ok());
    }


    // coturn's turnserver in the server namespace: no config file, STUN only,
    // two listening addresses and the alternate port (RFC 5780 on), its own
    // temporary directory for pid, log and database; killed at the end.
    bool startTurnserver(Background *server, QTemporaryDir &dir, QString *why)
    {
        const QString turnserver = NetnsLab::tool(QStringLiteral("turnserver"));
        if (turnserver.isEmpty()) {
            *why = QStringLiteral("turnserver not found (apt-get install coturn)");
            return false;
        }
        const QString d = dir.path();
        if (!server->start(m_lab, NetnsLab::Internet,
                           {turnserver, QStringLiteral("-n"), QStringLiteral("--no-cli"), QStringLiteral("--no-tls"),
                            QStringLiteral("--no-dtls"), QStringLiteral("--no-tcp"), QStringLiteral("--stun-only"),
                            QStringLiteral("-L"), QStringLiteral("198.18.0.10"), QStringLiteral("-L"),
                            QStringLiteral("198.18.0.11"), QStringLiteral("-p"), QStringLiteral("3478"),
                            QStringLiteral("--alt-listening-port"), QStringLiteral("3479"),
                            QStringLiteral("--log-file"), QStringLiteral("stdout"), QStringLiteral("--simple-log"),
                            QStringLiteral("--pidfile"), d + QStringLiteral("/turnserver.pid"),
                            QStringLiteral("--userdb"), d + QStringLiteral("/turndb")},
                           QStringLiteral("Total General servers"), 10000)) {
            *why = QStringLiteral("turnserver did not start: ") + server->output().right(2000);
            return false;
        }
        QThread::msleep(500); // its UDP listeners open right after (it logs them only when verbose)
        return true;
    }

    // turnutils_natdiscovery from host1: its mapping and filtering lines.
    QStringList natdiscovery(const QStringList &options, QString *output)
    {
        const NetnsLab::Result r = m_lab.exec(NetnsLab::Host1,
            QStringList{NetnsLab::tool(QStringLiteral("turnutils_natdiscovery"))} + options
                + QStringList{QStringLiteral("198.18.0.10")},
            30000);
        *output = r.out + r.err;
        QStringList verdicts;
        static const QRegularExpression line(QStringLiteral("NAT with [^\\n!]*|No NAT[^\\n!]*"));
        for (auto it = line.globalMatch(*output); it.hasNext();)
            verdicts << it.next().captured(0).trimmed();
        return verdicts;
    }

private slots:
    void initTestCase()
    {
        if (geteuid() != 0) {
            if (required())
                QFAIL("CI requires the network-namespace probe tests, but this is not root");
            QSKIP("needs root for network namespaces (run as root, or CI=true to require it)");
        }
        QVERIFY2(QFileInfo::exists(Probe), qPrintable(Probe));
        NetnsLab::removeStale();
        QString why;
        bool notPermitted = false;
        if (!m_lab.setUp(&why, &notPermitted)) {
            if (notPermitted && !required())
                QSKIP(qPrintable(QStringLiteral("network namespaces not available: ") + why));
            QFAIL(qPrintable(why));
        }
        m_up = true;
        // The second inside source lives on the same host as the first.
        QVERIFY(m_lab.exec(NetnsLab::Host1, {NetnsLab::tool(QStringLiteral("ip")), QStringLiteral("addr"),
                                             QStringLiteral("add"), QStringLiteral("10.99.1.3/24"),
                                             QStringLiteral("dev"), QStringLiteral("eth0")}).ok());
    }

    void cleanupTestCase()
    {
        m_lab.tearDown();
    }

    void init()
    {
        QVERIFY(m_lab.flushConntrack());
        setRandomFully(false);
        QVERIFY(m_lab.setUdpTimeouts(30, 120));
    }

    void masqueradeMatchesTheKernel()
    {
        Background server;
        QVERIFY2(server.start(m_lab, NetnsLab::Internet,
                              {Probe, QStringLiteral("serve"), QStringLiteral("--primary"), QStringLiteral("198.18.0.10:3478"),
                               QStringLiteral("--alternate"), QStringLiteral("198.18.0.11:3479")},
                              QStringLiteral("answering on")),
                 qPrintable(server.output()));
        ProbeResult r;
        QString why;
        QVERIFY2(probe({QStringLiteral("--second-source"), QStringLiteral("10.99.1.3")}, &r, &why), qPrintable(why));
        const auto c = ProbeClassifier::classify(r);
        qInfo().noquote() << ProbeClassifier::summary(r, c);
        if (const QString keep = qEnvironmentVariable("MESHNAT_PROBE_KEEP"); !keep.isEmpty()) {
            QFile out(keep);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(r.toJson());
        }
        QVERIFY(c.behindNat);
        // Port preservation while the tuple is free: 4500 kept, as conntrack says.
        QCOMPARE(*c.firstMapped, (Endpoint{routerOutside, 4500}));
        QCOMPARE(kernelMapping(ep("10.99.1.2", 4500), ep("198.18.0.10", 3478)), c.firstMapped);
        QVERIFY(c.portPreserved);
        // Netfilter reuses the mapping toward other destinations while it is free there.
        QCOMPARE(c.mapping, ProbeClassifier::EndpointIndependent);
        QCOMPARE(kernelMapping(ep("10.99.1.2", 4500), ep("198.18.0.11", 3479)), c.firstMapped);
        // Only the exact remote ip:port of a live entry gets in.
        QCOMPARE(c.filtering, ProbeClassifier::AddressAndPortDependent);
        QCOMPARE(c.hairpinning, std::optional<bool>(false));
        // The second source keeps 4500 toward another destination, and toward
        // the first one's server gets another port: the one conntrack holds.
        QCOMPARE(*c.secondOther, (Endpoint{routerOutside, 4500}));
        QVERIFY(c.secondSame);
        QVERIFY(c.secondSame->port != 4500);
        QCOMPARE(kernelMapping(ep("10.99.1.3", 4500), ep("198.18.0.10", 3478)), c.secondSame);
        QCOMPARE(c.verdict, ProbeClassifier::BothKeepPort);
        // Bounded: no test sent more than 3 requests.
        for (const ProbeTransaction &t : r.transactions)
            QVERIFY2(t.sent >= 1 && t.sent <= 3, qPrintable(t.test));
        QVERIFY2(r.durationSeconds < 10, qPrintable(QString::number(r.durationSeconds)));
    }

    void randomFullyMatchesTheKernel()
    {
        setRandomFully(true);
        Background server;
        QVERIFY(server.start(m_lab, NetnsLab::Internet,
                             {Probe, QStringLiteral("serve"), QStringLiteral("--primary"), QStringLiteral("198.18.0.10:3478"),
                              QStringLiteral("--alternate"), QStringLiteral("198.18.0.11:3479")},
                             QStringLiteral("answering on")));
        ProbeResult r;
        QString why;
        QVERIFY2(probe({QStringLiteral("--second-source"), QStringLiteral("10.99.1.3")}, &r, &why), qPrintable(why));
        const auto c = ProbeClassifier::classify(r);
        // Every flow gets a random port (1/64512 chance of 4500 by luck).
        QVERIFY(!c.portPreserved);
        QCOMPARE(kernelMapping(ep("10.99.1.2", 4500), ep("198.18.0.10", 3478)), c.firstMapped);
        QCOMPARE(c.mapping, ProbeClassifier::AddressAndPortDependent);
        QCOMPARE(c.filtering, ProbeClassifier::AddressAndPortDependent);
        QVERIFY(c.secondOther->port != 4500);
        QCOMPARE(kernelMapping(ep("10.99.1.3", 4500), ep("198.18.0.10", 3478)), c.secondSame);
        QCOMPARE(c.verdict, ProbeClassifier::NotBothKeepPort);
    }

    void lifetimeMatchesTheConntrackTimeout()
    {
        // An answered flow younger than 2 s lives nf_conntrack_udp_timeout.
        QVERIFY(m_lab.setUdpTimeouts(3, 6));
        Background server;
        QVERIFY(server.start(m_lab, NetnsLab::Internet,
                             {Probe, QStringLiteral("serve"), QStringLiteral("--primary"), QStringLiteral("198.18.0.10:3478"),
                              QStringLiteral("--alternate"), QStringLiteral("198.18.0.11:3479")},
                             QStringLiteral("answering on")));
        ProbeResult r;
        QString why;
        QVERIFY2(probe({QStringLiteral("--lifetime-max"), QStringLiteral("8")}, &r, &why), qPrintable(why));
        const auto c = ProbeClassifier::classify(r);
        QCOMPARE(c.lifetimeAlive, 2);
        QCOMPARE(c.lifetimeGone, 4);
    }

    void runAgainstCoturn()
    {
        QTemporaryDir dir;
        Background server;
        QString why;
        if (!startTurnserver(&server, dir, &why)) {
            if (!required() && why.contains(QLatin1String("not found")))
                QSKIP(qPrintable(why));
            QFAIL(qPrintable(why));
        }
        ProbeResult r;
        QVERIFY2(probe({QStringLiteral("--second-source"), QStringLiteral("10.99.1.3")}, &r, &why),
                 qPrintable(why + server.output().right(2000)));
        const auto c = ProbeClassifier::classify(r);
        // The same NAT, the same answers as with meshnat-probe serve.
        QCOMPARE(r.alternate, std::optional<Endpoint>(ep("198.18.0.11", 3479)));
        QCOMPARE(*c.firstMapped, (Endpoint{routerOutside, 4500}));
        QCOMPARE(c.mapping, ProbeClassifier::EndpointIndependent);
        QCOMPARE(c.filtering, ProbeClassifier::AddressAndPortDependent);
        QCOMPARE(*c.secondOther, (Endpoint{routerOutside, 4500}));
        QCOMPARE(kernelMapping(ep("10.99.1.3", 4500), ep("198.18.0.10", 3478)), c.secondSame);
        QCOMPARE(c.verdict, ProbeClassifier::BothKeepPort);

        // coturn honours RESPONSE-PORT too: the lifetime test works against it.
        QVERIFY(m_lab.setUdpTimeouts(3, 6));
        ProbeResult life;
        QVERIFY2(probe({QStringLiteral("--lifetime-max"), QStringLiteral("4")}, &life, &why), qPrintable(why));
        const auto lc = ProbeClassifier::classify(life);
        QCOMPARE(lc.lifetimeAlive, 2);
        QCOMPARE(lc.lifetimeGone, 4);
    }

    void natdiscoveryAgainstServe()
    {
        if (NetnsLab::tool(QStringLiteral("turnutils_natdiscovery")).isEmpty()) {
            if (required())
                QFAIL("turnutils_natdiscovery not found (apt-get install coturn)");
            QSKIP("turnutils_natdiscovery not found (apt-get install coturn)");
        }
        QStringList withServe, withCoturn;
        QString out;
        {
            Background server;
            QVERIFY(server.start(m_lab, NetnsLab::Internet,
                                 {Probe, QStringLiteral("serve"), QStringLiteral("--primary"),
                                  QStringLiteral("198.18.0.10:3478"), QStringLiteral("--alternate"),
                                  QStringLiteral("198.18.0.11:3479")},
                                 QStringLiteral("answering on")));
            withServe = natdiscovery({QStringLiteral("-m"), QStringLiteral("-f")}, &out);
            qInfo().noquote() << "natdiscovery against meshnat-probe serve:" << withServe;
            QVERIFY2(withServe.size() == 2, qPrintable(out));
        }
        QVERIFY(m_lab.flushConntrack());
        {
            QTemporaryDir dir;
            Background server;
            QString why;
            QVERIFY2(startTurnserver(&server, dir, &why), qPrintable(why));
            withCoturn = natdiscovery({QStringLiteral("-m"), QStringLiteral("-f")}, &out);
            qInfo().noquote() << "natdiscovery against turnserver:" << withCoturn;
        }
        // coturn's client reads our reflector as it reads coturn's own server,
        // and agrees with meshnat-probe's classification of this NAT.
        QCOMPARE(withServe, withCoturn);
        QVERIFY2(withServe.at(0).contains(QLatin1String("Endpoint Independent Mapping"), Qt::CaseInsensitive),
                 qPrintable(out));
        QVERIFY2(withServe.at(1).contains(QLatin1String("Address and Port Dependent Filtering"), Qt::CaseInsensitive),
                 qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestProbeNetns)
#include "tst_probe_netns.moc"
