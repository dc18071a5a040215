#pragma once

#include "SimulationResult.h"

#include <QHash>

#include <memory>
#include <vector>

// The state of a simulation at any step of its event log: live translations
// (with their last use and expiry) and every tunnel's status. Moving the
// cursor never re-runs the simulation: it re-applies logged changes from the
// nearest checkpoint, so a seek costs the same at the start and the end.
class ReplayCursor
{
public:
    struct TunnelStatus
    {
        SimEvent::TunnelState state = SimEvent::NotDeployed;
        SimEvent::Reason reason = SimEvent::NoReason;
        int event = -1; // the event that set it
    };

    explicit ReplayCursor(std::shared_ptr<const SimulationResult> result,
                          int checkpointInterval = 4096);

    const SimulationResult &result() const { return *m_result; }
    std::shared_ptr<const SimulationResult> sharedResult() const { return m_result; }
    // Index of the last applied event; -1 is before the first event.
    int step() const { return m_step; }
    int stepCount() const { return int(m_result->events.size()); }
    double time() const;
    void seek(int step);
    void stepForward() { seek(m_step + 1); }
    void stepBack() { seek(m_step - 1); }
    void toStart() { seek(-1); }
    void toEnd() { seek(stepCount() - 1); }
    // The last step whose event happened at or before t.
    int stepAtTime(double t) const;

    const QHash<quint32, TranslationState> &live() const { return m_live; }
    // Live translations of one device, sorted by id.
    QList<quint32> liveTranslations(int device) const;
    const TunnelStatus &tunnel(int index) const { return m_tunnels[index]; }
    int tunnelCount() const { return int(m_tunnels.size()); }

private:
    struct Checkpoint
    {
        std::vector<TranslationState> live;
        std::vector<TunnelStatus> tunnels;
    };
    void apply(int index);
    void reset();

    std::shared_ptr<const SimulationResult> m_result;
    int m_interval;
    std::vector<Checkpoint> m_checkpoints; // [k]: state after step k*interval - 1
    int m_step = -1;
    QHash<quint32, TranslationState> m_live;
    std::vector<TunnelStatus> m_tunnels;
};
