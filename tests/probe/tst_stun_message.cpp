// The STUN codec (RFC 5389) and the reflector's reply logic (RFC 5780).
#include "StunMessage.h"
#include "StunResponder.h"

#include <QtTest>

namespace {
Endpoint ep(const char *ip, quint16 port)
{
    Endpoint e{0, port};
    Ipv4::parse(QString::fromLatin1(ip), &e.ip);
    return e;
}

// RFC 5769 §2.2: sample IPv4 response (SOFTWARE, XOR-MAPPED-ADDRESS,
// MESSAGE-INTEGRITY, FINGERPRINT).
const unsigned char Rfc5769Response[] = {
    0x01, 0x01, 0x00, 0x3c, 0x21, 0x12, 0xa4, 0x42, 0xb7, 0xe7, 0xa7, 0x01, 0xbc, 0x34, 0xd6, 0x86,
    0xfa, 0x87, 0xdf, 0xae, 0x80, 0x22, 0x00, 0x0b, 0x74, 0x65, 0x73, 0x74, 0x20, 0x76, 0x65, 0x63,
    0x74, 0x6f, 0x72, 0x20, 0x00, 0x20, 0x00, 0x08, 0x00, 0x01, 0xa1, 0x47, 0xe1, 0x12, 0xa6, 0x43,
    0x00, 0x08, 0x00, 0x14, 0x2b, 0x91, 0xf5, 0x99, 0xfd, 0x9e, 0x90, 0xc3, 0x8c, 0x74, 0x89, 0xf9,
    0x2a, 0xf9, 0xba, 0x53, 0xf0, 0x6b, 0xe7, 0xd7, 0x80, 0x28, 0x00, 0x04, 0xc0, 0x7d, 0x4c, 0x96,
};

QByteArray rfc5769()
{
    return QByteArray(reinterpret_cast<const char *>(Rfc5769Response), sizeof Rfc5769Response);
}
} // namespace

class TestStunMessage : public QObject
{
    Q_OBJECT
private slots:
    void readsTheRfc5769Response()
    {
        QString error;
        const auto m = StunMessage::parse(rfc5769(), &error);
        QVERIFY2(m, qPrintable(error));
        QCOMPARE(m->type(), quint16(StunMessage::BindingSuccess));
        QCOMPARE(m->mappedAddress()->toString(), QStringLiteral("192.0.2.1:32853"));
        QCOMPARE(m->find(StunMessage::Software)->value, QByteArray("test vector"));
        QCOMPARE(m->attributes().size(), 4);
    }

    void rejectsABadFingerprintAndBadFraming()
    {
        QByteArray bad = rfc5769();
        bad[bad.size() - 1] = char(bad.at(bad.size() - 1) ^ 1);
        QString error;
        QVERIFY(!StunMessage::parse(bad, &error));
        QVERIFY(error.contains(QLatin1String("FINGERPRINT")));

        QByteArray truncated = rfc5769().left(40); // header still claims 60 bytes
        QVERIFY(!StunMessage::parse(truncated, &error));
        QVERIFY(error.contains(QLatin1String("length")));

        QByteArray noCookie = rfc5769();
        noCookie[4] = 0;
        QVERIFY(!StunMessage::parse(noCookie, &error));

        QByteArray rtp = rfc5769();
        rtp[0] = char(0x80); // an RTP packet's first byte
        QVERIFY(!StunMessage::parse(rtp, &error));

        // An attribute whose length runs past the message.
        StunMessage m(StunMessage::BindingRequest, StunMessage::newTransactionId());
        m.add(StunMessage::Software, "abcd");
        QByteArray overrun = m.encode();
        overrun[23] = 0x40;
        QVERIFY(!StunMessage::parse(overrun, &error));
        QVERIFY(error.contains(QLatin1String("past the end")));
    }

