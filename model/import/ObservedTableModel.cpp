#include "ObservedTableModel.h"

#include "StoredObservedTable.h"

#include "Ipv4.h"
#include "Project.h"
#include "RadixSort.h"

#include <QMetaObject>
#include <QMutexLocker>

#include <algorithm>
#include <cstring>
#include <numeric>
#include <thread>

namespace {
void appendLower(char *&p, const QString &text, size_t room)
{
    const QByteArray utf8 = text.toLower().toUtf8();
    const size_t n = std::min(size_t(utf8.size()), room);
    std::memcpy(p, utf8.constData(), n);
    p += n;
}

// A filter pass works this long in the keystroke, so that a pass of a few tens
// of milliseconds (a million rows on an idle machine) ends in it at once and
// a longer one has shown its first screen (found within its first
// milliseconds) before ~50 ms; then in slices this long between events;
// the search copy is built in slices this long while nothing else is asked.
constexpr int kFirstSliceMs = 45;
constexpr int kSliceMs = 25;
constexpr int kCommitMs = 100;
constexpr int kBuildSliceMs = 8;
// The worker hands its rows over, and looks whether it is to stop, this often
// (a block of the pass can run a few ms past it).
constexpr int kWorkerSliceMs = 4;
// A big table with its search copy built: this long in the keystroke first.
constexpr int kSyncSliceMs = 20;
// Rows left to build for a pass to build them on two threads.
constexpr size_t kParallelRows = FilterPass::kShort;
} // namespace

ObservedTableModel::ObservedTableModel(const Project *project, QObject *parent)
    : QAbstractTableModel(parent)
    , m_project(project)
    , m_firstSliceMs(kFirstSliceMs)
    , m_sliceMs(kSliceMs)
{
    m_pool.setMaxThreadCount(1);
    m_filterTimer.setSingleShot(true);
    m_filterTimer.setInterval(0);
    connect(&m_filterTimer, &QTimer::timeout, this, [this] { continueFilter(QDeadlineTimer(m_sliceMs)); });
    m_buildTimer.setSingleShot(true);
    m_buildTimer.setInterval(0);
    connect(&m_buildTimer, &QTimer::timeout, this, [this] {
        if (m_workerBusy)
            return; // the worker's pass builds it; restarted when the pass ends
        extendSearch(size_t(m_table.rowCount()), QDeadlineTimer(kBuildSliceMs));
        if (!searchReady())
            m_buildTimer.start();
    });
    if (!project)
        return;
    connect(project, &Project::valueChanged, this, [this](ObjectId id, FieldKey key) {
        if (id == m_device && key == Field::observedTranslations)
            reload();
    });
    connect(project, &Project::objectRemoved, this, [this](ObjectId id) {
        if (id == m_device)
            setDevice(NoId);
    });
    connect(project, &Project::objectInserted, this, [this](ObjectId id) {
        if (id == m_device) // an undone removal came back
            reload();
    });
    connect(project, &Project::resetDone, this, [this] { setDevice(NoId); });
}

ObservedTableModel::~ObservedTableModel()
{
    stopWorker();
}

void ObservedTableModel::setDevice(ObjectId device)
{
    m_device = device;
    reload();
}

void ObservedTableModel::reload()
{
    // The device's stored table itself (rows shared, not printed and re-read).
    const StoredObservedTable stored = m_project && m_project->contains(m_device)
                                           ? StoredObservedTable::of(*m_project, m_device)
                                           : StoredObservedTable();
    stopWorker(); // it reads the table
    beginResetModel();
    m_table = stored.isEmpty() ? ObservedTable() : stored.table();
    resetRows();
    endResetModel();
    afterReset();
}

void ObservedTableModel::resetRows()
{
    snapshotNames();
    m_search.clear();
    if (m_building)
        m_buildTimer.start(); // the view asked for the copy: build the new table's
    m_base.resize(size_t(m_table.rowCount()));
    std::iota(m_base.begin(), m_base.end(), 0u);
    if (m_sortColumn >= 0)
        sortBase();
    startFilter(false);
}

void ObservedTableModel::prepareSearch()
{
    m_building = true;
    if (!searchReady())
        m_buildTimer.start();
}

