#include "PropertyModel.h"
#include "Project.h"
PropertyModel::PropertyModel(Project *p, QObject *parent) : QAbstractTableModel(parent), m_project(p) {}
void PropertyModel::setObject(ObjectId id) { m_id = id; }
int PropertyModel::rowOf(const QString &) const { return -1; }
int PropertyModel::rowCount(const QModelIndex &) const { return 0; }
int PropertyModel::columnCount(const QModelIndex &) const { return ColumnCount; }
QVariant PropertyModel::data(const QModelIndex &, int) const { return {}; }
bool PropertyModel::setData(const QModelIndex &, const QVariant &, int) { return false; }
QVariant PropertyModel::headerData(int, Qt::Orientation, int) const { return {}; }
Qt::ItemFlags PropertyModel::flags(const QModelIndex &) const { return {}; }
void PropertyModel::rebuild() {}
