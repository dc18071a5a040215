// Import benchmark (prints figures; not run by ctest): reads a generated
// 1,000,000-row `show ip nat translations` output from a file, as an engineer's
// capture of a busy router would be, and reports MB/s, rows/s and peak memory.
//   build/tests/bench/bench_import [ROWS]
#include "ObservedTable.h"
#include "ShowNatTranslationsReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

namespace {
long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').first().toLong();
        }
    }
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("show-nat.txt"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        QByteArray chunk;
        chunk += "Router#show ip nat translations\n"
                 "Pro  Inside global         Inside local          Outside local         Outside global\n";
        for (int i = 0; i < rows; ++i) {
            const int host = i % 250 + 2;
            const int net = (i / 250) % 200;
            const int port = 1024 + i % 64000;
            const bool tunnel = i % 1000 == 0;
            chunk += QStringLiteral("%1  19.155.%2.72:%3     192.19.%4.%5:%6    34.%7.10.%8:%9     34.%7.10.%8:%9\n")
                         .arg(i % 3 == 0 ? QStringLiteral("tcp") : QStringLiteral("udp"))
                         .arg(80 + i % 4)
                         .arg(tunnel ? 4500 : port)
                         .arg(net)
                         .arg(host)
                         .arg(tunnel ? 4500 : port)
                         .arg(i % 200)
                         .arg(i % 250)
                         .arg(tunnel ? 4500 : 443)
                         .toLatin1();
            if (i % 50000 == 49999) // a repeated header, as a paged capture has
                chunk += "Pro  Inside global         Inside local          Outside local         Outside global\n";
            if (chunk.size() > (1 << 20)) {
                file.write(chunk);
                chunk.clear();
            }
        }
        chunk += "Total number of translations: " + QByteArray::number(rows);
        file.write(chunk);
    }
    const qint64 bytes = QFileInfo(path).size();
    const long rssBefore = peakRssKb();

    QElapsedTimer timer;
    timer.start();
    ObservedTranslations data;
    QString error;
    if (!ShowNatTranslationsReader::readFile(path, &data, &error)) {
        out << error << Qt::endl;
        return 1;
    }
    const double readSeconds = timer.nsecsElapsed() / 1e9;
    timer.restart();
    const ObservedTable table(std::move(data));
    const double analyseSeconds = timer.nsecsElapsed() / 1e9;
    const long rssAfter = peakRssKb();

    const double mb = bytes / (1024.0 * 1024.0);
    out << QStringLiteral("bench_import: %1 rows, %2 MB of show ip nat translations")
               .arg(table.rowCount())
               .arg(mb, 0, 'f', 1)
        << Qt::endl;
    out << QStringLiteral("  read:     %1 s  %2 MB/s  %3 rows/s")
               .arg(readSeconds, 0, 'f', 3)
               .arg(mb / readSeconds, 0, 'f', 1)
               .arg(qint64(table.rowCount() / readSeconds))
        << Qt::endl;
    out << QStringLiteral("  analyse:  %1 s  (%2 NAT-T flows, %3 collisions)")
               .arg(analyseSeconds, 0, 'f', 3)
               .arg(table.appliances().size())
               .arg(table.collisions().size())
        << Qt::endl;
    out << QStringLiteral("  issues:   %1  total trailer: %2")
               .arg(table.translations().issues.size())
               .arg(table.translations().total)
        << Qt::endl;
    out << QStringLiteral("  peak RSS: %1 MB (%2 MB before reading; %3 bytes per row)")
               .arg(rssAfter / 1024.0, 0, 'f', 1)
               .arg(rssBefore / 1024.0, 0, 'f', 1)
               .arg(table.rowCount() ? (rssAfter - rssBefore) * 1024.0 / table.rowCount() : 0.0, 0, 'f', 0)
        << Qt::endl;
    return table.rowCount() == rows ? 0 : 1;
}
