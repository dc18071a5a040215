#pragma once

#include "ObjectId.h"
#include "ObservedTable.h"
#include "PackedText.h"

#include <QAbstractTableModel>
#include <QPointer>

class Project;

// Read-only rows of an observed (real) translation table: the one stored on a
// NAT device of the project (re-read when it changes), or a table given
// directly (the import preview). Collision rows carry FindingRole so a view
// can mark them; the Finding column says what happened in words. Rows can be
// filtered by text and sorted by any column; the model keeps only row numbers
// (the table's rows sorted, and the shown subset), and the text filter searches
// a packed lower-case copy of every row built on the first filter, so a
// million-row table filters per keystroke.
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
    // The table's row (0-based, as in ObservedTable) shown at a model row.
    int tableRow(int row) const { return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)] : -1; }
    // Bytes of the search copy (0 until the first filter).
    size_t searchBytes() const { return m_search.rows() ? m_search.bytes() : 0; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void reload();
    void resetRows();      // after a new table: every row, in the current sort
    void sortBase();
    void selectRows();
    void buildSearch();
    void matchNeedle();     // m_hits for the current needle
    quint64 sortKey(int row) const;

    QPointer<const Project> m_project;
    ObjectId m_device = NoId;
    ObservedTable m_table;
    std::vector<int> m_base; // every row of the table, in display order
    std::vector<int> m_rows; // the shown subset of m_base, same order
    PackedText m_search;     // per table row, built on the first filter
    std::vector<quint8> m_hits;
    QString m_text;
    std::string m_needle;
    int m_sortColumn = -1;   // -1: as printed
    Qt::SortOrder m_order = Qt::AscendingOrder;
};
