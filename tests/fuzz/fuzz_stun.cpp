// libFuzzer target: the STUN parser on both sides of meshnat-probe. Server
// side: StunResponder answers whatever arrives (its replies must parse, stay
// within MaxReplySize and go only to the sender's address). Client side: the
// accessors the probe reads from an answer, and the result's JSON reader.
#include "ProbeClassifier.h"
#include "StunMessage.h"
#include "StunResponder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    static StunResponder responder(Endpoint{0xC6120014, 3478}, Endpoint{0xC6120015, 3479});
    static qint64 now = 0;
    now += 1000; // keep the rate limiter out of the way
    const Endpoint source{0xCB007109, 5000};
    for (int socket = 0; socket < 4; ++socket) {
        const auto reply = responder.respond(bytes, source, socket, now);
        if (!reply)
            continue;
        if (reply->to.ip != source.ip || reply->bytes.size() > StunResponder::MaxReplySize
            || !StunMessage::parse(reply->bytes))
            __builtin_trap();
    }
    if (const auto m = StunMessage::parse(bytes)) {
        (void)m->mappedAddress();
        (void)m->otherAddress();
        (void)m->address(StunMessage::ResponseOrigin);
        (void)m->changeRequest();
        (void)m->responsePort();
        (void)m->errorCode();
        (void)m->unknownRequired();
        // What we parse, we write back identically (modulo padding bytes).
        const auto again = StunMessage::parse(m->encode());
        if (!again || again->attributes().size() != m->attributes().size())
            __builtin_trap();
    }
    QString error;
    if (const auto r = ProbeResult::fromJson(bytes.toByteArray(), &error)) {
        const auto c = ProbeClassifier::classify(*r);
        (void)ProbeClassifier::summary(*r, c);
    }
    return 0;
}
