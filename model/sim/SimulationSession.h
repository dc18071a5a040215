#pragma once

#include "ReplayCursor.h"
#include "SimulationResult.h"

#include <QObject>

#include <memory>

class Project;
class QTimer;

// The one simulation every view follows: re-runs the simulator when the
// project changes (coalesced, after the current event), owns the replay cursor
// and plays it. Views read result() and cursor() and listen to the signals;
// moving the cursor never re-runs the simulation.
class SimulationSession : public QObject
{
    Q_OBJECT
public:
    explicit SimulationSession(Project *project, QObject *parent = nullptr);
    ~SimulationSession() override;

    Project *project() const { return m_project; }
    std::shared_ptr<const SimulationResult> result() const { return m_result; }
    const ReplayCursor &cursor() const { return *m_cursor; }
    int step() const { return m_cursor->step(); }
    int stepCount() const { return m_cursor->stepCount(); }
    double time() const { return m_cursor->time(); }
    // The event at the cursor, or nullptr before the first.
    const SimEvent *currentEvent() const;

    // Re-run now (otherwise it happens after project edits, once per batch).
    void rerun();
    void setAutoRerun(bool on) { m_autoRerun = on; }

    void seek(int step);
    void seekTime(double seconds);
    void stepForward() { seek(step() + 1); }
    void stepBack() { seek(step() - 1); }
    void toStart() { seek(-1); }
    void toEnd() { seek(stepCount() - 1); }

    // Playback: advances `speed` steps per second of wall time.
    void play();
    void pause();
    bool isPlaying() const;
    void setSpeed(double stepsPerSecond);
    double speed() const { return m_speed; }

Q_SIGNALS:
    void resultChanged();          // a new run replaced result() and cursor()
    void stepChanged(int step);    // the cursor moved
    void playingChanged(bool playing);

private:
    void scheduleRerun();
    void tick();

    Project *m_project;
    std::shared_ptr<const SimulationResult> m_result;
    std::unique_ptr<ReplayCursor> m_cursor;
    QTimer *m_rerunTimer;
    QTimer *m_playTimer;
    double m_speed = 4;
    double m_pendingSteps = 0;
    bool m_autoRerun = true;
};
