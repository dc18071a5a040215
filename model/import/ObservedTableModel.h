#pragma once

#include "ObjectId.h"
#include "ObservedTable.h"

#include <QAbstractTableModel>
#include <QPointer>

class Project;

// Read-only rows of an observed (real) translation table: the one stored on a
// NAT device of the project (re-read when it changes), or a table given
// directly (the import preview). Collision rows carry FindingRole so a view
// can mark them; the Finding column says what happened in words.
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

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void reload();

    QPointer<const Project> m_project;
    ObjectId m_device = NoId;
    ObservedTable m_table;
};