void ObservedTableModel::snapshotNames()
{
    m_names.clear();
    if (!m_project)
        return;
    for (ObjectId id : m_project->objects(ObjectKind::Appliance)) {
        quint32 ip = 0;
        if (Ipv4::parse(m_project->text(id, Field::uplinkIp), &ip) && !m_names.contains(ip))
            m_names.insert(ip, ObservedTable::nameOf(ip, m_project));
    }
}

QString ObservedTableModel::findingName(int row) const
{
    // The NAT-T rows carry the appliance the finding names. (An appliance
    // renamed later is found by its new name after the next reload: the
    // names are read then, the worker cannot read the project.)
    if (m_table.rowRole(row) == ObservedTable::Other)
        return QString();
    const quint32 ip = m_table.translations().rows.at(row).insideLocal().ip;
    const auto found = m_names.constFind(ip);
    return found != m_names.cend() ? *found : Ipv4::toString(ip);
}

char *ObservedTableModel::writeSearchText(int row, const QString &finding, char *p) const
{
    // What the cells show, lower-case, one line per row: protocol, the four
    // address columns, and for the NAT-T rows the appliance the finding names.
    const ObservedTranslations &t = m_table.translations();
    const ObservedRow &r = t.rows.at(row);
    if (r.extra >= 0) { // unusual text as printed: through the table's own wording
        appendLower(p, t.protocolText(row), 64);
        for (int c = 0; c < 4; ++c) {
            *p++ = ' ';
            appendLower(p, t.addressText(row, ObservedRow::Column(c)), 96);
        }
    } else {
        static const char *const protocols[] = {"---", "tcp", "udp", "icmp", "esp", "gre", "any", ""};
        for (const char *c = protocols[std::min(int(r.protocol), 7)]; *c; ++c)
            *p++ = *c;
        for (const ObservedAddress &a : r.address) {
            *p++ = ' ';
            if (a.kind == ObservedAddress::Placeholder) {
                std::memcpy(p, "---", 3);
                p += 3;
            } else if (a.kind == ObservedAddress::Address) {
                PackedText::appendIpv4(p, a.ip);
                if (a.hasPort) {
                    *p++ = ':';
                    PackedText::appendNumber(p, a.port);
                }
            }
        }
    }
    if (!finding.isEmpty()) {
        *p++ = ' ';
        appendLower(p, finding, size_t(finding.size()) * 3);
    }
    return p;
}

void ObservedTableModel::extendSearch(size_t end, const QDeadlineTimer &deadline)
{
    const size_t rows = size_t(m_table.rowCount());
    end = std::min(end, rows);
    if (m_search.rows() >= end)
        return;
    if (m_search.rows() == 0)
        m_search.reserve(rows, 72); // a row takes 50-80 bytes; untouched slack costs no memory
    writeSearchRows(m_search, m_search.rows(), end, [&] { return deadline.hasExpired(); });
    if (m_search.rows() == rows)
        m_search.finish();
}

void ObservedTableModel::writeSearchRows(PackedText &text, size_t begin, size_t end,
                                         const std::function<bool()> &stop) const
{
    for (size_t row = begin; row < end; ++row) {
        const QString finding = findingName(int(row));
        text.endRow(writeSearchText(int(row), finding, text.beginRow(searchRoom(finding))));
        if ((row & 1023) == 1023 && stop())
            return;
    }
}

void ObservedTableModel::extendSearchInParallel(size_t end)
{
    const size_t rows = size_t(m_table.rowCount());
    end = std::min(end, rows);
    const size_t begin = m_search.rows();
    if (end <= begin)
        return;
    if (end - begin < kParallelRows) {
        extendSearch(end);
        return;
    }
    if (begin == 0)
        m_search.reserve(rows, 72);
    // The second half on a helper thread into its own copy, appended after.
    const size_t middle = begin + (end - begin) / 2;
    PackedText tail;
    tail.reserve(end - middle, 72);
    const auto cancelled = [this] { return m_cancel.load(std::memory_order_relaxed); };
    std::thread helper([&] { writeSearchRows(tail, middle, end, cancelled); });
    writeSearchRows(m_search, begin, middle, cancelled);
    helper.join();
    if (m_search.rows() == middle && tail.rows() == end - middle)
        m_search.append(tail); // else stopped: the rows before stay, the rest is built later
    if (m_search.rows() == rows)
        m_search.finish();
}

