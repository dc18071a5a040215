#include "ProbeClient.h"

#include "StunMessage.h"
#include "UdpEndpoint.h"

#include <QDateTime>
#include <QNetworkDatagram>
#include <QThread>
#include <QUuid>

ProbeClient::ProbeClient(const Options &options) : m_options(options)
{
}

bool ProbeClient::open(Socket *s, quint32 ip, quint16 port, QString *error)
{
    s->udp = std::make_unique<QUdpSocket>();
    if (!s->udp->bind(QHostAddress(ip), port)) {
        *error = tr("cannot bind %1: %2").arg(Endpoint{ip, port}.toString(), s->udp->errorString());
        return false;
    }
    s->local = Endpoint{ip, s->udp->localPort()};
    return true;
}

ProbeTransaction ProbeClient::transact(const QString &test, Socket &from, const Endpoint &destination,
                                       quint32 change, Socket *expectOn, int responsePort, bool *cameBackToSender)
{
    Socket &to = expectOn ? *expectOn : from;
    ProbeTransaction t;
    t.test = test;
    t.local = from.local;
    t.destination = destination;
    t.changeRequest = change;
    t.atSeconds = m_clock.elapsed() / 1000.0;

    StunMessage request(StunMessage::BindingRequest, StunMessage::newTransactionId());
    if (change)
        request.addChangeRequest(change);
    if (responsePort > 0)
        request.addResponsePort(quint16(responsePort));
    const QByteArray bytes = request.encode(true);
    QElapsedTimer timer;
    timer.start();
    static constexpr int SendAtMs[MaxSends] = {0, 250, 750};
    while (timer.elapsed() < m_options.timeoutMs) {
        if (t.sent < MaxSends && timer.elapsed() >= SendAtMs[t.sent]) {
            from.udp->writeDatagram(bytes, UdpEndpoint::address(destination), destination.port);
            ++t.sent;
        }
        for (Socket *s : {&to, &from}) {
            while (s->udp->hasPendingDatagrams()) {
                const QNetworkDatagram d = s->udp->receiveDatagram(StunMessage::MaxSize + 1);
                const auto m = StunMessage::parse(d.data());
                if (!m || m->transactionId() != request.transactionId())
                    continue; // a late answer of an earlier test, or noise
                if (s != &to) {
                    if (cameBackToSender)
                        *cameBackToSender = true;
                    continue;
                }
                t.answered = true;
                t.rttMs = timer.nsecsElapsed() / 1e6;
                t.answeredFrom = UdpEndpoint::fromQt(d.senderAddress(), quint16(d.senderPort()));
                if (m->type() == StunMessage::BindingRequest) {
                    t.mapped = t.answeredFrom; // hairpin: our own request, as the NAT delivered it
                } else {
                    t.mapped = m->mappedAddress();
                    if (const auto origin = m->address(StunMessage::ResponseOrigin))
                        t.responseOrigin = origin;
                    t.otherAddress = m->otherAddress();
                    if (!t.mapped)
                        t.answered = false; // an error response (e.g. 420): no mapping learnt
                }
                return t;
            }
        }
        to.udp->waitForReadyRead(10);
    }
    return t;
}

