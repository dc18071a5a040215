#pragma once

#include "Endpoint.h"

#include <QProcess>
#include <QStringList>

// A `udp_probe recv` running in a namespace while the test sends; its RECV
// lines (who sent what to where) are read as they arrive.
class ProbeReceiver
{
public:
    struct Datagram
    {
        Endpoint from, to;
        QString payload;
        bool isNull() const { return payload.isEmpty(); }
    };

    ~ProbeReceiver() { stop(); }
    // Starts `program` (an `ip netns exec ... udp_probe recv` command line)
    // and waits for its READY line.
    bool start(const QString &program, const QStringList &args, int readyTimeoutMs = 3000);
    // The datagram carrying exactly this payload; null if none came in time.
    Datagram waitFor(const QString &payload, int timeoutMs);
    void stop();
    QString errorOutput() const { return m_err; }

private:
    bool pump(int timeoutMs); // reads what is available; false on timeout/exit
    QProcess m_process;
    QByteArray m_partial;
    QStringList m_lines;
    QString m_err;
};
