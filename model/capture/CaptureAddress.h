#pragma once

#include <QHashFunctions>
#include <QString>

// An IPv4 or IPv6 address as seen in a capture. IPv4 is kept in `low` (host
// order, as Ipv4 and Endpoint use it) so IPv4 captures map onto the model's
// endpoints directly; IPv6 is accepted and shown, not translated.
struct CaptureAddress
{
    quint64 high = 0;
    quint64 low = 0;
    bool v6 = false;

    static CaptureAddress ipv4(quint32 address) { return {0, address, false}; }
    static CaptureAddress ipv6(const uchar bytes[16]);
    quint32 ipv4Value() const { return quint32(low); }
    // The bytes as on the wire (4 or 16), for the NAT_DETECTION hashes.
    QByteArray wireBytes() const;
    QString toString() const; // "10.1.2.3" or RFC 5952 "2001:db8::1"

    bool operator==(const CaptureAddress &o) const
    {
        return high == o.high && low == o.low && v6 == o.v6;
    }
    bool operator!=(const CaptureAddress &o) const { return !(*this == o); }
    bool operator<(const CaptureAddress &o) const
    {
        return v6 != o.v6 ? v6 < o.v6 : high != o.high ? high < o.high : low < o.low;
    }
};

inline size_t qHash(const CaptureAddress &a, size_t seed = 0)
{
    return qHashMulti(seed, a.high, a.low, a.v6);
}

// An address and UDP port (port 0 for plain ESP).
struct CaptureEndpoint
{
    CaptureAddress address;
    quint16 port = 0;

    bool operator==(const CaptureEndpoint &o) const { return address == o.address && port == o.port; }
    bool operator!=(const CaptureEndpoint &o) const { return !(*this == o); }
    bool operator<(const CaptureEndpoint &o) const
    {
        return address != o.address ? address < o.address : port < o.port;
    }
    QString toString() const; // "10.1.2.3:4500", "[2001:db8::1]:4500"
};

inline size_t qHash(const CaptureEndpoint &e, size_t seed = 0)
{
    return qHashMulti(seed, e.address, e.port);
}