bool ProbeClient::run(ProbeResult *result, QString *error)
{
    m_clock.start();
    result->runId = QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    result->started = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    result->tool = QStringLiteral("meshnat-probe %1").arg(QLatin1String(MESHNAT_VERSION));
    result->server = m_options.server;
    result->localPort = m_options.localPort;
    result->lifetimeBound = m_options.lifetimeMax;

    quint32 localIp = m_options.localIp;
    if (localIp == 0) {
        // The source address the kernel picks toward the server.
        QUdpSocket route;
        route.connectToHost(UdpEndpoint::address(m_options.server), m_options.server.port);
        localIp = UdpEndpoint::fromQt(route.localAddress(), 0).ip;
        if (localIp == 0) {
            *error = tr("no IPv4 route to %1").arg(m_options.server.toString());
            return false;
        }
    }
    Socket a, f;
    if (!open(&a, localIp, m_options.localPort, error) || !open(&f, localIp, 0, error))
        return false;
    Socket b;
    if (m_options.secondSource) {
        if (!open(&b, m_options.secondSource, m_options.localPort, error))
            return false;
        result->secondSource = Ipv4::toString(m_options.secondSource);
    }

    const Endpoint primary = m_options.server;
    ProbeTransaction m1 = transact(QStringLiteral("mapping-1"), a, primary);
    result->transactions << m1;
    if (m1.answered && m1.otherAddress && m1.otherAddress->ip != primary.ip && m1.otherAddress->port != primary.port) {
        const Endpoint other = *m1.otherAddress;
        result->alternate = other;
        // Mapping (RFC 5780 §4.3): toward the alternate address, then its other port.
        result->transactions << transact(QStringLiteral("mapping-2"), a, Endpoint{other.ip, primary.port});
        result->transactions << transact(QStringLiteral("mapping-3"), a, other);
        // Filtering (§4.4) on a socket that has talked to the primary only.
        const ProbeTransaction f1 = transact(QStringLiteral("filtering-1"), f, primary);
        result->transactions << f1;
        if (f1.answered) {
            const ProbeTransaction f2 = transact(QStringLiteral("filtering-2"), f, primary,
                                                 StunMessage::ChangeIp | StunMessage::ChangePort);
            result->transactions << f2;
            if (!f2.answered)
                result->transactions << transact(QStringLiteral("filtering-3"), f, primary, StunMessage::ChangePort);
        }
        // Hairpinning (§4.5): the fresh socket sends to the 4500 socket's public address.
        result->transactions << transact(QStringLiteral("hairpin"), f, *m1.mapped, 0, &a);
        // Collision: a second inside source on the same port, first toward a
        // destination the first source never used, then toward its server.
        if (b.udp) {
            result->transactions << transact(QStringLiteral("second-other"), b, Endpoint{primary.ip, other.port});
            result->transactions << transact(QStringLiteral("second-same"), b, primary);
        }
        if (m_options.lifetimeMax > 0)
            lifetime(result);
    } else if (m1.answered && b.udp) {
        // A server without OTHER-ADDRESS still allows the collision test toward it.
        result->transactions << transact(QStringLiteral("second-same"), b, primary);
    }
    result->durationSeconds = m_clock.elapsed() / 1000.0;
    return true;
}

void ProbeClient::lifetime(ProbeResult *result)
{
    // RFC 5780 §4.6, with one binding per idle time so that probing one does
    // not refresh another: all are made now, each is asked after its idle time
    // by a request from a separate socket whose RESPONSE-PORT names it. The
    // answer comes from the address the binding was made toward.
    QList<int> idle;
    for (int t = 1; t < m_options.lifetimeMax; t *= 2)
        idle << t;
    idle << m_options.lifetimeMax;
    const quint32 ip = result->transactions.first().local.ip;
    struct Binding { Socket socket; Endpoint mapped; int idle = 0; qint64 madeAtMs = 0; };
    std::vector<Binding> bindings(size_t(idle.size()));
    Socket asker;
    QString error;
    if (!open(&asker, ip, 0, &error))
        return;
    for (size_t i = 0; i < bindings.size(); ++i) {
        Binding &b = bindings[i];
        b.idle = idle.at(int(i));
        if (!open(&b.socket, ip, 0, &error))
            return;
        const ProbeTransaction t = transact(QStringLiteral("lifetime-bind-%1").arg(b.idle), b.socket, m_options.server);
        result->transactions << t;
        if (!t.answered)
            return;
        b.mapped = *t.mapped;
        b.madeAtMs = m_clock.elapsed();
    }
    for (Binding &b : bindings) {
        const qint64 due = b.madeAtMs + b.idle * 1000LL;
        while (m_clock.elapsed() < due)
            QThread::msleep(quint64(std::min<qint64>(200, due - m_clock.elapsed())));
        bool ignored = false;
        const ProbeTransaction t = transact(QStringLiteral("lifetime-%1").arg(b.idle), asker, m_options.server, 0,
                                            &b.socket, b.mapped.port, &ignored);
        result->transactions << t;
        if (ignored) {
            result->lifetime.clear(); // the server ignores RESPONSE-PORT: no lifetime measurable
            return;
        }
        result->lifetime << LifetimeSample{b.idle, t.answered};
        if (!t.answered)
            return; // longer idle times will not come back either
    }
}
