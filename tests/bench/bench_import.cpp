// Parse benchmark (prints figures; not run by ctest): a 1,000,000-row
// `show ip nat translations` capture of a busy router, read as an engineer
// would read it, against `wc -l` on the same file (the floor: one pass at
// memory speed) and TextFSM (python3-textfsm with tests/bench/textfsm/).
//   bench_import [ROWS] [--before OLD_CLI] [--no-textfsm] [--conntrack]
//                [--vendor asa-xlate|fortigate-session|srx-flow-session|yamaha-nat]
// --vendor reads a generated table of that vendor instead (one row per
// translation or session; figures named import.<vendor>.*), as
// tests/bench/bench_import_vendors.sh runs for each.
// The capture is generated once into $TMPDIR/meshnat-bench/ and kept. Figures:
//   wc -l; the reader + analysis in a child process (time, peak RSS per row);
//   meshnat-cli parse-translations without and with --json (stdout to
//   /dev/null; wall time and peak RSS of the process); the same for OLD_CLI
//   when given (before/after in one run); TextFSM, alone and writing JSON
//   (the like-for-like baseline of --json); the ratios.
#include "BenchReport.h"
#include "ObservedTable.h"
#include "RouterDataRegistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTextStream>

#include <charconv>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace {

struct Run
{
    double seconds = -1; // wall
    double cpu = -1;     // user + system: what the run cost, whatever else the machine did
    long peakKb = 0;
    int exitCode = -1;
};

// Runs a program with stdout to /dev/null (or a file), timing it and taking
// its peak RSS from wait4: no shell, no QProcess pipe in the measurement.
Run measure(const QStringList &args, const QString &stdoutFile = QStringLiteral("/dev/null"))
{
    QList<QByteArray> bytes;
    for (const QString &a : args)
        bytes.append(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &b : bytes)
        argv.push_back(b.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, stdoutFile.toLocal8Bit().constData(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    Run run;
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0) {
        posix_spawn_file_actions_destroy(&actions);
        return run;
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    run.seconds = timer.nsecsElapsed() / 1e9;
    run.cpu = usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 + usage.ru_stime.tv_sec
              + usage.ru_stime.tv_usec / 1e6;
    run.peakKb = usage.ru_maxrss;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    posix_spawn_file_actions_destroy(&actions);
    return run;
}

Run best(const QStringList &args, int times)
{
    Run b;
    for (int i = 0; i < times; ++i) {
        const Run r = measure(args);
        if (b.cpu < 0 || (r.cpu >= 0 && r.cpu < b.cpu))
            b = r;
    }
    return b;
}

long vmHwmKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').first().toLong();
        }
    }
    return 0;
}

char *put(char *p, const char *s)
{
    const size_t n = std::strlen(s);
    std::memcpy(p, s, n);
    return p + n;
}
char *put(char *p, uint v)
{
    return std::to_chars(p, p + 12, v).ptr;
}
char *pad(char *p, char *start, int width)
{
    while (p - start < width)
        *p++ = ' ';
    return p;
}

// The capture: the layout IOS prints (aligned columns), a prompt, a header
// repeated every 50,000 rows as a paged capture has, one NAT-T row in 1,000.
void generateShowNat(const QString &path, int rows)
{
    QFile file(path + QStringLiteral(".part"));
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(file.fileName()));
    const char *header = "Pro  Inside global         Inside local          Outside local         "
                         "Outside global\n";
    QByteArray chunk;
    chunk.reserve(2 << 20);
    chunk += "Router#show ip nat translations\n";
    chunk += header;
    char line[256];
    for (int i = 0; i < rows; ++i) {
        const uint host = uint(i % 250 + 2), net = uint((i / 250) % 200);
        const bool tunnel = i % 1000 == 0;
        const uint port = tunnel ? 4500 : uint(1024 + i % 64000);
        const uint outPort = tunnel ? 4500 : 443;
        char *p = line, *col = line;
        p = put(p, i % 3 == 0 ? "tcp" : "udp");
        p = pad(p, col, 5);
        col = p;
        p = put(put(put(put(p, "19.155."), uint(80 + i % 4)), ".72:"), port);
        p = pad(p, col, 22);
        col = p;
        p = put(put(put(put(put(put(p, "192.19."), net), "."), host), ":"), port);
        p = pad(p, col, 22);
        for (int twice = 0; twice < 2; ++twice) {
            col = p;
            p = put(put(put(put(put(put(p, "34."), uint(i % 200)), ".10."), uint(i % 250)), ":"),
                    outPort);
            if (twice == 0)
                p = pad(p, col, 22);
        }
        *p++ = '\n';
        chunk.append(line, p - line);
        if (i % 50000 == 49999)
            chunk += header;
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.resize(0);
        }
    }
    chunk += "Total number of translations: " + QByteArray::number(rows) + '\n';
    file.write(chunk);
    file.close();
    QFile::remove(path);
    file.rename(path);
}

