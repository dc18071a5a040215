#pragma once

#include "NatBehaviour.h"

// A well-behaved NAT per RFC 4787: endpoint-independent mapping (one global
// endpoint per inside endpoint, whatever the destination), port preservation
// when possible (else the next free port upward), endpoint-independent filtering.
class Rfc4787Behaviour : public NatBehaviour
{
public:
    QString key() const override { return QStringLiteral("rfc4787-eim"); }
    Result allocate(const Request &request, const Occupancy &table,
                    std::mt19937 &rng) const override;
    bool endpointIndependentFiltering() const override { return true; }
};
