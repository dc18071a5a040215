// Prints figures for the NAT translation table at 1,000,000 rows (issue #5):
// model build time, memory per row, sort and filter times, a one-step replay
// patch, and the time to scroll a QTableView over it from top to bottom
// (offscreen). Run: QT_QPA_PLATFORM=offscreen build/tests/bench/bench_nattable [ROWS]

#include "NatTableModel.h"
#include "Project.h"
#include "ReplayCursor.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTextStream>

#include <memory>

namespace {
double rssMb()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = f.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toDouble() * 4096.0 / (1024.0 * 1024.0) : 0;
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

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;

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

    const double before = rssMb();
    NatTableModel model;
    t.start();
    model.setSource(&project, result,
                    std::shared_ptr<const ReplayCursor>(result, &cursor)); // aliased: outlives model
    const double indexMs = ms(t);
    t.start();
    model.setDevice(0);
    const double buildMs = ms(t);
    const double after = rssMb();
    out << "model build: " << qRound(buildMs) << " ms (+ " << qRound(indexMs)
        << " ms owner/collision index per run)\n";
    out << "memory per row: " << sizeof(quint32) << " bytes held by the model (ids); RSS delta "
        << QString::number((after - before) * 1024 * 1024 / rows, 'f', 1) << " bytes/row\n";

    for (int column : {int(NatTableModel::InsideGlobalColumn), int(NatTableModel::OwnerColumn),
                       int(NatTableModel::ExpiresColumn), int(NatTableModel::InsideLocalColumn)}) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            t.start();
            model.sort(column, order);
            out << "sort by " << NatTableModel::columnName(column)
                << (order == Qt::AscendingOrder ? " asc: " : " desc: ") << qRound(ms(t)) << " ms\n";
        }
    }
    model.sort(NatTableModel::InsideGlobalColumn, Qt::AscendingOrder);

    t.start();
    model.setTextFilter(QStringLiteral("192.0.2.7:40"));
    out << "text filter \"192.0.2.7:40\": " << qRound(ms(t)) << " ms, " << model.rowCount() << " rows\n";
    t.start();
    model.setTextFilter(QStringLiteral("192.0.2.7:40"));
    model.setTextFilter(QStringLiteral("192.0.2.7:400"));
    out << "typing one more character (narrows the shown rows): " << qRound(ms(t)) << " ms, "
        << model.rowCount() << " rows\n";
    model.setTextFilter(QString());
    t.start();
    model.setTextFilter(QStringLiteral("office 3"));
    out << "text filter \"office 3\" (owner): " << qRound(ms(t)) << " ms, " << model.rowCount() << " rows\n";
    model.setTextFilter(QString());
    t.start();
    model.setProtocolFilter(int(Protocol::Tcp));
    out << "protocol filter tcp: " << qRound(ms(t)) << " ms, " << model.rowCount() << " rows\n";
    model.setProtocolFilter(-1);

    model.sort(NatTableModel::LastUsedColumn, Qt::DescendingOrder);
    cursor.stepForward();
    t.start();
    model.refresh();
    out << "one replay step, model patch (a refreshed row moves; sorted by last use): "
        << QString::number(ms(t), 'f', 2) << " ms\n";
    cursor.stepBack(); // the cursor restores from its checkpoint: not the model's cost
    t.start();
    model.refresh();
    out << "one step back, model patch: " << QString::number(ms(t), 'f', 2) << " ms\n";
    model.sort(NatTableModel::InsideGlobalColumn, Qt::AscendingOrder);

    QTableView view;
    view.setModel(&model);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(22);
    view.verticalHeader()->hide();
    view.resize(1280, 800);
    t.start();
    view.show();
    QApplication::processEvents();
    out << "first show: " << qRound(ms(t)) << " ms\n";
    QScrollBar *bar = view.verticalScrollBar();
    // Cost of one screenful: all cells, all roles a view asks for, without painting.
    {
        const int visible = view.viewport()->height() / 22 + 1;
        t.start();
        for (int r = 0; r < visible; ++r) {
            for (int c = 0; c < NatTableModel::ColumnCount; ++c) {
                const QModelIndex i = model.index(rows / 2 + r, c);
                for (int role : {Qt::DisplayRole, Qt::DecorationRole, Qt::FontRole, Qt::TextAlignmentRole,
                                 Qt::ForegroundRole, Qt::BackgroundRole, Qt::CheckStateRole})
                    i.data(role);
            }
        }
        out << "model data for one screen (" << visible << " rows, every role): "
            << QString::number(ms(t), 'f', 2) << " ms\n";
    }
    // Dragging the scrollbar thumb from top to bottom, each frame painted.
    const int frames = 1000;
    t.start();
    for (int f = 1; f <= frames; ++f) {
        bar->setValue(int(qint64(bar->maximum()) * f / frames));
        view.viewport()->repaint();
    }
    const double dragMs = ms(t);
    out << "scroll top to bottom (thumb drag, " << frames << " painted frames): " << qRound(dragMs)
        << " ms (" << QString::number(dragMs / frames, 'f', 2) << " ms/frame)\n";
    // Paging: a sample of 500 pages, and what every page of the table would take.
    bar->setValue(0);
    const int sample = 500;
    t.start();
    for (int p = 0; p < sample && bar->value() < bar->maximum(); ++p) {
        bar->setValue(bar->value() + bar->pageStep());
        view.viewport()->repaint();
    }
    const double perPage = ms(t) / sample;
    const int pages = (rows + bar->pageStep() - 1) / std::max(1, bar->pageStep());
    out << "page down: " << QString::number(perPage, 'f', 2) << " ms/page painted; all " << pages
        << " pages top to bottom ≈ " << QString::number(perPage * pages / 1000, 'f', 1) << " s\n";
    t.start();
    bar->setValue(0);
    view.viewport()->repaint();
    bar->setValue(bar->maximum());
    view.viewport()->repaint();
    out << "jump top and bottom: " << QString::number(ms(t), 'f', 2) << " ms\n";
    out << "peak RSS now: " << qRound(rssMb()) << " MB\n";
    return 0;
}
