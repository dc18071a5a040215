#pragma once

#include "CapturedPacket.h"

#include <QCoreApplication>

// Decodes one captured frame: link layer (Ethernet with VLAN tags, Linux
// cooked SLL and SLL2, raw IP), IPv4 or IPv6, UDP or ESP, then IKE, ESP in UDP
// and NAT-T keepalives. Pure and allocation-free except for IKE's NAT-D hashes,
// so it streams; fed by CaptureReader and, directly, by the fuzzer.
class PacketDecoder
{
    Q_DECLARE_TR_FUNCTIONS(PacketDecoder)
public:
    // Link types, as libpcap's pcap_datalink() reports them on Linux.
    enum LinkType { LinkEthernet = 1, LinkRaw = 12, LinkLinuxSll = 113, LinkRawAlt = 101,
                    LinkIpv4 = 228, LinkIpv6 = 229, LinkLinuxSll2 = 276 };

    // Why a frame gave no packet (CaptureReader counts each).
    enum Status : quint8 {
        Decoded,
        NotIp,          // ARP, LLDP, ... (or an unknown EtherType)
        Truncated,      // the capture cut the frame inside the IP/UDP headers (snaplen)
        Fragment,       // a non-first IPv4/IPv6 fragment: no ports
        Malformed,      // a header that contradicts itself
        StatusCount
    };

    static bool supportsLinkType(int linkType);
    static QString linkTypeName(int linkType); // "Ethernet", "Linux cooked (SLL2)", ...
    static QString statusName(Status status);  // translated, for "skipped: ..."

    // `captured` bytes of a frame of `wireLength` bytes.
    static Status decode(int linkType, const uchar *data, quint32 captured, quint32 wireLength,
                         CapturedPacket *out);
    // The IKE header at data (after any non-ESP marker); false when it is not
    // one (too short, unknown version). Fills natd* for IKEv2.
    static bool decodeIke(const uchar *data, quint32 size, IkeInfo *out);

private:
    static Status decodeIp(const uchar *data, quint32 size, CapturedPacket *out);
    static void classifyUdp(const uchar *payload, quint32 captured, quint32 length,
                            CapturedPacket *out);
};
