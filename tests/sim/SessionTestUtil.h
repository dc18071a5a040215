#pragma once

// Helpers for tests of SimulationSession's worker thread.
#include "SimulationSession.h"

#include <QObject>
#include <QSemaphore>
#include <QThread>

#include <memory>

// Holds the session's worker thread until open(), so a test knows a run handed
// over cannot have answered yet; drain() waits until what was queued to the
// worker before it has run (its answer is then queued to the GUI thread).
class WorkerGate
{
public:
    explicit WorkerGate(SimulationSession &session)
        : m_probe(new QObject)
        , m_gate(std::make_shared<QSemaphore>())
    {
        QThread *thread = session.findChild<QThread *>();
        Q_ASSERT(thread);
        m_probe->moveToThread(thread);
        QMetaObject::invokeMethod(m_probe, [gate = m_gate] { gate->acquire(); },
                                  Qt::QueuedConnection);
    }
    ~WorkerGate()
    {
        open();
        m_probe->deleteLater(); // in its thread, at the latest when that finishes
    }
    void open()
    {
        if (!m_open) {
            m_open = true;
            m_gate->release();
        }
    }
    bool drain(int timeoutMs)
    {
        auto done = std::make_shared<QSemaphore>();
        QMetaObject::invokeMethod(m_probe, [done] { done->release(); }, Qt::QueuedConnection);
        return done->tryAcquire(1, timeoutMs);
    }

private:
    QObject *m_probe;
    std::shared_ptr<QSemaphore> m_gate;
    bool m_open = false;
};
