#include "CompletenessCheck.h"

#include "Diagnoser.h"
#include "Project.h"
#include "ProjectGenerator.h"
#include "ProjectValidator.h"
#include "Simulator.h"

#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace {

bool setsDown(const SimEvent &e, int tunnel)
{
    if (e.tunnel != tunnel || e.state != SimEvent::Down)
        return false;
    return e.type == SimEvent::TunnelChanged || (e.flags & SimEvent::StateChange);
}

// Every address the project itself names (uplinks, interfaces, rules, pools, flows).
QSet<quint32> projectAddresses(const Project &p)
{
    QSet<quint32> out;
    const auto add = [&](ObjectId id, FieldKey key) {
        quint32 a = 0;
        if (Ipv4::parse(p.text(id, key), &a))
            out.insert(a);
    };
    for (ObjectId id : p.objects(ObjectKind::Appliance)) {
        add(id, Field::uplinkIp);
        add(id, Field::managementIp);
    }
    for (ObjectId id : p.objects(ObjectKind::Interface))
        add(id, Field::address);
    for (ObjectId id : p.objects(ObjectKind::Rule)) {
        add(id, Field::insideLocal);
        add(id, Field::insideGlobal);
    }
    for (ObjectId id : p.objects(ObjectKind::Background)) {
        add(id, Field::insideLocal);
        add(id, Field::remote);
    }
    for (ObjectId id : p.objects(ObjectKind::Pool)) {
        quint32 first = 0, last = 0;
        if (Ipv4::parse(p.text(id, Field::start), &first) && Ipv4::parse(p.text(id, Field::end), &last))
            for (quint64 a = first; a <= last && a < quint64(first) + 256; ++a)
                out.insert(quint32(a));
    }
    return out;
}

} // namespace

CompletenessCheck::CompletenessCheck(const Project &project, const SimulationResult &result,
                                     const QList<Finding> &findings)
    : m_project(project)
    , m_result(result)
    , m_findings(findings)
{
    checkTunnels();
    for (const Finding &f : findings)
        checkFinding(f);
}

QString CompletenessCheck::where(int event) const
{
    if (event < 0 || event >= int(m_result.events.size()))
        return QStringLiteral("(no step)");
    return QStringLiteral("step %1 at %2 s").arg(event).arg(m_result.events[size_t(event)].time);
}

QString CompletenessCheck::why(int event) const
{
    static const char *const reasons[] = {"none", "no-nat-rule", "pool-exhausted", "no-translation",
                                          "wrong-appliance", "not-a-host", "timeout", "cleared",
                                          "redeploying", "silenced", "round-trip", "deploying",
                                          "port-changed"};
    const SimEvent &e = m_result.events[size_t(event)];
    const SimulationResult::Tunnel &t = m_result.tunnels[e.tunnel];
    const QString device = t.device >= 0 ? m_result.devices[t.device].profile : QStringLiteral("no NAT");
    const QStringList options = t.device >= 0
                                    ? m_project.value(m_result.devices[t.device].id, Field::options).toStringList()
                                    : QStringList();
    return QStringLiteral("%1, %2%3, %4")
        .arg(QLatin1String(e.reason < std::size(reasons) ? reasons[e.reason] : "?"), device,
             options.isEmpty() ? QString() : QLatin1Char(' ') + options.join(QLatin1Char(',')), t.policy);
}

