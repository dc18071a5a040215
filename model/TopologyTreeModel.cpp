#include "TopologyTreeModel.h"
#include "Project.h"
TopologyTreeModel::TopologyTreeModel(Project *p, QObject *parent) : QAbstractItemModel(parent), m_project(p) {}
QModelIndex TopologyTreeModel::indexOf(ObjectId, int) const { return {}; }
ObjectId TopologyTreeModel::idOf(const QModelIndex &) const { return NoId; }
QModelIndex TopologyTreeModel::index(int, int, const QModelIndex &) const { return {}; }
QModelIndex TopologyTreeModel::parent(const QModelIndex &) const { return {}; }
int TopologyTreeModel::rowCount(const QModelIndex &) const { return 0; }
int TopologyTreeModel::columnCount(const QModelIndex &) const { return ColumnCount; }
QVariant TopologyTreeModel::data(const QModelIndex &, int) const { return {}; }
QVariant TopologyTreeModel::headerData(int, Qt::Orientation, int) const { return {}; }
Qt::ItemFlags TopologyTreeModel::flags(const QModelIndex &) const { return {}; }
