#pragma once

#include "ProbeResult.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QUdpSocket>

#include <memory>

// `meshnat-probe run`: the RFC 5780 tests plus the HCX ones, against one
// reflector. Synchronous on purpose: every test is a bounded number of
// requests with a deadline, run one after another, so the packets a NAT sees
// are exactly the ones listed in ProbeClassifier.h.
class ProbeClient
{
    Q_DECLARE_TR_FUNCTIONS(ProbeClient)
public:
    struct Options
    {
        Endpoint server;
        quint32 localIp = 0;     // 0: the address the route to the server uses
        quint16 localPort = 4500;
        quint32 secondSource = 0; // 0: no collision test
        int lifetimeMax = 0;     // seconds; 0: no lifetime test
        int timeoutMs = 1500;    // per request, retransmissions included
    };

    explicit ProbeClient(const Options &options);
    // Runs every test; false (with *error) only when the probe cannot start
    // (a port it must bind is taken). A silent server is a result, not an error.
    bool run(ProbeResult *result, QString *error);

    // Requests per test: the first send plus retransmissions at 250 and 750 ms
    // (RFC 5389 §7.2.1's doubling, cut short: a missing answer is an answer here).
    static constexpr int MaxSends = 3;

private:
    struct Socket
    {
        std::unique_ptr<QUdpSocket> udp;
        Endpoint local;
    };
    bool open(Socket *s, quint32 ip, quint16 port, QString *error);
    // Sends a Binding request from `from` to `destination` and waits for the
    // message with its transaction id on `expectOn` (default: `from`).
    ProbeTransaction transact(const QString &test, Socket &from, const Endpoint &destination,
                              quint32 change = 0, Socket *expectOn = nullptr, int responsePort = 0,
                              bool *cameBackToSender = nullptr);
    void lifetime(ProbeResult *result);

    Options m_options;
    QElapsedTimer m_clock;
};