void CompletenessCheck::checkTunnels()
{
    const auto &events = m_result.events;
    for (int t = 0; t < m_result.tunnels.size(); ++t) {
        const SimulationResult::Tunnel &tunnel = m_result.tunnels[t];
        QSet<int> downs;
        int firstDown = -1;
        bool hadRow = false; // a translation of its own before it first went Down
        for (int i = 0; i < int(events.size()); ++i) {
            const SimEvent &e = events[size_t(i)];
            if (firstDown < 0 && e.tunnel == t && e.device >= 0 && e.translation
                && (e.type == SimEvent::TranslationCreated || e.type == SimEvent::NatTranslated))
                hadRow = true;
            if (setsDown(e, t)) {
                downs.insert(i);
                if (firstDown < 0)
                    firstDown = i;
            }
        }
        if (firstDown < 0)
            continue;
        ++m_down;
        const ObjectId device = tunnel.device >= 0 ? m_result.devices[tunnel.device].id : NoId;
        QStringList best; // what the closest finding lacks
        bool named = false, complete = false, onlyCatchAll = true;
        for (const Finding &f : m_findings) {
            if (f.severity != Finding::Error || !f.appliances.contains(tunnel.appliance))
                continue;
            named = true;
            if (f.rule != QLatin1String("unexplained-down"))
                onlyCatchAll = false;
            QStringList missing;
            if (!f.appliances.contains(tunnel.peer))
                missing.append(QStringLiteral("the peer"));
            if (device && !f.devices.contains(device))
                missing.append(QStringLiteral("the NAT device"));
            bool step = false, row = false;
            for (const Evidence &e : f.evidence) {
                step = step || downs.contains(e.event);
                row = row || (e.translation && e.event >= 0);
            }
            if (!step)
                missing.append(QStringLiteral("a step where it is Down"));
            if (hadRow && !row)
                missing.append(QStringLiteral("a translation row"));
            if (missing.isEmpty()) {
                complete = true;
                break;
            }
            if (best.isEmpty() || missing.size() < best.size())
                best = QStringList{f.rule + QStringLiteral(": ") + missing.join(QStringLiteral(", "))};
        }
        if (!named) {
            ++m_silent;
            m_problems.append(QStringLiteral("silent: tunnel %1 is Down at %2 (%3) and no error finding names it")
                                  .arg(tunnel.name, where(firstDown), why(firstDown)));
        } else if (!complete) {
            ++m_incomplete;
            m_problems.append(QStringLiteral("incomplete: tunnel %1 is Down at %2; the error finding lacks %3")
                                  .arg(tunnel.name, where(firstDown), best.join(QString())));
        }
        if (named && onlyCatchAll) {
            ++m_catchAllOnly;
            m_catchAllNotes.append(QStringLiteral("catch-all only: tunnel %1 is Down at %2 (%3)")
                                       .arg(tunnel.name, where(firstDown), why(firstDown)));
        }
    }
}