void generateConntrack(const QString &path, int rows)
{
    QFile file(path + QStringLiteral(".part"));
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(file.fileName()));
    QByteArray chunk;
    char line[320];
    for (int i = 0; i < rows; ++i) {
        const bool tunnel = i % 1000 == 0;
        const uint port = tunnel ? 4500 : uint(1024 + i % 64000);
        const uint out = tunnel ? 4500 : 443;
        const uint local = uint(i % 250 + 2), net = uint((i / 250) % 200);
        char *p = line;
        p = put(p, i % 3 == 0 ? "tcp      6 " : "udp      17 ");
        p = put(p, uint(i % 432000));
        if (i % 3 == 0)
            p = put(p, " ESTABLISHED");
        p = put(put(put(put(p, " src=192.19."), net), "."), local);
        p = put(put(put(put(p, " dst=34."), uint(i % 200)), ".10."), uint(i % 250));
        p = put(put(put(put(p, " sport="), port), " dport="), out);
        p = put(put(put(put(p, " src=34."), uint(i % 200)), ".10."), uint(i % 250));
        p = put(put(p, " dst=19.155."), uint(80 + i % 4));
        p = put(put(put(put(put(p, ".72 sport="), out), " dport="), port), " [ASSURED] mark=0 use=1\n");
        chunk.append(line, p - line);
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.resize(0);
        }
    }
    chunk += "conntrack v1.4.7 (conntrack-tools): " + QByteArray::number(rows)
             + " flow entries have been shown.\n";
    file.write(chunk);
    file.close();
    QFile::remove(path);
    file.rename(path);
}

