#include "Moments.h"

#include "Bookmark.h"
#include "Diagnoser.h"
#include "EventText.h"
#include "Field.h"
#include "Project.h"
#include "SimulationResult.h"

#include <QMutex>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <vector>

namespace {

// "IX" when one appliance of that type has a tunnel, else the appliance's name:
// chapter labels must be short and still say whom they mean.
QString shortName(const Project &project, const SimulationResult &r, ObjectId appliance)
{
    QString type;
    for (const SimulationResult::Tunnel &t : r.tunnels) {
        if (t.appliance == appliance)
            type = t.applianceType;
    }
    if (!type.isEmpty()) {
        const bool unique = std::none_of(r.tunnels.cbegin(), r.tunnels.cend(),
                                         [&](const SimulationResult::Tunnel &t) {
                                             return t.applianceType == type && t.appliance != appliance;
                                         });
        if (unique)
            return type;
    }
    return project.contains(appliance) ? project.displayName(appliance) : type;
}

bool isAppliance(const Project &project, ObjectId id)
{
    return id != NoId && project.contains(id) && project.kind(id) == ObjectKind::Appliance;
}

} // namespace

Moments::Moments(const Project &project, std::shared_ptr<const SimulationResult> result)
{
    const SimulationResult &r = *result;
    const auto add = [this](int step, Kind kind, ObjectId subject, quint32 translation,
                            const QString &label, bool failure, bool chapter) {
        m_moments.append(Moment{step, kind, subject, translation, label, failure, chapter});
    };

    std::vector<SimEvent::TunnelState> states(size_t(r.tunnels.size()), SimEvent::NotDeployed);
    for (size_t i = 0; i < r.events.size(); ++i) {
        const SimEvent &e = r.events[i];
        const int step = int(i);
        if (e.translation && e.translation <= r.translations.size()
            && (e.type == SimEvent::TranslationCreated || e.type == SimEvent::TranslationExpired
                || e.type == SimEvent::PortFlip)) {
            const Translation &t = r.translation(e.translation);
            const bool mine = isAppliance(project, t.owner) && !t.toRouter;
            const quint16 port = t.insideGlobal.port;
            if (e.type == SimEvent::TranslationCreated && t.heldBy && t.requestedPort != port) {
                // A collision matters when an appliance asked for the port or held it.
                const ObjectId holder = r.translation(t.heldBy).owner;
                if (mine)
                    add(step, Collision, t.owner, t.id,
                        tr("%1 given %2").arg(shortName(project, r, t.owner)).arg(port), true, true);
                else if (isAppliance(project, holder))
                    add(step, Collision, t.owner, t.id,
                        tr("%1 holds %2").arg(shortName(project, r, holder)).arg(t.requestedPort),
                        false, false);
            } else if (mine && e.type == SimEvent::TranslationCreated) {
                add(step, ApplianceTranslation, t.owner, t.id,
                    tr("%1 takes %2").arg(shortName(project, r, t.owner)).arg(port), false, true);
            } else if (mine && e.type == SimEvent::TranslationExpired) {
                add(step, ApplianceTranslation, t.owner, t.id,
                    tr("%1 loses %2").arg(shortName(project, r, t.owner)).arg(port), false, true);
            } else if (e.type == SimEvent::PortFlip && isAppliance(project, e.subject)) {
                add(step, ApplianceTranslation, e.subject, t.id,
                    tr("%1 takes over %2").arg(shortName(project, r, e.subject)).arg(port), true, true);
            }
        }
        if (e.tunnel >= 0 && e.tunnel < r.tunnels.size()
            && (e.type == SimEvent::TunnelChanged || (e.flags & SimEvent::StateChange))
            && e.state != states[size_t(e.tunnel)]) {
            states[size_t(e.tunnel)] = e.state;
            const ObjectId appliance = r.tunnels[e.tunnel].appliance;
            const bool settled = e.state == SimEvent::Up || e.state == SimEvent::Down;
            add(step, TunnelState, appliance, e.translation,
                tr("%1 %2").arg(shortName(project, r, appliance), EventText::stateName(e.state)),
                e.state == SimEvent::Down, settled);
        }
    }

    if (!r.events.empty()) {
        for (const Finding &f : Diagnoser().diagnose(project, result)) {
            for (const Evidence &ev : f.evidence) {
                if (ev.event >= 0 && size_t(ev.event) < r.events.size())
                    // A proof may be the cause (NE taking 4500), not the failure itself.
                    add(ev.event, FindingEvidence, ev.object, ev.translation, f.title, false, false);
            }
        }
    }
    // The user's bookmarks mark the simulation; a captured timeline has its own events.
    const QVariant bookmarks = r.isCaptured() ? QVariant() : project.value(NoId, Field::bookmarks);
    for (const Bookmark &b : Bookmark::fromRecords(bookmarks)) {
        const int step = b.resolve(r);
        if (step >= 0 && size_t(step) < r.events.size())
            add(step, UserBookmark, b.subject, 0, b.label.isEmpty() ? tr("Bookmark") : b.label,
                false, false);
    }
    std::stable_sort(m_moments.begin(), m_moments.end(), [](const Moment &a, const Moment &b) {
        return a.step != b.step ? a.step < b.step : a.kind < b.kind;
    });
}