void CompletenessCheck::checkFinding(const Finding &f)
{
    const auto &events = m_result.events;
    QStringList wrong;
    QSet<Endpoint> endpoints;
    QSet<quint32> addresses = projectAddresses(m_project);
    QList<double> times;
    const auto addRow = [&](quint32 id) {
        if (!id || id > m_result.translations.size())
            return;
        for (quint32 r : {id, m_result.translation(id).heldBy}) {
            if (!r)
                continue;
            const Translation &t = m_result.translation(r);
            for (const Endpoint &e : {t.insideLocal, t.insideGlobal, t.outside}) {
                endpoints.insert(e);
                addresses.insert(e.ip);
            }
        }
    };
    int first = INT_MAX;
    for (const Evidence &e : f.evidence) {
        if (e.event >= int(events.size()) || e.translation > m_result.translations.size()) {
            wrong.append(QStringLiteral("evidence out of range"));
            continue;
        }
        addRow(e.translation);
        if (e.event < 0)
            continue;
        first = std::min(first, e.event);
        const SimEvent &x = events[size_t(e.event)];
        times.append(x.time);
        for (const Endpoint &ep : {x.from, x.to, x.mapped}) {
            endpoints.insert(ep);
            addresses.insert(ep.ip);
        }
        addRow(x.translation);
        // The row shown is the row of the step shown.
        if (e.translation && x.translation && x.translation != e.translation
            && x.type != SimEvent::TunnelChanged)
            wrong.append(QStringLiteral("evidence %1 shows row %2 at a step about row %3")
                             .arg(where(e.event))
                             .arg(e.translation)
                             .arg(x.translation));
    }
    for (const SimulationResult::Tunnel &t : m_result.tunnels) {
        if (f.appliances.contains(t.appliance) || f.appliances.contains(t.peer)) {
            endpoints.insert(t.local);
            endpoints.insert(t.remote);
        }
    }

    // Every ip:port the finding states is one of its evidence; every address is known.
    static const QRegularExpression address(
        QStringLiteral("(?<![\\d.])(\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3})(?::(\\d+))?"));
    QString text = f.title + QLatin1Char('\n') + f.cause;
    for (const Evidence &e : f.evidence)
        text += QLatin1Char('\n') + e.text;
    for (auto it = address.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        quint32 ip = 0;
        if (!Ipv4::parse(m.captured(1), &ip))
            continue;
        if (!m.captured(2).isEmpty()) {
            const Endpoint ep{ip, quint16(m.captured(2).toUInt())};
            if (!endpoints.contains(ep))
                wrong.append(QStringLiteral("states %1, which none of its evidence shows")
                                 .arg(ep.toString()));
        } else if (!addresses.contains(ip)) {
            wrong.append(QStringLiteral("states %1, which neither its evidence nor the project has")
                             .arg(m.captured(1)));
        }
    }
    // A tunnel's own new translation in the evidence: the finding says which port it got.
    for (const Evidence &e : f.evidence) {
        if (e.event < 0 || e.event >= int(events.size()))
            continue;
        const SimEvent &x = events[size_t(e.event)];
        if (x.type != SimEvent::TranslationCreated || (x.flags & SimEvent::Inbound) || x.tunnel < 0
            || !x.translation)
            continue;
        const Endpoint global = m_result.translation(x.translation).insideGlobal;
        if (!f.cause.contains(global.toString())
            && !f.cause.contains(QStringLiteral("port %1").arg(global.port)))
            wrong.append(QStringLiteral("shows %1 given %2 at %3 but never says so")
                             .arg(m_result.tunnels[x.tunnel].name, global.toString(), where(e.event)));
    }
    // Every "at N s" is the time of one of its evidence events.
    static const QRegularExpression time(QStringLiteral("\\bat (\\d+(?:\\.\\d+)?) s\\b"));
    for (auto it = time.globalMatch(f.title + QLatin1Char('\n') + f.cause); it.hasNext();) {
        const double stated = it.next().captured(1).toDouble();
        if (!std::any_of(times.cbegin(), times.cend(),
                         [&](double t) { return std::abs(t - stated) < 0.01; }))
            wrong.append(QStringLiteral("states a time of %1 s, which none of its evidence has").arg(stated));
    }
    // What happened to the peer's packets is what the log shows, not a stock phrase.
    if (!f.appliances.isEmpty() && first != INT_MAX) {
        const int t = m_result.tunnelOf(f.appliances.first());
        for (int i = first; t >= 0 && i < int(events.size()); ++i) {
            const SimEvent &x = events[size_t(i)];
            if (x.type != SimEvent::PacketDropped || x.tunnel != t
                || (x.reason != SimEvent::NoTranslation && x.reason != SimEvent::WrongAppliance
                    && x.reason != SimEvent::NotAHost))
                continue;
            const bool routerDrops = f.cause.contains(QLatin1String("router drops"));
            if (routerDrops && x.reason != SimEvent::NoTranslation)
                wrong.append(QStringLiteral("says the router drops the peer's packets; %1 delivers them to %2")
                                 .arg(where(i), x.mapped.toString()));
            break;
        }
    }
    if (!wrong.isEmpty()) {
        ++m_inconsistent;
        wrong.removeDuplicates();
        m_problems.append(QStringLiteral("inconsistent: %1 \"%2\": %3")
                              .arg(f.rule, f.title, wrong.join(QStringLiteral("; "))));
    }
}

void CompletenessCheck::checkSeed(quint32 seed, Totals *totals)
{
    ++totals->projects;
    const QString prefix = QStringLiteral("seed %1: ").arg(seed);
    Project project;
    ProjectGenerator generator(seed);
    QString error;
    if (!generator.build(&project, &error)) {
        ++totals->invalid;
        totals->problems.append(prefix + QStringLiteral("generator: ") + error);
        return;
    }
    for (const ValidationIssue &issue : ProjectValidator::validate(project)) {
        if (issue.severity == ValidationIssue::Error) {
            ++totals->invalid;
            totals->problems.append(prefix + ProjectValidator::format(project, issue));
            return;
        }
    }
    const auto result = Simulator::run(project);
    const QList<Finding> findings = Diagnoser().diagnose(project, result);
    const CompletenessCheck check(project, *result, findings);
    for (const Finding &f : findings)
        ++totals->findings[f.rule + QLatin1Char(' ') + Diagnoser::severityKey(f.severity)];
    totals->downTunnels += check.downTunnels();
    totals->silent += check.silentTunnels();
    totals->incomplete += check.incompleteTunnels();
    totals->inconsistent += check.inconsistentFindings();
    totals->catchAllOnly += check.catchAllOnly();
    for (const QString &problem : check.problems())
        totals->problems.append(prefix + problem);
    for (const QString &note : check.catchAllNotes())
        totals->catchAllNotes.append(prefix + note);
}
