#include "MeshGraphScene.h"

#include "EdgeItem.h"
#include "GraphItemRole.h"
#include "MeshGraphLayout.h"
#include "ModelEnums.h"
#include "NodeItem.h"
#include "Project.h"
#include "ProjectSchema.h"
#include "SiteRegionItem.h"

#include <QSet>

namespace {

// Deletes the items whose id is not in keep.
template<typename Item>
void dropMissing(QHash<ObjectId, Item *> *items, const QSet<ObjectId> &keep)
{
    for (auto it = items->begin(); it != items->end();) {
        if (keep.contains(it.key())) {
            ++it;
        } else {
            delete it.value();
            it = items->erase(it);
        }
    }
}

QColor siteTint(const QString &kind)
{
    if (kind == QLatin1String("cloud-sddc"))
        return QColor(0xe6, 0xf4, 0xe6);
    if (kind == QLatin1String("internet"))
        return QColor(0xf0, 0xf0, 0xf0);
    if (kind == QLatin1String("home-lab"))
        return QColor(0xf3, 0xed, 0xfa);
    return QColor(0xe8, 0xf0, 0xfa);
}

} // namespace

MeshGraphScene::MeshGraphScene(Project *project, QObject *parent)
    : QGraphicsScene(parent)
    , m_project(project)
{
    connect(project, &Project::contentsChanged, this, &MeshGraphScene::sync);
    connect(this, &QGraphicsScene::selectionChanged, this, &MeshGraphScene::onSelectionChanged);
    sync();
}

MeshGraphScene::~MeshGraphScene()
{
    // ~QGraphicsScene deletes selected items and announces the selection change;
    // by then this part of the object is gone, so drop the items here first.
    disconnect(this, &QGraphicsScene::selectionChanged, this, nullptr);
    clear();
}

void MeshGraphScene::sync()
{
    // Items are deleted and re-placed here; that is not a user selection.
    m_syncing = true;
    const MeshGraphLayout::Result layout = MeshGraphLayout::compute(*m_project);
    syncRegions(layout.regions);
    syncNodes(layout.nodes);
    syncLinks();
    syncPairs();
    m_syncing = false;
    setSceneRect(itemsBoundingRect().adjusted(-30, -30, 30, 30));
    emit synced();
}

void MeshGraphScene::syncRegions(const QHash<ObjectId, QRectF> &regions)
{
    const QList<ObjectId> keys = regions.keys();
    dropMissing(&m_regions, QSet<ObjectId>(keys.cbegin(), keys.cend()));
    for (auto it = regions.cbegin(); it != regions.cend(); ++it) {
        SiteRegionItem *&item = m_regions[it.key()];
        if (!item) {
            item = new SiteRegionItem(it.key());
            addItem(item);
        }
        const QString kind = m_project->text(it.key(), QStringLiteral("kind"));
        item->setRect(it.value());
        item->setLabels(m_project->displayName(it.key()), ModelEnums::displayName(kind),
                        siteTint(kind));
    }
}

void MeshGraphScene::syncNodes(const QHash<ObjectId, QRectF> &nodes)
{
    const QList<ObjectId> keys = nodes.keys();
    QSet<ObjectId> keep(keys.cbegin(), keys.cend());
    // A node whose kind changed cannot happen (ids are never reused), but a moved
    // node keeps its item: only geometry and labels change.
    dropMissing(&m_nodes, keep);
    for (auto it = nodes.cbegin(); it != nodes.cend(); ++it) {
        NodeItem *&item = m_nodes[it.key()];
        if (!item) {
            item = new NodeItem(it.key(), m_project->kind(it.key()));
            addItem(item);
        }
        item->setPos(it.value().topLeft());
        item->setLabels(m_project->displayName(it.key()), nodeDetail(it.key()));
    }
}

