#include "StunMessage.h"

#include <QRandomGenerator>
#include <QtEndian>

#include <array>
#include <cstring>

namespace {
quint16 get16(const char *p)
{
    return qFromBigEndian<quint16>(reinterpret_cast<const uchar *>(p));
}
quint32 get32(const char *p)
{
    return qFromBigEndian<quint32>(reinterpret_cast<const uchar *>(p));
}
void put16(QByteArray &b, quint16 v)
{
    const char bytes[2] = {char(v >> 8), char(v)};
    b.append(bytes, 2);
}
void put32(QByteArray &b, quint32 v)
{
    const char bytes[4] = {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
    b.append(bytes, 4);
}
bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}
constexpr quint32 FingerprintXor = 0x5354554E; // RFC 5389 §15.5
} // namespace

QByteArray StunMessage::newTransactionId()
{
    quint32 words[3];
    QRandomGenerator::system()->fillRange(words);
    QByteArray id(12, Qt::Uninitialized);
    std::memcpy(id.data(), words, sizeof words);
    return id;
}

bool StunMessage::looksLikeStun(QByteArrayView data)
{
    return data.size() >= HeaderSize && (uchar(data[0]) & 0xC0) == 0
           && get32(data.data() + 4) == MagicCookie;
}

quint32 StunMessage::crc32(QByteArrayView data)
{
    // CRC-32 as in ISO 3309 / zlib (RFC 5389 §15.5 names it), table built once.
    static const auto table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (char ch : data)
        crc = table[(crc ^ uchar(ch)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

std::optional<StunMessage> StunMessage::parse(QByteArrayView data, QString *error)
{
    if (data.size() < HeaderSize)
        return fail(error, QStringLiteral("shorter than a STUN header")), std::nullopt;
    if (data.size() > MaxSize)
        return fail(error, QStringLiteral("longer than %1 bytes").arg(MaxSize)), std::nullopt;
    const char *p = data.data();
    const quint16 type = get16(p);
    if (type & 0xC000)
        return fail(error, QStringLiteral("top bits of the message type set")), std::nullopt;
    if (get32(p + 4) != MagicCookie)
        return fail(error, QStringLiteral("no magic cookie")), std::nullopt;
    const int length = get16(p + 2);
    if (length % 4 != 0 || HeaderSize + length != data.size())
        return fail(error, QStringLiteral("message length %1 does not match the datagram (%2 bytes)")
                               .arg(length).arg(data.size())),
               std::nullopt;
    StunMessage m(type, QByteArray(p + 8, 12));
    int at = HeaderSize;
    bool sawFingerprint = false;
    while (at < data.size()) {
        if (sawFingerprint)
            return fail(error, QStringLiteral("attribute after FINGERPRINT")), std::nullopt;
        if (data.size() - at < 4)
            return fail(error, QStringLiteral("truncated attribute header")), std::nullopt;
        const quint16 attrType = get16(p + at);
        const int attrLength = get16(p + at + 2);
        const int padded = (attrLength + 3) & ~3;
        if (padded > data.size() - at - 4)
            return fail(error, QStringLiteral("attribute 0x%1 runs past the end").arg(attrType, 4, 16, QLatin1Char('0'))),
                   std::nullopt;
        if (attrType == Fingerprint) {
            if (attrLength != 4)
                return fail(error, QStringLiteral("FINGERPRINT is not 4 bytes")), std::nullopt;
            // The CRC covers the message up to the attribute, with the length
            // field already counting it (which the header's length does).
            if ((crc32(data.first(at)) ^ FingerprintXor) != get32(p + at + 4))
                return fail(error, QStringLiteral("FINGERPRINT does not match")), std::nullopt;
            sawFingerprint = true;
        }
        m.m_attrs.append({attrType, QByteArray(p + at + 4, attrLength)});
        at += 4 + padded;
    }
    return m;
}

QByteArray StunMessage::encode(bool withFingerprint) const
{
    QByteArray out;
    out.reserve(HeaderSize + 64);
    put16(out, m_type);
    put16(out, 0); // length, filled in below
    put32(out, MagicCookie);
    out.append(m_transaction.left(12).leftJustified(12, '\0'));
    for (const Attr &a : m_attrs) {
        put16(out, a.type);
        put16(out, quint16(a.value.size()));
        out.append(a.value);
        out.append(QByteArray((4 - a.value.size() % 4) % 4, '\0'));
    }
    const auto setLength = [&out](int length) {
        out[2] = char(length >> 8);
        out[3] = char(length);
    };
    if (withFingerprint) {
        setLength(int(out.size()) - HeaderSize + 8);
        const quint32 crc = crc32(out) ^ FingerprintXor;
        put16(out, Fingerprint);
        put16(out, 4);
        put32(out, crc);
    }
    setLength(int(out.size()) - HeaderSize);
    return out;
}

const StunMessage::Attr *StunMessage::find(quint16 type) const
{
    for (const Attr &a : m_attrs) {
        if (a.type == type)
            return &a;
    }
    return nullptr;
}

QList<quint16> StunMessage::unknownRequired() const
{
    QList<quint16> unknown;
    for (const Attr &a : m_attrs) {
        switch (a.type) {
        case MappedAddress: case ChangeRequest: case ErrorCode: case UnknownAttributes:
        case XorMappedAddress: case Padding: case ResponsePort: case ChangedAddress:
            break;
        default:
            if (a.type < 0x8000 && !unknown.contains(a.type))
                unknown.append(a.type);
        }
    }
    return unknown;
}

void StunMessage::addAddress(quint16 type, const Endpoint &e)
{
    QByteArray v;
    put16(v, 0x0001); // reserved byte 0, family IPv4
    put16(v, e.port);
    put32(v, e.ip);
    add(type, v);
}

void StunMessage::addXorAddress(quint16 type, const Endpoint &e)
{
    addAddress(type, Endpoint{e.ip ^ MagicCookie, quint16(e.port ^ (MagicCookie >> 16))});
}

void StunMessage::addChangeRequest(quint32 flags)
{
    QByteArray v;
    put32(v, flags);
    add(ChangeRequest, v);
}

void StunMessage::addResponsePort(quint16 port)
{
    QByteArray v;
    put16(v, port);
    put16(v, 0);
    add(ResponsePort, v);
}

void StunMessage::addErrorCode(int code, const QString &reason)
{
    QByteArray v;
    put16(v, 0);
    v.append(char(code / 100));
    v.append(char(code % 100));
    v.append(reason.toUtf8().left(127));
    add(ErrorCode, v);
}

void StunMessage::addUnknownAttributes(const QList<quint16> &types)
{
    QByteArray v;
    for (quint16 t : types)
        put16(v, t);
    add(UnknownAttributes, v);
}

std::optional<Endpoint> StunMessage::address(quint16 type) const
{
    const Attr *a = find(type);
    if (!a || a->value.size() != 8 || a->value[1] != 0x01)
        return std::nullopt; // absent, malformed or IPv6
    return Endpoint{get32(a->value.constData() + 4), get16(a->value.constData() + 2)};
}

std::optional<Endpoint> StunMessage::xorAddress(quint16 type) const
{
    const std::optional<Endpoint> e = address(type);
    if (!e)
        return std::nullopt;
    return Endpoint{e->ip ^ MagicCookie, quint16(e->port ^ (MagicCookie >> 16))};
}

std::optional<Endpoint> StunMessage::mappedAddress() const
{
    if (const auto e = xorAddress(XorMappedAddress))
        return e;
    return address(MappedAddress);
}

std::optional<Endpoint> StunMessage::otherAddress() const
{
    if (const auto e = address(OtherAddress))
        return e;
    return address(ChangedAddress);
}

quint32 StunMessage::changeRequest() const
{
    const Attr *a = find(ChangeRequest);
    return a && a->value.size() == 4 ? get32(a->value.constData()) : 0;
}

std::optional<quint16> StunMessage::responsePort() const
{
    const Attr *a = find(ResponsePort);
    if (!a || a->value.size() != 4)
        return std::nullopt;
    return get16(a->value.constData());
}

int StunMessage::errorCode() const
{
    const Attr *a = find(ErrorCode);
    if (!a || a->value.size() < 4)
        return 0;
    return (a->value[2] & 0x7) * 100 + uchar(a->value[3]) % 100;
}
