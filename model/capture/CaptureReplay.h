#pragma once

#include "CaptureReconstruction.h"
#include "ObjectId.h"

#include <QCoreApplication>

#include <memory>

class Project;
struct SimulationResult;

// The captured packets as a timeline the replay steps through (issue #18): a
// SimulationResult whose events are the IPsec packets of the inside and
// outside captures in time order, so the replay's own views (NAT table,
// appliance status, timeline, events) show what really happened, marked
// captured (SimulationResult::capturedText says what each event is).
//
// One packet is one step: seen inside and leaving toward the peer, "sent" by
// its appliance; seen outside as the NAT device made it, a translation
// created (the first packet of a reconstructed mapping) or used; from the
// peer outside, "sent" by the peer; back inside, translated in. A keyed
// packet (IKE, ESP) missing on the other side within that capture's time span
// is a drop at the NAT device. Tunnels change state where the packets say: IKE
// starts (Connecting), IKE_AUTH answered (Up), and Down at its last packet
// when it did not end established with ESP both ways. Translations are the
// reconstructed mappings; one that was given another port than it asked for
// names the mapping holding that port toward the same peer (a collision, as
// the simulation records it). Times are seconds since the first packet.
class CaptureReplay
{
    Q_DECLARE_TR_FUNCTIONS(CaptureReplay)
public:
    // device: the NAT device the captures were taken at. simulated: the
    // project's simulation (may be null); its tunnels name and order the
    // captured ones, matched as CaptureComparison matches them, so the status
    // view lists the same rows in both.
    static std::shared_ptr<const SimulationResult> build(const Project &project, ObjectId device,
                                                         std::shared_ptr<const CaptureReconstruction> capture,
                                                         const SimulationResult *simulated);
};
