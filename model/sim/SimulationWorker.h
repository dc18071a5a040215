#pragma once

#include "ReplayCursor.h"
#include "SimulationResult.h"

#include <QObject>

#include <atomic>
#include <memory>

class Project;

// Runs the simulator for a SimulationSession on the session's thread: it
// simulates a snapshot of the project and builds the replay cursor there too,
// so neither costs the GUI thread anything.
class SimulationWorker : public QObject
{
    Q_OBJECT
public:
    struct Output
    {
        quint64 generation = 0;
        std::shared_ptr<const SimulationResult> result; // null: the run was cancelled
        std::shared_ptr<ReplayCursor> cursor;
    };

    // cancel: owned by the session, outlives the worker.
    explicit SimulationWorker(const std::atomic<bool> *cancel, QObject *parent = nullptr);

    // Called on the worker's thread; answers with finished().
    void run(quint64 generation, const std::shared_ptr<const Project> &snapshot);

Q_SIGNALS:
    void finished(const SimulationWorker::Output &output);

private:
    const std::atomic<bool> *m_cancel;
};

Q_DECLARE_METATYPE(SimulationWorker::Output)
