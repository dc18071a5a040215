#include "TopologyTreeModel.h"

#include "ModelEnums.h"
#include "NatRules.h"
#include "Project.h"
#include "ProjectSchema.h"

#include <QStringList>

namespace {

// Sites and whatever lives inside a site; links, meshes and other top-level
// lists are not part of the tree.
bool isTreeKind(ObjectKind kind)
{
    return kind == ObjectKind::Site || !ProjectSchema::parentKinds(kind).isEmpty();
}

} // namespace

TopologyTreeModel::TopologyTreeModel(Project *project, QObject *parent)
    : QAbstractItemModel(parent), m_project(project)
{
    connect(m_project, &Project::objectAboutToBeInserted, this,
            [this](ObjectKind kind, ObjectId parentId, int index) {
                if (!isTreeKind(kind))
                    return;
                beginInsertRows(indexOf(parentId), index, index);
            });
    connect(m_project, &Project::objectInserted, this, [this](ObjectId id) {
        if (!isTreeKind(m_project->kind(id)))
            return;
        endInsertRows();
    });
    connect(m_project, &Project::objectAboutToBeRemoved, this, [this](ObjectId id) {
        if (!isTreeKind(m_project->kind(id)))
            return;
        const int row = m_project->childIndex(id);
        beginRemoveRows(indexOf(m_project->parentOf(id)), row, row);
    });
    connect(m_project, &Project::objectRemoved, this, [this](ObjectId, ObjectKind kind) {
        if (isTreeKind(kind))
            endRemoveRows();
    });
    connect(m_project, &Project::valueChanged, this, [this](ObjectId id, const QString &) {
        if (!isTreeKind(m_project->kind(id)))
            return;
        // Details only show the object's own fields (rules name pools and lists by
        // text), so the changed row is all that needs refreshing.
        emit dataChanged(indexOf(id, NameColumn), indexOf(id, DetailColumn));
    });
    connect(m_project, &Project::aboutToReset, this, [this] { beginResetModel(); });
    connect(m_project, &Project::resetDone, this, [this] { endResetModel(); });
}

QModelIndex TopologyTreeModel::indexOf(ObjectId id, int column) const
{
    if (id == NoId || !isTreeKind(m_project->kind(id)) || column < 0 || column >= ColumnCount)
        return {};
    const int row = m_project->childIndex(id);
    if (row < 0)
        return {};
    return createIndex(row, column, quintptr(id));
}

ObjectId TopologyTreeModel::idOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return NoId;
    return ObjectId(index.internalId());
}

QModelIndex TopologyTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (parent.isValid() && parent.column() != NameColumn)
        return {};
    const QList<ObjectId> &siblings = m_project->children(idOf(parent));
    if (row >= siblings.size())
        return {};
    return createIndex(row, column, quintptr(siblings.at(row)));
}

QModelIndex TopologyTreeModel::parent(const QModelIndex &child) const
{
    const ObjectId id = idOf(child);
    if (id == NoId)
        return {};
    return indexOf(m_project->parentOf(id));
}

int TopologyTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != NameColumn)
        return 0;
    return int(m_project->children(idOf(parent)).size());
}

int TopologyTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString TopologyTreeModel::detail(ObjectId id) const
{
    const auto text = [&](FieldKey key) { return m_project->text(id, key); };
    const auto number = [&](FieldKey key) {
        return m_project->value(id, key).toInt();
    };
    switch (m_project->kind(id)) {
    case ObjectKind::Site:
        return ModelEnums::displayName(text(Field::kind));
    case ObjectKind::Device:
        return tr("%1 · %2").arg(ModelEnums::displayName(text(Field::kind)),
                                 ModelEnums::displayName(text(Field::profile)));
    case ObjectKind::Appliance: {
        // The service appliances are known by their acronyms; managers by name.
        const QString type = text(Field::type);
        const bool acronym = type == type.toUpper();
        const QString shown = acronym ? type : ModelEnums::displayName(type);
        const QString ip = text(Field::uplinkIp);
        return ip.isEmpty() ? shown : tr("%1 · %2").arg(shown, ip);
    }
    case ObjectKind::Interface:
        return tr("%1/%2 · %3")
            .arg(text(Field::address))
            .arg(number(Field::prefixLength))
            .arg(ModelEnums::displayName(text(Field::role)));
    case ObjectKind::Pool:
        return tr("%1 – %2").arg(text(Field::start), text(Field::end));
    case ObjectKind::AccessList:
        return m_project->value(id, Field::permit)
            .toStringList()
            .join(QStringLiteral(", "));
    case ObjectKind::Rule:
        // An outside source rule is in the tree, marked: the simulation skips it.
        return NatRules::isSimulated(*m_project, id)
                   ? ruleSummary(id)
                   : tr("%1 %2").arg(ruleSummary(id), NatRules::notSimulatedMark());
    case ObjectKind::Background: {
        // "first+N": the flows use count consecutive source ports from first.
        const int count = number(Field::count);
        const QString ports = count > 1 ? tr("%1+%2").arg(number(Field::firstPort)).arg(count - 1)
                                        : QString::number(number(Field::firstPort));
        return tr("%1 %2:%3 → %4:%5")
            .arg(text(Field::protocol), text(Field::insideLocal), ports, text(Field::remote))
            .arg(number(Field::remotePort));
    }
    default:
        return QString();
    }
}

QString TopologyTreeModel::ruleSummary(ObjectId id) const
{
    const auto text = [&](FieldKey key) { return m_project->text(id, key); };
    const QString kind = text(Field::kind);
    if (kind == QLatin1String("dynamic-pat")) {
        const QString target = text(Field::pool).isEmpty() ? tr("interface %1").arg(text(Field::interface))
                                                      : tr("pool %1").arg(text(Field::pool));
        const QString summary = tr("list %1 → %2").arg(text(Field::accessList), target);
        return m_project->value(id, Field::overload).toBool()
                   ? tr("%1 overload").arg(summary)
                   : summary;
    }
    if (kind == QLatin1String("static-pat"))
        return tr("static %1 %2:%3 → %4:%5")
            .arg(text(Field::protocol), text(Field::insideLocal), text(Field::localPort), text(Field::insideGlobal),
                 text(Field::globalPort));
    const QString summary = tr("static %1 → %2").arg(text(Field::insideLocal), text(Field::insideGlobal));
    return m_project->value(id, Field::extendable).toBool()
               ? tr("%1 extendable").arg(summary)
               : summary;
}

QVariant TopologyTreeModel::data(const QModelIndex &index, int role) const
{
    const ObjectId id = idOf(index);
    if (id == NoId || !m_project->contains(id))
        return {};
    const ObjectKind kind = m_project->kind(id);
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? m_project->displayName(id) : detail(id);
    case Qt::ToolTipRole: {
        const QString d = detail(id);
        const QString kindName = ProjectSchema::kindDisplayName(kind);
        return d.isEmpty() ? kindName : tr("%1: %2").arg(kindName, d);
    }
    case IdRole:
        return id;
    case KindRole:
        return int(kind);
    default:
        return {};
    }
}

QVariant TopologyTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case DetailColumn:
        return tr("Details");
    default:
        return {};
    }
}

Qt::ItemFlags TopologyTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // Not editable in place: renaming goes through an undo command pushed by the view.
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}
