#include "ServiceMeshTableModel.h"

#include "MeshRules.h"

#include "Project.h"

#include <QStringList>

ServiceMeshTableModel::ServiceMeshTableModel(Project *project, QObject *parent)
    : QAbstractTableModel(parent), m_project(project)
{
    connect(m_project, &Project::objectAboutToBeInserted, this,
            [this](ObjectKind kind, ObjectId, int index) {
                if (kind == ObjectKind::Mesh)
                    beginInsertRows({}, index, index);
            });
    connect(m_project, &Project::objectInserted, this, [this](ObjectId id) {
        if (m_project->kind(id) == ObjectKind::Mesh)
            endInsertRows();
    });
    connect(m_project, &Project::objectAboutToBeRemoved, this, [this](ObjectId id) {
        if (m_project->kind(id) != ObjectKind::Mesh)
            return;
        const int row = int(m_project->objects(ObjectKind::Mesh).indexOf(id));
        beginRemoveRows({}, row, row);
    });
    connect(m_project, &Project::objectRemoved, this, [this](ObjectId, ObjectKind kind) {
        if (kind == ObjectKind::Mesh)
            endRemoveRows();
    });
    connect(m_project, &Project::valueChanged, this, [this](ObjectId id, FieldKey key) {
        const ObjectKind kind = m_project->kind(id);
        if (kind == ObjectKind::Mesh) {
            emit dataChanged(indexOf(id, 0), indexOf(id, ColumnCount - 1));
        } else if ((kind == ObjectKind::Site || kind == ObjectKind::Appliance) &&
                   (key == Field::name || key == Field::peer)) {
            // Any row may show this site or appliance (or the appliance's peer); the
            // table is short, so refreshing all of it is simpler than tracking users.
            emitAllChanged();
        }
    });
    connect(m_project, &Project::aboutToReset, this, [this] { beginResetModel(); });
    connect(m_project, &Project::resetDone, this, [this] { endResetModel(); });
}

void ServiceMeshTableModel::emitAllChanged()
{
    const int rows = rowCount();
    if (rows > 0)
        emit dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
}

ObjectId ServiceMeshTableModel::idOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return NoId;
    return m_project->objects(ObjectKind::Mesh).value(index.row(), NoId);
}

QModelIndex ServiceMeshTableModel::indexOf(ObjectId id, int column) const
{
    const int row = int(m_project->objects(ObjectKind::Mesh).indexOf(id));
    if (id == NoId || row < 0 || column < 0 || column >= ColumnCount)
        return {};
    return index(row, column);
}

int ServiceMeshTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_project->objects(ObjectKind::Mesh).size());
}

int ServiceMeshTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ServiceMeshTableModel::serviceName(const QString &key)
{
    return MeshRules::serviceDisplayName(key);
}

QString ServiceMeshTableModel::referenceName(ObjectId id) const
{
    return id == NoId || !m_project->contains(id) ? tr("—") : m_project->displayName(id);
}

QString ServiceMeshTableModel::text(ObjectId mesh, int column) const
{
    switch (column) {
    case NameColumn:
        return m_project->displayName(mesh);
    case SourceColumn:
        return referenceName(m_project->value(mesh, Field::sourceSite).toUInt());
    case DestinationColumn:
        return referenceName(m_project->value(mesh, Field::destinationSite).toUInt());
    case ServicesColumn: {
        QStringList names;
        for (const QString &key : m_project->value(mesh, Field::services).toStringList())
            names.append(serviceName(key));
        return names.join(QStringLiteral(", "));
    }
    case PairsColumn: {
        QStringList pairs;
        for (const QVariant &v : m_project->value(mesh, Field::pairs).toList()) {
            const ObjectId appliance = v.toUInt();
            const ObjectId peer = m_project->value(appliance, Field::peer).toUInt();
            pairs.append(tr("%1 ⇄ %2").arg(referenceName(appliance), referenceName(peer)));
        }
        return pairs.join(QStringLiteral(", "));
    }
    default:
        return QString();
    }
}

QVariant ServiceMeshTableModel::data(const QModelIndex &index, int role) const
{
    const ObjectId id = idOf(index);
    if (id == NoId || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text(id, index.column());
    case IdRole:
        return id;
    default:
        return {};
    }
}

QVariant ServiceMeshTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Service mesh");
    case SourceColumn:
        return tr("Source site");
    case DestinationColumn:
        return tr("Destination site");
    case ServicesColumn:
        return tr("Services");
    case PairsColumn:
        return tr("Appliance pairs");
    default:
        return {};
    }
}
