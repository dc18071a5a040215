#pragma once

#include "FilterPass.h"
#include "NatSearchIndex.h"
#include "ObjectId.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QElapsedTimer>
#include <QTimer>

#include <memory>
#include <string>
#include <vector>

class Project;
class ReplayCursor;
struct SimulationResult;
struct Translation;

// One NAT device's translation table at the replay cursor, in the columns of
// `show ip nat translations` plus owner, kind and timers. It keeps only ids:
// the device's rows sorted (a permutation, no per-row objects) and the shown
// subset of them, and computes every cell on demand, so a million rows stay
// cheap. A filter change re-selects from the sorted rows with the packed
// search index (no re-sort, no formatting) in slices (FilterPass): the first
// screen of matches is in the model when setTextFilter() returns, the rest is
// appended (rowsInserted) between events until filterFinished(), and the next
// change drops the pass. A sort re-sorts once and keeps the filter. A
// one-step cursor move patches the few rows that changed.
class NatTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ProtocolColumn,
        InsideGlobalColumn,
        InsideLocalColumn,
        OutsideLocalColumn,
        OutsideGlobalColumn,
        OwnerColumn,
        KindColumn,
        CreatedColumn,
        LastUsedColumn,
        ExpiresColumn,
        ColumnCount
    };
    // What the event at the cursor did to a row.
    enum RowChange { Unchanged, Created, Refreshed, Expired };
    enum Role {
        TranslationIdRole = Qt::UserRole + 1,
        OwnerRole,
        ChangeRole,   // RowChange
        CollidedRole, // true: did not get the port it asked for, or holds one another asked for
    };

    explicit NatTableModel(QObject *parent = nullptr);

    // The data the rows are read from, rebuilt inside one model reset. The model
    // shares the result and cursor, so they live until the next setSource() even
    // when the session has moved on; the project outlives the model.
    void setSource(const Project *project, std::shared_ptr<const SimulationResult> result,
                   std::shared_ptr<const ReplayCursor> cursor);
    void setDevice(int device);
    int device() const { return m_device; }
    // Follows the cursor: patches the rows after a one-step move, otherwise rebuilds.
    void refresh();
    // Rebuilds from scratch (new result or filter).
    void rebuild();

    // Case-insensitive substring of protocol, addresses or owner name.
    void setTextFilter(const QString &text);
    // True when any filter (text, protocol, owner) hides rows.
    bool isFiltered() const;
    void setProtocolFilter(int protocol); // int(Protocol), -1: any
    void setOwnerFilter(ObjectId owner);  // NoId: any
    // True while a filter pass is still appending rows (rowCount() so far).
    bool isFiltering() const { return m_filterPass.active(); }
    // Rows the pass selected so far, shown or about to be (for a "so far" count).
    int matchesSoFar() const { return int(m_rows.size() + m_pending.size()); }
    // How long a pass may hold the thread in the keystroke and in each later
    // slice (tests make every slice minimal to go through all of them).
    void setSliceTimes(int firstMs, int sliceMs)
    {
        m_firstSliceMs = firstMs;
        m_sliceMs = sliceMs;
    }
    // Selects the rest of the rows at once (before a sort, a replay step, an export).
    void finishFiltering();
    QString textFilter() const { return m_text; }
    // Rows of the device before filtering.
    int unfilteredCount() const { return m_unfiltered; }

    quint32 translationAt(int row) const;
    int rowOf(quint32 translation) const;
    RowChange changeAt(int row) const;
    // Translations the event at the cursor touched on this device (0: none).
    quint32 changedTranslation() const { return m_changed; }
    // Owners with translations on this device in the whole run (for filter menus).
    QList<ObjectId> owners() const;
    QString ownerName(ObjectId owner) const;

    // The rows (all shown rows when empty) as `show ip nat translations` prints them.
    QString ciscoText(const QList<int> &rows = {}) const;
    // All shown rows, every column, as CSV (RFC 4180 quoting).
    QString csv() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }

    // Header texts, also used for CSV.
    static QString columnName(int column);
    void retranslate();

signals:
    // A filter pass selected its last row: rowCount() is the final count.
    void filterFinished();
    // A slice of the pass found more rows (matchesSoFar()).
    void filterProgress();

private:
    bool passesFilter(const Translation &t) const;
    // Inside a model reset: m_rows refilled by a new filter pass over m_base
    // (over the rows shown now when the filter only narrowed), its first slice run.
    void startFilter(bool narrowing);
    // After the reset: the pass goes on between events, or it is finished.
    void afterReset();
    void continueFilter(const QDeadlineTimer &deadline);
    // hits[id] for the ids in [from, to): the text index, then owner and protocol.
    void markRange(quint32 from, quint32 to, quint8 *hits) const;
    // m_rows from m_base and m_pass (the filter unchanged, the order new).
    void selectRows();
    quint64 sortKey(quint32 id) const;
    bool lessThan(quint32 a, quint32 b) const;
    void updateChanged();
    void fillRows();
    void sortRows();
    void indexOwners();
    QString cell(quint32 id, int column) const;
    QString kindText(const Translation &t) const;
    bool collided(quint32 id) const;
    QString collisionText(quint32 id) const;

    const Project *m_project = nullptr;
    std::shared_ptr<const SimulationResult> m_result;
    std::shared_ptr<const ReplayCursor> m_cursor;
    int m_device = -1;
    std::vector<quint32> m_base; // the device's rows at the cursor, in display order
    std::vector<quint32> m_rows; // the shown subset of m_base, same order
    std::vector<quint8> m_pass;  // per translation id: shown (once the pass is done)
    std::vector<quint8> m_ownerHit; // per owner id: the name contains the needle
    bool m_anyOwnerHit = false;
    NatSearchIndex m_index;
    FilterPass m_filterPass;
    // Rows a pass found after the first screen, appended to the model at most
    // every kCommitMs once a screenful is shown (each append repaints the whole
    // table view), and at the end.
    std::vector<quint32> m_pending;
    QElapsedTimer m_sinceCommit;
    int m_firstSliceMs;
    int m_sliceMs;
    QTimer m_filterTimer;        // the next slice of the pass, after pending events
    int m_unfiltered = 0;
    int m_step = -2;             // the cursor step the rows reflect
    quint32 m_changed = 0;
    RowChange m_change = Unchanged;
    QHash<quint32, quint32> m_holders; // holder -> the translation that asked for its port
    // Per owner id: lower-cased UTF-8 name (text filter) and rank by name (sorting).
    std::vector<std::string> m_ownerNeedle;
    std::vector<int> m_ownerRank;
    QString m_text;
    std::string m_needle;
    int m_protocol = -1;
    ObjectId m_owner = NoId;
    int m_sortColumn = -1;
    Qt::SortOrder m_order = Qt::AscendingOrder;
};
