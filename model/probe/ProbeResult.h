#pragma once

#include "Endpoint.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// Everything one `meshnat-probe run` observed, as written to and read from its
// JSON (format "meshnat-probe/1"). Only observations: the classification is
// computed from them by ProbeClassifier, so the workbench and the probe
// cannot disagree about what a result means.
struct ProbeTransaction
{
    QString test;            // e.g. "mapping-1", see ProbeClassifier for the names
    Endpoint local;          // the inside socket
    Endpoint destination;    // where the request went
    quint32 changeRequest = 0;
    int sent = 0;            // requests sent (first + retransmissions)
    bool answered = false;
    std::optional<Endpoint> mapped;       // XOR-MAPPED-ADDRESS of the answer
    std::optional<Endpoint> responseOrigin;
    std::optional<Endpoint> otherAddress;
    Endpoint answeredFrom;   // source of the answer datagram
    double atSeconds = 0;    // since the run started
    double rttMs = -1;
};

struct LifetimeSample
{
    int idleSeconds = 0;
    bool alive = false;
};

struct ProbeResult
{
    static constexpr const char *Format = "meshnat-probe/1";

    QString runId;
    QString started;          // ISO 8601, UTC
    QString tool;             // "meshnat-probe 0.1.0"
    Endpoint server;          // as given with --server
    std::optional<Endpoint> alternate; // the server's OTHER-ADDRESS
    quint16 localPort = 0;    // the port under test (4500)
    QString secondSource;     // --second-source, empty when not given
    int lifetimeBound = 0;    // longest idle time probed, seconds (0: not run)
    QList<ProbeTransaction> transactions;
    QList<LifetimeSample> lifetime;
    double durationSeconds = 0;

    const ProbeTransaction *find(const QString &test) const;

    QByteArray toJson() const;
    // Reads a result; on failure nullopt and *error names the field.
    static std::optional<ProbeResult> fromJson(const QByteArray &json, QString *error);
};
