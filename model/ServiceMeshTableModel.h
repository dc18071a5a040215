#pragma once

#include "ObjectId.h"

#include <QAbstractTableModel>

class Project;

// Table of service meshes: name, source site, destination site, services,
// appliance pairs. Row order is the project's mesh order.
class ServiceMeshTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { NameColumn, SourceColumn, DestinationColumn, ServicesColumn, PairsColumn,
                   ColumnCount };
    enum Roles { IdRole = Qt::UserRole + 1 };

    explicit ServiceMeshTableModel(Project *project, QObject *parent = nullptr);
    ObjectId idOf(const QModelIndex &index) const;
    QModelIndex indexOf(ObjectId id, int column = 0) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    static QString serviceName(const QString &key);  // translated; unknown keys as is
    QString referenceName(ObjectId id) const;        // display name, or a dash for none
    QString text(ObjectId mesh, int column) const;
    void emitAllChanged();

    Project *m_project;
};
