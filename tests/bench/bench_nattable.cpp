// Prints figures for the NAT translation table at 1,000,000 rows (issues #5,
// #15) as a user meets them in the real widgets: NatTableView over a simulated
// table and ObservedTableView over an imported (observed) table. Per keystroke
// typed into the filter field: the time until the first screenful of matching
// rows is in the view's model, until the final match count is known, and
// until the viewport is repainted; sorting by a column through the header;
// scrolling top to bottom (thumb drag, every frame painted offscreen); build
// time and memory per row. Each figure also as a bench::report line.
// Run: QT_QPA_PLATFORM=offscreen build/tests/bench/bench_nattable [ROWS]
// MESHNAT_SHOTS=dir saves the two views while a filter is typed
// (MESHNAT_SHOT_LANG=ja for Japanese). The previous build's bench_nattable
// (MESHNAT_BENCH_BEFORE, default /tmp/before/bench_nattable when present; set
// it empty to skip) runs first, in the same run, as the baseline of the
// simulated table's figures.

#include "BenchReport.h"
#include "LanguageManager.h"
#include "NatTableModel.h"
#include "NatTableView.h"
#include "ObservedTable.h"
#include "ObservedTableModel.h"
#include "ObservedTableView.h"
#include "Project.h"
#include "ReplayCursor.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <functional>
#include <memory>

#include <time.h>

