#include "ReplayCursor.h"

#include <algorithm>

ReplayCursor::ReplayCursor(std::shared_ptr<const SimulationResult> result, int checkpointInterval)
    : m_result(std::move(result))
    , m_interval(std::max(1, checkpointInterval))
{
    reset();
    // One pass over the log, saving the state every m_interval steps.
    const int count = stepCount();
    for (int i = 0; i < count; ++i) {
        if (i % m_interval == 0) {
            Checkpoint c;
            c.live.reserve(size_t(m_live.size()));
            for (const TranslationState &s : std::as_const(m_live))
                c.live.push_back(s);
            c.tunnels = m_tunnels;
            m_checkpoints.push_back(std::move(c));
        }
        apply(i);
    }
    m_step = count - 1;
    toStart();
}

void ReplayCursor::reset()
{
    m_live.clear();
    m_tunnels.assign(size_t(m_result->tunnels.size()), TunnelStatus());
    m_step = -1;
}

double ReplayCursor::time() const
{
    return m_step < 0 ? 0 : m_result->events[size_t(m_step)].time;
}

void ReplayCursor::seek(int target)
{
    target = std::clamp(target, -1, stepCount() - 1);
    if (target == m_step)
        return;
    // Forward within one checkpoint interval: just apply. Otherwise restart from
    // the checkpoint at or before the target.
    if (target < m_step || target - m_step > m_interval) {
        const int k = (target + 1) / m_interval;
        if (k == 0 || m_checkpoints.empty()) {
            reset();
        } else {
            const Checkpoint &c = m_checkpoints[size_t(std::min<int>(k, int(m_checkpoints.size()) - 1))];
            m_live.clear();
            m_live.reserve(qsizetype(c.live.size()));
            for (const TranslationState &s : c.live)
                m_live.insert(s.id, s);
            m_tunnels = c.tunnels;
            m_step = std::min<int>(k, int(m_checkpoints.size()) - 1) * m_interval - 1;
        }
    }
    while (m_step < target)
        apply(++m_step);
}

void ReplayCursor::apply(int index)
{
    const SimEvent &e = m_result->events[size_t(index)];
    switch (e.type) {
    case SimEvent::TranslationCreated:
    case SimEvent::NatTranslated: {
        TranslationState &s = m_live[e.translation];
        s.id = e.translation;
        s.lastUsed = e.time;
        s.expires = e.value;
        s.assured = e.flags & SimEvent::Assured;
        if (e.flags & SimEvent::StateChange)
            m_tunnels[size_t(e.tunnel)] = {e.state, e.reason, index};
        break;
    }
    case SimEvent::TranslationExpired:
        m_live.remove(e.translation);
        break;
    case SimEvent::TunnelChanged:
        m_tunnels[size_t(e.tunnel)] = {e.state, e.reason, index};
        break;
    default:
        break;
    }
}

int ReplayCursor::stepAtTime(double t) const
{
    const auto &events = m_result->events;
    const auto it = std::upper_bound(events.cbegin(), events.cend(), t,
                                     [](double v, const SimEvent &e) { return v < e.time; });
    return int(it - events.cbegin()) - 1;
}

QList<quint32> ReplayCursor::liveTranslations(int device) const
{
    QList<quint32> ids;
    for (auto it = m_live.cbegin(); it != m_live.cend(); ++it) {
        if (m_result->translation(it.key()).device == device)
            ids.append(it.key());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}
