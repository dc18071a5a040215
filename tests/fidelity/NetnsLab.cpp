#include "NetnsLab.h"

#include "Ipv4.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace {
const char *const StalePrefix = "mnfid-";

const char *nodeName(NetnsLab::Node node)
{
    switch (node) {
    case NetnsLab::Router: return "router";
    case NetnsLab::Host1: return "host1";
    case NetnsLab::Host2: return "host2";
    case NetnsLab::Internet: return "net";
    }
    return "?";
}

Endpoint endpoint(const QString &ip, const QString &port)
{
    Endpoint e;
    Ipv4::parse(ip, &e.ip);
    e.port = quint16(port.toUInt());
    return e;
}
} // namespace

NetnsLab::NetnsLab()
    : m_prefix(QStringLiteral("%1%2-").arg(QLatin1String(StalePrefix)).arg(QCoreApplication::applicationPid()))
{
}

NetnsLab::~NetnsLab()
{
    tearDown();
}

QString NetnsLab::tool(const QString &name)
{
    // sbin is often missing from PATH under sudo/CI shells.
    const QString found = QStandardPaths::findExecutable(name);
    if (!found.isEmpty())
        return found;
    return QStandardPaths::findExecutable(name, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"),
                                                 QStringLiteral("/usr/bin"), QStringLiteral("/bin")});
}

NetnsLab::Result NetnsLab::run(const QString &program, const QStringList &args, int timeoutMs)
{
    Result r;
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(timeoutMs)) {
        r.err = p.errorString();
        return r;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(1000);
        r.code = -2;
        r.err = QStringLiteral("timed out after %1 ms: %2 %3").arg(timeoutMs).arg(program, args.join(u' '));
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -3;
    r.out = QString::fromLocal8Bit(p.readAllStandardOutput());
    r.err = QString::fromLocal8Bit(p.readAllStandardError());
    return r;
}

QString NetnsLab::name(Node node) const
{
    return m_prefix + QLatin1String(nodeName(node));
}

QStringList NetnsLab::netnsExec(Node node, const QStringList &command) const
{
    return QStringList{QStringLiteral("netns"), QStringLiteral("exec"), name(node)} + command;
}

NetnsLab::Result NetnsLab::exec(Node node, const QStringList &command, int timeoutMs) const
{
    return run(tool(QStringLiteral("ip")), netnsExec(node, command), timeoutMs);
}

bool NetnsLab::setUp(QString *why, bool *notPermitted)
{
    *notPermitted = false;
    const QString ip = tool(QStringLiteral("ip"));
    for (const char *needed : {"ip", "iptables", "conntrack", "sysctl"}) {
        if (tool(QLatin1String(needed)).isEmpty()) {
            *why = QStringLiteral("%1 not found").arg(QLatin1String(needed));
            *notPermitted = true;
            return false;
        }
    }
    const auto fail = [&](const QString &step, const Result &r) {
        *why = QStringLiteral("%1 failed (exit %2): %3").arg(step).arg(r.code).arg(r.err.trimmed());
        tearDown();
        return false;
    };
    for (Node n : {Router, Host1, Host2, Internet}) {
        const Result r = run(ip, {QStringLiteral("netns"), QStringLiteral("add"), name(n)});
        if (!r.ok()) {
            *notPermitted = m_created.isEmpty(); // the very first one: not allowed here
            return fail(QStringLiteral("ip netns add ") + name(n), r);
        }
        m_created.append(name(n));
    }
    // The veths are created straight inside the namespaces, so the host's own
    // interface list is never touched and fixed names cannot collide.
    const QString R = name(Router), H1 = name(Host1), H2 = name(Host2), I = name(Internet);
    const QList<QStringList> steps = {
        {"-n", R, "link", "add", "in1", "type", "veth", "peer", "name", "eth0", "netns", H1},
        {"-n", R, "link", "add", "in2", "type", "veth", "peer", "name", "eth0", "netns", H2},
        {"-n", R, "link", "add", "out", "type", "veth", "peer", "name", "eth0", "netns", I},
        {"-n", R, "addr", "add", "10.99.1.1/24", "dev", "in1"},
        {"-n", R, "addr", "add", "10.99.2.1/24", "dev", "in2"},
        {"-n", R, "addr", "add", "198.18.0.1/24", "dev", "out"},
        {"-n", H1, "addr", "add", "10.99.1.2/24", "dev", "eth0"},
        {"-n", H2, "addr", "add", "10.99.2.2/24", "dev", "eth0"},
        {"-n", I, "addr", "add", "198.18.0.10/24", "dev", "eth0"}, // peer A
        {"-n", I, "addr", "add", "198.18.0.11/24", "dev", "eth0"}, // peer B
        {"-n", I, "addr", "add", "198.18.0.12/24", "dev", "eth0"}, // peer C
        {"-n", I, "addr", "add", "198.18.0.13/24", "dev", "eth0"}, // peer D
        {"-n", I, "addr", "add", "198.18.0.50/24", "dev", "eth0"}, // stranger
        {"-n", R, "link", "set", "lo", "up"},
        {"-n", R, "link", "set", "in1", "up"},
        {"-n", R, "link", "set", "in2", "up"},
        {"-n", R, "link", "set", "out", "up"},
        {"-n", H1, "link", "set", "lo", "up"},
        {"-n", H1, "link", "set", "eth0", "up"},
        {"-n", H2, "link", "set", "lo", "up"},
        {"-n", H2, "link", "set", "eth0", "up"},
        {"-n", I, "link", "set", "lo", "up"},
        {"-n", I, "link", "set", "eth0", "up"},
        {"-n", H1, "route", "add", "default", "via", "10.99.1.1"},
        {"-n", H2, "route", "add", "default", "via", "10.99.2.1"},
    };
    for (const QStringList &step : steps) {
        const Result r = run(ip, step);
        if (!r.ok())
            return fail(QStringLiteral("ip ") + step.join(u' '), r);
    }
    Result r = exec(Router, {tool(QStringLiteral("sysctl")), QStringLiteral("-qw"),
                             QStringLiteral("net.ipv4.ip_forward=1")});
    if (!r.ok())
        return fail(QStringLiteral("sysctl net.ipv4.ip_forward=1"), r);
    r = exec(Router, {tool(QStringLiteral("iptables")), QStringLiteral("-t"), QStringLiteral("nat"),
                      QStringLiteral("-A"), QStringLiteral("POSTROUTING"), QStringLiteral("-o"),
                      QStringLiteral("out"), QStringLiteral("-j"), QStringLiteral("MASQUERADE")});
    if (!r.ok()) {
        *notPermitted = true;
        return fail(QStringLiteral("iptables -t nat -A POSTROUTING -o out -j MASQUERADE"), r);
    }
    r = exec(Router, {tool(QStringLiteral("conntrack")), QStringLiteral("-L")});
    if (!r.ok()) {
        *notPermitted = true;
        return fail(QStringLiteral("conntrack -L"), r);
    }
    return true;
}