namespace {
double cpuMs()
{
    timespec t;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

void shot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("MESHNAT_SHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    const QString lang = qEnvironmentVariable("MESHNAT_SHOT_LANG", QStringLiteral("en"));
    QApplication::processEvents();
    widget->grab().save(QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(name, lang)));
}

double rssMb()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = f.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toDouble() * 4096.0 / (1024.0 * 1024.0) : 0;
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// A translation table as a busy carrier-grade PAT box would hold it: 16 global
// addresses, every port 1024-65535, 8 owners, a few hundred outside hosts.
std::shared_ptr<SimulationResult> synthetic(int rows, const QList<ObjectId> &owners)
{
    auto r = std::make_shared<SimulationResult>();
    r->devices.append({NoId, QStringLiteral("bench-router"), QStringLiteral("cisco-ios")});
    r->translations.reserve(size_t(rows));
    r->events.reserve(size_t(rows) + 2);
    for (int i = 0; i < rows; ++i) {
        Translation t;
        t.id = quint32(i + 1);
        t.device = 0;
        t.protocol = i % 10 == 0 ? Protocol::Tcp : Protocol::Udp;
        t.insideLocal = {0x0a000000u + quint32(i / 60), quint16(1024 + i % 60000)};
        t.insideGlobal = {0xc0000200u + quint32(i / 64512), quint16(1024 + i % 64512)};
        t.outside = {0xcb007100u + quint32(i % 251), quint16(i % 3 ? 53 : 443)};
        t.owner = owners.isEmpty() ? NoId : owners[i % owners.size()];
        t.created = i * 0.001;
        if (i % 997 == 5) { // some collisions to mark
            t.requestedPort = 4500;
            t.heldBy = 1;
        }
        r->translations.push_back(t);
        SimEvent e;
        e.type = SimEvent::TranslationCreated;
        e.time = t.created;
        e.value = t.created + 300;
        e.device = 0;
        e.translation = t.id;
        r->events.push_back(e);
    }
    // Two refreshes at the end, for the one-step patch.
    for (quint32 id : {quint32(rows / 2), quint32(rows / 3)}) {
        SimEvent e;
        e.type = SimEvent::NatTranslated;
        e.time = rows * 0.001 + 1;
        e.value = e.time + 300;
        e.device = 0;
        e.translation = id;
        r->events.push_back(e);
    }
    r->duration = rows * 0.001 + 2;
    return r;
}

// The same shape as an imported `show ip nat translations`: mostly UDP/TCP PAT
// rows, a few NAT-T (4500) flows of two appliances, one of them moved.
ObservedTable observed(int rows)
{
    ObservedTranslations t;
    t.rows.reserve(rows);
    const auto address = [](quint32 ip, quint16 port) {
        ObservedAddress a;
        a.ip = ip;
        a.port = port;
        a.kind = ObservedAddress::Address;
        a.hasPort = true;
        return a;
    };
    for (int i = 0; i < rows; ++i) {
        ObservedRow r;
        r.line = i + 2;
        r.protocol = i % 10 == 0 ? ObservedProtocol::Tcp : ObservedProtocol::Udp;
        const bool natT = i % 50000 == 7;
        const quint16 local = natT ? 4500 : quint16(1024 + i % 60000);
        const quint16 global = natT ? quint16(i % 100000 == 7 ? 4500 : 1024 + i % 60000)
                                    : quint16(1024 + i % 64512);
        r.address[ObservedRow::InsideGlobal] = address(0xc0000200u + quint32(natT ? 0 : i / 64512), global);
        r.address[ObservedRow::InsideLocal] = address(0x0a000000u + quint32(i / 60), local);
        r.address[ObservedRow::OutsideLocal] = address(0xcb007100u + quint32(i % 251), quint16(i % 3 ? 53 : 443));
        r.address[ObservedRow::OutsideGlobal] = r.address[ObservedRow::OutsideLocal];
        t.rows.append(r);
    }
    t.lines = rows + 1;
    t.headers = 1;
    return ObservedTable(std::move(t));
}

// The previous build's figures: its filter (one call, no typing; the view
// waited 200 ms after the last keystroke on top), scroll and worst sort.
struct Before
{
    double filter = 0, scroll = 0, sort = 0, build = 0;
    bool ran = false;
};

Before runBefore(QTextStream &out, int rows)
{
    Before b;
    const QString exe = qEnvironmentVariable("MESHNAT_BENCH_BEFORE", QStringLiteral("/tmp/before/bench_nattable"));
    if (exe.isEmpty() || !QFile::exists(exe))
        return b;
    QProcess process;
    process.start(exe, {QString::number(rows)});
    if (!process.waitForFinished(600000) || process.exitCode() != 0)
        return b;
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    const auto all = [&](const QString &pattern) {
        QList<double> values;
        auto it = QRegularExpression(pattern).globalMatch(text);
        while (it.hasNext())
            values << it.next().captured(1).toDouble();
        return values;
    };
    for (double v : all(QStringLiteral("text filter [^\\n]*?: (\\d+) ms")))
        b.filter = std::max(b.filter, v);
    for (double v : all(QStringLiteral("sort by [^\\n]*?: (\\d+) ms")))
        b.sort = std::max(b.sort, v);
    for (double v : all(QStringLiteral("\\(([\\d.]+) ms/frame\\)")))
        b.scroll = v;
    for (double v : all(QStringLiteral("model build: (\\d+) ms")))
        b.build = v;
    b.ran = b.scroll > 0;
    out << "previous build (" << exe << ", same run): filter " << b.filter << " ms (+200 ms typing pause), scroll "
        << b.scroll << " ms/frame, worst sort " << b.sort << " ms, model build " << b.build << " ms\n";
    return b;
}

struct Keystrokes
{
    double worstFirst = 0, worstFull = 0, worstPainted = 0, sumFull = 0, worstBlock = 0;
    double worstFirstCpu = 0, worstFullCpu = 0, sumFullCpu = 0, worstBlockCpu = 0;
    int count = 0;
};

// Types text into the filter one character at a time (then erases it again
// when erase is set) and times each keystroke as the user sees it: until the
// first screen of matches is in the model and painted (or all matches, when
// fewer), until the final count is known (busy() false: a big table filters
// in slices between events), and until the viewport is repainted; and the
// longest time the GUI thread was held at once (the keystroke itself, or one
// event-loop pass with a slice). Each also as CPU time of the GUI thread: on a
// loaded machine (load 10+ on 2 cores) wall time is mostly waiting for a core.
void type(QTextStream &out, QLineEdit *edit, QTableView *table, const std::function<bool()> &busy,
          const QString &text, bool erase, Keystrokes *k)
{
    const QAbstractItemModel *model = table->model();
    const int screen = table->viewport()->height() / std::max(1, table->verticalHeader()->defaultSectionSize());
    QStringList steps;
    for (int i = 1; i <= text.size(); ++i)
        steps << text.left(i);
    if (erase) {
        for (int i = text.size() - 1; i >= 0; --i)
            steps << text.left(i);
    }
    out << "  typing \"" << text << "\"" << (erase ? " and erasing it" : "") << ":";
    for (const QString &step : steps) {
        QElapsedTimer t;
        const double cpu = cpuMs();
        t.start();
        edit->setText(step);
        double block = ms(t);
        double blockCpu = cpuMs() - cpu;
        double first = -1, firstCpu = -1;
        QElapsedTimer slice;
        QEventLoop loop;
        while (true) {
            if (first < 0 && (model->rowCount() >= screen || !busy())) {
                table->viewport()->repaint(); // the first screen as the user sees it
                first = ms(t);
                firstCpu = cpuMs() - cpu;
            }
            if (!busy())
                break;
            slice.start();
            const double sliceCpu = cpuMs();
            const bool handled = loop.processEvents(QEventLoop::AllEvents);
            block = std::max(block, ms(slice));
            blockCpu = std::max(blockCpu, cpuMs() - sliceCpu);
            // Nothing to do: the pass is on a worker thread. Not spinning
            // beside it (on two loaded cores that takes its core).
            if (!handled)
                QThread::usleep(200);
        }
        const double full = ms(t);
        const double fullCpu = cpuMs() - cpu;
        const int matches = model->rowCount();
        table->viewport()->repaint();
        const double painted = ms(t);
        k->worstFirst = std::max(k->worstFirst, first);
        k->worstFull = std::max(k->worstFull, full);
        k->worstPainted = std::max(k->worstPainted, painted);
        k->worstBlock = std::max(k->worstBlock, block);
        k->worstFirstCpu = std::max(k->worstFirstCpu, firstCpu);
        k->worstFullCpu = std::max(k->worstFullCpu, fullCpu);
        k->worstBlockCpu = std::max(k->worstBlockCpu, blockCpu);
        k->sumFull += full;
        k->sumFullCpu += fullCpu;
        ++k->count;
        out << " " << qRound(first) << "/" << qRound(full) << "/" << qRound(painted) << "ms(" << matches << ")";
    }
    out << "\n";
}

void summary(QTextStream &out, const Keystrokes &k)
{
    out << "  filter keystrokes: " << k.count << "; wall: worst first screen " << qRound(k.worstFirst)
        << " ms, worst full count " << qRound(k.worstFull) << " ms (mean " << qRound(k.sumFull / k.count)
        << "), worst painted " << qRound(k.worstPainted) << " ms, longest GUI block " << qRound(k.worstBlock)
        << " ms; CPU of the GUI thread: worst first screen " << qRound(k.worstFirstCpu) << " ms, worst full count "
        << qRound(k.worstFullCpu) << " ms (mean " << qRound(k.sumFullCpu / k.count) << "), longest block "
        << qRound(k.worstBlockCpu) << " ms\n";
}

void report(const char *table, const Keystrokes &k)
{
    const auto figure = [table](const char *what) {
        static QByteArray name;
        name = QByteArray(table) + ": filter keystroke, " + what;
        return name.constData();
    };
    bench::report(figure("first screen (worst)"), k.worstFirst, "ms", "<=50");
    bench::report(figure("full count (worst)"), k.worstFull, "ms", "<=150");
    bench::report(figure("longest GUI block (worst)"), k.worstBlock, "ms", "<=50");
    bench::report(figure("first screen, CPU (worst)"), k.worstFirstCpu, "ms", "<=50");
    bench::report(figure("full count, CPU (worst)"), k.worstFullCpu, "ms", "<=150");
    bench::report(figure("full count, CPU (mean)"), k.sumFullCpu / std::max(1, k.count), "ms");
    bench::report(figure("longest GUI block, CPU (worst)"), k.worstBlockCpu, "ms", "<=50");
}

void sortFigures(QTextStream &out, QTableView *table, const QList<int> &columns,
                 const QStringList &names, double *worst, double *worstCpu)
{
    for (int i = 0; i < columns.size(); ++i) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            QElapsedTimer t;
            const double cpu = cpuMs();
            t.start();
            table->sortByColumn(columns[i], order);
            table->viewport()->repaint();
            const double v = ms(t);
            const double c = cpuMs() - cpu;
            *worst = std::max(*worst, v);
            *worstCpu = std::max(*worstCpu, c);
            out << "  sort by " << names[i] << (order == Qt::AscendingOrder ? " asc: " : " desc: ")
                << qRound(v) << " ms (CPU " << qRound(c) << " ms)\n";
        }
    }
}

