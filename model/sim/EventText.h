#pragma once

#include "SimulationResult.h"

#include <QCoreApplication>

class Project;

// Plain-language, translated sentences for events and tunnel states, built
// when shown (the log stores codes, not text).
class EventText
{
    Q_DECLARE_TR_FUNCTIONS(EventText)
public:
    EventText(const Project &project, const SimulationResult &result)
        : m_project(project), m_result(result) {}

    QString describe(const SimEvent &event) const;
    // Why a tunnel is in the state set by `event` (a TunnelChanged event).
    QString tunnelReason(const SimEvent &event) const;
    // The same for the event at `step` of the result: a captured timeline's
    // events are described by the capture (SimulationResult::capturedText).
    QString describeStep(int step) const;
    QString tunnelReasonAt(int step) const;
    static QString typeName(SimEvent::Type type);
    static QString stateName(SimEvent::TunnelState state);
    QString policyText(const QString &policy) const;

private:
    QString name(ObjectId id) const;
    QString deviceName(int device) const;
    QString ownerOf(quint32 translation) const;
    QString collision(quint32 translation) const;

    const Project &m_project;
    const SimulationResult &m_result;
};
