#pragma once

#include "SimulationResult.h"

#include <QCoreApplication>

#include <atomic>
#include <memory>

class Project;

// Runs the HCX traffic of a project through its NAT devices over simulated time
// (discrete-event, deterministic for a given project seed) and returns the
// event log. Tunnels come from the service meshes' appliance pairs; each
// initiates from on-prem with UDP 4500, sends NAT-T keepalives, and its cloud
// peer answers and sends according to the peer port policy in force:
// "expects-4500" (the peer always sends to the observed address, port 4500) or
// "learned" (the peer sends to the endpoint it last saw an IKE message from).
// One tunnel per pair of uplinks; a scenario can make the peers send first.
class Simulator
{
    Q_DECLARE_TR_FUNCTIONS(Simulator)
public:
    struct Options
    {
        double until = -1;  // simulated seconds; < 0: the project's duration
        int maxEvents = 50'000'000; // a guard against runaway scenarios
        // Set from another thread to abandon the run: it stops within a few
        // thousand events and run() returns null. It never changes what a run
        // that finishes returns.
        const std::atomic<bool> *cancel = nullptr;
    };
    // Null only when options.cancel was set.
    static std::shared_ptr<const SimulationResult> run(const Project &project,
                                                       const Options &options);
    static std::shared_ptr<const SimulationResult> run(const Project &project)
    {
        return run(project, Options());
    }
};