double scrollFigures(QTextStream &out, QTableView *table, int rows, double *cpuPerFrame = nullptr)
{
    QScrollBar *bar = table->verticalScrollBar();
    // Dragging the scrollbar thumb from top to bottom, each frame painted.
    const int frames = 1000;
    QElapsedTimer t;
    const double cpu = cpuMs();
    t.start();
    for (int f = 1; f <= frames; ++f) {
        bar->setValue(int(qint64(bar->maximum()) * f / frames));
        table->viewport()->repaint();
    }
    const double dragMs = ms(t);
    out << "  scroll top to bottom (thumb drag, " << frames << " painted frames): " << qRound(dragMs)
        << " ms (" << QString::number(dragMs / frames, 'f', 2) << " ms/frame; CPU "
        << QString::number((cpuMs() - cpu) / frames, 'f', 2) << " ms/frame)\n";
    if (cpuPerFrame)
        *cpuPerFrame = (cpuMs() - cpu) / frames;
    bar->setValue(0);
    const int sample = 300;
    t.start();
    for (int p = 0; p < sample && bar->value() < bar->maximum(); ++p) {
        bar->setValue(bar->value() + bar->pageStep());
        table->viewport()->repaint();
    }
    const double perPage = ms(t) / sample;
    const int pages = (rows + bar->pageStep() - 1) / std::max(1, bar->pageStep());
    out << "  page down: " << QString::number(perPage, 'f', 2) << " ms/page painted; all " << pages
        << " pages ≈ " << QString::number(perPage * pages / 1000, 'f', 1) << " s\n";
    bar->setValue(0);
    return dragMs / frames;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    LanguageManager language;
    language.setLanguage(qEnvironmentVariable("MESHNAT_SHOT_LANG") == QLatin1String("ja") ? QStringLiteral("ja")
                                                                                         : QStringLiteral("en"),
                         false);
    QTextStream out(stdout);
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;

    const Before before = runBefore(out, rows);
    const char *baseline = before.ran ? "previous build" : "";

    Project project;
    const ObjectId site = project.create(ObjectKind::Site, NoId, {{Field::name, QStringLiteral("DC")}});
    const ObjectId device = project.create(ObjectKind::Device, site, {{Field::name, QStringLiteral("edge")}});
    QList<ObjectId> owners;
    for (int i = 0; i < 8; ++i) {
        const ObjectId id = project.create(ObjectKind::Background, device,
                                           {{Field::name, QStringLiteral("Office %1").arg(i)}});
        if (id)
            owners.append(id);
    }

    QElapsedTimer t;
    t.start();
    const auto result = synthetic(rows, owners);
    ReplayCursor cursor(result, 1 << 22); // one checkpoint: this measures the table, not the cursor
    cursor.seek(rows - 1);                 // every translation live, the refreshes not yet applied
    out << "rows: " << rows << "  (synthetic log and cursor: " << qRound(ms(t)) << " ms)\n";

    // ---- The simulated table (NatTableView) ----
    out << "NAT table (simulated, NatTableView):\n";
    NatTableView view;
    view.resize(1280, 800);
    NatTableModel &model = *view.tableModel();
    const double rssBefore = rssMb();
    t.start();
    view.showResult(&project, result, std::shared_ptr<const ReplayCursor>(result, &cursor)); // aliased
    const double buildMs = ms(t);
    const double bytesPerRow = (rssMb() - rssBefore) * 1024 * 1024 / rows;
    out << "  build (search index, device rows, sort): " << qRound(buildMs) << " ms; RSS "
        << QString::number(bytesPerRow, 'f', 1) << " bytes/row (" << model.rowCount() << " rows)\n";
    t.start();
    view.show();
    QApplication::processEvents();
    out << "  first show: " << qRound(ms(t)) << " ms\n";

    double worstSort = 0, worstSortCpu = 0;
    sortFigures(out, view.table(),
                {NatTableModel::InsideGlobalColumn, NatTableModel::OwnerColumn,
                 NatTableModel::ExpiresColumn, NatTableModel::InsideLocalColumn},
                {QStringLiteral("Inside global"), QStringLiteral("Owner"), QStringLiteral("Expires in"),
                 QStringLiteral("Inside local")},
                &worstSort, &worstSortCpu);
    view.table()->sortByColumn(NatTableModel::InsideGlobalColumn, Qt::AscendingOrder);

    out << "  per keystroke: first screen/full count/painted ms(matches)\n";
    Keystrokes nat;
    const auto natBusy = [&model] { return model.isFiltering(); };
    type(out, view.filterEdit(), view.table(), natBusy, QStringLiteral("192.0.2.7:40"), true, &nat);
    type(out, view.filterEdit(), view.table(), natBusy, QStringLiteral("office 3"), true, &nat);
    type(out, view.filterEdit(), view.table(), natBusy, QStringLiteral("10.0.3"), true, &nat);
    summary(out, nat);
    // While the count is still "so far" (the slices made minimal to catch it), then the final one.
    model.setSliceTimes(0, 0);
    view.filterEdit()->setText(QStringLiteral("192.0.2.1:4"));
    shot(&view, QStringLiteral("nattable-filter-1M-sofar"));
    model.finishFiltering();
    model.setSliceTimes(45, 25);
    shot(&view, QStringLiteral("nattable-filter-1M"));
    view.filterEdit()->clear();
    t.start();
    model.setProtocolFilter(int(Protocol::Tcp));
    model.finishFiltering();
    out << "  protocol filter tcp: " << qRound(ms(t)) << " ms, " << model.rowCount() << " rows\n";
    model.setProtocolFilter(-1);

    model.sort(NatTableModel::LastUsedColumn, Qt::DescendingOrder);
    cursor.stepForward();
    t.start();
    model.refresh();
    out << "  one replay step, model patch (a refreshed row moves; sorted by last use): "
        << QString::number(ms(t), 'f', 2) << " ms\n";
    cursor.stepBack();
    model.refresh();
    view.table()->sortByColumn(NatTableModel::InsideGlobalColumn, Qt::AscendingOrder);
    double natScrollCpu = 0;
    const double natScroll = scrollFigures(out, view.table(), rows, &natScrollCpu);
    // The same scroll with Qt's default delegate (as before this change), same run.
    {
        QAbstractItemDelegate *lean = view.table()->itemDelegate();
        QStyledItemDelegate styled;
        view.table()->setItemDelegate(&styled);
        out << "  with QStyledItemDelegate (the previous painting):\n";
        scrollFigures(out, view.table(), rows);
        view.table()->setItemDelegate(lean);
    }

    bench::report("nattable: build 1M rows", buildMs, "ms", "", baseline, before.build);
    bench::report("nattable: memory", bytesPerRow, "B/row");
    report("nattable", nat);
    bench::report("nattable: scroll", natScroll, "ms/frame", "<=8", baseline, before.scroll);
    bench::report("nattable: scroll, CPU", natScrollCpu, "ms/frame", "<=8");
    bench::report("nattable: sort (worst column)", worstSort, "ms", "<=300", baseline, before.sort);
    bench::report("nattable: sort (worst column), CPU", worstSortCpu, "ms", "<=300");
    view.hide();

    // ---- The observed (imported) table (ObservedTableView) ----
    out << "Observed table (imported, ObservedTableView):\n";
    t.start();
    const ObservedTable table = observed(rows);
    out << "  synthetic rows and analysis: " << qRound(ms(t)) << " ms\n";
    ObservedTableView observedView(&project);
    observedView.resize(1280, 800);
    const double beforeObserved = rssMb();
    t.start();
    observedView.showPreview(table);
    const double showMs = ms(t);
    out << "  set table (rows, column widths): " << qRound(showMs) << " ms\n";
    observedView.show();
    // The search copy is built between events once the table is shown.
    t.start();
    const double buildCpu = cpuMs();
    double longestBuildSlice = 0;
    while (!observedView.model()->searchReady()) {
        QElapsedTimer slice;
        slice.start();
        QApplication::processEvents();
        longestBuildSlice = std::max(longestBuildSlice, ms(slice));
    }
    const double indexMs = ms(t);
    const double indexCpu = cpuMs() - buildCpu;
    const double observedBytes = (rssMb() - beforeObserved) * 1024 * 1024 / rows;
    out << "  search copy, built between events once shown: " << qRound(indexMs) << " ms (CPU "
        << qRound(indexCpu) << " ms, longest event-loop pass " << qRound(longestBuildSlice) << " ms), "
        << observedView.model()->searchBytes() / std::max(1, rows) << " bytes/row; view RSS "
        << QString::number(observedBytes, 'f', 1) << " bytes/row\n";
    // A keystroke right after a table is shown (a second view of the same
    // rows): the copy is still being built, and the filter builds what it needs.
    Keystrokes early;
    {
        ObservedTableView fresh(&project);
        fresh.resize(1280, 800);
        fresh.showPreview(table);
        fresh.show();
        QApplication::processEvents();
        const auto freshBusy = [&fresh] { return fresh.model()->isFiltering(); };
        out << "  first keystrokes right after showing (search copy not built yet):\n";
        type(out, fresh.filterEdit(), fresh.table(), freshBusy, QStringLiteral("10.0.3"), false, &early);
        summary(out, early);
    }
    const auto observedBusy = [&observedView] { return observedView.model()->isFiltering(); };
    double worstObservedSort = 0, worstObservedSortCpu = 0;
    sortFigures(out, observedView.table(),
                {ObservedTableModel::InsideGlobalColumn, ObservedTableModel::InsideLocalColumn,
                 ObservedTableModel::FindingColumn},
                {QStringLiteral("Inside global"), QStringLiteral("Inside local"), QStringLiteral("Finding")},
                &worstObservedSort, &worstObservedSortCpu);
    observedView.table()->sortByColumn(ObservedTableModel::InsideGlobalColumn, Qt::AscendingOrder);
    out << "  per keystroke: first screen/full count/painted ms(matches)\n";
    Keystrokes obs;
    type(out, observedView.filterEdit(), observedView.table(), observedBusy, QStringLiteral("192.0.2.7:40"), true, &obs);
    type(out, observedView.filterEdit(), observedView.table(), observedBusy, QStringLiteral("10.0.3"), true, &obs);
    type(out, observedView.filterEdit(), observedView.table(), observedBusy, QStringLiteral(":4500"), true, &obs);
    summary(out, obs);
    observedView.model()->setSliceTimes(0, 0);
    observedView.filterEdit()->setText(QStringLiteral("10.0.1"));
    shot(&observedView, QStringLiteral("observed-filter-1M-sofar"));
    observedView.model()->finishFiltering();
    observedView.model()->setSliceTimes(45, 25);
    shot(&observedView, QStringLiteral("observed-filter-1M"));
    observedView.filterEdit()->clear();
    double observedScrollCpu = 0;
    const double observedScroll = scrollFigures(out, observedView.table(), rows, &observedScrollCpu);
    bench::report("observed table: set 1M rows", showMs, "ms");
    report("observed table right after showing", early);
    bench::report("observed table: search copy built between events", indexMs, "ms");
    bench::report("observed table: search copy built between events, CPU", indexCpu, "ms");
    bench::report("observed table: search copy, longest event-loop pass", longestBuildSlice, "ms", "<=50");
    bench::report("observed table: memory of the view", observedBytes, "B/row");
    report("observed table", obs);
    bench::report("observed table: scroll", observedScroll, "ms/frame", "<=8");
    bench::report("observed table: scroll, CPU", observedScrollCpu, "ms/frame", "<=8");
    bench::report("observed table: sort (worst column)", worstObservedSort, "ms", "<=300");
    bench::report("observed table: sort (worst column), CPU", worstObservedSortCpu, "ms", "<=300");
    out << "peak RSS now: " << qRound(rssMb()) << " MB\n";
    return 0;
}
