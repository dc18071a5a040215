// Prints simulator throughput and replay seek times (issue #3 benchmark).
#include "BenchReport.h"
#include "ReplayCursor.h"
#include "Simulator.h"
#include "SyntheticProject.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <random>
#include <sys/resource.h>

namespace {
double peakRssMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_maxrss) / 1024.0;
}

double seekMicros(ReplayCursor &cursor, int target, int repeats)
{
    std::mt19937 rng(42);
    std::uniform_int_distribution<int> from(-1, cursor.stepCount() - 1);
    QElapsedTimer t;
    qint64 total = 0;
    for (int i = 0; i < repeats; ++i) {
        cursor.seek(from(rng)); // start from anywhere, as a user dragging the slider
        t.start();
        cursor.seek(target);
        total += t.nsecsElapsed();
    }
    return double(total) / repeats / 1000.0;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int appliances = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000;
    const double duration = argc > 2 ? QString::fromLocal8Bit(argv[2]).toDouble() : 3600;

    Project project;
    buildSyntheticProject(&project, appliances, QStringLiteral("cisco-ios"),
                          QStringLiteral("learned"), duration);
    QElapsedTimer timer;
    timer.start();
    const auto result = Simulator::run(project);
    const double simSeconds = timer.nsecsElapsed() / 1e9;
    qint64 decisions = 0;
    for (const SimEvent &e : result->events) {
        if (e.type == SimEvent::TranslationCreated || e.type == SimEvent::NatTranslated
            || (e.type == SimEvent::PacketDropped && e.device >= 0))
            ++decisions;
    }
    out << "bench_simulator: " << appliances << " appliances behind one cisco-ios PAT, "
        << duration << " simulated s\n";
    out << QStringLiteral("  simulation: %1 s wall, %2 events, %3 NAT decisions, %4 decisions/s\n")
               .arg(simSeconds, 0, 'f', 2)
               .arg(result->events.size())
               .arg(decisions)
               .arg(decisions / simSeconds, 0, 'f', 0);
    // Everything the log holds: entries, the side table of details and its index.
    const double logBytes = double(result->events.memoryBytes());
    const double perEvent = logBytes / double(std::max<size_t>(1, result->events.size()));
    out << QStringLiteral("  log memory: %1 MB for the events (%2 bytes each, %3 distinct details), "
                          "%4 translations\n")
               .arg(logBytes / 1e6, 0, 'f', 1)
               .arg(perEvent, 0, 'f', 1)
               .arg(result->events.detailCount())
               .arg(result->translations.size());
    out.flush();
    bench::report("simulator run (1,000 appliances x 1 h)", simSeconds, "s", "<=0.25");
    bench::report("simulator events", double(result->events.size()), "events");
    bench::report("simulator log bytes per event", perEvent, "B", "<=32");
    bench::report("simulator NAT decisions per second", decisions / simSeconds, "1/s");

    timer.start();
    ReplayCursor cursor(result);
    out << QStringLiteral("  replay cursor built (checkpoints) in %1 s\n")
               .arg(timer.nsecsElapsed() / 1e9, 0, 'f', 2);
    const int n = cursor.stepCount();
    for (const auto &[label, step] : {std::pair{"start", 0}, std::pair{"middle", n / 2},
                                      std::pair{"end", n - 1}}) {
        const double micros = seekMicros(cursor, step, 200);
        out << QStringLiteral("  seek to %1 (step %2 of %3): %4 µs average over 200 seeks\n")
                   .arg(QString::fromLatin1(label))
                   .arg(step)
                   .arg(n)
                   .arg(micros, 0, 'f', 1);
        out.flush();
        bench::report(qPrintable(QStringLiteral("replay seek to %1").arg(QString::fromLatin1(label))),
                      micros, "us");
    }
    out << QStringLiteral("  peak RSS: %1 MB\n").arg(peakRssMb(), 0, 'f', 0);
    return 0;
}
