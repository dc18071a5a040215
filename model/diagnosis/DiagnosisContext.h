#pragma once

#include "EventText.h"
#include "ReplayCursor.h"
#include "SimulationResult.h"

#include <QCoreApplication>
#include <QHash>

#include <memory>

class Catalogue;
class Project;

// What every diagnosis rule reads: the project, its simulation, the final
// state of the replay and indexes over the event log (where each translation
// was created, which tunnels cross which device), plus shared wording.
class DiagnosisContext
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosisContext)
public:
    DiagnosisContext(const Project &project, std::shared_ptr<const SimulationResult> result);

    const Project &project() const { return m_project; }
    const SimulationResult &result() const { return *m_result; }
    const Catalogue &catalogue() const;
    const EventText &text() const { return m_text; }

    // Tunnel state at the end of the run.
    const ReplayCursor::TunnelStatus &finalStatus(int tunnel) const { return m_end.tunnel(tunnel); }
    // Event that created a translation, -1 if none (statics installed at 0 have one too).
    int creationEvent(quint32 translation) const { return m_created.value(translation, -1); }
    // The first tunnel state change of `tunnel` after event `from` (TunnelChanged or a
    // translation carrying StateChange), -1 if none.
    int nextStateChange(int tunnel, int from) const;
    // First Down of `tunnel` after `from` before it is Up again, -1 if none.
    int downAfter(int tunnel, int from) const;
    // First event after `from` of a type for a tunnel (any tunnel when -1), -1 if none.
    int nextEvent(SimEvent::Type type, int tunnel, int from) const;

    // Index of a device in the result, -1 if not simulated.
    int deviceIndex(ObjectId device) const;
    QList<int> tunnelsThrough(int device) const;
    bool isTunnelAppliance(ObjectId id) const;
    QString name(ObjectId id) const;
    QString deviceName(int device) const;
    QString profileOf(int device) const;

    // Why this profile gave (or kept) a port, one translated sentence.
    static QString profileRule(const QString &profile);
    static QString profileName(const QString &profile);

private:
    const Project &m_project;
    std::shared_ptr<const SimulationResult> m_result;
    EventText m_text;
    ReplayCursor m_end;
    QHash<quint32, int> m_created;
};
