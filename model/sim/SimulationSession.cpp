#include "SimulationSession.h"

#include "Project.h"
#include "ProjectSchema.h"
#include "Simulator.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <algorithm>

namespace {

// The result with the device and tunnel names the project has now (as
// Simulator names them), or the same object when none changed.
std::shared_ptr<const SimulationResult> withCurrentNames(
    const std::shared_ptr<const SimulationResult> &result, const Project &project)
{
    const auto deviceName = [&](const SimulationResult::Device &d) {
        return project.contains(d.id) ? project.name(d.id) : d.name;
    };
    const auto tunnelName = [&](const SimulationResult::Tunnel &t) {
        if (!project.contains(t.appliance) || !project.contains(t.peer))
            return t.name;
        return QStringLiteral("%1 ⇄ %2").arg(project.displayName(t.appliance),
                                             project.displayName(t.peer));
    };
    const bool same =
        std::all_of(result->devices.cbegin(), result->devices.cend(),
                    [&](const SimulationResult::Device &d) { return deviceName(d) == d.name; })
        && std::all_of(result->tunnels.cbegin(), result->tunnels.cend(),
                       [&](const SimulationResult::Tunnel &t) { return tunnelName(t) == t.name; });
    if (same)
        return result;
    auto renamed = std::make_shared<SimulationResult>(*result);
    for (SimulationResult::Device &d : renamed->devices)
        d.name = deviceName(d);
    for (SimulationResult::Tunnel &t : renamed->tunnels)
        t.name = tunnelName(t);
    return renamed;
}

} // namespace

SimulationSession::SimulationSession(Project *project, QObject *parent)
    : QObject(parent)
    , m_project(project)
    , m_rerunTimer(new QTimer(this))
    , m_playTimer(new QTimer(this))
    , m_thread(new QThread(this))
    , m_worker(new SimulationWorker(&m_cancel))
{
    m_thread->setObjectName(QStringLiteral("SimulationSession"));
    m_worker->moveToThread(m_thread);
    connect(m_worker, &SimulationWorker::finished, this, &SimulationSession::takeOutput);
    m_thread->start();

    // After the current event: a batch of edits (undo of a fix, an import) is one run.
    m_rerunTimer->setSingleShot(true);
    m_rerunTimer->setInterval(0);
    connect(m_rerunTimer, &QTimer::timeout, this, &SimulationSession::dispatch);
    m_playTimer->setInterval(40);
    connect(m_playTimer, &QTimer::timeout, this, &SimulationSession::tick);
    connect(m_project, &Project::objectInserted, this, &SimulationSession::requestRun);
    connect(m_project, &Project::objectRemoved, this, &SimulationSession::requestRun);
    connect(m_project, &Project::resetDone, this, [this] {
        m_placeNext = true;
        requestRun();
    });
    connect(m_project, &Project::valueChanged, this, &SimulationSession::valueChanged);
    m_result = std::make_shared<SimulationResult>();
    m_cursor = std::make_shared<ReplayCursor>(m_result);
    rerun();
}

SimulationSession::SimulationSession(Project *project,
                                     std::shared_ptr<const SimulationResult> replayed, QObject *parent)
    : QObject(parent)
    , m_project(project)
    , m_rerunTimer(new QTimer(this))
    , m_playTimer(new QTimer(this))
    , m_thread(new QThread(this)) // never started: nothing is simulated here
    , m_worker(new SimulationWorker(&m_cancel))
    , m_autoRerun(false)
    , m_replayOnly(true)
{
    m_playTimer->setInterval(40);
    connect(m_playTimer, &QTimer::timeout, this, &SimulationSession::tick);
    m_result = replayed ? std::move(replayed) : std::make_shared<SimulationResult>();
    m_cursor = std::make_shared<ReplayCursor>(m_result);
}

void SimulationSession::replay(std::shared_ptr<const SimulationResult> result)
{
    if (!m_replayOnly || !result)
        return;
    install(std::move(result), nullptr);
}

SimulationSession::~SimulationSession()
{
    // The run stops within a few thousand events; queued jobs and answers are
    // dropped with the worker and with this object.
    m_cancel = true;
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

const SimEvent *SimulationSession::currentEvent() const
{
    if (step() < 0)
        return nullptr;
    m_currentEvent = m_result->events[size_t(step())];
    return &m_currentEvent;
}

void SimulationSession::valueChanged(ObjectId id, FieldKey key)
{
    const ObjectKind kind = id == NoId ? ObjectKind::None : m_project->kind(id);
    if (ProjectSchema::affectsSimulation(kind, key)) // interface, pool, ACL names too
        requestRun();
    else if (key == Field::name)
        requestRename();
}

void SimulationSession::requestRun()
{
    if (!m_autoRerun)
        return;
    ++m_generation;
    m_runPending = true;
    if (m_inFlight)
        m_cancel = true; // its result would be dropped anyway
    m_rerunTimer->start();
    updateBusy();
}

void SimulationSession::requestRename()
{
    if (!m_autoRerun)
        return;
    m_renamePending = true;
    m_rerunTimer->start();
}

void SimulationSession::dispatch()
{
    if (m_renamePending)
        renameShown();
    // One run at a time: the follow-up starts when the run in flight answers.
    if (m_runPending && !m_inFlight)
        startRun();
}

void SimulationSession::startRun()
{
    // Qt containers are implicitly shared: the snapshot costs a few reference
    // counts, and later edits here detach from it instead of racing the worker.
    auto snapshot = std::make_shared<Project>();
    snapshot->replaceWith(*m_project);
    snapshot->moveToThread(m_thread); // it is read and (normally) destroyed there
    m_runPending = false;
    m_inFlight = true;
    m_inFlightGeneration = m_generation;
    m_cancel = false; // nothing else is in flight to un-cancel
    ++m_runCount;
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, generation, snapshot = std::shared_ptr<const Project>(snapshot)] {
            worker->run(generation, snapshot);
        },
        Qt::QueuedConnection);
    updateBusy();
}

