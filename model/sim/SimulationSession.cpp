#include "SimulationSession.h"

#include "Project.h"
#include "Simulator.h"

#include <QTimer>

SimulationSession::SimulationSession(Project *project, QObject *parent)
    : QObject(parent)
    , m_project(project)
    , m_rerunTimer(new QTimer(this))
    , m_playTimer(new QTimer(this))
{
    m_rerunTimer->setSingleShot(true);
    m_rerunTimer->setInterval(0);
    connect(m_rerunTimer, &QTimer::timeout, this, &SimulationSession::rerun);
    m_playTimer->setInterval(40);
    connect(m_playTimer, &QTimer::timeout, this, &SimulationSession::tick);
    connect(m_project, &Project::contentsChanged, this, &SimulationSession::scheduleRerun);
    m_result = std::make_shared<SimulationResult>();
    m_cursor = std::make_unique<ReplayCursor>(m_result);
    rerun();
}

SimulationSession::~SimulationSession() = default;

const SimEvent *SimulationSession::currentEvent() const
{
    return step() >= 0 ? &m_result->events[size_t(step())] : nullptr;
}

void SimulationSession::scheduleRerun()
{
    if (m_autoRerun)
        m_rerunTimer->start();
}

void SimulationSession::rerun()
{
    m_rerunTimer->stop();
    // Keep the user's place: the end stays the end, otherwise the same time.
    const bool atEnd = m_cursor->stepCount() == 0 || step() == stepCount() - 1;
    const double at = time();
    const bool wasAtStart = step() < 0 && m_cursor->stepCount() > 0;
    m_result = Simulator::run(*m_project);
    m_cursor = std::make_unique<ReplayCursor>(m_result);
    if (wasAtStart)
        m_cursor->toStart();
    else if (atEnd)
        m_cursor->toEnd();
    else
        m_cursor->seek(m_cursor->stepAtTime(at));
    Q_EMIT resultChanged();
    Q_EMIT stepChanged(step());
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
