#include "ProbeProposal.h"

#include "FortiGateBehaviour.h"
#include "Project.h"

ProbeProposal::Proposal ProbeProposal::propose(const ProbeClassifier::Classification &c)
{
    Proposal p;
    if (!c.serverAnswered || !c.behindNat)
        return p;
    if (!c.portPreserved) {
        // Fresh flows with nothing competing get other ports: netfilter --random-fully
        // is the profile that randomises every flow.
        p.profile = QStringLiteral("linux-netfilter");
        p.options = {QStringLiteral("random-fully")};
        p.why << tr("the NAT gave the first source port %1 with no other source competing: every flow "
                    "gets a random port (linux-netfilter with random-fully)")
                     .arg(c.firstMapped->port);
        p.decided = true;
    } else if (c.secondOther) {
        p.decided = true;
        if (c.secondOther->port == c.firstMapped->port) {
            p.profile = QStringLiteral("linux-netfilter");
            p.why << tr("a second source kept the port toward another destination: ports are kept apart "
                        "per destination (linux-netfilter)");
        } else {
            p.profile = QStringLiteral("cisco-ios");
            p.why << tr("a second source was given %1 while the first held the port: the public port is "
                        "reserved whatever the destination (cisco-ios PAT)")
                         .arg(c.secondOther->toString());
        }
    }
    if (p.decided && c.lifetimeGone > 0 && c.lifetimeAlive > 0) {
        // The lower bound: a binding is known to live that long.
        if (p.profile == QLatin1String("linux-netfilter"))
            p.conntrackUdpTimeout = c.lifetimeAlive;
        else
            p.udpTimeout = c.lifetimeAlive;
        p.why << tr("idle bindings lived %1 s and were gone after %2 s: timeout %1 s")
                     .arg(c.lifetimeAlive)
                     .arg(c.lifetimeGone);
    }
    return p;
}

ChangeSet ProbeProposal::changes(const Project &project, ObjectId device, const Proposal &p)
{
    ChangeSet changes;
    if (!p.decided)
        return changes;
    if (project.text(device, Field::profile) != p.profile)
        changes.set(device, Field::profile, p.profile);
    if (project.value(device, Field::options).toStringList() != p.options)
        changes.set(device, Field::options, p.options);
    if (p.udpTimeout > 0 && project.value(device, Field::udpTimeout).toInt() != p.udpTimeout)
        changes.set(device, Field::udpTimeout, p.udpTimeout);
    if (p.conntrackUdpTimeout > 0
        && project.value(device, Field::conntrackUdpTimeout).toInt() != p.conntrackUdpTimeout)
        changes.set(device, Field::conntrackUdpTimeout, p.conntrackUdpTimeout);
    return changes;
}

std::optional<ProbeProposal::Attached> ProbeProposal::attached(const Project &project, ObjectId device,
                                                               QString *error)
{
    const QString json = project.text(device, Field::observedProbe);
    if (json.isEmpty())
        return std::nullopt;
    const auto result = ProbeResult::fromJson(json.toUtf8(), error);
    if (!result)
        return std::nullopt;
    return Attached{*result, ProbeClassifier::classify(*result)};
}

