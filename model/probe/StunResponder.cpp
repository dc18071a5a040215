#include "StunResponder.h"

#include "StunMessage.h"

#include <algorithm>

StunResponder::StunResponder(const Endpoint &primary, const Endpoint &alternate)
    : StunResponder(primary, alternate, Limits())
{
}

StunResponder::StunResponder(const Endpoint &primary, const Endpoint &alternate, const Limits &limits)
    : m_primary(primary), m_alternate(alternate), m_limits(limits)
{
    m_total.tokens = limits.totalBurst;
}

Endpoint StunResponder::socketAddress(int socket) const
{
    return Endpoint{(socket & AltIpPrimaryPort) ? m_alternate.ip : m_primary.ip,
                    (socket & PrimaryAltPort) ? m_alternate.port : m_primary.port};
}

bool StunResponder::take(Bucket &bucket, int burst, double perSecond, qint64 nowMs)
{
    const double elapsed = std::max<qint64>(0, nowMs - bucket.lastMs) / 1000.0;
    bucket.tokens = std::min<double>(burst, bucket.tokens + elapsed * perSecond);
    bucket.lastMs = nowMs;
    if (bucket.tokens < 1)
        return false;
    bucket.tokens -= 1;
    return true;
}

std::optional<StunResponder::Reply> StunResponder::respond(QByteArrayView datagram, const Endpoint &source,
                                                           int receivedOn, qint64 nowMs)
{
    const std::optional<StunMessage> request = StunMessage::parse(datagram);
    if (!request) {
        ++m_counters.malformed;
        return std::nullopt;
    }
    if (request->type() != StunMessage::BindingRequest || receivedOn < 0 || receivedOn > 3) {
        ++m_counters.notRequest;
        return std::nullopt;
    }
    // Rate limits: the total first, so a flood of spoofed sources cannot fill
    // the per-source table faster than the total allows.
    if (!take(m_total, m_limits.totalBurst, m_limits.totalPerSecond, nowMs)) {
        ++m_counters.rateLimited;
        return std::nullopt;
    }
    auto it = m_sources.find(source.ip);
    if (it == m_sources.end()) {
        if (m_sources.size() >= m_limits.maxSources) {
            // Forget sources whose bucket has refilled: they lose nothing.
            const qint64 full = qint64(1000.0 * m_limits.perSourceBurst / m_limits.perSourcePerSecond);
            m_sources.removeIf([&](const auto &e) { return nowMs - e.value().lastMs > full; });
            if (m_sources.size() >= m_limits.maxSources) {
                ++m_counters.rateLimited;
                return std::nullopt;
            }
        }
        it = m_sources.insert(source.ip, Bucket{double(m_limits.perSourceBurst), nowMs});
    }
    if (!take(*it, m_limits.perSourceBurst, m_limits.perSourcePerSecond, nowMs)) {
        ++m_counters.rateLimited;
        return std::nullopt;
    }

    Reply reply;
    reply.to = source;
    const bool fingerprint = request->has(StunMessage::Fingerprint);
    const QList<quint16> unknown = request->unknownRequired();
    if (!unknown.isEmpty()) {
        // RFC 5389 §7.3.1: 420 naming (up to four of) the attributes.
        StunMessage error(StunMessage::BindingError, request->transactionId());
        error.addErrorCode(420, QStringLiteral("Unknown Attribute"));
        error.addUnknownAttributes(unknown.mid(0, 4));
        reply.fromSocket = receivedOn;
        reply.bytes = error.encode(fingerprint);
        ++m_counters.answered;
        return reply;
    }
    const quint32 change = request->changeRequest();
    reply.fromSocket = receivedOn ^ ((change & StunMessage::ChangeIp) ? AltIpPrimaryPort : 0)
                       ^ ((change & StunMessage::ChangePort) ? PrimaryAltPort : 0);
    if (const std::optional<quint16> port = request->responsePort(); port && *port != 0)
        reply.to.port = *port; // same address, another port: RFC 5780 §7.5 (binding lifetime test)

    StunMessage success(StunMessage::BindingSuccess, request->transactionId());
    success.addXorAddress(StunMessage::XorMappedAddress, source);
    success.addAddress(StunMessage::MappedAddress, source);
    success.addAddress(StunMessage::ResponseOrigin, socketAddress(reply.fromSocket));
    success.addAddress(StunMessage::OtherAddress, socketAddress(receivedOn ^ AltIpAltPort));
    reply.bytes = success.encode(fingerprint);
    Q_ASSERT(reply.bytes.size() <= MaxReplySize);
    ++m_counters.answered;
    return reply;
}
