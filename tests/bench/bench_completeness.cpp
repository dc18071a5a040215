// Diagnosis completeness over many generated projects (default 10,000 seeds):
// projects checked, Down tunnels checked, silent ones, time, and what the
// generator covered. Not a ctest; tst_completeness runs 500 seeds.
//   build/tests/bench/bench_completeness [COUNT] [FIRST_SEED]
#include "BenchReport.h"
#include "CompletenessCheck.h"
#include "Project.h"
#include "ProjectGenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMap>

#include <cstdio>

namespace {

// What one generated project contains, as coverage keys.
QStringList coverage(quint32 seed)
{
    Project p;
    ProjectGenerator(seed).build(&p, nullptr);
    QStringList keys;
    for (ObjectId d : p.objects(ObjectKind::Device)) {
        const QStringList options = p.value(d, Field::options).toStringList();
        keys.append(QStringLiteral("profile %1%2").arg(p.text(d, Field::profile),
                                                       options.isEmpty() ? QString()
                                                                         : QLatin1Char(' ') + options.join(QLatin1Char(','))));
        if (p.text(d, Field::profile) == QLatin1String("linux-netfilter")) {
            keys.append(p.value(d, Field::dropUnsolicitedInbound).toBool()
                            ? QStringLiteral("netfilter: INPUT drops unsolicited")
                            : QStringLiteral("netfilter: unsolicited inbound tracked"));
            if (p.value(d, Field::conntrackUdpTimeout).toInt() != 30
                || p.value(d, Field::conntrackUdpStreamTimeout).toInt() != 120)
                keys.append(QStringLiteral("netfilter: non-default conntrack timers"));
        } else if (p.value(d, Field::udpTimeout).toInt() != 300) {
            keys.append(QStringLiteral("short UDP timeout"));
        }
    }
    int pairs = 0;
    for (ObjectId a : p.objects(ObjectKind::Appliance)) {
        const ObjectId peer = p.value(a, Field::peer).toUInt();
        if (!peer || p.text(p.parentOf(a), Field::kind) == QLatin1String("cloud-sddc"))
            continue;
        ++pairs;
        QString policy = p.text(a, Field::peerPolicy);
        if (policy.isEmpty())
            policy = p.text(peer, Field::peerPolicy);
        keys.append(QStringLiteral("policy %1").arg(policy.isEmpty() ? QStringLiteral("default") : policy));
        keys.append(QStringLiteral("type %1").arg(p.text(a, Field::type)));
        if (!p.value(a, Field::extraUplinkIps).toStringList().isEmpty()
            || !p.value(peer, Field::extraUplinkIps).toStringList().isEmpty())
            keys.append(QStringLiteral("extra uplinks (several tunnels per pair)"));
        if (p.value(peer, Field::tunnelPort).toInt() != 4500)
            keys.append(QStringLiteral("peer tunnel port not 4500"));
    }
    keys.append(QStringLiteral("%1 pair(s)").arg(pairs));
    for (ObjectId r : p.objects(ObjectKind::Rule))
        keys.append(QStringLiteral("rule %1%2").arg(p.text(r, Field::kind),
                                                    p.text(r, Field::pool).isEmpty() ? QString()
                                                                                    : QStringLiteral(" (pool)")));
    for (ObjectId b : p.objects(ObjectKind::Background)) {
        keys.append(QStringLiteral("background flow"));
        if (!p.value(b, Field::remoteReplies).toBool())
            keys.append(QStringLiteral("background without replies"));
        for (ObjectId a : p.objects(ObjectKind::Appliance)) {
            if (p.text(a, Field::uplinkIp) == p.text(b, Field::insideLocal))
                keys.append(QStringLiteral("background from an appliance"));
            if (p.text(a, Field::uplinkIp) == p.text(b, Field::remote))
                keys.append(QStringLiteral("background toward a cloud peer"));
        }
    }
    for (ObjectId e : p.objects(ObjectKind::Event))
        keys.append(QStringLiteral("event %1").arg(p.text(e, Field::action)));
    keys.removeDuplicates();
    return keys;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const quint32 count = args.size() > 1 ? args.at(1).toUInt() : 10000;
    const quint32 first = args.size() > 2 ? args.at(2).toUInt() : 1;

    CompletenessCheck::Totals totals;
    QElapsedTimer timer;
    timer.start();
    for (quint32 seed = first; seed < first + count; ++seed)
        CompletenessCheck::checkSeed(seed, &totals);
    const double seconds = timer.elapsed() / 1000.0;

    QMap<QString, int> covered;
    for (quint32 seed = first; seed < first + count; ++seed) {
        for (const QString &key : coverage(seed))
            ++covered[key];
    }

    std::printf("seeds %u..%u\n", first, first + count - 1);
    std::printf("projects checked:            %d\n", totals.projects);
    std::printf("Down tunnels checked:        %d\n", totals.downTunnels);
    std::printf("silent (no error finding):   %d\n", totals.silent);
    std::printf("incomplete findings:         %d\n", totals.incomplete);
    std::printf("inconsistent findings:       %d\n", totals.inconsistent);
    std::printf("explained by catch-all only: %d\n", totals.catchAllOnly);
    std::printf("invalid projects:            %d\n", totals.invalid);
    std::printf("time:                        %.1f s (%.1f ms per project)\n", seconds,
                1000.0 * seconds / std::max(1, totals.projects));
    bench::report("completeness: Down tunnels checked", totals.downTunnels, "tunnels");
    bench::report("completeness: silent Down tunnels", totals.silent, "tunnels", "<=0");
    bench::report("completeness: incomplete findings", totals.incomplete, "findings", "<=0");
    bench::report("completeness: inconsistent findings", totals.inconsistent, "findings", "<=0");
    bench::report("completeness: time per project", 1000.0 * seconds / std::max(1, totals.projects),
                  "ms");
    std::printf("\nfindings (rule, severity):\n");
    for (auto it = totals.findings.cbegin(); it != totals.findings.cend(); ++it)
        std::printf("  %-40s %d\n", qPrintable(it.key()), it.value());
    std::printf("\ncoverage (projects containing):\n");
    for (auto it = covered.cbegin(); it != covered.cend(); ++it)
        std::printf("  %-40s %d\n", qPrintable(it.key()), it.value());
    if (!totals.problems.isEmpty()) {
        std::printf("\nviolations (first 50 of %d):\n", int(totals.problems.size()));
        for (const QString &p : totals.problems.mid(0, 50))
            std::printf("  %s\n", qPrintable(p));
    }
    if (!totals.catchAllNotes.isEmpty()) {
        std::printf("\ncatch-all only (first 20 of %d):\n", int(totals.catchAllNotes.size()));
        for (const QString &n : totals.catchAllNotes.mid(0, 20))
            std::printf("  %s\n", qPrintable(n));
    }
    return totals.problems.isEmpty() ? 0 : 1;
}
