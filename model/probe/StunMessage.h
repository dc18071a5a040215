#pragma once

#include "Endpoint.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

// One STUN message (RFC 5389 §6, §15) with the RFC 5780 attributes the NAT
// probe uses. IPv4 only: an IPv6 address attribute parses but reads as absent.
// Parsing is strict (the fuzzer and a server reading the open internet rely on
// it): one whole message per datagram, 32-bit aligned attributes, the magic
// cookie, a FINGERPRINT when present must match.
class StunMessage
{
public:
    enum Type : quint16 {
        BindingRequest = 0x0001,
        BindingSuccess = 0x0101,
        BindingError = 0x0111,
    };
    enum Attribute : quint16 {
        MappedAddress = 0x0001,
        ChangeRequest = 0x0003,      // RFC 5780 §7.2
        ErrorCode = 0x0009,
        UnknownAttributes = 0x000A,
        XorMappedAddress = 0x0020,
        Padding = 0x0026,            // RFC 5780 §7.6
        ResponsePort = 0x0027,       // RFC 5780 §7.5
        Software = 0x8022,
        Fingerprint = 0x8028,
        ResponseOrigin = 0x802B,     // RFC 5780 §7.3
        OtherAddress = 0x802C,       // RFC 5780 §7.4
        ChangedAddress = 0x0005,     // RFC 3489, what older servers send instead of OTHER-ADDRESS
    };
    enum ChangeFlag : quint32 { ChangePort = 0x2, ChangeIp = 0x4 };

    static constexpr quint32 MagicCookie = 0x2112A442;
    static constexpr int HeaderSize = 20;
    // Largest message either side accepts: a request never needs more, and a
    // reader bounded here cannot be made to walk a large buffer.
    static constexpr int MaxSize = 1280;

    struct Attr
    {
        quint16 type = 0;
        QByteArray value;
    };

    StunMessage() = default;
    StunMessage(quint16 type, const QByteArray &transactionId) : m_type(type), m_transaction(transactionId) {}

    // A fresh 96-bit transaction id (RFC 5389 §6: cryptographically random).
    static QByteArray newTransactionId();
    // Quick test (RFC 5389 §7.3): could these bytes be STUN at all?
    static bool looksLikeStun(QByteArrayView data);
    // Reads one message; on failure returns nullopt and says why in *error.
    static std::optional<StunMessage> parse(QByteArrayView data, QString *error = nullptr);

    QByteArray encode(bool withFingerprint = false) const;

    quint16 type() const { return m_type; }
    QByteArray transactionId() const { return m_transaction; }
    const QList<Attr> &attributes() const { return m_attrs; }
    bool has(quint16 type) const { return find(type) != nullptr; }
    const Attr *find(quint16 type) const;
    // Comprehension-required attributes (type < 0x8000) this code does not know.
    QList<quint16> unknownRequired() const;

    void add(quint16 type, const QByteArray &value) { m_attrs.append({type, value}); }
    void addAddress(quint16 type, const Endpoint &e);      // MAPPED-ADDRESS style
    void addXorAddress(quint16 type, const Endpoint &e);   // XOR-MAPPED-ADDRESS style
    void addChangeRequest(quint32 flags);
    void addResponsePort(quint16 port);
    void addErrorCode(int code, const QString &reason);
    void addUnknownAttributes(const QList<quint16> &types);

    std::optional<Endpoint> address(quint16 type) const;
    std::optional<Endpoint> xorAddress(quint16 type) const;
    // XOR-MAPPED-ADDRESS, else MAPPED-ADDRESS (RFC 5389 §15.2 backwards compatibility).
    std::optional<Endpoint> mappedAddress() const;
    // OTHER-ADDRESS, else RFC 3489's CHANGED-ADDRESS.
    std::optional<Endpoint> otherAddress() const;
    quint32 changeRequest() const; // 0 when absent
    std::optional<quint16> responsePort() const;
    int errorCode() const; // 0 when absent

    static quint32 crc32(QByteArrayView data);

private:
    quint16 m_type = 0;
    QByteArray m_transaction;
    QList<Attr> m_attrs;
};