// The vendors' tables, laid out as tests/io/data/vendors' samples: ASA xlate
// (one entry in 7 wrapped, one in 50 a static NAT), FortiGate sessions (seven
// lines each, one in 10 a DNAT), SRX sessions (In and Out wings), Yamaha
// masquerade rows. Idle times, counters and ids differ on every row.
void generateVendor(const QString &path, const QString &vendor, int rows)
{
    QFile file(path + QStringLiteral(".part"));
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(file.fileName()));
    QByteArray chunk;
    char line[1024];
    const auto add = [&](int n) {
        chunk.append(line, n);
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.resize(0);
        }
    };
    const char *const protocols[3] = {"UDP", "TCP", "ICMP"};
    const char *const lower[3] = {"udp", "tcp", "icmp"};
    if (vendor == QLatin1String("asa-xlate")) {
        add(std::snprintf(line, sizeof line,
                          "asa-edge# show xlate\n%d in use, %d most used\n"
                          "Flags: D - DNS, e - extended, I - identity, i - dynamic, r - portmap,\n"
                          "       s - static, T - twice, N - net-to-net\n",
                          rows, rows));
        for (int i = 0; i < rows; ++i) {
            const char *const sep = i % 7 == 0 ? "\n    " : " ";
            if (i % 50 == 0)
                add(std::snprintf(line, sizeof line,
                                  "NAT from inside:10.1.%d.%d to outside:203.0.%d.%d%sflags s idle "
                                  "0:10:%02d timeout 0:00:00\n",
                                  (i >> 8) & 255, i & 255, (i >> 8) & 255, i & 255, sep, i % 60));
            else
                add(std::snprintf(line, sizeof line,
                                  "%s PAT from inside:10.2.%d.%d/%d to outside:203.0.113.1/%d%sflags ri "
                                  "idle %d:%02d:%02d timeout 0:00:30\n",
                                  protocols[i % 3], (i >> 8) & 255, i & 255, 1024 + i % 60000,
                                  1024 + (i * 7) % 64000, sep, i / 3600 % 100, i / 60 % 60, i % 60));
        }
    } else if (vendor == QLatin1String("fortigate-session")) {
        add(std::snprintf(line, sizeof line, "FGT60F # diagnose sys session list\n\n"));
        const int numbers[3] = {17, 6, 1};
        for (int i = 0; i < rows; ++i) {
            char src[32], dst[32] = "198.51.100.7:4500", mapped[32];
            std::snprintf(src, sizeof src, "10.2.%d.%d:%d", (i >> 8) & 255, i & 255, 1024 + i % 60000);
            std::snprintf(mapped, sizeof mapped, "203.0.113.1:%d", 1024 + (i * 7) % 64000);
            const bool dnat = i % 10 == 0;
            add(std::snprintf(
                line, sizeof line,
                "session info: proto=%d proto_state=0%d duration=%d expire=%d timeout=180 "
                "flags=00000000 socktype=0 sockport=0 av_idx=0 use=3\nstate=may_dirty\n"
                "statistic(bytes/packets/allow_err): org=%d/%d/1 reply=%d/%d/1 tuples=2\n"
                "hook=%s dir=org act=%s %s->%s(%s)\nhook=pre dir=reply act=dnat %s->%s(%s)\n"
                "misc=0 policy_id=%d auth_info=0 chk_client_info=0 vd=0\n\n",
                numbers[i % 3], i % 2, i % 5000, 180 - i % 180, i * 12 % 1000000, i, i * 11 % 1000000, i,
                dnat ? "pre" : "post", dnat ? "dnat" : "snat", dnat ? dst : src, dnat ? mapped : dst,
                dnat ? src : mapped, dst, mapped, src, i % 4));
        }
        add(std::snprintf(line, sizeof line, "total session %d\n", rows));
    } else if (vendor == QLatin1String("srx-flow-session")) {
        add(std::snprintf(line, sizeof line, "admin@srx-edge> show security flow session\n"));
        for (int i = 0; i < rows; ++i)
            add(std::snprintf(
                line, sizeof line,
                "Session ID: %d, Policy name: trust-to-untrust/%d, Timeout: %d, Valid\n"
                "  In: 10.2.%d.%d/%d --> 198.51.100.7/4500;%s, Conn Tag: 0x0, If: ge-0/0/1.0, "
                "Pkts: %d, Bytes: %d,\n"
                "  Out: 198.51.100.7/4500 --> 203.0.113.1/%d;%s, Conn Tag: 0x0, If: ge-0/0/0.0, "
                "Pkts: %d, Bytes: %d,\n\n",
                3000 + i, i % 3, 60 - i % 60, (i >> 8) & 255, i & 255, 1024 + i % 60000, lower[i % 3],
                i, i * 120 % 100000000, 1024 + (i * 7) % 64000, lower[i % 3], i / 2, i * 110 % 100000000));
        add(std::snprintf(line, sizeof line, "Total sessions: %d\n", rows));
    } else {
        add(std::snprintf(line, sizeof line,
                          "> show nat descriptor address\n"
                          "Reference NAT descriptor : 1000, Applied Interface : LAN2(1)\n"
                          "NAT/IP Masquerade type : 2\nOuter address : 203.0.113.1\n"
                          "Total sessions: %d / 65534\n"
                          "--------------------------------------------------------------------\n"
                          "Inner address:port      Outer port   Remaining(s)   Protocol\n",
                          rows));
        for (int i = 0; i < rows; ++i)
            add(std::snprintf(line, sizeof line, "192.168.%d.%d:%d          %d          %d          %s\n",
                              (i >> 8) & 255, i & 255, 1024 + i % 60000, 1024 + (i * 7) % 64000,
                              300 - i % 300, protocols[i % 3]));
    }
    file.write(chunk);
    file.close();
    QFile::remove(path);
    file.rename(path);
}

