#pragma once

#include "NatBehaviour.h"

// YAMAHA RTX NAT descriptor (docs/profiles.md, yamaha-rtx). IPマスカレード
// (masquerade): one binding per inside address and port, whatever the
// destination (the binding table has no remote columns), its outer port the
// lowest free one of the masquerade port range (60000-64095 by default, or the
// "ports=LOW-HIGH" option from "nat descriptor masquerade port range"); the
// inside port is not kept (assumed). Type nat (dynamic NAT): address only.
class YamahaRtxBehaviour : public NatBehaviour
{
public:
    explicit YamahaRtxBehaviour(PortRange range) : m_range(range) {}
    QString key() const override { return QStringLiteral("yamaha-rtx"); }
    Result allocate(const Request &request, const Occupancy &table,
                    std::mt19937 &rng) const override;
    static PortRange defaultRange() { return {60000, 64095}; }

private:
    PortRange m_range;
};
