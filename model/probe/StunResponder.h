#pragma once

#include "Endpoint.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>

#include <optional>

// The server side of RFC 5780 behaviour discovery, without sockets: given a
// datagram, where it came from and which of the four server sockets got it,
// says what to answer from which socket. Built so that it cannot be used to
// amplify traffic toward a third party:
//  - only well-formed Binding requests are answered, one reply each, to the
//    request's source address (RESPONSE-PORT may pick the port, never the
//    address); everything else is dropped silently;
//  - a reply carries a fixed set of attributes (at most 76 bytes), PADDING is
//    never echoed;
//  - replies are rate limited per source address and in total.
class StunResponder
{
public:
    // The four sockets: primary/alternate address x primary/alternate port.
    enum Socket { PrimaryPrimary = 0, PrimaryAltPort = 1, AltIpPrimaryPort = 2, AltIpAltPort = 3 };

    struct Limits
    {
        int perSourceBurst = 64;     // replies a source may get at once
        double perSourcePerSecond = 32;
        int totalBurst = 512;
        double totalPerSecond = 256;
        int maxSources = 4096;       // tracked source addresses
    };

    struct Reply
    {
        int fromSocket = 0;
        Endpoint to;
        QByteArray bytes;
    };

    struct Counters
    {
        qint64 answered = 0, malformed = 0, notRequest = 0, rateLimited = 0;
    };

    StunResponder(const Endpoint &primary, const Endpoint &alternate);
    StunResponder(const Endpoint &primary, const Endpoint &alternate, const Limits &limits);

    // The local address of each socket.
    Endpoint socketAddress(int socket) const;
    std::optional<Reply> respond(QByteArrayView datagram, const Endpoint &source, int receivedOn, qint64 nowMs);
    const Counters &counters() const { return m_counters; }

    static constexpr int MaxReplySize = 76;

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 lastMs = 0;
    };
    bool take(Bucket &bucket, int burst, double perSecond, qint64 nowMs);

    Endpoint m_primary, m_alternate;
    Limits m_limits;
    Bucket m_total;
    QHash<quint32, Bucket> m_sources;
    Counters m_counters;
};
