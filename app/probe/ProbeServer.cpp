#include "ProbeServer.h"

#include "StunMessage.h"
#include "UdpEndpoint.h"

#include <QNetworkDatagram>
#include <QTextStream>

ProbeServer::ProbeServer(const Endpoint &primary, const Endpoint &alternate, bool verbose, QObject *parent)
    : QObject(parent), m_responder(primary, alternate), m_verbose(verbose)
{
}

bool ProbeServer::start(QString *error)
{
    m_clock.start();
    for (int i = 0; i < 4; ++i) {
        const Endpoint local = m_responder.socketAddress(i);
        auto socket = std::make_unique<QUdpSocket>();
        if (!socket->bind(UdpEndpoint::address(local), local.port)) {
            *error = tr("cannot listen on %1: %2").arg(local.toString(), socket->errorString());
            return false;
        }
        connect(socket.get(), &QUdpSocket::readyRead, this, [this, i] { readPending(i); });
        m_sockets[size_t(i)] = std::move(socket);
    }
    return true;
}

void ProbeServer::readPending(int socket)
{
    QUdpSocket *in = m_sockets[size_t(socket)].get();
    while (in->hasPendingDatagrams()) {
        // Read at most MaxSize + 1 bytes: longer datagrams are dropped unread.
        const QNetworkDatagram d = in->receiveDatagram(StunMessage::MaxSize + 1);
        const Endpoint from = UdpEndpoint::fromQt(d.senderAddress(), quint16(d.senderPort()));
        if (from.ip == 0)
            continue; // not IPv4
        const auto reply = m_responder.respond(d.data(), from, socket, m_clock.elapsed());
        if (!reply)
            continue;
        m_sockets[size_t(reply->fromSocket)]->writeDatagram(reply->bytes, UdpEndpoint::address(reply->to),
                                                            reply->to.port);
        if (m_verbose) {
            QTextStream(stdout) << from.toString() << " -> " << m_responder.socketAddress(socket).toString()
                                << ", answered from " << m_responder.socketAddress(reply->fromSocket).toString()
                                << " to " << reply->to.toString() << Qt::endl;
        }
    }
}
