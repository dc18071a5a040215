#pragma once

#include "StunResponder.h"

#include <QElapsedTimer>
#include <QObject>
#include <QUdpSocket>

#include <array>
#include <memory>

// `meshnat-probe serve`: four UDP sockets (primary/alternate address x port)
// answering Binding requests through StunResponder.
class ProbeServer : public QObject
{
    Q_OBJECT
public:
    ProbeServer(const Endpoint &primary, const Endpoint &alternate, bool verbose, QObject *parent = nullptr);
    bool start(QString *error);
    const StunResponder::Counters &counters() const { return m_responder.counters(); }

private:
    void readPending(int socket);

    StunResponder m_responder;
    std::array<std::unique_ptr<QUdpSocket>, 4> m_sockets;
    QElapsedTimer m_clock;
    bool m_verbose = false;
};
