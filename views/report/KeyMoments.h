#pragma once

#include "SimulationResult.h"

#include <QList>

// The key moments of a simulation result, the story a customer is walked
// through: a tunnel going Up or Down, an appliance given another port than it
// asked for (a collision), a port changing owner. Stands in for the model's
// moments until it has them; the report's "What happened" and the
// presentation's chapters both read it, so swapping it is one place.
class KeyMoments
{
public:
    enum Kind { TunnelState, Collision, PortFlip };
    struct Moment
    {
        int step = -1;
        Kind kind = TunnelState;
    };

    static QList<Moment> of(const SimulationResult &result)
    {
        QList<Moment> moments;
        QList<int> last(result.tunnels.size(), -1); // the state each tunnel was last set to
        for (size_t i = 0; i < result.events.size(); ++i) {
            const SimEvent &e = result.events[i];
            const bool setsState =
                e.type == SimEvent::TunnelChanged || (e.flags & SimEvent::StateChange);
            if (setsState && e.tunnel >= 0 && e.tunnel < result.tunnels.size()) {
                const bool story = e.state == SimEvent::Up || e.state == SimEvent::Down;
                if (story && last[e.tunnel] != int(e.state))
                    moments.append({int(i), TunnelState});
                last[e.tunnel] = int(e.state);
                continue;
            }
            if (e.type == SimEvent::TranslationCreated && e.translation) {
                const Translation &t = result.translation(e.translation);
                if (t.heldBy && t.requestedPort != t.insideGlobal.port && t.owner
                    && result.tunnelOf(t.owner) >= 0)
                    moments.append({int(i), Collision});
            } else if (e.type == SimEvent::PortFlip) {
                moments.append({int(i), PortFlip});
            }
        }
        return moments;
    }
};