void NetnsLab::tearDown()
{
    const QString ip = tool(QStringLiteral("ip"));
    for (const QString &ns : std::as_const(m_created))
        run(ip, {QStringLiteral("netns"), QStringLiteral("delete"), ns});
    m_created.clear();
}

void NetnsLab::removeStale()
{
    const QString ip = tool(QStringLiteral("ip"));
    if (ip.isEmpty())
        return;
    const QRegularExpression ours(QStringLiteral("^%1(\\d+)-\\w+").arg(QLatin1String(StalePrefix)));
    const Result list = run(ip, {QStringLiteral("netns"), QStringLiteral("list")});
    for (const QString &line : list.out.split(u'\n', Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch m = ours.match(line);
        if (m.hasMatch() && !QFileInfo::exists(QStringLiteral("/proc/") + m.captured(1)))
            run(ip, {QStringLiteral("netns"), QStringLiteral("delete"), line.section(u' ', 0, 0)});
    }
}

QList<NetnsLab::ConntrackEntry> NetnsLab::conntrack() const
{
    static const QRegularExpression row(QStringLiteral(
        "^udp\\s+\\d+\\s+(\\d+)\\s+src=(\\S+) dst=(\\S+) sport=(\\d+) dport=(\\d+)"
        ".*?src=(\\S+) dst=(\\S+) sport=(\\d+) dport=(\\d+)"));
    QList<ConntrackEntry> entries;
    const Result r = exec(Router, {tool(QStringLiteral("conntrack")), QStringLiteral("-L"),
                                   QStringLiteral("-p"), QStringLiteral("udp")});
    for (const QString &line : r.out.split(u'\n', Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch m = row.match(line);
        if (!m.hasMatch())
            continue;
        ConntrackEntry e;
        e.timeout = m.captured(1).toInt();
        e.origSource = endpoint(m.captured(2), m.captured(4));
        e.origDestination = endpoint(m.captured(3), m.captured(5));
        e.global = endpoint(m.captured(7), m.captured(9)); // reply direction's destination
        e.assured = line.contains(QLatin1String("[ASSURED]"));
        e.line = line;
        entries.append(e);
    }
    return entries;
}

bool NetnsLab::flushConntrack() const
{
    // "conntrack -F" prints to stderr and may exit 0 or 1 on an empty table.
    exec(Router, {tool(QStringLiteral("conntrack")), QStringLiteral("-F")});
    return conntrack().isEmpty();
}

bool NetnsLab::setUdpTimeouts(int unreplied, int stream) const
{
    return exec(Router, {tool(QStringLiteral("sysctl")), QStringLiteral("-qw"),
                         QStringLiteral("net.netfilter.nf_conntrack_udp_timeout=%1").arg(unreplied),
                         QStringLiteral("net.netfilter.nf_conntrack_udp_timeout_stream=%1").arg(stream)})
        .ok();
}

int NetnsLab::sysctlInt(const QString &key) const
{
    const Result r = exec(Router, {tool(QStringLiteral("sysctl")), QStringLiteral("-n"), key});
    bool ok = false;
    const int value = r.out.trimmed().toInt(&ok);
    return r.ok() && ok ? value : -1;
}
