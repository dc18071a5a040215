#pragma once

#include "Field.h"
#include "ObjectId.h"
#include "ReplayCursor.h"
#include "SimulationResult.h"
#include "SimulationWorker.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class Project;
class QThread;
class QTimer;

// The one simulation every view follows. Edits that can change the simulation
// (structure, and fields the schema marks as simulated) re-run it on a worker
// thread from a snapshot of the project, coalesced into one follow-up run while
// one is in flight; results older than the newest request are dropped. Renames
// do not re-run: the names stored in the result are refreshed into a new result
// object instead. Owns the replay cursor and plays it; moving the cursor never
// re-runs the simulation. Views read result() and cursor() (or share them) and
// listen to the signals; until a new result arrives they keep the last one.
class SimulationSession : public QObject
{
    Q_OBJECT
public:
    explicit SimulationSession(Project *project, QObject *parent = nullptr);
    // A session that replays a result it is given and never runs the simulator
    // (a captured timeline, issue #18): edits of the project do not touch it.
    SimulationSession(Project *project, std::shared_ptr<const SimulationResult> replayed,
                      QObject *parent = nullptr);
    // Cancels a run in flight and waits for the worker thread to stop.
    ~SimulationSession() override;
    // True for a session made with a result to replay.
    bool isReplayOnly() const { return m_replayOnly; }
    // Replaces a replay-only session's result, keeping the place (by time).
    void replay(std::shared_ptr<const SimulationResult> result);

    Project *project() const { return m_project; }
    std::shared_ptr<const SimulationResult> result() const { return m_result; }
    const ReplayCursor &cursor() const { return *m_cursor; }
    // The cursor for models that must keep it alive past the next result.
    std::shared_ptr<const ReplayCursor> sharedCursor() const { return m_cursor; }
    int step() const { return m_cursor->step(); }
    int stepCount() const { return m_cursor->stepCount(); }
    double time() const { return m_cursor->time(); }
    // The event at the cursor, or nullptr before the first. The log is compact
    // (EventLog): the event is rebuilt into a member, valid until the next call.
    const SimEvent *currentEvent() const;

    // Re-runs now on the calling thread (CLI, tests, Apply Fix); a result still
    // on its way from the worker becomes stale.
    void rerun();
    // Off: edits neither re-run nor refresh names; only rerun() does.
    void setAutoRerun(bool on) { m_autoRerun = on; }

    // True from an edit that needs a re-run until its result is shown.
    bool isBusy() const { return m_busy; }
    // Simulator runs started (synchronous and on the worker), for tests.
    int runCount() const { return m_runCount; }
    // Results re-made only to carry new names, without running the simulator.
    int renameCount() const { return m_renameCount; }
    // Test helper: processes events until no run is pending or in flight.
    bool waitUntilIdle(int timeoutMs);

    // Where the replay starts after the project was replaced (load, example, New):
    // given the first result, a step (-1: before the first event; below -1: the
    // end, as without a policy). Later results keep the user's place.
    using InitialPosition = std::function<int(const std::shared_ptr<const SimulationResult> &)>;
    void setInitialPosition(InitialPosition policy) { m_initialPosition = std::move(policy); }

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
    void resultChanged();          // a new result replaced result() and cursor()
    void stepChanged(int step);    // the cursor moved
    void playingChanged(bool playing);
    void busyChanged(bool busy);

private:
    void valueChanged(ObjectId id, FieldKey key);
    void requestRun();
    void requestRename();
    void dispatch();
    void startRun();
    void takeOutput(const SimulationWorker::Output &output);
    void renameShown();
    // Replaces result and cursor, keeping the user's place by simulated time.
    void install(std::shared_ptr<const SimulationResult> result,
                 std::shared_ptr<ReplayCursor> cursor);
    void updateBusy();
    void tick();

    Project *m_project;
    std::shared_ptr<const SimulationResult> m_result;
    mutable SimEvent m_currentEvent; // what currentEvent() points to
    std::shared_ptr<ReplayCursor> m_cursor;
    QTimer *m_rerunTimer;
    QTimer *m_playTimer;
    QThread *m_thread;
    SimulationWorker *m_worker;
    std::atomic<bool> m_cancel{false}; // the run in flight is stale or we are closing
    quint64 m_generation = 0;          // the newest request
    bool m_runPending = false;         // requested, not yet handed to the worker
    bool m_renamePending = false;
    bool m_inFlight = false;           // handed to the worker, not yet answered
    quint64 m_inFlightGeneration = 0;
    bool m_busy = false;
    int m_runCount = 0;
    int m_renameCount = 0;
    double m_speed = 4;
    double m_pendingSteps = 0;
    bool m_autoRerun = true;
    bool m_replayOnly = false;
    InitialPosition m_initialPosition;
    bool m_placeNext = false; // the project was replaced: its first result starts at m_initialPosition
};