    void roundTripsTheProbeAttributes()
    {
        StunMessage m(StunMessage::BindingSuccess, StunMessage::newTransactionId());
        m.addXorAddress(StunMessage::XorMappedAddress, ep("198.18.0.1", 4500));
        m.addAddress(StunMessage::OtherAddress, ep("198.18.0.21", 3479));
        m.addAddress(StunMessage::ResponseOrigin, ep("198.18.0.20", 3478));
        m.addChangeRequest(StunMessage::ChangeIp | StunMessage::ChangePort);
        m.addResponsePort(40000);
        m.add(StunMessage::Software, "odd"); // 3 bytes: padding
        for (bool fingerprint : {false, true}) {
            const QByteArray bytes = m.encode(fingerprint);
            QCOMPARE(bytes.size() % 4, 0);
            const auto back = StunMessage::parse(bytes);
            QVERIFY(back);
            QCOMPARE(back->transactionId(), m.transactionId());
            QCOMPARE(back->mappedAddress()->toString(), QStringLiteral("198.18.0.1:4500"));
            QCOMPARE(back->otherAddress()->toString(), QStringLiteral("198.18.0.21:3479"));
            QCOMPARE(back->address(StunMessage::ResponseOrigin)->toString(), QStringLiteral("198.18.0.20:3478"));
            QCOMPARE(back->changeRequest(), quint32(6));
            QCOMPARE(*back->responsePort(), quint16(40000));
            QCOMPARE(back->find(StunMessage::Software)->value, QByteArray("odd"));
            QCOMPARE(back->has(StunMessage::Fingerprint), fingerprint);
        }
        // XOR-MAPPED-ADDRESS really is XORed on the wire (RFC 5389 §15.2).
        const QByteArray wire = m.encode();
        QCOMPARE(QByteArray(wire.constData() + 26, 2).toHex(), QByteArray("3086")); // 4500 = 0x1194, ^ 0x2112
    }

    void responderAnswersFromTheRequestedSocket()
    {
        const Endpoint primary = ep("198.18.0.20", 3478), alternate = ep("198.18.0.21", 3479);
        StunResponder responder(primary, alternate);
        const Endpoint client = ep("198.18.0.1", 4500);
        struct Case { quint32 change; int receivedOn; int from; const char *origin; const char *other; };
        const Case cases[] = {
            {0, 0, 0, "198.18.0.20:3478", "198.18.0.21:3479"},
            {StunMessage::ChangeIp | StunMessage::ChangePort, 0, 3, "198.18.0.21:3479", "198.18.0.21:3479"},
            {StunMessage::ChangePort, 0, 1, "198.18.0.20:3479", "198.18.0.21:3479"},
            {StunMessage::ChangeIp, 0, 2, "198.18.0.21:3478", "198.18.0.21:3479"},
            {0, 2, 2, "198.18.0.21:3478", "198.18.0.20:3479"},
            {StunMessage::ChangePort, 3, 2, "198.18.0.21:3478", "198.18.0.20:3478"},
        };
        for (const Case &c : cases) {
            StunMessage request(StunMessage::BindingRequest, StunMessage::newTransactionId());
            if (c.change)
                request.addChangeRequest(c.change);
            const auto reply = responder.respond(request.encode(), client, c.receivedOn, 0);
            QVERIFY(reply);
            QCOMPARE(reply->fromSocket, c.from);
            QCOMPARE(reply->to, client);
            const auto answer = StunMessage::parse(reply->bytes);
            QVERIFY(answer);
            QCOMPARE(answer->type(), quint16(StunMessage::BindingSuccess));
            QCOMPARE(answer->transactionId(), request.transactionId());
            QCOMPARE(*answer->mappedAddress(), client);
            QCOMPARE(answer->address(StunMessage::ResponseOrigin)->toString(), QLatin1String(c.origin));
            QCOMPARE(answer->otherAddress()->toString(), QLatin1String(c.other));
            QCOMPARE(responder.socketAddress(reply->fromSocket).toString(), QLatin1String(c.origin));
        }
    }