QString MeshGraphScene::nodeDetail(ObjectId id) const
{
    if (m_project->kind(id) == ObjectKind::Appliance) {
        const QString type = m_project->text(id, QStringLiteral("type"));
        // Service appliances are known by their short key (IX, NE); managers by name.
        const QString typeName = type == type.toUpper() ? type : ModelEnums::displayName(type);
        const QString ip = m_project->text(id, QStringLiteral("uplinkIp"));
        return ip.isEmpty() ? typeName : QStringLiteral("%1 · %2").arg(typeName, ip);
    }
    // A NAT device is known by its outside (global) address, the one in
    // `show ip nat translations`.
    for (ObjectId child : m_project->children(id)) {
        if (m_project->kind(child) == ObjectKind::Interface
            && m_project->text(child, QStringLiteral("role")) == QLatin1String("outside")
            && !m_project->text(child, QStringLiteral("address")).isEmpty())
            return QStringLiteral("%1 · %2").arg(
                ModelEnums::displayName(m_project->text(id, QStringLiteral("kind"))),
                m_project->text(child, QStringLiteral("address")));
    }
    return ModelEnums::displayName(m_project->text(id, QStringLiteral("profile")));
}

QRectF MeshGraphScene::boxOf(ObjectId id) const
{
    const QGraphicsItem *item = itemFor(id);
    if (const auto *node = dynamic_cast<const NodeItem *>(item))
        return node->sceneBoundingRect().adjusted(1, 1, -1, -1);
    if (const auto *region = dynamic_cast<const SiteRegionItem *>(item))
        return region->rect();
    return QRectF();
}

void MeshGraphScene::syncLinks()
{
    QSet<ObjectId> keep;
    for (ObjectId link : m_project->objects(ObjectKind::Link)) {
        const QRectF a = boxOf(m_project->value(link, QStringLiteral("a")).toUInt());
        const QRectF b = boxOf(m_project->value(link, QStringLiteral("b")).toUInt());
        if (a.isNull() || b.isNull() || a == b)
            continue;
        keep.insert(link);
        EdgeItem *&item = m_links[link];
        if (!item) {
            item = new EdgeItem(link, EdgeItem::LinkStyle);
            addItem(item);
        }
        item->setEnds(a, b);
        item->setToolTip(m_project->displayName(link));
    }
    dropMissing(&m_links, keep);
}

void MeshGraphScene::syncPairs()
{
    QSet<ObjectId> keep;
    for (ObjectId appliance : m_project->objects(ObjectKind::Appliance)) {
        const ObjectId peer = m_project->value(appliance, QStringLiteral("peer")).toUInt();
        if (peer == NoId || peer == appliance || m_project->kind(peer) != ObjectKind::Appliance)
            continue;
        const ObjectId key = qMin(appliance, peer);
        if (keep.contains(key))
            continue; // both ends name each other
        keep.insert(key);
        // The pair selects its source-side (on-premises) appliance.
        const ObjectId other = qMax(appliance, peer);
        const bool otherIsSource =
            MeshGraphLayout::columnOf(*m_project, m_project->parentOf(other))
                == MeshGraphLayout::Left
            && MeshGraphLayout::columnOf(*m_project, m_project->parentOf(key))
                   != MeshGraphLayout::Left;
        EdgeItem *&item = m_pairs[key];
        if (item && item->id() != (otherIsSource ? other : key)) {
            delete item;
            item = nullptr;
        }
        if (!item) {
            item = new EdgeItem(otherIsSource ? other : key, EdgeItem::PeerPairStyle);
            addItem(item);
        }
        item->setEnds(boxOf(key), boxOf(other));
        item->setToolTip(tr("Peer pair: %1 ↔ %2")
                             .arg(m_project->displayName(key), m_project->displayName(other)));
    }
    dropMissing(&m_pairs, keep);
}

QGraphicsItem *MeshGraphScene::itemFor(ObjectId id) const
{
    for (ObjectId at = id; at != NoId; at = m_project->parentOf(at)) {
        if (QGraphicsItem *item = m_nodes.value(at))
            return item;
        if (QGraphicsItem *item = m_regions.value(at))
            return item;
        if (QGraphicsItem *item = m_links.value(at))
            return item;
    }
    return nullptr;
}

ObjectId MeshGraphScene::currentObject() const
{
    const QList<QGraphicsItem *> items = selectedItems();
    return items.size() == 1 ? items.first()->data(GraphItemIdKey).toUInt() : NoId;
}

void MeshGraphScene::setCurrentObject(ObjectId id)
{
    QGraphicsItem *item = itemFor(id);
    if (item && item->isSelected() && selectedItems().size() == 1)
        return;
    m_syncing = true;
    clearSelection();
    if (item)
        item->setSelected(true);
    m_syncing = false;
}

void MeshGraphScene::onSelectionChanged()
{
    if (!m_syncing)
        emit currentObjectChanged(currentObject());
}
