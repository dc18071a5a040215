#pragma once

#include "NatBehaviour.h"

#include <QHash>
#include <QStringList>

// Cisco ASA 8.3+ PAT (object NAT and twice NAT: dynamic interface, dynamic
// pat-pool). Evidence per behaviour in docs/profiles.md, cisco-asa section:
// - the real port is kept when free (assumed), else a port is drawn at random
//   (assumed) from its range: 1-511, 512-1023 or 1024-65535 (documented), or
//   1024-65535 with "flat", 1-65535 with "flat include-reserve" (documented);
// - "Free" ignores the destination unless "extended" (per-destination
//   uniqueness; assumed from the keyword's meaning);
// - pool addresses are used in order, each until it is full, or in turn with
//   "round-robin" (assumed); an inside endpoint keeps its live mapping.
class CiscoAsaBehaviour : public NatBehaviour
{
public:
    struct Options
    {
        bool extended = false;
        bool flat = false;
        bool includeReserve = false; // only with flat, as in "flat include-reserve"
        bool roundRobin = false;
    };

    explicit CiscoAsaBehaviour(const Options &options) : m_options(options) {}
    // From the device's profile options (ModelEnums::profileOptionKeys("cisco-asa")).
    static Options parse(const QStringList &options);

    QString key() const override { return QStringLiteral("cisco-asa"); }
    Result allocate(const Request &request, const Occupancy &table,
                    std::mt19937 &rng) const override;
    // The ports a mapped port for this real port is drawn from.
    static PortRange range(quint16 realPort, const Options &options);
    const Options &options() const { return m_options; }

private:
    Options m_options;
    // round-robin: index of the next pool address, per pool (keyed by its first
    // address). The engine owns one behaviour per device, so this is per device.
    mutable QHash<quint32, int> m_next;
};
