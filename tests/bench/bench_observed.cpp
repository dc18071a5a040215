// Observed tables in a project (issue #15 target 3; prints figures, not run by
// ctest): generates a busy edge router's 1,000,000-row `show ip nat
// translations` (seeded: two inside globals with random PAT ports, 4,000 inside
// hosts with ephemeral ports, 50,000 outside servers mostly on 443/80/53, a few
// IPsec NAT-T flows), then times what `meshnat-cli import --translations` does
// (read, analyse, plan, apply, save), the GUI's worker (read, analyse, compress)
// plus the apply, the bytes per row the table adds to the project file, and
// opening that project.
//   build/tests/bench/bench_observed [ROWS]
#include "BenchReport.h"
#include "ObservedTableLoader.h"
#include "Project.h"
#include "ProjectImporter.h"
#include "ProjectReader.h"
#include "ProjectWriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <ctime>
#include <random>

namespace {

// CPU seconds of the process: on a shared, loaded machine the wall time also
// counts other sessions' work; both are printed.
double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

QByteArray ip(quint32 a)
{
    return QByteArray::number(a >> 24) + '.' + QByteArray::number((a >> 16) & 255) + '.'
           + QByteArray::number((a >> 8) & 255) + '.' + QByteArray::number(a & 255);
}

void generate(const QString &path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    std::mt19937 rng(15);
    std::vector<quint32> servers(50000);
    for (quint32 &s : servers)
        s = (rng() % 223 + 1) << 24 | (rng() & 0xffffff);
    const quint32 globals[2] = {0x139b5048u, 0x139b5049u}; // 19.155.80.72-73
    QByteArray chunk = "Router#show ip nat translations\n"
                       "Pro  Inside global         Inside local          Outside local         Outside global\n";
    for (int i = 0; i < rows; ++i) {
        const bool tunnel = i % 2000 == 0;
        const quint32 local = 0x0a010000u | (rng() % 4000 + 2);
        const quint32 server = servers[std::min<size_t>(rng() % 50000, rng() % 50000)]; // popular first
        const int pick = int(rng() % 100);
        const char *protocol = pick < 70 ? "tcp" : "udp";
        const int serverPort = tunnel ? 4500 : pick < 55 ? 443 : pick < 70 ? 80 : pick < 95 ? 53 : int(rng() % 64000 + 1024);
        const int localPort = tunnel ? 4500 : int(rng() % 28232 + 32768);
        const int globalPort = tunnel && i % 4000 == 0 ? 4500 : int(rng() % 64512 + 1024);
        const QByteArray g = ip(globals[rng() % 2]) + ':' + QByteArray::number(globalPort);
        const QByteArray l = ip(local) + ':' + QByteArray::number(localPort);
        const QByteArray o = ip(server) + ':' + QByteArray::number(serverPort);
        chunk += (tunnel ? QByteArray("udp") : QByteArray(protocol)) + "  " + g.leftJustified(22) + l.leftJustified(22)
                 + o.leftJustified(22) + o + '\n';
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    chunk += "Total number of translations: " + QByteArray::number(rows) + '\n';
    file.write(chunk);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("show-nat.txt"));
    generate(text, rows);
    const qint64 textBytes = QFileInfo(text).size();
    out << QStringLiteral("%1 rows, %2 MB of show ip nat translations").arg(rows).arg(textBytes / 1e6, 0, 'f', 1)
        << Qt::endl;

    // The empty project the import goes into, saved, for the size difference.
    const QString emptyPath = dir.filePath(QStringLiteral("empty.meshnat"));
    const QString withTable = dir.filePath(QStringLiteral("imported.meshnat"));
    {
        Project project;
        ProjectWriter().write(project, emptyPath);
    }

    // meshnat-cli import --translations FILE -o PROJECT, in process.
    QElapsedTimer timer;
    timer.start();
    double cpu = cpuSeconds();
    {
        Project project;
        const ObservedTableLoader::Result loaded = ObservedTableLoader::readFile(text);
        if (!loaded.ok()) {
            out << loaded.error << Qt::endl;
            return 1;
        }
        const ImportPlan plan = ProjectImporter::plan(project, nullptr, nullptr, &loaded.table, {});
        QString error;
        if (!plan.changes.apply(&project, &error) || !ProjectWriter().write(project, withTable)) {
            out << "import failed: " << error << Qt::endl;
            return 1;
        }
    }
    const double cliSeconds = timer.nsecsElapsed() / 1e9;
    const double cliCpu = cpuSeconds() - cpu;

    // The GUI: the worker reads, analyses and compresses; the apply is the undo step.
    timer.restart();
    cpu = cpuSeconds();
    double applySeconds = 0;
    double phaseEnd[3] = {0, 0, 0}; // seconds when each phase last reported
    {
        const ObservedTableLoader::Result loaded = ObservedTableLoader::readFile(
            text,
            [&](ObservedTableLoader::Phase phase, qint64, qint64) {
                phaseEnd[phase] = timer.nsecsElapsed() / 1e9;
                return true;
            },
            true);
        QElapsedTimer apply;
        apply.start();
        Project project;
        const ImportPlan plan = ProjectImporter::plan(project, nullptr, nullptr, &loaded.table, {});
        plan.changes.apply(&project);
        applySeconds = apply.nsecsElapsed() / 1e9;
    }
    const double guiSeconds = timer.nsecsElapsed() / 1e9;
    const double guiCpu = cpuSeconds() - cpu;

    const qint64 projectBytes = QFileInfo(withTable).size();
    // The appliances and peers the import adds are a few KB; count them in.
    const double bytesPerRow = double(projectBytes - QFileInfo(emptyPath).size()) / rows;

    timer.restart();
    cpu = cpuSeconds();
    Project opened;
    ProjectReader reader;
    if (!reader.read(withTable, &opened)) {
        out << reader.errorString() << Qt::endl;
        return 1;
    }
    const double openSeconds = timer.nsecsElapsed() / 1e9;
    const double openCpu = cpuSeconds() - cpu;

    out << QStringLiteral("import (CLI: read, analyse, plan, apply, save): %1 s (CPU %2 s)")
               .arg(cliSeconds, 0, 'f', 3)
               .arg(cliCpu, 0, 'f', 3)
        << Qt::endl
        << QStringLiteral("import (GUI worker: read, analyse, compress; then apply %1 ms): %2 s (CPU %3 s)")
               .arg(applySeconds * 1000, 0, 'f', 1)
               .arg(guiSeconds, 0, 'f', 3)
               .arg(guiCpu, 0, 'f', 3)
        << Qt::endl
        << QStringLiteral("  of which reading %1 s, analysing %2 s, compressing %3 s")
               .arg(phaseEnd[0], 0, 'f', 3)
               .arg(phaseEnd[1] - phaseEnd[0], 0, 'f', 3)
               .arg(phaseEnd[2] - phaseEnd[1], 0, 'f', 3)
        << Qt::endl
        << QStringLiteral("project file: %1 MB, %2 bytes per row (text: %3 bytes per row)")
               .arg(projectBytes / 1e6, 0, 'f', 1)
               .arg(bytesPerRow, 0, 'f', 1)
               .arg(double(textBytes) / rows, 0, 'f', 1)
        << Qt::endl
        << QStringLiteral("open project: %1 s (CPU %2 s)").arg(openSeconds, 0, 'f', 3).arg(openCpu, 0, 'f', 3)
        << Qt::endl;
    bench::report("observed table import, CLI (1M rows)", cliSeconds, "s", "<=2");
    bench::report("observed table import, GUI worker + apply (1M rows)", guiSeconds, "s", "<=2");
    bench::report("observed table import, apply (undo step)", applySeconds * 1000, "ms");
    bench::report("observed table import, CLI, CPU time (1M rows)", cliCpu, "s", "<=2");
    bench::report("project with observed table, open, CPU time (1M rows)", openCpu, "s", "<=1");
    bench::report("observed table on disk", bytesPerRow, "B/row", "<=30");
    bench::report("project with observed table, open (1M rows)", openSeconds, "s", "<=1");
    return 0;
}
