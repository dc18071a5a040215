#pragma once

#include "NatBehaviour.h"

// Cisco ASA PAT: keep the real port if free, else a random port of the same
// range (1-511, 512-1023, 1024-65535). By default the destination is not
// considered; the "extended" option makes uniqueness per destination.
// Random choice within the range is our assumption for ASA 8.4(3)+ defaults.
class CiscoAsaBehaviour : public NatBehaviour
{
public:
    explicit CiscoAsaBehaviour(bool extended) : m_extended(extended) {}
    QString key() const override { return QStringLiteral("cisco-asa"); }
    Result allocate(const Request &request, const Occupancy &table,
                    std::mt19937 &rng) const override;

private:
    bool m_extended;
};
