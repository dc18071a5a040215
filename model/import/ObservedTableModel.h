#pragma once

#include "FilterPass.h"
#include "ObjectId.h"
#include "ObservedTable.h"
#include "PackedText.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <functional>

class Project;

// Read-only rows of an observed (real) translation table: the one stored on a
// NAT device of the project (re-read when it changes), or a table given
// directly (the import preview). Collision rows carry FindingRole so a view
// can mark them; the Finding column says what happened in words. Rows can be
// filtered by text and sorted by any column; the model keeps only row numbers
// (the table's rows sorted, and the shown subset), and the text filter searches
// a packed lower-case copy of every row, so a million-row table filters per
// keystroke. The copy is built a slice at a time between events once a view
// asks for it (prepareSearch(), when it is shown), and a filter reads what is
// built and builds what it still needs (the rest at once, on two threads: the
// full count waits for it). A filter runs in slices (FilterPass):
// the first screen of matches is there when setTextFilter() returns, the rest
// is appended (rowsInserted) until filterFinished(). On a big table the rest
// of the pass runs on a worker thread (the GUI thread stays free, and a
// needle matching nearly everything is counted sooner); it hands its rows over
// between events, and the next keystroke, a sort or a new table stops it.
class ObservedTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LineColumn, ProtocolColumn, InsideGlobalColumn, InsideLocalColumn,
                  OutsideLocalColumn, OutsideGlobalColumn, FindingColumn, ColumnCount };
    enum Role {
        FindingRole = Qt::UserRole + 1, // int: ObservedTable::RowRole
        LineRole,                       // int: line in the pasted output
    };

    explicit ObservedTableModel(const Project *project, QObject *parent = nullptr);
    ~ObservedTableModel() override;

    // Follows the observedTranslations field of a device (NoId: none).
    void setDevice(ObjectId device);
    ObjectId device() const { return m_device; }
    // Shows a table that is not (yet) in the project.
    void setTable(const ObservedTable &table);
    const ObservedTable &table() const { return m_table; }

    // Case-insensitive substring of the protocol, an address column or, on
    // NAT-T rows, the appliance's name; empty: every row.
    void setTextFilter(const QString &text);
    QString textFilter() const { return m_text; }
    // True while a filter pass is still appending rows (rowCount() so far).
    bool isFiltering() const { return m_workerBusy || m_filterPass.active(); }
    // Rows the pass selected so far, shown or about to be (for a "so far" count).
    int matchesSoFar() const { return int(m_rows.size() + m_pending.size()); }
    // How long a pass may hold the thread in the keystroke and in each later
    // slice (tests make every slice minimal to go through all of them).
    void setSliceTimes(int firstMs, int sliceMs)
    {
        m_firstSliceMs = firstMs;
        m_sliceMs = sliceMs;
    }
    // Selects the rest of the rows at once.
    void finishFiltering();
    // Starts building the search copy between events (a view about to be used).
    void prepareSearch();
    // True once every row is in the search copy.
    // (While the worker builds it: false.)
    bool searchReady() const
    {
        return !m_workerBusy && m_search.rows() == size_t(m_table.rowCount());
    }
    // The table's row (0-based, as in ObservedTable) shown at a model row.
    int tableRow(int row) const { return row >= 0 && row < int(m_rows.size()) ? int(m_rows[size_t(row)]) : -1; }
    // Bytes of the search copy (0 until rows are in it).
    size_t searchBytes() const { return !m_workerBusy && m_search.rows() ? m_search.bytes() : 0; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // A filter pass selected its last row: rowCount() is the final count.
    void filterFinished();
    // A slice of the pass found more rows (matchesSoFar()).
    void filterProgress();

private:
    void reload();
    void resetRows();      // after a new table: every row, in the current sort
    void sortBase();
    // Inside a reset: m_rows refilled by a new pass (over the shown rows when
    // the filter only narrowed), its first slice run.
    void startFilter(bool narrowing);
    void afterReset();     // the pass goes on between events, or it is finished
    void continueFilter(const QDeadlineTimer &deadline);
    // The rest of a big pass on the worker; its rows taken in between events.
    void startWorker();
    void takeWorkerRows(int generation, bool wait);
    // Stops the worker's pass (its rows dropped) and waits for it.
    void stopWorker();
    // The rows a pass selected so far, appended to the model (when due).
    void commitPending(bool done);
    void snapshotNames();
    bool rowMatches(quint32 row) const;
    // The search copy up to (not including) row `end`, or until the deadline.
    void extendSearch(size_t end, const QDeadlineTimer &deadline = QDeadlineTimer(QDeadlineTimer::Forever));
    // The rest of the search copy up to row `end` at once, half of it on a
    // helper thread (the worker's pass; stops early when m_cancel is set).
    void extendSearchInParallel(size_t end);
    // Rows [begin, end) appended to text; stop() is asked every 1,024 rows.
    void writeSearchRows(PackedText &text, size_t begin, size_t end,
                         const std::function<bool()> &stop) const;
    // One row's searchable text, lower-case, at p (room: searchRoom()); returns the end.
    char *writeSearchText(int row, const QString &finding, char *p) const;
    QString findingName(int row) const;
    static size_t searchRoom(const QString &finding) { return 768 + size_t(finding.size()) * 3; }
    quint64 sortKey(int row) const;

    QPointer<const Project> m_project;
    ObjectId m_device = NoId;
    ObservedTable m_table;
    std::vector<quint32> m_base; // every row of the table, in display order
    std::vector<quint32> m_rows; // the shown subset of m_base, same order
    std::vector<quint8> m_shown; // per table row: shown (once a filter pass is done)
    PackedText m_search;         // per table row, from the first
    bool m_building = false;     // the search copy is being built between events
    QTimer m_buildTimer;
    FilterPass m_filterPass;
    // Rows a pass found after the first screen, appended to the model at most
    // every kCommitMs once a screenful is shown (each append repaints the whole
    // table view), and at the end.
    std::vector<quint32> m_pending;
    QElapsedTimer m_sinceCommit;
    int m_firstSliceMs;
    int m_sliceMs;
    QTimer m_filterTimer;
    // The worker (one thread, the pass's own) and what it hands over.
    QThreadPool m_pool;
    std::atomic<bool> m_cancel{false};
    std::atomic<bool> m_notified{false}; // a hand-over is queued to the GUI thread
    QMutex m_handMutex;
    std::vector<quint32> m_handed; // under m_handMutex
    bool m_handedDone = false;     // under m_handMutex: the worker's pass is done
    bool m_workerBusy = false;     // GUI thread: the pass is the worker's
    int m_generation = 0;          // of the pass, to drop a stopped pass's hand-overs
    // The appliances' names by address, read on the GUI thread (the worker
    // writes the finding names into the search copy without the project).
    QHash<quint32, QString> m_names;
    QString m_text;
    std::string m_needle;
    int m_sortColumn = -1;   // -1: as printed
    Qt::SortOrder m_order = Qt::AscendingOrder;
};
