// libFuzzer target: the packet capture reader (libpcap's file parsing, then
// MeshNAT's link/IP/UDP/IKE/ESP decoding), tunnel analysis, NAT detection and
// the reconstruction over whatever it read. The bytes are also decoded as one
// frame of every supported link type, which reaches the decoder directly.
#include "CaptureReconstruction.h"
#include "PacketDecoder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (int link : {1, 12, 113, 228, 229, 276}) {
        CapturedPacket packet;
        if (PacketDecoder::decode(link, data, quint32(size), quint32(size), &packet) == PacketDecoder::Decoded
            && packet.isIke())
            (void)packet.ike.natdSource.size();
    }
    CaptureTrace trace;
    if (!CaptureTrace::loadMemory(bytes, QStringLiteral("fuzz.pcap"), &trace, 10000)) {
        if (trace.summary.error.isEmpty())
            __builtin_trap(); // a refused capture always says why
        return 0;
    }
    (void)trace.notes();
    const CaptureReconstruction both = CaptureReconstruction::reconstruct(trace, trace);
    // A capture paired with itself: every keyed packet pairs, nothing translated.
    if (both.unpairedInside != 0 || both.unpairedOutside != 0)
        __builtin_trap();
    for (const CapturedMapping &m : both.mappings) {
        if (m.translated())
            __builtin_trap();
    }
    for (const ReconstructedTunnel &t : both.tunnels)
        (void)t.view().stateText();
    for (const NatDetectionCheck &c : both.natInside)
        (void)NatDetection::describe(c);
    return 0;
}
