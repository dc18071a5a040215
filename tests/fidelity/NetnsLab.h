#pragma once

#include "Endpoint.h"

#include <QList>
#include <QString>
#include <QStringList>

// A throwaway NAT topology made of network namespaces, for comparing the
// engine with the real kernel: two inside hosts, a Linux router doing
// MASQUERADE on its outside veth, and an "internet" namespace holding the
// peers. Only addresses inside these namespaces are ever used; names carry
// the PID so parallel runs do not collide.
//
//   host1 10.99.1.2 --in1 [router 10.99.1.1 / 10.99.2.1, out 198.18.0.1] eth0-- internet
//   host2 10.99.2.2 --in2                                              198.18.0.10 .11 .12 .13 .50
class NetnsLab
{
public:
    enum Node { Router, Host1, Host2, Internet };

    struct Result
    {
        int code = -1; // exit code; < 0: did not start, timed out or crashed
        QString out, err;
        bool ok() const { return code == 0; }
    };

    // One UDP row of `conntrack -L`.
    struct ConntrackEntry
    {
        Endpoint origSource, origDestination;
        Endpoint global; // where replies go: the router's mapping of origSource
        int timeout = 0; // seconds left
        bool assured = false;
        QString line;
    };

    NetnsLab();
    ~NetnsLab();
    NetnsLab(const NetnsLab &) = delete;
    NetnsLab &operator=(const NetnsLab &) = delete;

    // Builds the topology. On failure nothing is left behind; *notPermitted
    // says the host forbids it (not root, no netns, no MASQUERADE) rather
    // than a bug in the set-up.
    bool setUp(QString *why, bool *notPermitted);
    // Deletes the namespaces (their veths go with them). Idempotent.
    void tearDown();
    // Deletes namespaces of earlier runs whose process is gone (killed by a
    // ctest timeout before it could clean up).
    static void removeStale();

    static QString tool(const QString &name);
    static Result run(const QString &program, const QStringList &args, int timeoutMs = 5000);
    QString name(Node node) const;
    // The argument list of `ip netns exec <node> command...`.
    QStringList netnsExec(Node node, const QStringList &command) const;
    Result exec(Node node, const QStringList &command, int timeoutMs = 5000) const;

    QList<ConntrackEntry> conntrack() const; // UDP entries of the router
    bool flushConntrack() const;
    bool setUdpTimeouts(int unreplied, int stream) const;
    // An integer sysctl of the router namespace; -1 on error.
    int sysctlInt(const QString &key) const;

private:
    QString m_prefix;
    QStringList m_created;
};
