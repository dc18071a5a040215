#include "PacketDecoder.h"

#include <QtEndian>

namespace {
constexpr quint16 EtherIpv4 = 0x0800;
constexpr quint16 EtherIpv6 = 0x86dd;
constexpr quint16 ProtoUdp = 17;
constexpr quint16 ProtoEsp = 50;
constexpr quint16 IkePort = 500;
constexpr quint16 NatTPort = 4500;
// RFC 7296 3.10.1 notify message types; 3.2 payload types.
constexpr quint16 NatDetectionSourceIp = 16388;
constexpr quint16 NatDetectionDestinationIp = 16389;
constexpr quint8 PayloadNotify = 41;
constexpr quint8 PayloadEncrypted = 46;
constexpr quint8 PayloadEncryptedFragment = 53;

quint16 be16(const uchar *p) { return qFromBigEndian<quint16>(p); }
quint32 be32(const uchar *p) { return qFromBigEndian<quint32>(p); }

bool isVlan(quint16 type) { return type == 0x8100 || type == 0x88a8 || type == 0x9100; }
} // namespace

bool PacketDecoder::supportsLinkType(int linkType)
{
    switch (linkType) {
    case LinkEthernet: case LinkRaw: case LinkRawAlt: case LinkLinuxSll: case LinkLinuxSll2:
    case LinkIpv4: case LinkIpv6:
        return true;
    }
    return false;
}

QString PacketDecoder::linkTypeName(int linkType)
{
    switch (linkType) {
    case LinkEthernet: return tr("Ethernet");
    case LinkRaw: case LinkRawAlt: return tr("raw IP");
    case LinkIpv4: return tr("raw IPv4");
    case LinkIpv6: return tr("raw IPv6");
    case LinkLinuxSll: return tr("Linux cooked (SLL)");
    case LinkLinuxSll2: return tr("Linux cooked (SLL2)");
    }
    return tr("link type %1").arg(linkType);
}

QString PacketDecoder::statusName(Status status)
{
    switch (status) {
    case Decoded: return tr("decoded");
    case NotIp: return tr("not IP");
    case Truncated: return tr("cut by the capture's snapshot length inside the headers");
    case Fragment: return tr("IP fragment without ports");
    case Malformed: return tr("malformed header");
    case StatusCount: break;
    }
    return {};
}

PacketDecoder::Status PacketDecoder::decode(int linkType, const uchar *data, quint32 captured,
                                            quint32 wireLength, CapturedPacket *out)
{
    out->wireLength = wireLength;
    quint32 offset = 0;
    quint16 etherType = 0;
    switch (linkType) {
    case LinkEthernet:
        if (captured < 14)
            return Truncated;
        etherType = be16(data + 12);
        offset = 14;
        break;
    case LinkLinuxSll:
        if (captured < 16)
            return Truncated;
        etherType = be16(data + 14);
        offset = 16;
        break;
    case LinkLinuxSll2:
        if (captured < 20)
            return Truncated;
        etherType = be16(data);
        offset = 20;
        break;
    case LinkRaw: case LinkRawAlt: case LinkIpv4: case LinkIpv6:
        return decodeIp(data, captured, out);
    default:
        return NotIp;
    }
    // 802.1Q / 802.1ad tags, stacked (QinQ).
    for (int tags = 0; isVlan(etherType) && tags < 8; ++tags) {
        if (captured < offset + 4)
            return Truncated;
        etherType = be16(data + offset + 2);
        offset += 4;
    }
    if (etherType != EtherIpv4 && etherType != EtherIpv6)
        return NotIp;
    return decodeIp(data + offset, captured - offset, out);
}

