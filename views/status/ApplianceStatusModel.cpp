#include "ApplianceStatusModel.h"

#include "MeshRules.h"

#include "Catalogue.h"
#include "EventText.h"
#include "ModelEnums.h"
#include "Project.h"
#include "ReplayCursor.h"
#include "SimulationResult.h"
#include "TunnelStateStyle.h"

#include <QFont>

namespace {
// internalId: 0 for mesh rows, mesh row + 1 for their children.
constexpr quintptr MeshRow = 0;

} // namespace

ApplianceStatusModel::ApplianceStatusModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void ApplianceStatusModel::setSource(const Project *project,
                                     std::shared_ptr<const SimulationResult> result,
                                     std::shared_ptr<const ReplayCursor> cursor)
{
    beginResetModel(); // before the old result can go
    m_project = project;
    m_result = std::move(result);
    m_cursor = std::move(cursor);
    m_meshes.clear();
    if (project && m_result) {
        const auto serviceOf = [&](int tunnel) {
            const QString service = MeshRules::serviceOf(m_result->tunnels[tunnel].applianceType);
            return service.isEmpty() ? m_result->tunnels[tunnel].applianceType : service;
        };
        for (ObjectId id : project->objects(ObjectKind::Mesh)) {
            Mesh mesh{id, {}};
            QList<int> unlisted;
            for (int t = 0; t < m_result->tunnels.size(); ++t) {
                if (m_result->tunnels[t].mesh == id)
                    unlisted.append(t);
            }
            for (const QString &service : project->value(id, Field::services).toStringList()) {
                bool found = false;
                for (int t : unlisted) {
                    if (serviceOf(t) == service) {
                        mesh.entries.append({service, t});
                        found = true;
                    }
                }
                if (!found)
                    mesh.entries.append({service, -1});
            }
            // Pairs whose service the mesh does not list still run a tunnel: show them.
            for (int t : std::as_const(unlisted)) {
                if (!std::any_of(mesh.entries.cbegin(), mesh.entries.cend(),
                                 [t](const Entry &e) { return e.tunnel == t; }))
                    mesh.entries.append({serviceOf(t), t});
            }
            m_meshes.append(mesh);
        }
    }
    endResetModel();
}

void ApplianceStatusModel::refresh()
{
    for (int m = 0; m < m_meshes.size(); ++m) {
        Q_EMIT dataChanged(index(m, StateColumn), index(m, ReasonColumn));
        const QModelIndex parent = index(m, 0);
        if (!m_meshes[m].entries.isEmpty())
            Q_EMIT dataChanged(index(0, 0, parent),
                               index(int(m_meshes[m].entries.size()) - 1, ColumnCount - 1, parent));
    }
}

void ApplianceStatusModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    for (int m = 0; m < m_meshes.size(); ++m)
        Q_EMIT dataChanged(index(m, 0), index(m, ColumnCount - 1));
    refresh();
}

QModelIndex ApplianceStatusModel::indexOfObject(ObjectId id) const
{
    for (int m = 0; m < m_meshes.size(); ++m) {
        if (m_meshes[m].id == id)
            return index(m, 0);
        for (int e = 0; e < m_meshes[m].entries.size(); ++e) {
            const int t = m_meshes[m].entries[e].tunnel;
            if (t >= 0 && (m_result->tunnels[t].appliance == id || m_result->tunnels[t].peer == id))
                return index(e, 0, index(m, 0));
        }
    }
    return QModelIndex();
}

QModelIndex ApplianceStatusModel::indexOfTunnel(int tunnel) const
{
    for (int m = 0; m < m_meshes.size(); ++m) {
        for (int e = 0; e < m_meshes[m].entries.size(); ++e) {
            if (m_meshes[m].entries[e].tunnel == tunnel)
                return index(e, 0, index(m, 0));
        }
    }
    return QModelIndex();
}

QModelIndex ApplianceStatusModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return QModelIndex();
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : MeshRow);
}

QModelIndex ApplianceStatusModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == MeshRow)
        return QModelIndex();
    return createIndex(int(child.internalId() - 1), 0, MeshRow);
}

int ApplianceStatusModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_meshes.size());
    if (parent.internalId() == MeshRow && parent.column() == 0)
        return int(m_meshes[parent.row()].entries.size());
    return 0;
}

int ApplianceStatusModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

int ApplianceStatusModel::state(int tunnel) const
{
    return tunnel >= 0 && m_cursor && tunnel < m_cursor->tunnelCount() ? m_cursor->tunnel(tunnel).state
                                                                       : -1;
}

QVariant ApplianceStatusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    if (index.internalId() == MeshRow)
        return meshData(m_meshes[index.row()], index.column(), role);
    const Mesh &mesh = m_meshes[int(index.internalId() - 1)];
    return entryData(mesh.entries[index.row()], index.column(), role);
}

QVariant ApplianceStatusModel::meshData(const Mesh &mesh, int column, int role) const
{
    int down = 0, up = 0, connecting = 0, pairs = 0;
    for (const Entry &e : mesh.entries) {
        const int s = state(e.tunnel);
        pairs += e.tunnel >= 0;
        down += s == SimEvent::Down;
        up += s == SimEvent::Up;
        connecting += s == SimEvent::Connecting;
    }
    const SimEvent::TunnelState summary = down ? SimEvent::Down
                                          : connecting ? SimEvent::Connecting
                                          : up && up == pairs ? SimEvent::Up
                                                              : SimEvent::NotDeployed;
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return m_project->displayName(mesh.id);
        if (column == PairColumn)
            return tr("%n appliance pair(s)", nullptr, pairs);
        if (column == StateColumn) {
            if (down)
                return tr("%1 of %2 Down").arg(down).arg(pairs);
            return EventText::stateName(summary);
        }
        return QVariant();
    case Qt::DecorationRole:
        return column == StateColumn && pairs ? QVariant(TunnelStateStyle::icon(summary)) : QVariant();
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return column == NameColumn ? QVariant(font) : QVariant();
    }
    case ObjectIdRole: return mesh.id;
    case EventRole: return -1;
    case TunnelRole: return -1;
    case StateRole: return int(summary);
    default: return QVariant();
    }
}

QVariant ApplianceStatusModel::entryData(const Entry &entry, int column, int role) const
{
    const SimulationResult::Tunnel *tunnel = entry.tunnel >= 0 ? &m_result->tunnels[entry.tunnel] : nullptr;
    const ReplayCursor::TunnelStatus *status = tunnel ? &m_cursor->tunnel(entry.tunnel) : nullptr;
    const auto reason = [&]() {
        if (!status || status->event < 0)
            return QString();
        const EventText text(*m_project, *m_result);
        return text.tunnelReasonAt(status->event);
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn: return MeshRules::serviceDisplayName(entry.service);
        case PairColumn:
            return tunnel ? tunnel->name : tr("no appliance pair in this mesh");
        case StateColumn: return status ? EventText::stateName(status->state) : QStringLiteral("—");
        case ReasonColumn: return reason();
        case PolicyColumn:
            return tunnel ? ModelEnums::displayName(tunnel->policy) : QString();
        default: return QVariant();
        }
    case Qt::ToolTipRole:
        if (column == ReasonColumn)
            return reason();
        if (column == PolicyColumn && tunnel)
            return EventText(*m_project, *m_result).policyText(tunnel->policy);
        return QVariant();
    case Qt::DecorationRole:
        return column == StateColumn && status ? QVariant(TunnelStateStyle::icon(status->state))
                                               : QVariant();
    case Qt::ForegroundRole:
        if (column == StateColumn && status && status->state == SimEvent::Down)
            return TunnelStateStyle::color(SimEvent::Down);
        if (!tunnel)
            return Theme::color(Theme::Muted);
        return QVariant();
    case ObjectIdRole: return tunnel ? tunnel->appliance : NoId;
    case EventRole: return status ? status->event : -1;
    case TunnelRole: return entry.tunnel;
    case StateRole: return status ? int(status->state) : -1;
    default: return QVariant();
    }
}

QVariant ApplianceStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case NameColumn: return tr("Mesh / service");
    case PairColumn: return tr("Appliance pair");
    case StateColumn: return tr("Status");
    case ReasonColumn: return tr("Reason");
    case PolicyColumn: return tr("Peer port policy");
    default: return QVariant();
    }
}
