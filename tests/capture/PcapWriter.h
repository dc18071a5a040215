#pragma once

// Test helper: builds frames (Ethernet/VLAN, SLL, SLL2, raw IP; IPv4/IPv6;
// UDP/ESP) and writes them as pcap or pcapng, so the reader is checked on
// every link type and format without shipping many files.
#include <QByteArray>
#include <QList>
#include <QtEndian>

namespace pcapw {

inline void put16(QByteArray &b, quint16 v) { char x[2]; qToBigEndian(v, x); b.append(x, 2); }
inline void put32(QByteArray &b, quint32 v) { char x[4]; qToBigEndian(v, x); b.append(x, 4); }
inline void put64(QByteArray &b, quint64 v) { char x[8]; qToBigEndian(v, x); b.append(x, 8); }
inline void le16(QByteArray &b, quint16 v) { char x[2]; qToLittleEndian(v, x); b.append(x, 2); }
inline void le32(QByteArray &b, quint32 v) { char x[4]; qToLittleEndian(v, x); b.append(x, 4); }

inline quint32 ip(int a, int b, int c, int d) { return quint32(a) << 24 | b << 16 | c << 8 | d; }

inline QByteArray udp(quint16 sport, quint16 dport, const QByteArray &payload)
{
    QByteArray b;
    put16(b, sport); put16(b, dport); put16(b, quint16(8 + payload.size())); put16(b, 0);
    return b + payload;
}

inline QByteArray ipv4(quint32 src, quint32 dst, quint8 protocol, const QByteArray &payload)
{
    QByteArray b;
    b.append(char(0x45)); b.append(char(0));
    put16(b, quint16(20 + payload.size())); put16(b, 1); put16(b, 0x4000);
    b.append(char(64)); b.append(char(protocol)); put16(b, 0);
    put32(b, src); put32(b, dst);
    return b + payload;
}

inline QByteArray ipv6(const QByteArray &src16, const QByteArray &dst16, quint8 protocol,
                       const QByteArray &payload)
{
    QByteArray b;
    put32(b, 0x60000000); put16(b, quint16(payload.size()));
    b.append(char(protocol)); b.append(char(64));
    return b + src16 + dst16 + payload;
}

inline QByteArray ethernet(const QByteArray &ipPacket, QList<quint16> vlans = {})
{
    QByteArray b(12, '\x02');
    for (quint16 vlan : vlans) { put16(b, 0x8100); put16(b, vlan); }
    put16(b, (ipPacket.at(0) >> 4) == 6 ? 0x86dd : 0x0800);
    return b + ipPacket;
}

inline QByteArray sll(const QByteArray &ipPacket)
{
    QByteArray b;
    put16(b, 0); put16(b, 1); put16(b, 6); b.append(QByteArray(8, '\x02'));
    put16(b, (ipPacket.at(0) >> 4) == 6 ? 0x86dd : 0x0800);
    return b + ipPacket;
}

inline QByteArray sll2(const QByteArray &ipPacket)
{
    QByteArray b;
    put16(b, (ipPacket.at(0) >> 4) == 6 ? 0x86dd : 0x0800); put16(b, 0);
    put32(b, 2); put16(b, 1); b.append(char(0)); b.append(char(6));
    b.append(QByteArray(8, '\x02'));
    return b + ipPacket;
}

// An IKEv2 header (+ payload chain) as on UDP 500.
inline QByteArray ike(quint64 spiI, quint64 spiR, quint8 exchange, quint8 flags, quint32 messageId,
                      const QList<QPair<quint16, QByteArray>> &notifies = {})
{
    QByteArray payloads;
    for (int i = 0; i < notifies.size(); ++i) {
        const bool last = i + 1 == notifies.size();
        payloads.append(char(last ? 0 : 41)); payloads.append(char(0));
        put16(payloads, quint16(8 + notifies[i].second.size()));
        payloads.append(char(0)); payloads.append(char(0)); put16(payloads, notifies[i].first);
        payloads.append(notifies[i].second);
    }
    QByteArray b;
    put64(b, spiI); put64(b, spiR);
    b.append(char(notifies.isEmpty() ? 0 : 41)); b.append(char(0x20));
    b.append(char(exchange)); b.append(char(flags));
    put32(b, messageId); put32(b, quint32(28 + payloads.size()));
    return b + payloads;
}

inline QByteArray esp(quint32 spi, quint32 seq, int body = 64)
{
    QByteArray b;
    put32(b, spi); put32(b, seq);
    return b + QByteArray(body, '\x5a');
}

struct Frame
{
    qint64 timeNs = 0;
    QByteArray data;
    quint32 wireLength = 0; // 0: data.size()
};

inline QByteArray pcapFile(int linkType, const QList<Frame> &frames, quint32 snapLength = 262144)
{
    QByteArray b;
    le32(b, 0xa1b23c4d); // nanosecond pcap
    le16(b, 2); le16(b, 4); le32(b, 0); le32(b, 0); le32(b, snapLength); le32(b, quint32(linkType));
    for (const Frame &f : frames) {
        le32(b, quint32(f.timeNs / 1000000000)); le32(b, quint32(f.timeNs % 1000000000));
        le32(b, quint32(f.data.size())); le32(b, f.wireLength ? f.wireLength : quint32(f.data.size()));
        b.append(f.data);
    }
    return b;
}

inline QByteArray pcapngFile(int linkType, const QList<Frame> &frames)
{
    QByteArray b;
    le32(b, 0x0a0d0d0a); le32(b, 28); le32(b, 0x1a2b3c4d); le16(b, 1); le16(b, 0);
    le32(b, 0xffffffff); le32(b, 0xffffffff); le32(b, 28);
    // IDB with if_tsresol = 9 (nanoseconds).
    le32(b, 1); le32(b, 32); le16(b, quint16(linkType)); le16(b, 0); le32(b, 0);
    le16(b, 9); le16(b, 1); b.append(char(9)); b.append(3, '\0');
    le16(b, 0); le16(b, 0); le32(b, 32);
    for (const Frame &f : frames) {
        const int padded = (f.data.size() + 3) & ~3;
        const quint32 length = quint32(32 + padded);
        le32(b, 6); le32(b, length); le32(b, 0);
        le32(b, quint32(quint64(f.timeNs) >> 32)); le32(b, quint32(quint64(f.timeNs)));
        le32(b, quint32(f.data.size())); le32(b, f.wireLength ? f.wireLength : quint32(f.data.size()));
        b.append(f.data); b.append(padded - f.data.size(), '\0');
        le32(b, length);
    }
    return b;
}

} // namespace pcapw