PacketDecoder::Status PacketDecoder::decodeIp(const uchar *data, quint32 size, CapturedPacket *out)
{
    if (size < 1)
        return Truncated;
    const int version = data[0] >> 4;
    quint32 headerLength = 0;
    quint32 payloadLength = 0;
    quint8 protocol = 0;
    if (version == 4) {
        if (size < 20)
            return Truncated;
        headerLength = quint32(data[0] & 0x0f) * 4;
        const quint32 total = be16(data + 2);
        if (headerLength < 20 || total < headerLength)
            return Malformed;
        if (size < headerLength)
            return Truncated;
        if (be16(data + 6) & 0x1fff)
            return Fragment;
        protocol = data[9];
        out->source.address = CaptureAddress::ipv4(be32(data + 12));
        out->destination.address = CaptureAddress::ipv4(be32(data + 16));
        payloadLength = total - headerLength;
    } else if (version == 6) {
        if (size < 40)
            return Truncated;
        out->source.address = CaptureAddress::ipv6(data + 8);
        out->destination.address = CaptureAddress::ipv6(data + 24);
        payloadLength = be16(data + 4);
        protocol = data[6];
        headerLength = 40;
        // Skip hop-by-hop, routing and destination options; stop at a fragment
        // header that is not the first fragment.
        for (int hops = 0; hops < 8; ++hops) {
            if (protocol != 0 && protocol != 43 && protocol != 60 && protocol != 44)
                break;
            if (size < headerLength + 8)
                return Truncated;
            const uchar *ext = data + headerLength;
            const quint32 extLength = protocol == 44 ? 8 : (quint32(ext[1]) + 1) * 8;
            if (protocol == 44 && (be16(ext + 2) & 0xfff8))
                return Fragment;
            if (payloadLength < extLength)
                return Malformed;
            protocol = ext[0];
            headerLength += extLength;
            payloadLength -= extLength;
        }
    } else {
        return Malformed;
    }
    out->ipProtocol = protocol;
    // An IPv6 extension header may claim more than was captured.
    if (headerLength > size)
        return Truncated;
    const uchar *payload = data + headerLength;
    const quint32 available = qMin(size - headerLength, payloadLength);
    if (protocol == ProtoUdp) {
        if (available < 8)
            return payloadLength < 8 ? Malformed : Truncated;
        out->source.port = be16(payload);
        out->destination.port = be16(payload + 2);
        const quint32 udpLength = be16(payload + 4);
        if (udpLength < 8)
            return Malformed;
        const quint32 length = qMin(udpLength, payloadLength) - 8;
        classifyUdp(payload + 8, qMin(available - 8, length), length, out);
        return Decoded;
    }
    if (protocol == ProtoEsp) {
        if (available < 8)
            return payloadLength < 8 ? Malformed : Truncated;
        out->kind = PacketKind::Esp;
        out->espSpi = be32(payload);
        out->espSequence = be32(payload + 4);
        return Decoded;
    }
    out->kind = PacketKind::Other;
    return Decoded;
}

void PacketDecoder::classifyUdp(const uchar *payload, quint32 captured, quint32 length,
                                CapturedPacket *out)
{
    const quint16 s = out->source.port, d = out->destination.port;
    out->kind = PacketKind::OtherUdp;
    if (s == NatTPort || d == NatTPort) {
        // RFC 3948 2.2 / 2.3: one 0xFF byte is a keepalive; four zero bytes (a
        // zero SPI) mark IKE; anything else is ESP, SPI first.
        if (length == 1) {
            if (captured == 1 && payload[0] == 0xff)
                out->kind = PacketKind::Keepalive;
            return;
        }
        if (captured < 8)
            return;
        const quint32 spi = be32(payload);
        if (spi == 0) {
            if (decodeIke(payload + 4, captured - 4, &out->ike)) {
                out->kind = PacketKind::IkeNatT;
                out->ike.truncated = out->ike.truncated || captured < length;
            }
            return;
        }
        out->kind = PacketKind::EspInUdp;
        out->espSpi = spi;
        out->espSequence = be32(payload + 4);
        return;
    }
    if ((s == IkePort || d == IkePort) && decodeIke(payload, captured, &out->ike)) {
        out->kind = PacketKind::Ike;
        out->ike.truncated = out->ike.truncated || captured < length;
    }
}

bool PacketDecoder::decodeIke(const uchar *data, quint32 size, IkeInfo *out)
{
    if (size < 28)
        return false;
    const quint8 major = data[17] >> 4;
    if (major != 1 && major != 2)
        return false;
    out->spiInitiator = qFromBigEndian<quint64>(data);
    out->spiResponder = qFromBigEndian<quint64>(data + 8);
    out->majorVersion = major;
    out->exchange = data[18];
    out->flags = data[19];
    out->messageId = be32(data + 20);
    out->length = be32(data + 24);
    if (out->length < 28)
        return false;
    const quint32 end = qMin(size, out->length);
    out->truncated = size < out->length;
    if (major != 2)
        return true;
    // Walk the unencrypted payload chain (RFC 7296 3.2) for the NAT-D notifies.
    quint8 next = data[16];
    quint32 offset = 28;
    while (next != 0 && next != PayloadEncrypted && next != PayloadEncryptedFragment) {
        if (offset + 4 > end) {
            out->truncated = true;
            break;
        }
        const uchar *p = data + offset;
        const quint32 payloadLength = be16(p + 2);
        if (payloadLength < 4)
            break; // malformed chain: keep what was read
        if (offset + payloadLength > end) {
            out->truncated = true;
            break;
        }
        if (next == PayloadNotify && payloadLength >= 8) {
            const quint32 spiSize = p[5];
            const quint16 type = be16(p + 6);
            if (8 + spiSize <= payloadLength) {
                const QByteArray value(reinterpret_cast<const char *>(p + 8 + spiSize),
                                       qsizetype(payloadLength - 8 - spiSize));
                if (type == NatDetectionSourceIp)
                    out->natdSource.append(value);
                else if (type == NatDetectionDestinationIp)
                    out->natdDestination = value;
            }
        }
        next = p[0];
        offset += payloadLength;
    }
    return true;
}
