#include "ServiceMeshTableModel.h"
#include "Project.h"
ServiceMeshTableModel::ServiceMeshTableModel(Project *p, QObject *parent) : QAbstractTableModel(parent), m_project(p) {}
ObjectId ServiceMeshTableModel::idOf(const QModelIndex &) const { return NoId; }
QModelIndex ServiceMeshTableModel::indexOf(ObjectId, int) const { return {}; }
int ServiceMeshTableModel::rowCount(const QModelIndex &) const { return 0; }
int ServiceMeshTableModel::columnCount(const QModelIndex &) const { return ColumnCount; }
QVariant ServiceMeshTableModel::data(const QModelIndex &, int) const { return {}; }
QVariant ServiceMeshTableModel::headerData(int, Qt::Orientation, int) const { return {}; }
