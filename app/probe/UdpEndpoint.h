#pragma once

#include "Endpoint.h"

#include <QHostAddress>
#include <QString>

// Conversions between the model's Endpoint and QtNetwork, and the
// "IP[:PORT]" / "HOST[:PORT]" arguments of meshnat-probe.
namespace UdpEndpoint {
QHostAddress address(const Endpoint &e);
Endpoint fromQt(const QHostAddress &address, quint16 port);
// "198.18.0.20" or "198.18.0.20:3478"; a host name is resolved (IPv4 only).
bool parse(const QString &text, quint16 defaultPort, Endpoint *out, QString *error);
}