// The child: read and analyse once, print seconds, rows, and VmHWM before/after.
double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_utime.tv_sec + u.ru_utime.tv_usec / 1e6 + u.ru_stime.tv_sec + u.ru_stime.tv_usec / 1e6;
}

int child(const QString &path)
{
    const long before = vmHwmKb();
    const double cpu0 = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    ObservedTranslations data;
    QString error;
    if (!RouterDataRegistry::instance().readFile(path, QString(), &data, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double read = timer.nsecsElapsed() / 1e9;
    const ObservedTable table(std::move(data));
    const double total = timer.nsecsElapsed() / 1e9;
    const double cpu = cpuSeconds() - cpu0;
    std::printf("%.6f %.6f %d %ld %ld %d %d %.6f\n", read, total, table.rowCount(), before,
                vmHwmKb(), int(table.appliances().size()), int(table.collisions().size()), cpu);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    if (args.size() == 3 && args.at(1) == QLatin1String("--child"))
        return child(args.at(2));
    QTextStream out(stdout);
    int rows = 1000000;
    QString before;
    bool textfsm = true, conntrack = false;
    QString vendor;
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--before") && i + 1 < args.size())
            before = args.at(++i);
        else if (args.at(i) == QLatin1String("--no-textfsm"))
            textfsm = false;
        else if (args.at(i) == QLatin1String("--conntrack"))
            conntrack = true;
        else if (args.at(i) == QLatin1String("--vendor") && i + 1 < args.size())
            vendor = args.at(++i);
        else
            rows = args.at(i).toInt();
    }
    const QString dir = QDir::temp().filePath(QStringLiteral("meshnat-bench"));
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(
        QStringLiteral("%1-%2.txt")
            .arg(!vendor.isEmpty() ? vendor : QLatin1String(conntrack ? "conntrack" : "show-nat"))
            .arg(rows));
    static const QStringList vendors{QStringLiteral("asa-xlate"), QStringLiteral("fortigate-session"),
                                     QStringLiteral("srx-flow-session"), QStringLiteral("yamaha-nat")};
    if (!vendor.isEmpty() && !vendors.contains(vendor)) {
        out << "unknown --vendor " << vendor << "; one of " << vendors.join(QLatin1Char(' ')) << Qt::endl;
        return 2;
    }
    if (!vendor.isEmpty())
        textfsm = false;
    // Figures of a vendor's table are named import.<vendor>.*.
    const QByteArray prefix = vendor.isEmpty() ? QByteArray("import.") : "import." + vendor.toLatin1() + '.';
    if (!QFileInfo::exists(path)) {
        out << "generating " << path << Qt::endl;
        if (!vendor.isEmpty())
            generateVendor(path, vendor, rows);
        else if (conntrack)
            generateConntrack(path, rows);
        else
            generateShowNat(path, rows);
    }
    const qint64 bytes = QFileInfo(path).size();
    // Results of child processes, one file per benchmark process: two runs at
    // once (the input files are shared) must not read each other's figures.
    const QString childOut = dir + QStringLiteral("/child-%1.out").arg(QCoreApplication::applicationPid());
    const QString fsmOut = dir + QStringLiteral("/textfsm-%1.out").arg(QCoreApplication::applicationPid());
    const auto removeOutputs = qScopeGuard([&] {
        QFile::remove(childOut);
        QFile::remove(fsmOut);
    });
    const QString self = QCoreApplication::applicationFilePath();
    const QString cli = QStringLiteral(MESHNAT_CLI);
    const char *kind = conntrack ? "conntrack -L" : "show ip nat translations";
    out << QStringLiteral("bench_import: %1 rows, %2 MB of %3 (%4)")
               .arg(rows)
               .arg(bytes / 1048576.0, 0, 'f', 1)
               .arg(vendor.isEmpty() ? QString::fromLatin1(kind) : vendor, path)
        << Qt::endl;

    // Times are CPU seconds (user + system) of each process, best of a few
    // runs: on a shared, loaded machine wall time measures the neighbours.
    // Wall times are printed beside them.
    const Run wc = best({QStringLiteral("/usr/bin/wc"), QStringLiteral("-l"), path}, 5);
    const double floor = qMax(wc.cpu, 0.001);
    out << QStringLiteral("  wc -l:                      cpu %1 s (wall %2 s)")
               .arg(wc.cpu, 0, 'f', 3)
               .arg(wc.seconds, 0, 'f', 3)
        << Qt::endl;
    bench::report((prefix + "wc_l").constData(), wc.cpu * 1000, "ms");

    // The reader and the analysis, in a child process of its own (clean peak RSS).
    double cpu = 1e9, wall = 0;
    long rssBefore = 0, rssAfter = 0;
    int gotRows = 0, flows = 0, collisions = 0;
    for (int i = 0; i < 3; ++i) {
        measure({self, QStringLiteral("--child"), path}, childOut);
        QFile f(childOut);
        if (!f.open(QIODevice::ReadOnly))
            return 1;
        const QList<QByteArray> v = f.readAll().trimmed().split(' ');
        if (v.size() < 8)
            return 1;
        if (v.at(7).toDouble() < cpu) {
            cpu = v.at(7).toDouble();
            wall = v.at(1).toDouble();
        }
        gotRows = v.at(2).toInt();
        rssBefore = v.at(3).toLong();
        rssAfter = v.at(4).toLong();
        flows = v.at(5).toInt();
        collisions = v.at(6).toInt();
    }
    const double perRowTable = (rssAfter - rssBefore) * 1024.0 / qMax(1, gotRows);
    const double perRowProcess = rssAfter * 1024.0 / qMax(1, gotRows);
    out << QStringLiteral("  reader + analysis:          cpu %1 s (wall %2 s) = %3x wc -l; "
                          "%4 NAT-T flows, %5 collisions")
               .arg(cpu, 0, 'f', 3)
               .arg(wall, 0, 'f', 3)
               .arg(cpu / floor, 0, 'f', 1)
               .arg(flows)
               .arg(collisions)
        << Qt::endl;
    out << QStringLiteral("    peak RSS %1 MB = %2 B/row (the table alone %3 B/row)")
               .arg(rssAfter / 1024.0, 0, 'f', 1)
               .arg(perRowProcess, 0, 'f', 0)
               .arg(perRowTable, 0, 'f', 0)
        << Qt::endl;
    bench::report((prefix + "parse_analyse").constData(), cpu * 1000, "ms", "<=8x", "wc -l", wc.cpu * 1000);
    bench::report((prefix + "parse_analyse_bytes_per_row").constData(), perRowProcess, "B/row", "<=100");
    if (gotRows != rows)
        out << "  ERROR: " << gotRows << " rows read, " << rows << " expected" << Qt::endl;

    // The command line, as a user runs it (stdout to /dev/null).
    struct Cli
    {
        QString name;
        QString program;
    };
    QList<Cli> clis{{QStringLiteral("new"), cli}};
    if (!before.isEmpty())
        clis.append({QStringLiteral("old"), before});
    Run newJson;
    for (const Cli &c : clis) {
        const bool isNew = c.name == QLatin1String("new");
        for (const bool json : {false, true}) {
            QStringList command{c.program, QStringLiteral("parse-translations"), path};
            if (json)
                command.append(QStringLiteral("--json"));
            const Run r = best(command, isNew ? 3 : 1);
            out << QStringLiteral("  %1 meshnat-cli parse-translations%2 cpu %3 s (wall %4 s) = %5x wc -l; "
                                  "peak %6 MB = %7 B/row; exit %8")
                       .arg(c.name, json ? QStringLiteral(" --json:") : QStringLiteral(":       "))
                       .arg(r.cpu, 0, 'f', 3)
                       .arg(r.seconds, 0, 'f', 3)
                       .arg(r.cpu / floor, 0, 'f', 1)
                       .arg(r.peakKb / 1024.0, 0, 'f', 1)
                       .arg(r.peakKb * 1024.0 / rows, 0, 'f', 0)
                       .arg(r.exitCode)
                << Qt::endl;
            const QByteArray figure = prefix + c.name.toLatin1() + "_cli" + (json ? "_json" : "_text");
            bench::report(figure.constData(), r.cpu * 1000, "ms", isNew && json ? "<=25x" : "", "wc -l",
                          wc.cpu * 1000);
            bench::report((figure + "_bytes_per_row").constData(), r.peakKb * 1024.0 / rows, "B/row",
                          isNew ? "<=100" : "");
            if (isNew && json)
                newJson = r;
        }
    }

    if (textfsm && !conntrack) {
        const QString script = QStringLiteral(MESHNAT_SOURCE_DIR "/tests/bench/textfsm/parse.py");
        const QString tpl = QStringLiteral(MESHNAT_SOURCE_DIR
                                           "/tests/bench/textfsm/cisco_show_ip_nat_translations.textfsm");
        const Run fsm = measure({QStringLiteral("/usr/bin/python3"), script, tpl, path},
                                fsmOut);
        QFile f(fsmOut);
        const int fsmRows = f.open(QIODevice::ReadOnly) ? f.readAll().trimmed().toInt() : -1;
        if (fsm.exitCode != 0 || fsmRows != rows) {
            out << "  TextFSM: did not run (python3-textfsm installed?) exit " << fsm.exitCode
                << ", rows " << fsmRows << Qt::endl;
        } else {
            out << QStringLiteral("  TextFSM:                    cpu %1 s (wall %2 s), peak %3 MB; "
                                  "the reader + analysis is %4x faster, meshnat-cli --json %5x")
                       .arg(fsm.cpu, 0, 'f', 2)
                       .arg(fsm.seconds, 0, 'f', 2)
                       .arg(fsm.peakKb / 1024.0, 0, 'f', 0)
                       .arg(fsm.cpu / cpu, 0, 'f', 0)
                       .arg(fsm.cpu / newJson.cpu, 0, 'f', 0)
                << Qt::endl;
            bench::report("import.textfsm", fsm.cpu * 1000, "ms");
            // ">=100x": at least 100 times less time than TextFSM on the same
            // file (#15), parser against parser: the reader and the analysis.
            // --json's own target is against wc -l (above); its ratios to
            // TextFSM are printed without one (TextFSM alone writes nothing).
            bench::report("import.parse_analyse vs TextFSM", cpu * 1000, "ms", ">=100x", "TextFSM",
                          fsm.cpu * 1000);
            bench::report("import.cli_json vs TextFSM", newJson.cpu * 1000, "ms", "", "TextFSM",
                          fsm.cpu * 1000);
        }
        // Like for like: TextFSM's rows written as JSON too (json.dump).
        const Run fsmJson = measure({QStringLiteral("/usr/bin/python3"), script, tpl, path,
                                     QStringLiteral("--json"), QStringLiteral("/dev/null")},
                                    fsmOut);
        if (fsmJson.exitCode == 0 && fsm.exitCode == 0 && fsmRows == rows) {
            out << QStringLiteral("  TextFSM + json.dump:        cpu %1 s (wall %2 s), peak %3 MB; "
                                  "meshnat-cli --json is %4x faster")
                       .arg(fsmJson.cpu, 0, 'f', 2)
                       .arg(fsmJson.seconds, 0, 'f', 2)
                       .arg(fsmJson.peakKb / 1024.0, 0, 'f', 0)
                       .arg(fsmJson.cpu / newJson.cpu, 0, 'f', 0)
                << Qt::endl;
            bench::report("import.textfsm_json", fsmJson.cpu * 1000, "ms");
            bench::report("import.cli_json vs TextFSM + json.dump", newJson.cpu * 1000, "ms", "",
                          "TextFSM + json.dump", fsmJson.cpu * 1000);
        }
    }
    return gotRows == rows ? 0 : 1;
}