bool ObservedTableModel::rowMatches(quint32 row) const
{
    if (row < m_search.rows())
        return m_search.row(row).find(m_needle) != std::string_view::npos;
    // Not in the copy yet: the same text, written for this row alone.
    const QString finding = findingName(int(row));
    char buffer[1024];
    std::string big;
    char *text = buffer;
    if (searchRoom(finding) > sizeof buffer) {
        big.resize(searchRoom(finding));
        text = big.data();
    }
    const std::string_view written(text, size_t(writeSearchText(int(row), finding, text) - text));
    return written.find(m_needle) != std::string_view::npos;
}

void ObservedTableModel::setTextFilter(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    const std::string needle = text.trimmed().toLower().toStdString();
    if (needle == m_needle)
        return;
    // Typing narrows: only the rows shown now can still match.
    const bool narrowing = !m_needle.empty() && needle.find(m_needle) != std::string::npos;
    beginResetModel();
    m_needle = needle;
    startFilter(narrowing);
    endResetModel();
    afterReset();
}

void ObservedTableModel::startFilter(bool narrowing)
{
    m_filterTimer.stop();
    const bool narrow = narrowing && !isFiltering();
    stopWorker();
    m_filterPass.clear();
    m_pending.clear();
    m_sinceCommit.start();
    if (m_needle.empty()) {
        m_rows = m_base;
        return;
    }
    std::vector<quint32> source = narrow ? std::move(m_rows) : m_base;
    m_rows.clear();
    m_filterPass.start(
        std::move(source), quint32(m_table.rowCount()), [this](quint32 row) { return rowMatches(row); },
        [this](quint32 from, quint32 to, quint8 *hits) {
            // What the idle slices have not built yet, all of it at once on
            // two cores (the full count waits for it; the first screen did not).
            extendSearchInParallel(size_t(m_table.rowCount()));
            extendSearch(to); // stopped early: the rows this block needs
            m_search.match(m_needle, hits, from, to);
        });
    // A big table: the rest goes to the worker (afterReset()) after the first
    // screen, or, with the search copy built (a pass of a few ms), after a
    // short slice here that usually finishes it.
    const bool big = size_t(m_table.rowCount()) > FilterPass::kShort;
    const bool copyReady = m_search.rows() == size_t(m_table.rowCount());
    m_filterPass.run(QDeadlineTimer(big && copyReady ? std::min(m_firstSliceMs, kSyncSliceMs)
                                                     : m_firstSliceMs),
                     m_rows, big && !copyReady);
}

void ObservedTableModel::afterReset()
{
    if (m_workerBusy)
        return;
    if (m_filterPass.active()) {
        if (size_t(m_table.rowCount()) > FilterPass::kShort)
            startWorker();
        else
            m_filterTimer.start();
        return;
    }
    // The shown rows by table row, for a later sort: the pass's marks when
    // it marked every row.
    m_shown = m_filterPass.takeMarks();
    if (m_shown.size() != size_t(m_table.rowCount()) || m_needle.empty()) {
        m_shown.assign(size_t(m_table.rowCount()), m_needle.empty() ? 1 : 0);
        if (!m_needle.empty()) {
            for (quint32 row : m_rows)
                m_shown[row] = 1;
        }
    }
    Q_EMIT filterFinished();
}

void ObservedTableModel::continueFilter(const QDeadlineTimer &deadline)
{
    if (!m_filterPass.active())
        return;
    m_filterTimer.stop();
    const bool done = m_filterPass.run(deadline, m_pending);
    commitPending(done);
    if (!done)
        Q_EMIT filterProgress();
    afterReset();
}

void ObservedTableModel::commitPending(bool done)
{
    if (!m_pending.empty()
        && (done || m_rows.size() < FilterPass::kScreen || m_sinceCommit.hasExpired(kCommitMs))) {
        const int first = int(m_rows.size());
        beginInsertRows(QModelIndex(), first, first + int(m_pending.size()) - 1);
        m_rows.insert(m_rows.end(), m_pending.begin(), m_pending.end());
        m_pending.clear();
        endInsertRows();
        m_sinceCommit.start();
    }
}