QStringList ProbeProposal::mismatches(const Project &project, ObjectId device, const Attached &probe)
{
    QStringList out;
    const ProbeClassifier::Classification &c = probe.classification;
    if (!c.serverAnswered || !c.behindNat)
        return out;
    const QString profile = project.text(device, Field::profile);
    const QStringList options = project.value(device, Field::options).toStringList();
    const bool netfilter = profile == QLatin1String("linux-netfilter");
    const bool random = netfilter && (options.contains(QLatin1String("random"))
                                      || options.contains(QLatin1String("random-fully")));
    // What each profile does with a free port and a second source (docs/profiles.md).
    const quint16 port = probe.result.localPort;
    const bool forti = profile == QLatin1String("fortigate");
    // FortiGate keeps a free port only within 5117-65533 (or always, with fixedport).
    const bool fortiKeeps = options.contains(QLatin1String("fixedport"))
                            || (FortiGateBehaviour::preservable(port)
                                && !options.contains(QLatin1String("no-port-preserve"))
                                && !options.contains(QLatin1String("fixed-port-range"))
                                && !options.contains(QLatin1String("port-block-allocation")));
    const bool profilePreserves = forti ? fortiKeeps : !random;
    const bool profilePerDestination = netfilter || forti
                                       || (profile == QLatin1String("cisco-asa")
                                           && options.contains(QLatin1String("extended")));
    if (profilePreserves && !c.portPreserved)
        out << tr("the probe saw source port %1 translated to %2 with no competing source, but profile %3 "
                  "keeps a free port")
                   .arg(port)
                   .arg(c.firstMapped->port)
                   .arg(profile);
    if (!profilePreserves && c.portPreserved && forti)
        out << tr("the probe saw source port %1 kept, but profile fortigate (options: %2) translates "
                  "it: FortiOS keeps a free port only within 5117-65533, and always with fixedport")
                   .arg(port)
                   .arg(options.isEmpty() ? tr("none") : options.join(QStringLiteral(", ")));
    else if (!profilePreserves && c.portPreserved)
        out << tr("the probe saw source port %1 kept, but %2 with %3 draws a random port")
                   .arg(port)
                   .arg(profile, options.join(QStringLiteral(", ")));
    if (c.portPreserved && c.secondOther) {
        const bool kept = c.secondOther->port == port;
        if (kept && !profilePerDestination && profilePreserves)
            out << tr("the probe saw a second source keep port %1 toward another destination, but profile %2 "
                      "reserves the port whatever the destination")
                       .arg(port)
                       .arg(profile);
        if (!kept && profilePerDestination && profilePreserves)
            out << tr("the probe saw a second source given %1 toward another destination, but profile %2 "
                      "keeps ports apart per destination")
                       .arg(c.secondOther->toString(), profile);
    }
    if (c.lifetimeGone > 0) {
        const int timeout = project.value(device, netfilter ? Field::conntrackUdpTimeout : Field::udpTimeout).toInt();
        if (timeout >= c.lifetimeGone || timeout < c.lifetimeAlive)
            out << tr("the probe saw idle bindings live %1 s and be gone after %2 s, but the device's UDP "
                      "timeout is %3 s")
                       .arg(std::max(0, c.lifetimeAlive))
                       .arg(c.lifetimeGone)
                       .arg(timeout);
    }
    return out;
}

QString ProbeProposal::shortText(const Attached &probe)
{
    const ProbeClassifier::Classification &c = probe.classification;
    if (!c.serverAnswered)
        return tr("probe %1: the server did not answer").arg(probe.result.runId);
    return tr("%1 mapping, %2 filtering; port %3 %4; %5")
        .arg(ProbeClassifier::behaviourText(c.mapping), ProbeClassifier::behaviourText(c.filtering))
        .arg(probe.result.localPort)
        .arg(c.portPreserved ? tr("kept") : tr("not kept"))
        .arg(c.verdict == ProbeClassifier::BothKeepPort      ? tr("two appliances both keep it")
             : c.verdict == ProbeClassifier::NotBothKeepPort ? tr("two appliances do not both keep it")
                                                             : tr("second appliance not measured"));
}

QStringList ProbeProposal::evidence(const ProbeResult &r)
{
    QStringList lines;
    for (const ProbeTransaction &t : r.transactions) {
        if (t.answered)
            lines << tr("%1: %2 → %3, seen as %4 (%5 request(s), answered from %6 in %7 ms)")
                         .arg(t.test, t.local.toString(), t.destination.toString(), t.mapped->toString())
                         .arg(t.sent)
                         .arg(t.answeredFrom.toString())
                         .arg(t.rttMs, 0, 'f', 1);
        else
            lines << tr("%1: %2 → %3, no answer (%4 request(s))")
                         .arg(t.test, t.local.toString(), t.destination.toString())
                         .arg(t.sent);
    }
    return lines;
}