    void responderNeverAmplifiesNorReflectsElsewhere()
    {
        StunResponder responder(ep("198.18.0.20", 3478), ep("198.18.0.21", 3479));
        const Endpoint client = ep("203.0.113.9", 5000);
        // A request asking for another port: same address, that port; and a
        // padded request is not answered with its padding.
        StunMessage request(StunMessage::BindingRequest, StunMessage::newTransactionId());
        request.addResponsePort(6000);
        request.add(StunMessage::Padding, QByteArray(1000, 'x'));
        const auto reply = responder.respond(request.encode(true), client, 0, 0);
        QVERIFY(reply);
        QCOMPARE(reply->to, ep("203.0.113.9", 6000));
        QVERIFY(reply->bytes.size() <= StunResponder::MaxReplySize);
        QVERIFY(StunMessage::parse(reply->bytes)->has(StunMessage::Fingerprint)); // echoes the request's choice

        // The smallest request (20 bytes) gets at most MaxReplySize back.
        const QByteArray minimal = StunMessage(StunMessage::BindingRequest, StunMessage::newTransactionId()).encode();
        QCOMPARE(minimal.size(), 20);
        QVERIFY(responder.respond(minimal, client, 0, 0)->bytes.size() <= StunResponder::MaxReplySize);

        // Not answered: responses, indications, junk, other methods.
        QVERIFY(!responder.respond(reply->bytes, client, 0, 0));
        QVERIFY(!responder.respond(QByteArray("GET / HTTP/1.0\r\n\r\n"), client, 0, 0));
        QVERIFY(!responder.respond(StunMessage(0x0011, StunMessage::newTransactionId()).encode(), client, 0, 0));
        QVERIFY(!responder.respond(StunMessage(0x0003, StunMessage::newTransactionId()).encode(), client, 0, 0));
        QCOMPARE(responder.counters().answered, 2);
    }

    void responderRejectsUnknownRequiredAttributes()
    {
        StunResponder responder(ep("198.18.0.20", 3478), ep("198.18.0.21", 3479));
        StunMessage request(StunMessage::BindingRequest, StunMessage::newTransactionId());
        request.add(0x0006, "user"); // USERNAME: not supported by a reflector
        request.add(0xC001, "ignored"); // comprehension-optional: ignored
        const auto reply = responder.respond(request.encode(), ep("203.0.113.9", 5000), 0, 0);
        QVERIFY(reply);
        const auto answer = StunMessage::parse(reply->bytes);
        QCOMPARE(answer->type(), quint16(StunMessage::BindingError));
        QCOMPARE(answer->errorCode(), 420);
        QCOMPARE(answer->find(StunMessage::UnknownAttributes)->value, QByteArray("\x00\x06", 2));
        QVERIFY(reply->bytes.size() <= StunResponder::MaxReplySize);
    }

    void responderIsRateLimited()
    {
        StunResponder::Limits limits;
        limits.perSourceBurst = 10;
        limits.perSourcePerSecond = 5;
        StunResponder responder(ep("198.18.0.20", 3478), ep("198.18.0.21", 3479), limits);
        const QByteArray request = StunMessage(StunMessage::BindingRequest, StunMessage::newTransactionId()).encode();
        int answered = 0;
        for (int i = 0; i < 100; ++i)
            answered += responder.respond(request, ep("203.0.113.9", 5000), 0, 1000).has_value();
        QCOMPARE(answered, 10);
        // Another source is not starved by the first one.
        QVERIFY(responder.respond(request, ep("203.0.113.10", 5000), 0, 1000));
        // One second later the first source has 5 more.
        answered = 0;
        for (int i = 0; i < 100; ++i)
            answered += responder.respond(request, ep("203.0.113.9", 5000), 0, 2000).has_value();
        QCOMPARE(answered, 5);
        QCOMPARE(responder.counters().rateLimited, 185);
    }
};

QTEST_GUILESS_MAIN(TestStunMessage)
#include "tst_stun_message.moc"