void ObservedTableModel::startWorker()
{
    // From here to the end of the pass only the worker touches the pass and
    // the search copy; the table does not change (a reload stops it first).
    m_buildTimer.stop();
    m_workerBusy = true;
    m_cancel = false;
    m_notified = false;
    {
        QMutexLocker lock(&m_handMutex);
        m_handed.clear();
        m_handedDone = false;
    }
    const int generation = ++m_generation;
    m_pool.start([this, generation] {
        std::vector<quint32> out;
        bool done = false;
        while (!done) {
            if (m_cancel.load())
                return;
            done = m_filterPass.run(QDeadlineTimer(kWorkerSliceMs), out);
            {
                QMutexLocker lock(&m_handMutex);
                m_handed.insert(m_handed.end(), out.begin(), out.end());
                m_handedDone = done;
            }
            out.clear();
            // One hand-over queued at a time: it takes all there is by then.
            if (!m_notified.exchange(true)) {
                QMetaObject::invokeMethod(
                    this, [this, generation] { takeWorkerRows(generation, false); },
                    Qt::QueuedConnection);
            }
        }
    });
}

void ObservedTableModel::takeWorkerRows(int generation, bool wait)
{
    if (generation != m_generation || !m_workerBusy)
        return; // a stopped pass's, or one already taken to the end
    if (wait)
        m_pool.waitForDone();
    m_notified = false;
    bool done = false;
    {
        QMutexLocker lock(&m_handMutex);
        m_pending.insert(m_pending.end(), m_handed.begin(), m_handed.end());
        m_handed.clear();
        done = m_handedDone;
    }
    if (done) {
        m_pool.waitForDone(); // its last lines: the pass is the GUI thread's again
        m_workerBusy = false;
    }
    commitPending(done);
    if (!done) {
        Q_EMIT filterProgress();
        return;
    }
    if (m_building && !searchReady())
        m_buildTimer.start();
    afterReset();
}

void ObservedTableModel::stopWorker()
{
    if (!m_workerBusy)
        return;
    m_cancel = true;
    m_pool.waitForDone();
    m_cancel = false;
    m_workerBusy = false;
    ++m_generation;
    {
        QMutexLocker lock(&m_handMutex);
        m_handed.clear();
        m_handedDone = false;
    }
    m_notified = false;
    m_pending.clear();
    m_filterPass.clear();
    if (m_building && !searchReady())
        m_buildTimer.start();
}

void ObservedTableModel::finishFiltering()
{
    if (m_workerBusy)
        takeWorkerRows(m_generation, true);
    continueFilter(QDeadlineTimer(QDeadlineTimer::Forever));
}

quint64 ObservedTableModel::sortKey(int row) const
{
    const ObservedRow &r = m_table.translations().rows.at(row);
    const auto address = [&](int column) {
        const ObservedAddress &a = r.address[column];
        // Addresses by number; placeholders and text before them, as printed.
        return (quint64(a.kind == ObservedAddress::Address) << 49) | (quint64(a.ip) << 17)
               | (quint64(a.hasPort) << 16) | a.port;
    };
    switch (m_sortColumn) {
    case LineColumn: return quint64(r.line);
    case ProtocolColumn: return quint64(r.protocol);
    case InsideGlobalColumn: return address(ObservedRow::InsideGlobal);
    case InsideLocalColumn: return address(ObservedRow::InsideLocal);
    case OutsideLocalColumn: return address(ObservedRow::OutsideLocal);
    case OutsideGlobalColumn: return address(ObservedRow::OutsideGlobal);
    case FindingColumn: {
        // Collisions first when descending: moved, holder, tunnel, other.
        const ObservedTable::RowRole role = m_table.rowRole(row);
        return role == ObservedTable::Moved    ? 3
               : role == ObservedTable::Holder ? 2
               : role == ObservedTable::Tunnel ? 1
                                               : 0;
    }
    default: return quint64(row);
    }
}

