#include "DiagnosisContext.h"

#include "Catalogue.h"
#include "ModelEnums.h"
#include "Project.h"

DiagnosisContext::DiagnosisContext(const Project &project,
                                   std::shared_ptr<const SimulationResult> result)
    : m_project(project)
    , m_result(std::move(result))
    , m_text(project, *m_result)
    , m_end(m_result)
{
    m_end.toEnd();
    const auto &events = m_result->events;
    for (int i = 0; i < int(events.size()); ++i) {
        if (events[size_t(i)].type == SimEvent::TranslationCreated
            && !m_created.contains(events[size_t(i)].translation))
            m_created.insert(events[size_t(i)].translation, i);
    }
}

const Catalogue &DiagnosisContext::catalogue() const
{
    return Catalogue::builtIn();
}

int DiagnosisContext::nextStateChange(int tunnel, int from) const
{
    const auto &events = m_result->events;
    for (size_t i = size_t(std::max(from + 1, 0)); i < events.size(); ++i) {
        const SimEvent &e = events[i];
        if (e.tunnel != tunnel)
            continue;
        if (e.type == SimEvent::TunnelChanged
            || (e.type == SimEvent::TranslationCreated && (e.flags & SimEvent::StateChange)))
            return int(i);
    }
    return -1;
}

int DiagnosisContext::downAfter(int tunnel, int from) const
{
    for (int i = from;;) {
        // The event itself may carry the change (a port given under expects-4500).
        if (i == from && i >= 0) {
            const SimEvent &e = m_result->events[size_t(i)];
            if (e.tunnel == tunnel && (e.flags & SimEvent::StateChange) && e.state == SimEvent::Down)
                return i;
        }
        i = nextStateChange(tunnel, i);
        if (i < 0)
            return -1;
        const SimEvent &e = m_result->events[size_t(i)];
        if (e.state == SimEvent::Down)
            return i;
        if (e.state == SimEvent::Up || e.state == SimEvent::NotDeployed)
            return -1;
    }
}

int DiagnosisContext::nextEvent(SimEvent::Type type, int tunnel, int from) const
{
    const auto &events = m_result->events;
    for (size_t i = size_t(std::max(from + 1, 0)); i < events.size(); ++i) {
        if (events[i].type == type && (tunnel < 0 || events[i].tunnel == tunnel))
            return int(i);
    }
    return -1;
}

int DiagnosisContext::deviceIndex(ObjectId device) const
{
    for (int i = 0; i < m_result->devices.size(); ++i) {
        if (m_result->devices[i].id == device)
            return i;
    }
    return -1;
}

QList<int> DiagnosisContext::tunnelsThrough(int device) const
{
    QList<int> out;
    for (int i = 0; i < m_result->tunnels.size(); ++i) {
        if (m_result->tunnels[i].device == device)
            out.append(i);
    }
    return out;
}

bool DiagnosisContext::isTunnelAppliance(ObjectId id) const
{
    return id && m_result->tunnelOf(id) >= 0;
}

QString DiagnosisContext::name(ObjectId id) const
{
    return id && m_project.contains(id) ? m_project.displayName(id) : tr("a host");
}

QString DiagnosisContext::deviceName(int device) const
{
    return device >= 0 && device < m_result->devices.size() ? m_result->devices[device].name
                                                            : QString();
}

QString DiagnosisContext::profileOf(int device) const
{
    return device >= 0 && device < m_result->devices.size() ? m_result->devices[device].profile
                                                            : QString();
}

QString DiagnosisContext::profileName(const QString &profile)
{
    return ModelEnums::displayName(profile);
}

QString DiagnosisContext::profileRule(const QString &profile)
{
    if (profile == QLatin1String("cisco-ios"))
        return tr("Cisco IOS PAT keeps a source port only while no other translation holds that "
                  "global port, whatever its destination.");
    if (profile == QLatin1String("cisco-asa"))
        return tr("Cisco ASA PAT keeps the real port only while it is free; by default it does "
                  "not consider the destination.");
    if (profile == QLatin1String("linux-netfilter"))
        return tr("Linux netfilter keeps mappings unique per full tuple, destination included: "
                  "a port is refused only when it is already used toward the same destination.");
    return tr("This NAT keeps a source port only while no other mapping holds it.");
}
