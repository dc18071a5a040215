#include "UdpEndpoint.h"

#include <QCoreApplication>
#include <QHostInfo>

QHostAddress UdpEndpoint::address(const Endpoint &e)
{
    return QHostAddress(e.ip);
}

Endpoint UdpEndpoint::fromQt(const QHostAddress &address, quint16 port)
{
    bool ok = false;
    const quint32 ip = address.toIPv4Address(&ok);
    return Endpoint{ok ? ip : 0, port};
}

bool UdpEndpoint::parse(const QString &text, quint16 defaultPort, Endpoint *out, QString *error)
{
    QString host = text.trimmed();
    quint16 port = defaultPort;
    const int colon = host.lastIndexOf(u':');
    if (colon >= 0) {
        bool ok = false;
        const uint p = host.mid(colon + 1).toUInt(&ok);
        if (!ok || p == 0 || p > 65535) {
            *error = QCoreApplication::translate("UdpEndpoint", "\"%1\": the port must be 1-65535").arg(text);
            return false;
        }
        port = quint16(p);
        host = host.left(colon);
    }
    quint32 ip = 0;
    if (!Ipv4::parse(host, &ip)) {
        const QHostInfo info = QHostInfo::fromName(host);
        for (const QHostAddress &a : info.addresses()) {
            bool ok = false;
            ip = a.toIPv4Address(&ok);
            if (ok)
                break;
            ip = 0;
        }
        if (ip == 0) {
            *error = QCoreApplication::translate("UdpEndpoint", "\"%1\": not an IPv4 address or a host name with one")
                         .arg(text);
            return false;
        }
    }
    *out = Endpoint{ip, port};
    return true;
}