void ObservedTableModel::sortBase()
{
    // Keys once per row in printed order, then a stable radix sort: ties keep
    // the printed order, ascending or descending.
    const bool descending = m_order == Qt::DescendingOrder;
    std::vector<RadixSort::Item> keyed(m_base.size());
    std::vector<RadixSort::Item> scratch;
    for (int row = 0; row < int(keyed.size()); ++row) {
        const quint64 key = sortKey(row);
        keyed[size_t(row)] = {descending ? ~key : key, quint32(row)};
    }
    RadixSort::byKey(keyed, scratch);
    for (size_t i = 0; i < keyed.size(); ++i)
        m_base[i] = keyed[i].id;
}

void ObservedTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < -1 || column >= ColumnCount)
        return;
    finishFiltering(); // the shown rows (m_shown) are what the sorted rows keep
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    QList<int> rows;
    for (const QModelIndex &i : persistent)
        rows.append(tableRow(i.row()));
    m_sortColumn = column;
    m_order = order;
    if (column < 0)
        std::iota(m_base.begin(), m_base.end(), 0u);
    else
        sortBase();
    if (m_needle.empty()) {
        m_rows = m_base;
    } else {
        m_rows.clear();
        for (quint32 row : m_base) {
            if (m_shown[row])
                m_rows.push_back(row);
        }
    }
    // Shown rows by table row, to move the persistent indexes.
    QModelIndexList moved;
    if (!persistent.isEmpty()) {
        std::vector<int> shownAt(size_t(m_table.rowCount()), -1);
        for (size_t i = 0; i < m_rows.size(); ++i)
            shownAt[m_rows[i]] = int(i);
        for (int i = 0; i < persistent.size(); ++i) {
            const int row = rows[i] >= 0 ? shownAt[size_t(rows[i])] : -1;
            moved.append(row >= 0 ? index(row, persistent[i].column()) : QModelIndex());
        }
        changePersistentIndexList(persistent, moved);
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ObservedTableModel::setTable(const ObservedTable &table)
{
    stopWorker(); // it reads the table
    beginResetModel();
    m_device = NoId;
    m_table = table;
    resetRows();
    endResetModel();
    afterReset();
}

int ObservedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ObservedTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ObservedTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const int row = int(m_rows[size_t(index.row())]);
    const ObservedTranslations &t = m_table.translations();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LineColumn: return t.rows.at(row).line;
        case ProtocolColumn: return t.protocolText(row);
        case InsideGlobalColumn: return t.addressText(row, ObservedRow::InsideGlobal);
        case InsideLocalColumn: return t.addressText(row, ObservedRow::InsideLocal);
        case OutsideLocalColumn: return t.addressText(row, ObservedRow::OutsideLocal);
        case OutsideGlobalColumn: return t.addressText(row, ObservedRow::OutsideGlobal);
        case FindingColumn: // most rows are not NAT-T flows: no sentence, no name lookup
            return m_table.rowRole(row) == ObservedTable::Other ? QString()
                                                                 : m_table.describeRow(row, m_project);
        }
        return QVariant();
    case Qt::ToolTipRole: {
        if (m_table.rowRole(row) == ObservedTable::Other && m_table.collisionOf(row) < 0)
            return QVariant();
        const QString finding = m_table.describeRow(row, m_project);
        const int c = m_table.collisionOf(row);
        return c >= 0 ? finding + QLatin1Char('\n') + m_table.describeCollision(c, m_project)
                      : finding.isEmpty() ? QVariant() : QVariant(finding);
    }
    case Qt::TextAlignmentRole:
        return index.column() == LineColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                            : QVariant();
    case FindingRole:
        return int(m_table.rowRole(row));
    case LineRole:
        return t.rows.at(row).line;
    default:
        return QVariant();
    }
}

QVariant ObservedTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QVariant();
    if (orientation == Qt::Vertical)
        return tableRow(section) + 1;
    switch (section) {
    case LineColumn: return tr("Line");
    case ProtocolColumn: return tr("Pro");
    case InsideGlobalColumn: return tr("Inside global");
    case InsideLocalColumn: return tr("Inside local");
    case OutsideLocalColumn: return tr("Outside local");
    case OutsideGlobalColumn: return tr("Outside global");
    case FindingColumn: return tr("Finding");
    }
    return QVariant();
}