void SimulationSession::takeOutput(const SimulationWorker::Output &output)
{
    m_inFlight = false;
    if (output.result && output.generation == m_generation) {
        m_renamePending = false;
        auto result = withCurrentNames(output.result, *m_project); // renamed meanwhile?
        install(result, result == output.result ? output.cursor : nullptr);
    }
    if (m_runPending && !m_rerunTimer->isActive())
        startRun();
    updateBusy();
}

void SimulationSession::renameShown()
{
    m_renamePending = false;
    auto result = withCurrentNames(m_result, *m_project);
    if (result == m_result)
        return;
    ++m_renameCount;
    // Same events: the same step, not just the same time.
    const int at = step();
    auto cursor = std::make_shared<ReplayCursor>(result);
    cursor->seek(at);
    m_result = std::move(result);
    m_cursor = std::move(cursor);
    Q_EMIT resultChanged();
    Q_EMIT stepChanged(step());
}

void SimulationSession::rerun()
{
    if (m_replayOnly)
        return;
    m_rerunTimer->stop();
    m_runPending = false;
    m_renamePending = false;
    ++m_generation; // whatever the worker answers now is stale
    if (m_inFlight)
        m_cancel = true;
    ++m_runCount;
    install(Simulator::run(*m_project), nullptr);
    updateBusy();
}

void SimulationSession::install(std::shared_ptr<const SimulationResult> result,
                                std::shared_ptr<ReplayCursor> cursor)
{
    // Keep the user's place: the end stays the end, otherwise the same time.
    const bool atEnd = m_cursor->stepCount() == 0 || step() == stepCount() - 1;
    const double at = time();
    const bool wasAtStart = step() < 0 && m_cursor->stepCount() > 0;
    if (!cursor)
        cursor = std::make_shared<ReplayCursor>(result);
    const int initial = m_placeNext && m_initialPosition ? m_initialPosition(result) : -2;
    m_placeNext = false;
    if (initial >= -1)
        cursor->seek(initial);
    else if (wasAtStart)
        cursor->toStart();
    else if (atEnd)
        cursor->toEnd();
    else
        cursor->seek(cursor->stepAtTime(at));
    // Models still holding the old result and cursor keep them alive until they reset.
    m_result = std::move(result);
    m_cursor = std::move(cursor);
    Q_EMIT resultChanged();
    Q_EMIT stepChanged(step());
}

void SimulationSession::updateBusy()
{
    // A stale run still finishing does not count: nothing newer is coming from it.
    const bool busy = m_runPending || (m_inFlight && m_inFlightGeneration == m_generation);
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

bool SimulationSession::waitUntilIdle(int timeoutMs)
{
    const auto idle = [this] { return !m_busy && !m_inFlight && !m_rerunTimer->isActive(); };
    if (idle())
        return true;
    const QDeadlineTimer deadline(timeoutMs);
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(5);
    connect(&poll, &QTimer::timeout, &loop, [&] {
        if (idle() || deadline.hasExpired())
            loop.quit();
    });
    poll.start();
    loop.exec();
    return idle();
}

void SimulationSession::seek(int target)
{
    const int before = step();
    m_cursor->seek(target);
    if (step() != before)
        Q_EMIT stepChanged(step());
    if (isPlaying() && step() >= stepCount() - 1)
        pause();
}

void SimulationSession::seekTime(double seconds)
{
    seek(m_cursor->stepAtTime(seconds));
}

void SimulationSession::play()
{
    if (isPlaying())
        return;
    if (step() >= stepCount() - 1)
        toStart();
    m_pendingSteps = 0;
    m_playTimer->start();
    Q_EMIT playingChanged(true);
}

void SimulationSession::pause()
{
    if (!isPlaying())
        return;
    m_playTimer->stop();
    Q_EMIT playingChanged(false);
}

bool SimulationSession::isPlaying() const
{
    return m_playTimer->isActive();
}

void SimulationSession::setSpeed(double stepsPerSecond)
{
    m_speed = qBound(0.1, stepsPerSecond, 100000.0);
}

void SimulationSession::tick()
{
    m_pendingSteps += m_speed * m_playTimer->interval() / 1000.0;
    const int steps = int(m_pendingSteps);
    if (steps <= 0)
        return;
    m_pendingSteps -= steps;
    seek(step() + steps);
}
