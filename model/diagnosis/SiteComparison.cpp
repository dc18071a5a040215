#include "SiteComparison.h"

#include "DiagnosisContext.h"
#include "EventText.h"
#include "Project.h"
#include "ReplayCursor.h"

#include <QHash>

#include <algorithm>

SiteComparison::SiteComparison(const Project &a, std::shared_ptr<const SimulationResult> resultA,
                               const Project &b, std::shared_ptr<const SimulationResult> resultB)
    : m_project{&a, &b}
    , m_result{std::move(resultA), std::move(resultB)}
{
    const QList<Milestone> ma = milestones(0), mb = milestones(1);
    const auto keyOf = [](const Milestone &m) {
        return QStringLiteral("%1\x1f%2\x1f%3").arg(m.appliance).arg(int(m.type)).arg(m.occurrence);
    };
    QHash<QString, int> inB;
    for (int i = 0; i < mb.size(); ++i)
        inB.insert(keyOf(mb[i]), i);
    QList<int> pairedWith(mb.size(), -1); // B milestone -> A milestone
    // Order: by time, then A's log order; a step only B has follows the B step
    // before it that A shares.
    QList<QPair<QPair<double, double>, Step>> ordered;
    for (int i = 0; i < ma.size(); ++i) {
        const Milestone &m = ma[i];
        Step s;
        s.event[0] = m.event;
        s.appliance = m.appliance;
        s.type = m.type;
        s.occurrence = m.occurrence;
        s.time = m_result[0]->events[size_t(m.event)].time;
        const int j = inB.value(keyOf(m), -1);
        if (j >= 0) {
            pairedWith[j] = i;
            s.event[1] = mb[j].event;
            s.time = std::min(s.time, m_result[1]->events[size_t(mb[j].event)].time);
        }
        ordered.append({{s.time, double(i)}, s});
    }
    double rank = -0.5;
    for (int j = 0; j < mb.size(); ++j) {
        if (pairedWith[j] >= 0) {
            rank = pairedWith[j] + 0.5;
            continue;
        }
        Step s;
        s.event[1] = mb[j].event;
        s.appliance = mb[j].appliance;
        s.type = mb[j].type;
        s.occurrence = mb[j].occurrence;
        s.time = m_result[1]->events[size_t(mb[j].event)].time;
        ordered.append({{s.time, rank}, s});
    }
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const auto &x, const auto &y) { return x.first < y.first; });
    for (auto &o : ordered) {
        o.second.diverges = differ(o.second);
        if (o.second.diverges && m_divergence < 0)
            m_divergence = int(m_steps.size());
        m_steps.append(o.second);
    }
}

QList<SiteComparison::Milestone> SiteComparison::milestones(int side) const
{
    const SimulationResult &r = *m_result[side];
    const Project &p = *m_project[side];
    QList<Milestone> out;
    QHash<QString, int> count;
    const auto add = [&](int i, ObjectId appliance, SimEvent::Type type) {
        const QString name = p.contains(appliance) ? p.displayName(appliance) : QString();
        const QString k = name + QLatin1Char('/') + QString::number(int(type));
        out.append({i, name, type, count.value(k)});
        count[k] += 1;
    };
    for (int i = 0; i < int(r.events.size()); ++i) {
        const SimEvent &e = r.events[size_t(i)];
        switch (e.type) {
        case SimEvent::TranslationCreated:
            if (e.tunnel >= 0 && !(e.flags & SimEvent::Inbound))
                add(i, r.tunnels[e.tunnel].appliance, e.type);
            break;
        case SimEvent::TunnelChanged:
            add(i, r.tunnels[e.tunnel].appliance, e.type);
            break;
        // Ownership flips are left out: the log reports one whenever a global
        // endpoint changes hands, also where a per-tuple NAT lets two appliances
        // share it; the expiries that make real flips are steps already.
        case SimEvent::TranslationExpired:
            if (e.subject && r.tunnelOf(e.subject) >= 0
                && r.tunnels[r.tunnelOf(e.subject)].appliance == e.subject)
                add(i, e.subject, e.type);
            break;
        default:
            break;
        }
    }
    return out;
}

bool SiteComparison::differ(const Step &s) const
{
    if (s.event[0] < 0 || s.event[1] < 0)
        return true;
    const SimEvent &a = m_result[0]->events[size_t(s.event[0])];
    const SimEvent &b = m_result[1]->events[size_t(s.event[1])];
    switch (s.type) {
    case SimEvent::TranslationCreated: {
        const Translation &ta = m_result[0]->translation(a.translation);
        const Translation &tb = m_result[1]->translation(b.translation);
        const bool keptA = ta.insideGlobal.port == ta.insideLocal.port;
        const bool keptB = tb.insideGlobal.port == tb.insideLocal.port;
        return keptA != keptB || ta.insideGlobal.port != tb.insideGlobal.port;
    }
    case SimEvent::TunnelChanged:
        return a.state != b.state;
    default:
        return false;
    }
}

