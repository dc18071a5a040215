#pragma once

#include "ObjectId.h"

#include <QAbstractItemModel>

class Project;

// Tree over the project: sites -> NAT devices and appliances; devices ->
// interfaces, pools, access lists, rules, background traffic. internalId() of
// every index is the object's id. Follows Project signals row by row.
class TopologyTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Roles { IdRole = Qt::UserRole + 1, KindRole };
    enum Columns { NameColumn, DetailColumn, ColumnCount };

    explicit TopologyTreeModel(Project *project, QObject *parent = nullptr);

    QModelIndex indexOf(ObjectId id, int column = 0) const;
    ObjectId idOf(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QString detail(ObjectId id) const;      // translated, kind-specific
    QString ruleSummary(ObjectId id) const; // what a NAT rule does, in IOS terms

    Project *m_project;
};
