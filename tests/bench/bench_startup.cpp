// Start-up benchmark: how long `meshnat --example seed-incident` takes until
// its first window is painted, and until the seed diagram is painted in it.
// Each run spawns the workbench offscreen with the start-up probe preloaded
// (StartupProbe.cpp prints the moments and quits), in a fresh settings and
// data directory (no remembered layout, no autosaves to recover). The time
// runs from just before the spawn (so it includes exec, dynamic linking and
// Qt's own start-up); the probe's own figure from the kernel's process start
// time is printed beside it as a check. One warm-up run, then the median of N.
//   build/tests/bench/bench_startup [MESHNAT [RUNS]]
// MESHNAT defaults to the workbench of this build (../../app/meshnat); give
// /tmp/before/meshnat for the before figure.
#include "BenchReport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace {

double monotonicMs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

struct Run
{
    bool ok = false;
    double window = 0;      // spawn -> main window painted
    double diagram = 0;     // spawn -> seed diagram painted
    double kernelWindow = 0; // the probe's figure from /proc/self/stat
    double kernelDiagram = 0;
    double cpuWindow = 0;       // CPU time the process had used by then
    double cpuDiagram = 0;
};

Run runOnce(const QString &program, const QString &probe)
{
    Run run;
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LD_PRELOAD"), probe);
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME",
                             "XDG_STATE_HOME"})
        env.insert(QString::fromLatin1(name), home.filePath(QString::fromLatin1(name)));
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    const double spawned = monotonicMs();
    process.start(program, {QStringLiteral("--example"), QStringLiteral("seed-incident")});
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        std::fprintf(stderr, "bench_startup: %s did not finish\n", qPrintable(program));
        return run;
    }
    const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
    bool window = false;
    bool diagram = false;
    for (const QByteArray &line : lines) {
        const QList<QByteArray> f = line.trimmed().split(' ');
        if (f.size() < 5 || f[0] != "MESHNAT_STARTUP")
            continue;
        if (f[1] == "window-painted") {
            run.window = f[2].toDouble() - spawned;
            run.kernelWindow = f[3].toDouble();
            run.cpuWindow = f[4].toDouble();
            window = true;
        } else if (f[1] == "diagram-painted") {
            run.diagram = f[2].toDouble() - spawned;
            run.kernelDiagram = f[3].toDouble();
            run.cpuDiagram = f[4].toDouble();
            diagram = true;
        }
    }
    run.ok = window && diagram;
    if (!run.ok)
        std::fprintf(stderr, "bench_startup: no probe output from %s (exit %d)\n%s\n",
                     qPrintable(program), process.exitCode(),
                     process.readAllStandardError().constData());
    return run;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QDir here(QCoreApplication::applicationDirPath());
    const QString program = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                     : here.absoluteFilePath(QStringLiteral("../../app/meshnat"));
    const int runs = argc > 2 ? qMax(1, QString::fromLocal8Bit(argv[2]).toInt()) : 7;
    const QString probe = here.absoluteFilePath(QStringLiteral("libstartup_probe.so"));
    if (!QFileInfo(program).isExecutable() || !QFileInfo::exists(probe)) {
        std::fprintf(stderr, "bench_startup: need %s and %s\n", qPrintable(program),
                     qPrintable(probe));
        return 1;
    }
    runOnce(program, probe); // warm-up: file cache, font cache
    QList<double> window, diagram, kernelWindow, kernelDiagram, cpuWindow, cpuDiagram;
    for (int i = 0; i < runs; ++i) {
        const Run run = runOnce(program, probe);
        if (!run.ok)
            return 1;
        window << run.window;
        diagram << run.diagram;
        kernelWindow << run.kernelWindow;
        kernelDiagram << run.kernelDiagram;
        cpuWindow << run.cpuWindow;
        cpuDiagram << run.cpuDiagram;
    }
    std::printf("bench_startup: %s --example seed-incident, offscreen, median of %d runs\n",
                qPrintable(program), runs);
    // CPU: what the process used by then, all threads (wall minus it is mostly
    // waiting for a core on a loaded machine, and reading files).
    std::printf("  first window painted     %7.1f ms  (min %.1f; since process start per "
                "/proc/self/stat: %.0f ms; CPU %.0f ms)\n",
                median(window), *std::min_element(window.cbegin(), window.cend()),
                median(kernelWindow), median(cpuWindow));
    std::printf("  seed diagram painted     %7.1f ms  (min %.1f; since process start per "
                "/proc/self/stat: %.0f ms; CPU %.0f ms)\n",
                median(diagram), *std::min_element(diagram.cbegin(), diagram.cend()),
                median(kernelDiagram), median(cpuDiagram));
    bench::report("startup: first window painted (seed-incident)", median(window), "ms", "<=300");
    bench::report("startup: seed diagram painted", median(diagram), "ms", "<=300");
    bench::report("startup: CPU until first window painted", median(cpuWindow), "ms");
    return 0;
}