QString SiteComparison::sideName(int side) const
{
    const SimulationResult &r = *m_result[side];
    for (const auto &t : r.tunnels) {
        if (t.device >= 0)
            return QStringLiteral("%1 (%2)").arg(r.devices[t.device].name,
                                                 DiagnosisContext::profileName(r.devices[t.device].profile));
    }
    return m_project[side]->name(NoId);
}

QString SiteComparison::describe(int step, int side) const
{
    if (step < 0 || step >= m_steps.size() || m_steps[step].event[side] < 0)
        return QString();
    const EventText text(*m_project[side], *m_result[side]);
    return text.describe(m_result[side]->events[size_t(m_steps[step].event[side])]);
}

int SiteComparison::eventAt(int step, int side) const
{
    if (step < 0 || step >= m_steps.size())
        return -1;
    if (m_steps[step].event[side] >= 0)
        return m_steps[step].event[side];
    const auto &events = m_result[side]->events;
    const double t = m_steps[step].time;
    const auto it = std::upper_bound(events.cbegin(), events.cend(), t,
                                     [](double v, const SimEvent &e) { return v < e.time; });
    return int(it - events.cbegin()) - 1;
}

QString SiteComparison::portStory(int side, int event) const
{
    const SimulationResult &r = *m_result[side];
    const SimEvent &e = r.events[size_t(event)];
    const Translation &t = r.translation(e.translation);
    const Project &p = *m_project[side];
    QString story = tr("%1 translated %2 → %3 toward %4")
                        .arg(sideName(side), t.insideLocal.toString(), t.insideGlobal.toString(),
                             t.outside.toString());
    if (t.insideGlobal.port == t.insideLocal.port) {
        story += tr(": the port was kept.");
    } else if (t.heldBy) {
        const Translation &h = r.translation(t.heldBy);
        story += tr(": port %1 was already held by %2's translation toward %3.")
                     .arg(t.requestedPort)
                     .arg(h.owner && p.contains(h.owner) ? p.displayName(h.owner)
                                                         : h.insideLocal.toString(),
                          h.outside.toString());
    } else {
        story += tr(": the port was changed.");
    }
    const QString ruleKind = t.rule && p.contains(t.rule) ? p.text(t.rule, Field::kind)
                                                          : QString();
    if (ruleKind == QLatin1String("static") || ruleKind == QLatin1String("static-pat"))
        return story + QLatin1Char(' ') + tr("A static mapping gives the appliance its own global "
                                             "endpoint, so no other translation competes for it.");
    return story + QLatin1Char(' ') + DiagnosisContext::profileRule(r.devices[t.device].profile);
}

QString SiteComparison::finalState(int side, const QString &appliance) const
{
    const SimulationResult &r = *m_result[side];
    ReplayCursor cursor(m_result[side]);
    cursor.toEnd();
    for (int i = 0; i < r.tunnels.size(); ++i) {
        if (m_project[side]->displayName(r.tunnels[i].appliance) == appliance)
            return EventText::stateName(cursor.tunnel(i).state);
    }
    return QString();
}

QString SiteComparison::explanation() const
{
    if (m_divergence < 0)
        return tr("The two sites translate the appliances' traffic the same way at every step.");
    const Step &s = m_steps[m_divergence];
    QString what;
    if (s.type == SimEvent::TranslationCreated)
        what = s.occurrence == 0
                   ? tr("%1's first UDP 4500 translation").arg(s.appliance)
                   : tr("%1's UDP 4500 translation no. %2").arg(s.appliance).arg(s.occurrence + 1);
    else if (s.type == SimEvent::TunnelChanged)
        what = tr("%1's tunnel state").arg(s.appliance);
    else
        what = tr("%1: %2").arg(s.appliance, EventText::typeName(s.type));
    QString text = tr("The sites diverge at %1 s, at %2.").arg(s.time).arg(what);
    for (int side = 0; side < 2; ++side) {
        text += QLatin1Char('\n') + (side ? QStringLiteral("B: ") : QStringLiteral("A: "));
        if (s.event[side] < 0)
            text += tr("%1: no such step.").arg(sideName(side));
        else if (s.type == SimEvent::TranslationCreated)
            text += portStory(side, s.event[side]);
        else
            text += QStringLiteral("%1: %2").arg(sideName(side), describe(m_divergence, side));
    }
    const QString a = finalState(0, s.appliance), b = finalState(1, s.appliance);
    if (!a.isEmpty() && !b.isEmpty())
        text += QLatin1Char('\n')
                + tr("At the end of the run %1's tunnel is %2 behind %3 and %4 behind %5.")
                      .arg(s.appliance, a, sideName(0), b, sideName(1));
    return text;
}