std::shared_ptr<const Moments> Moments::of(const Project &project,
                                           const std::shared_ptr<const SimulationResult> &result)
{
    // Several views ask for the same result; diagnosing it once is enough. A
    // captured timeline (issue #18) has a slot of its own, so the replay showing
    // it does not make the simulation's moments be computed again and again.
    struct Slot
    {
        std::weak_ptr<const SimulationResult> result;
        const Project *project = nullptr;
        QVariant bookmarks;
        std::shared_ptr<const Moments> moments;
    };
    static QMutex mutex;
    static Slot cache[2];
    const QMutexLocker lock(&mutex);
    Slot &slot = cache[result && result->isCaptured() ? 1 : 0];
    const QVariant bookmarks = project.value(NoId, Field::bookmarks);
    if (slot.moments && slot.result.lock() == result && slot.project == &project
        && slot.bookmarks == bookmarks)
        return slot.moments;
    slot.moments = result ? std::make_shared<const Moments>(project, result)
                          : std::make_shared<const Moments>();
    slot.result = result;
    slot.project = &project;
    slot.bookmarks = bookmarks;
    return slot.moments;
}

int Moments::next(int step) const
{
    const auto it = std::upper_bound(m_moments.cbegin(), m_moments.cend(), step,
                                     [](int s, const Moment &m) { return s < m.step; });
    return it == m_moments.cend() ? -2 : it->step;
}

int Moments::previous(int step) const
{
    const auto it = std::lower_bound(m_moments.cbegin(), m_moments.cend(), step,
                                     [](const Moment &m, int s) { return m.step < s; });
    return it == m_moments.cbegin() ? -2 : std::prev(it)->step;
}

QList<Moments::Moment> Moments::at(int step) const
{
    QList<Moment> out;
    auto it = std::lower_bound(m_moments.cbegin(), m_moments.cend(), step,
                               [](const Moment &m, int s) { return m.step < s; });
    for (; it != m_moments.cend() && it->step == step; ++it)
        out.append(*it);
    return out;
}

QString Moments::labelAt(int step) const
{
    // The short chapter labels (and bookmarks) when the step has any; a finding's
    // title only where it is all there is.
    const QList<Moment> here = at(step);
    const bool marked = std::any_of(here.cbegin(), here.cend(), [](const Moment &m) {
        return m.chapter || m.kind == UserBookmark;
    });
    QStringList labels;
    for (const Moment &m : here) {
        if ((!marked || m.chapter || m.kind == UserBookmark) && !labels.contains(m.label))
            labels.append(m.label);
    }
    return labels.join(QStringLiteral(" · "));
}

bool Moments::isMoment(int step) const
{
    return !at(step).isEmpty();
}

int Moments::firstFailure() const
{
    const auto it = std::find_if(m_moments.cbegin(), m_moments.cend(),
                                 [](const Moment &m) { return m.failure; });
    return it == m_moments.cend() ? -2 : it->step;
}

int Moments::initialStep() const
{
    const int failure = firstFailure();
    if (failure >= 0)
        return failure;
    // Nothing breaks in the log: where a finding points, else where the story begins.
    const auto finding = std::find_if(m_moments.cbegin(), m_moments.cend(),
                                      [](const Moment &m) { return m.kind == FindingEvidence; });
    if (finding != m_moments.cend())
        return finding->step;
    return m_moments.isEmpty() ? -2 : m_moments.first().step;
}
