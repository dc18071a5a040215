#include "MeshGraphScene.h"

#include "GraphPalette.h"

#include "EdgeItem.h"
#include "EdgeLayer.h"
#include "GraphFonts.h"
#include "GraphLegend.h"
#include "GraphItemRole.h"
#include "MeshGraphLayout.h"
#include "ModelEnums.h"
#include "NatRules.h"
#include "NodeItem.h"
#include "PaletteMime.h"
#include "Project.h"
#include "SimulationOverlay.h"
#include "SiteRegionItem.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneMouseEvent>
#include <QMimeData>
#include <QTimer>

namespace {

// A site's category colour (Theme; 0 and 1 are appliances and devices), or
// SiteRegionItem::Neutral for the Internet.
int siteTint(const QString &kind)
{
    if (kind == QLatin1String("cloud-sddc"))
        return 2;
    if (kind == QLatin1String("internet"))
        return SiteRegionItem::Neutral;
    if (kind == QLatin1String("home-lab"))
        return 3;
    return 4;
}

const FieldKey kPosition = Field::position;

} // namespace

MeshGraphScene::MeshGraphScene(Project *project, QObject *parent)
    : QGraphicsScene(parent)
    , m_project(project)
    , m_overlay(new SimulationOverlay(this))
    , m_dwell(new QTimer(this))
{
    // No spatial index: every repaint at fit draws all items, and the index
    // sorts what it finds into stacking order on each one (thousands of
    // items); without it the scene keeps them sorted once, and moving a node
    // and its tunnels re-indexes nothing. Finding items under the pointer
    // becomes a pass over their boxes, far below a frame.
    setItemIndexMethod(QGraphicsScene::NoIndex);
    m_dwell->setSingleShot(true);
    m_dwell->setInterval(MoveDwellMs);
    connect(m_dwell, &QTimer::timeout, this, &MeshGraphScene::armHoverSite);
    connect(project, &Project::objectInserted, this, &MeshGraphScene::onInserted);
    connect(project, &Project::objectRemoved, this, &MeshGraphScene::onRemoved);
    connect(project, &Project::valueChanged, this, &MeshGraphScene::onValueChanged);
    connect(project, &Project::resetDone, this, &MeshGraphScene::sync);
    connect(project, &Project::contentsChanged, this, &MeshGraphScene::onContentsChanged);
    connect(this, &QGraphicsScene::selectionChanged, this, &MeshGraphScene::onSelectionChanged);
    sync();
}

MeshGraphScene::~MeshGraphScene()
{
    // ~QGraphicsScene deletes selected items and announces the selection change;
    // by then this part of the object is gone, so drop the items here first.
    disconnect(this, &QGraphicsScene::selectionChanged, this, nullptr);
    m_overlay->detach();
    // The edges keep a pointer to the layer: it goes first, they never use it after.
    delete std::exchange(m_edgeLayer, nullptr);
    clear();
}

void MeshGraphScene::setSimulation(SimulationSession *session)
{
    m_overlay->setSession(session);
}

QPointF MeshGraphScene::storedPosition(ObjectId id) const
{
    return m_project->value(id, kPosition).toPointF();
}

// --- full refresh

void MeshGraphScene::sync()
{
    m_syncing = true;
    const QList<ObjectId> selected = selectedObjects();
    m_overlay->detachItems();
    delete m_connectLine;
    m_connectLine = nullptr;
    m_connectFrom = NoId;
    m_drag = Drag();
    m_dwell->stop();
    m_hoverSite = m_armedSite = m_dropTarget = NoId;
    m_viaOf.clear();
    // Items belong to the scene; clear() deletes them all at once. The
    // layer first: the edges do not reach it while they are deleted. Its
    // image goes on in the new one.
    EdgeLayer::Image image;
    if (m_edgeLayer)
        image = m_edgeLayer->releaseImage();
    delete std::exchange(m_edgeLayer, nullptr);
    clear();
    m_edgeLayer = new EdgeLayer;
    m_edgeLayer->adoptImage(std::move(image));
    m_edgeLayer->setViewport(m_edgeImageViewport);
    addItem(m_edgeLayer);
    m_legend = nullptr;
    m_banner = nullptr;
    setLegendShown(m_legendShown);
    m_regions.clear();
    m_nodes.clear();
    m_links.clear();
    m_pairs.clear();
    m_edgesAt.clear();
    m_linkEnds.clear();
    m_peerOf.clear();
    m_unplaced.clear();
    m_computed.clear();
    for (ObjectId site : m_project->objects(ObjectKind::Site))
        addRegion(site);
    for (ObjectKind kind : {ObjectKind::Device, ObjectKind::Appliance}) {
        for (ObjectId id : m_project->objects(kind))
            addNode(id);
    }
    updatePlacement();
    // Regions first: links may end at a site.
    for (ObjectId site : m_project->objects(ObjectKind::Site))
        updateRegion(site);
    m_dirtyRegions.clear();
    for (ObjectId link : m_project->objects(ObjectKind::Link))
        refreshLink(link);
    for (ObjectId a : m_project->objects(ObjectKind::Appliance))
        syncPair(a, m_project->value(a, Field::peer).toUInt());
    selectObjects(selected);
    m_syncing = false;
    finishChange();
    emit pairsChanged();
    emit rebuilt();
}

// --- model signals

void MeshGraphScene::onInserted(ObjectId id)
{
    m_syncing = true;
    switch (m_project->kind(id)) {
    case ObjectKind::Site:
        addRegion(id);
        updatePlacement();
        updateRegion(id);
        // A restored site brings back the links that end at it.
        for (ObjectId link : m_project->objects(ObjectKind::Link)) {
            if (m_project->value(link, Field::a).toUInt() == id
                || m_project->value(link, Field::b).toUInt() == id)
                refreshLink(link);
        }
        break;
    case ObjectKind::Device:
    case ObjectKind::Appliance: {
        addNode(id);
        updatePlacement();
        // A restored node brings back the links and the pair that end at it.
        for (ObjectId link : m_project->objects(ObjectKind::Link)) {
            if (m_project->value(link, Field::a).toUInt() == id
                || m_project->value(link, Field::b).toUInt() == id)
                refreshLink(link);
        }
        if (m_project->kind(id) == ObjectKind::Appliance) {
            syncPair(id, m_project->value(id, Field::peer).toUInt());
            emit pairsChanged();
        }
        if (m_reselect.remove(id))
            m_nodes.value(id)->setSelected(true);
        break;
    }
    case ObjectKind::Interface:
    case ObjectKind::Rule:
        refreshNodeLabels(m_project->parentOf(id));
        break;
    case ObjectKind::Link:
        refreshLink(id);
        break;
    default:
        break;
    }
    m_syncing = false;
    finishChange();
}

void MeshGraphScene::onRemoved(ObjectId id, ObjectKind kind)
{
    m_syncing = true;
    m_unplaced.remove(id);
    m_computed.remove(id);
    if (kind == ObjectKind::Site) {
        delete m_regions.take(id);
        m_dirtyRegions.remove(id);
    } else if (kind == ObjectKind::Device || kind == ObjectKind::Appliance) {
        if (NodeItem *node = m_nodes.take(id)) {
            if (node->isSelected())
                m_reselect.insert(id);
            delete node;
        }
        const ObjectId peer = m_peerOf.take(id);
        if (peer != NoId)
            syncPair(id, peer);
        for (EdgeItem *edge : m_edgesAt.values(id)) {
            // A tunnel that crossed a removed device is drawn direct until the
            // simulation says otherwise.
            if (edge->style() == EdgeItem::PeerPairStyle && edge->id() != id && edge->peer() != id)
                setPairVia(edge->id(), edge->peer(), NoId);
            else
                removeEdge(edge);
        }
        // The region it belonged to shrinks; which one is unknown now: all of them
        // are cheap to recompute only when they had this member, so check boxes.
        for (auto it = m_regions.cbegin(); it != m_regions.cend(); ++it)
            m_dirtyRegions.insert(it.key());
    } else if (kind == ObjectKind::Link) {
        if (EdgeItem *edge = m_links.value(id))
            removeEdge(edge);
    } else if (kind == ObjectKind::Interface || kind == ObjectKind::Rule) {
        for (ObjectId device : m_project->objects(ObjectKind::Device))
            refreshNodeLabels(device);
    }
    m_syncing = false;
}

void MeshGraphScene::onValueChanged(ObjectId id, FieldKey key)
{
    m_syncing = true;
    const ObjectKind kind = m_project->kind(id);
    if (MeshGraphLayout::isNodeKind(kind)) {
        if (key == kPosition) {
            const bool shownThere = m_nodes.value(id) && m_nodes.value(id)->pos() == storedPosition(id);
            if (MeshGraphLayout::isPlaced(*m_project, id)) {
                m_unplaced.remove(id);
                m_computed.remove(id);
            } else {
                m_unplaced.insert(id);
            }
            placeNode(id);
            // Storing the place a node is already shown at (the initial
            // placement) moves nothing else.
            if (!shownThere)
                updatePlacement();
        } else if (key == Field::peer) {
            const ObjectId old = m_peerOf.value(id);
            syncPair(id, old);
            syncPair(id, m_project->value(id, key).toUInt());
            emit pairsChanged();
        } else {
            refreshNodeLabels(id);
            updateEdgesOf(id);
            m_dirtyRegions.insert(m_project->parentOf(id));
        }
    } else if (kind == ObjectKind::Site) {
        if (key == kPosition) {
            const bool shownThere = m_unplaced.contains(id) && m_computed.contains(id)
                                    && m_computed.value(id) == storedPosition(id);
            if (MeshGraphLayout::isPlaced(*m_project, id))
                m_unplaced.remove(id);
            else
                m_unplaced.insert(id);
            m_computed.remove(id);
            m_dirtyRegions.insert(id);
            if (!shownThere)
                updatePlacement();
        } else {
            refreshRegionLabels(id);
        }
    } else if (kind == ObjectKind::Interface || kind == ObjectKind::Rule) {
        refreshNodeLabels(m_project->parentOf(id));
        updateEdgesOf(m_project->parentOf(id));
    } else if (kind == ObjectKind::Link) {
        refreshLink(id);
    }
    m_syncing = false;
}

void MeshGraphScene::onContentsChanged()
{
    m_reselect.clear();
    finishChange();
}

// --- items

void MeshGraphScene::addRegion(ObjectId id)
{
    auto *item = new SiteRegionItem(id);
    item->setTextScale(m_textScale);
    m_regions.insert(id, item);
    addItem(item);
    if (!MeshGraphLayout::isPlaced(*m_project, id))
        m_unplaced.insert(id);
    refreshRegionLabels(id);
    m_dirtyRegions.insert(id);
}

void MeshGraphScene::refreshRegionLabels(ObjectId id)
{
    SiteRegionItem *item = m_regions.value(id);
    if (!item)
        return;
    const QString kind = m_project->text(id, Field::kind);
    item->setLabels(m_project->displayName(id), ModelEnums::displayName(kind), siteTint(kind));
}

void MeshGraphScene::addNode(ObjectId id)
{
    auto *item = new NodeItem(id, m_project->kind(id));
    item->setTextScale(m_textScale);
    m_nodes.insert(id, item);
    addItem(item);
    if (!MeshGraphLayout::isPlaced(*m_project, id))
        m_unplaced.insert(id);
    refreshNodeLabels(id);
    placeNode(id);
}

void MeshGraphScene::refreshNodeLabels(ObjectId id)
{
    NodeItem *item = m_nodes.value(id);
    if (!item)
        return;
    const bool appliance = m_project->kind(id) == ObjectKind::Appliance;
    item->setLabels(m_project->displayName(id), nodeLines(id),
                    m_project->text(id, appliance ? Field::type : Field::kind));
    m_overlay->refreshNode(id);
}

QList<NodeItem::Line> MeshGraphScene::nodeLines(ObjectId id) const
{
    if (m_project->kind(id) == ObjectKind::Appliance) {
        const QString type = m_project->text(id, Field::type);
        // Service appliances are known by their short key (IX, NE); managers by name.
        const QString typeName = type == type.toUpper() ? type : ModelEnums::displayName(type);
        return {{typeName, m_project->text(id, Field::uplinkIp)}};
    }
    // A NAT device is known by the addresses it uses outside: its outside
    // (global) interfaces, the ones in `show ip nat translations`, and the
    // global addresses of its static NAT rules.
    QStringList outside;
    QStringList statics;
    for (ObjectId child : m_project->children(id)) {
        const ObjectKind kind = m_project->kind(child);
        if (kind == ObjectKind::Interface
            && m_project->text(child, Field::role) == QLatin1String("outside")) {
            const QString address = m_project->text(child, Field::address);
            if (!address.isEmpty() && !outside.contains(address))
                outside.append(address);
        } else if (kind == ObjectKind::Rule && NatRules::isSimulated(*m_project, child)) {
            // (An outside source rule's second address is an outside local, not ours.)
            const QString ruleKind = m_project->text(child, Field::kind);
            QString global = m_project->text(child, Field::insideGlobal);
            if (global.isEmpty()
                || (ruleKind != QLatin1String("static") && ruleKind != QLatin1String("static-pat")))
                continue;
            const int port = m_project->value(child, Field::globalPort).toInt();
            if (ruleKind == QLatin1String("static-pat") && port > 0)
                global += QLatin1Char(':') + QString::number(port);
            if (!statics.contains(global))
                statics.append(global);
        }
    }
    const QString kind = ModelEnums::displayName(m_project->text(id, Field::kind));
    QList<NodeItem::Line> lines;
    if (outside.isEmpty())
        lines.append({ModelEnums::displayName(m_project->text(id, Field::profile)), QString()});
    else
        lines.append({kind, outside.join(QStringLiteral(", "))});
    if (!statics.isEmpty())
        lines.append({tr("Static NAT"), statics.join(QStringLiteral(", "))});
    return lines;
}

void MeshGraphScene::placeNode(ObjectId id)
{
    NodeItem *item = m_nodes.value(id);
    if (!item)
        return;
    const QPointF at =
        shownAt(m_unplaced.contains(id) ? m_computed.value(id) : storedPosition(id));
    if (item->pos() != at)
        item->setPos(at);
    updateEdgesOf(id);
    m_dirtyRegions.insert(m_project->parentOf(id));
}

void MeshGraphScene::updatePlacement()
{
    // Only objects without a stored position need the layout, and only when
    // there are some: a project whose nodes are all placed never pays for it.
    if (m_unplaced.isEmpty()) {
        m_computed.clear();
        return;
    }
    MeshGraphLayout::Result result;
    if (!MeshGraphLayout::anyPlaced(*m_project)) {
        result = MeshGraphLayout::compute(*m_project);
    } else {
        QHash<ObjectId, QRectF> nodes;
        QHash<ObjectId, QRectF> sites;
        for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
            if (!m_unplaced.contains(it.key()))
                nodes.insert(it.key(), it.value()->sceneBoundingRect());
        }
        for (auto it = m_regions.cbegin(); it != m_regions.cend(); ++it) {
            const ObjectId site = it.key();
            bool placedMember = false;
            for (ObjectId child : m_project->children(site))
                placedMember = placedMember || nodes.contains(child);
            if (placedMember || !m_unplaced.contains(site))
                sites.insert(site, boxOf(site));
        }
        result = MeshGraphLayout::complete(*m_project, nodes, sites);
    }
    PositionMap computed;
    for (ObjectId id : std::as_const(m_unplaced)) {
        if (result.nodes.contains(id))
            computed.insert(id, result.nodes.value(id));
        else if (result.sites.contains(id))
            computed.insert(id, result.sites.value(id));
    }
    const PositionMap before = m_computed;
    m_computed = computed;
    for (auto it = computed.cbegin(); it != computed.cend(); ++it) {
        if (before.value(it.key()) == it.value() && before.contains(it.key()))
            continue;
        if (m_nodes.contains(it.key()))
            placeNode(it.key());
        else
            m_dirtyRegions.insert(it.key());
    }
}

void MeshGraphScene::updateRegion(ObjectId site)
{
    SiteRegionItem *item = m_regions.value(site);
    if (!item)
        return;
    QRectF box;
    for (ObjectId child : m_project->children(site)) {
        if (NodeItem *node = m_nodes.value(child))
            box |= node->mapRectToScene(node->rect());
    }
    const qreal k = m_textScale;
    // Room for the title and subtitle (larger text needs more, not k times more).
    const QSizeF label = item->labelSize();
    const qreal minWidth = qMax(MeshGraphLayout::EmptySiteWidth, label.width());
    if (box.isNull()) {
        // Spread about its centre, so a larger box stays where it was.
        const QSizeF base(MeshGraphLayout::EmptySiteWidth, MeshGraphLayout::EmptySiteHeight);
        const QSizeF size(minWidth, qMax(base.height(), label.height() + base.height() / 2));
        const QPointF at = m_unplaced.contains(site) ? m_computed.value(site) : storedPosition(site);
        const QPointF centre = shownAt(at + QPointF(base.width() / 2, base.height() / 2));
        box = QRectF(centre - QPointF(size.width() / 2, size.height() / 2), size);
    } else {
        box.adjust(-MeshGraphLayout::Padding * k,
                   -qMax(MeshGraphLayout::TitleHeight, label.height() + MeshGraphLayout::Padding * k),
                   MeshGraphLayout::Padding * k, MeshGraphLayout::Padding * k);
        box.setWidth(qMax(box.width(), minWidth));
    }
    if (item->rect() != box) {
        item->setRect(box);
        updateEdgesOf(site);
    }
}

void MeshGraphScene::finishChange()
{
    // Regions and the scene rect are settled once per batch of model signals
    // (an import stores thousands of positions); anything that reads geometry
    // flushes first, so callers never see stale boxes.
    m_boundsDirty = true;
    if (!m_flushScheduled) {
        m_flushScheduled = true;
        QTimer::singleShot(0, this, &MeshGraphScene::flush);
    }
}

void MeshGraphScene::flush() const
{
    auto *self = const_cast<MeshGraphScene *>(this);
    self->m_flushScheduled = false;
    if (m_drag.active)
        return; // regions stay put while a drag is under way (release flushes)
    if (m_dirtyRegions.isEmpty() && !m_boundsDirty)
        return;
    self->flushNow();
}

void MeshGraphScene::flushNow()
{
    m_boundsDirty = false;
    const QSet<ObjectId> dirty = std::exchange(m_dirtyRegions, {});
    for (ObjectId site : dirty)
        updateRegion(site);
    QRectF bounds;
    if (auto *legend = static_cast<GraphLegend::SceneItem *>(m_legend)) {
        // Beside a wide diagram (one column, bottom-aligned), under a tall one
        // (as many columns as its width takes): where it adds the least to a
        // drawing that is then fitted to a wide screen. Its type a little
        // smaller than the diagram's.
        removeItem(legend);
        const QRectF diagram = itemsBoundingRect();
        addItem(legend);
        const qreal scale = m_textScale * 0.85;
        const qreal gap = MeshGraphLayout::Padding * m_textScale;
        if (diagram.width() >= 2 * diagram.height()) {
            legend->setLayout(1, scale);
            legend->setPos(diagram.right() + gap,
                           diagram.bottom() - legend->boundingRect().height());
        } else {
            legend->setLayout(GraphLegend::columnsFor(qMax(diagram.width(), 1.0), scale), scale);
            legend->setPos(diagram.left(), diagram.bottom() + gap);
        }
        bounds = diagram | legend->sceneBoundingRect();
    } else {
        bounds = itemsBoundingRect();
    }
    const QRectF wanted = bounds.adjusted(-SceneMargin, -SceneMargin, SceneMargin, SceneMargin);
    if (sceneRect() != wanted)
        setSceneRect(wanted);
    emit synced();
}

QRectF MeshGraphScene::boxOf(ObjectId id) const
{
    // Nodes are always where they belong; regions may wait for the flush.
    if (const NodeItem *node = m_nodes.value(id))
        return node->mapRectToScene(node->rect());
    flush();
    if (const SiteRegionItem *region = m_regions.value(id))
        return region->rect();
    return QRectF();
}

void MeshGraphScene::updateEdgesOf(ObjectId id)
{
    for (EdgeItem *edge : m_edgesAt.values(id)) {
        if (edge->style() == EdgeItem::LinkStyle) {
            refreshLink(edge->id());
        } else {
            edge->setEnds(boxOf(edge->id()), boxOf(edge->peer()), viaBox(edge));
        }
    }
}

void MeshGraphScene::removeEdge(EdgeItem *edge)
{
    if (edge->style() == EdgeItem::LinkStyle) {
        const QPair<ObjectId, ObjectId> ends = m_linkEnds.take(edge->id());
        m_edgesAt.remove(ends.first, edge);
        m_edgesAt.remove(ends.second, edge);
        m_links.remove(edge->id());
    } else {
        m_edgesAt.remove(edge->id(), edge);
        m_edgesAt.remove(edge->peer(), edge);
        const ObjectId key = qMin(edge->id(), edge->peer());
        if (m_pairs.value(key) == edge) {
            m_pairs.remove(key);
            m_edgesAt.remove(m_viaOf.take(key), edge);
        }
    }
    m_edgeLayer->forget(edge);
    delete edge;
}

void MeshGraphScene::setEdgeImageViewport(QWidget *viewport)
{
    m_edgeImageViewport = viewport;
    if (m_edgeLayer)
        m_edgeLayer->setViewport(viewport);
}

void MeshGraphScene::refreshLink(ObjectId link)
{
    const ObjectId a = m_project->value(link, Field::a).toUInt();
    const ObjectId b = m_project->value(link, Field::b).toUInt();
    const QRectF boxA = boxOf(a);
    const QRectF boxB = boxOf(b);
    EdgeItem *item = m_links.value(link);
    if (boxA.isNull() || boxB.isNull() || a == b) {
        if (item)
            removeEdge(item);
        return;
    }
    if (!item) {
        item = new EdgeItem(link, EdgeItem::LinkStyle);
        item->setTextScale(m_textScale);
        item->setLayer(m_edgeLayer);
        m_links.insert(link, item);
        addItem(item);
    }
    // Re-key when the ends changed.
    const QPair<ObjectId, ObjectId> ends(a, b);
    const auto old = m_linkEnds.constFind(link);
    if (old == m_linkEnds.cend() || *old != ends) {
        if (old != m_linkEnds.cend()) {
            m_edgesAt.remove(old->first, item);
            m_edgesAt.remove(old->second, item);
        }
        m_edgesAt.insert(a, item);
        m_edgesAt.insert(b, item);
        m_linkEnds.insert(link, ends);
    }
    item->setEnds(boxA, boxB);
    item->setToolTip(m_project->displayName(link));
}

void MeshGraphScene::syncPair(ObjectId a, ObjectId b)
{
    // A pair exists while either appliance names the other as its peer.
    const auto names = [this](ObjectId x, ObjectId y) {
        return m_project->kind(x) == ObjectKind::Appliance
               && m_project->value(x, Field::peer).toUInt() == y;
    };
    if (m_project->kind(a) == ObjectKind::Appliance)
        m_peerOf.insert(a, m_project->value(a, Field::peer).toUInt());
    if (b == NoId || a == b)
        return;
    const ObjectId key = qMin(a, b);
    const ObjectId other = qMax(a, b);
    const bool exists = m_nodes.contains(a) && m_nodes.contains(b)
                        && (names(a, b) || names(b, a));
    EdgeItem *item = m_pairs.value(key);
    if (item && (!exists || (item->id() != other && item->peer() != other))) {
        removeEdge(item);
        item = nullptr;
    }
    if (!exists)
        return;
    // The edge selects (and is named after) its source-side appliance.
    const bool otherIsSource =
        MeshGraphLayout::columnOf(*m_project, m_project->parentOf(other)) == MeshGraphLayout::Left
        && MeshGraphLayout::columnOf(*m_project, m_project->parentOf(key)) != MeshGraphLayout::Left;
    const ObjectId source = otherIsSource ? other : key;
    const ObjectId target = otherIsSource ? key : other;
    if (!item) {
        item = new EdgeItem(source, EdgeItem::PeerPairStyle);
        item->setTextScale(m_textScale);
        item->setLayer(m_edgeLayer);
        item->setPeer(target);
        m_pairs.insert(key, item);
        m_edgesAt.insert(source, item);
        m_edgesAt.insert(target, item);
        addItem(item);
    }
    if (item->id() != source || item->peer() != target) {
        m_edgesAt.remove(item->id(), item);
        m_edgesAt.remove(item->peer(), item);
        item->setId(source);
        item->setPeer(target);
        m_edgesAt.insert(source, item);
        m_edgesAt.insert(target, item);
    }
    item->setEnds(boxOf(source), boxOf(target), viaBox(item));
    item->setToolTip(tr("Peer pair: %1 ↔ %2")
                         .arg(m_project->displayName(source), m_project->displayName(target)));
}

EdgeItem *MeshGraphScene::pairItem(ObjectId appliance, ObjectId peer) const
{
    return m_pairs.value(qMin(appliance, peer));
}

QRectF MeshGraphScene::viaBox(EdgeItem *edge) const
{
    const NodeItem *via = m_nodes.value(m_viaOf.value(qMin(edge->id(), edge->peer()), NoId));
    return via ? via->mapRectToScene(via->rect()) : QRectF();
}

void MeshGraphScene::setPairVia(ObjectId appliance, ObjectId peer, ObjectId device)
{
    const ObjectId key = qMin(appliance, peer);
    EdgeItem *edge = m_pairs.value(key);
    if (!edge || !m_nodes.contains(device))
        device = NoId;
    const ObjectId old = m_viaOf.value(key, NoId);
    if (old == device)
        return;
    if (edge && old != NoId)
        m_edgesAt.remove(old, edge);
    if (device == NoId) {
        m_viaOf.remove(key);
    } else {
        m_viaOf.insert(key, device);
        m_edgesAt.insert(device, edge); // moving the device moves the tunnel
    }
    if (edge)
        edge->setEnds(boxOf(edge->id()), boxOf(edge->peer()), viaBox(edge));
}

// --- selection

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
    if (items.isEmpty())
        return NoId;
    for (QGraphicsItem *item : items) {
        if (item->data(GraphItemIdKey).toUInt() == m_pressed)
            return m_pressed;
    }
    return items.first()->data(GraphItemIdKey).toUInt();
}

QList<ObjectId> MeshGraphScene::selectedObjects() const
{
    QList<ObjectId> ids;
    for (QGraphicsItem *item : selectedItems()) {
        if (!item->data(GraphItemPairKey).toBool())
            ids.append(item->data(GraphItemIdKey).toUInt());
    }
    return ids;
}

QList<ObjectId> MeshGraphScene::selectedPairs() const
{
    QList<ObjectId> ids;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->data(GraphItemPairKey).toBool())
            ids.append(item->data(GraphItemIdKey).toUInt());
    }
    return ids;
}

void MeshGraphScene::selectObjects(const QList<ObjectId> &ids)
{
    const bool wasSyncing = std::exchange(m_syncing, true);
    clearSelection();
    for (ObjectId id : ids) {
        if (QGraphicsItem *item = itemFor(id))
            item->setSelected(true);
    }
    m_syncing = wasSyncing;
    if (!m_syncing)
        emit currentObjectChanged(currentObject());
}

void MeshGraphScene::setCurrentObject(ObjectId id)
{
    // An echo of our own selection (a member of a multi-selection, a tunnel
    // edge named after its appliance) keeps it.
    for (QGraphicsItem *selected : selectedItems()) {
        if (id != NoId && selected->data(GraphItemIdKey).toUInt() == id)
            return;
    }
    QGraphicsItem *item = itemFor(id);
    if (item && item->isSelected())
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
    // The edges at selected nodes (and through selected devices) draw
    // themselves: the drag that may follow moves them without redrawing the
    // image of all edges. Select-all pins nothing.
    constexpr int MaxPinned = 256;
    QSet<EdgeItem *> pinned;
    for (QGraphicsItem *item : selectedItems()) {
        const auto *node = dynamic_cast<NodeItem *>(item);
        if (!node)
            continue;
        for (EdgeItem *edge : m_edgesAt.values(node->id()))
            pinned.insert(edge);
        if (pinned.size() > MaxPinned) {
            pinned.clear();
            break;
        }
    }
    if (m_edgeLayer)
        m_edgeLayer->setPinned(pinned);
}

// --- presentation scale

void MeshGraphScene::setLegendShown(bool on)
{
    m_legendShown = on;
    if (on && !m_legend) {
        m_legend = new GraphLegend::SceneItem;
        addItem(m_legend);
    } else if (!on && m_legend) {
        delete std::exchange(m_legend, nullptr);
    }
    finishChange();
}

QGraphicsItem *MeshGraphScene::legendItem() const
{
    flush();
    return m_legend;
}

QPointF MeshGraphScene::shownAt(const QPointF &modelPos) const
{
    return QPointF(modelPos.x() * m_spread.x(), modelPos.y() * m_spread.y());
}

QPointF MeshGraphScene::modelAt(const QPointF &shownPos) const
{
    return QPointF(shownPos.x() / m_spread.x(), shownPos.y() / m_spread.y());
}

void MeshGraphScene::setTextScale(qreal scale)
{
    scale = qBound(0.5, scale, 4.0);
    if (qFuzzyCompare(scale, m_textScale))
        return;
    flush();
    // Region pairs that overlap by design (nested sites) may keep overlapping.
    QSet<QPair<ObjectId, ObjectId>> overlapping;
    for (auto a = m_regions.cbegin(); a != m_regions.cend(); ++a) {
        for (auto b = m_regions.cbegin(); b != m_regions.cend(); ++b) {
            if (a.key() < b.key() && a.value()->rect().intersects(b.value()->rect()))
                overlapping.insert({a.key(), b.key()});
        }
    }
    m_textScale = scale;
    for (NodeItem *node : std::as_const(m_nodes))
        node->setTextScale(scale);
    for (SiteRegionItem *region : std::as_const(m_regions))
        region->setTextScale(scale);
    for (EdgeItem *edge : std::as_const(m_links))
        edge->setTextScale(scale);
    for (EdgeItem *edge : std::as_const(m_pairs))
        edge->setTextScale(scale);
    computeSpread();
    // Spread a little more while larger regions run into each other.
    for (int round = 0; round < 12; ++round) {
        for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
            placeNode(it.key());
        for (auto it = m_regions.cbegin(); it != m_regions.cend(); ++it)
            m_dirtyRegions.insert(it.key());
        flushNow();
        bool clash = false;
        for (auto a = m_regions.cbegin(); a != m_regions.cend() && !clash; ++a) {
            for (auto b = m_regions.cbegin(); b != m_regions.cend() && !clash; ++b) {
                clash = a.key() < b.key() && !overlapping.contains({a.key(), b.key()})
                        && a.value()->rect().intersects(b.value()->rect());
            }
        }
        if (!clash || m_spread.x() >= scale)
            break;
        m_spread = QPointF(qMin(scale, m_spread.x() * 1.08), qMin(scale, m_spread.y() * 1.04));
    }
}

// How far apart node centres must move so the larger boxes do not touch: per
// pair, along the axis that needs the smaller stretch. Boxes grow by the text
// scale, the gaps between them less, which is what makes the text larger on
// screen once the view fits the whole diagram.
void MeshGraphScene::computeSpread()
{
    constexpr int MaxNodes = 400; // beyond, spread like the text (no gain, no cost)
    constexpr qreal Gap = 24;
    const qreal k = m_textScale;
    m_spread = QPointF(1, 1);
    if (m_nodes.size() > MaxNodes) {
        m_spread = QPointF(k, k);
        return;
    }
    struct Box
    {
        QPointF centre; // model units
        QSizeF size;    // at the text scale
    };
    QList<Box> boxes;
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        const ObjectId id = it.key();
        boxes.append({m_unplaced.contains(id) ? m_computed.value(id) : storedPosition(id),
                      it.value()->rect().size()});
    }
    qreal sx = 1;
    qreal sy = 1;
    for (int i = 0; i < boxes.size(); ++i) {
        for (int j = i + 1; j < boxes.size(); ++j) {
            const qreal dx = qAbs(boxes[i].centre.x() - boxes[j].centre.x());
            const qreal dy = qAbs(boxes[i].centre.y() - boxes[j].centre.y());
            const qreal needX = dx > 1 ? ((boxes[i].size.width() + boxes[j].size.width()) / 2 + Gap) / dx
                                       : qInf();
            const qreal needY = dy > 1 ? ((boxes[i].size.height() + boxes[j].size.height()) / 2 + Gap) / dy
                                       : qInf();
            if (needX <= sx || needY <= sy)
                continue;
            if (needX <= needY)
                sx = qMin(k, needX);
            else
                sy = qMin(k, needY);
        }
    }
    m_spread = QPointF(sx, sy);
}

// --- gestures

NodeItem *MeshGraphScene::nodeAt(const QPointF &scenePos) const
{
    for (QGraphicsItem *item : items(scenePos)) {
        if (auto *node = dynamic_cast<NodeItem *>(item))
            return node;
    }
    return nullptr;
}

ObjectId MeshGraphScene::siteAt(const QPointF &scenePos) const
{
    flush();
    ObjectId best = NoId;
    qreal bestArea = 0;
    for (auto it = m_regions.cbegin(); it != m_regions.cend(); ++it) {
        const QRectF r = it.value()->rect();
        if (!r.contains(scenePos))
            continue;
        const qreal area = r.width() * r.height();
        if (best == NoId || area < bestArea) {
            best = it.key();
            bestArea = area;
        }
    }
    return best;
}

void MeshGraphScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        NodeItem *node = nodeAt(event->scenePos());
        if ((event->modifiers() & Qt::ShiftModifier) && !node) {
            event->ignore(); // the view starts a rubber band, even inside a site
            return;
        }
        const bool alt = event->modifiers() & Qt::AltModifier;
        const ObjectId site = node ? NoId : siteAt(event->scenePos());
        // Connect: drag from a node's handle, or Alt-drag from a node or site.
        if ((node && node->handleContains(event->scenePos())) || (alt && (node || site))) {
            m_connectFrom = node ? node->id() : site;
            m_connectLine = new QGraphicsLineItem(QLineF(event->scenePos(), event->scenePos()));
            m_connectLine->setPen(QPen(Theme::selection(graphPalette(this)), 2, Qt::DashLine));
            m_connectLine->setZValue(10);
            addItem(m_connectLine);
            event->accept();
            return;
        }
    }
    QGraphicsScene::mousePressEvent(event);
    if (event->button() == Qt::LeftButton) {
        QGraphicsItem *item = mouseGrabberItem();
        m_pressed = item ? item->data(GraphItemIdKey).toUInt() : NoId;
        if (item && item->isSelected() && !item->data(GraphItemPairKey).toBool()
            && (dynamic_cast<NodeItem *>(item) || dynamic_cast<SiteRegionItem *>(item)))
            beginDrag(event->scenePos());
    }
}

void MeshGraphScene::beginDrag(const QPointF &scenePos)
{
    m_drag = Drag();
    m_drag.pending = true;
    m_drag.start = scenePos;
    for (QGraphicsItem *item : selectedItems()) {
        if (auto *node = dynamic_cast<NodeItem *>(item)) {
            m_drag.origins.insert(node->id(), node->pos());
        } else if (auto *region = dynamic_cast<SiteRegionItem *>(item)) {
            // A site moves with everything in it.
            m_drag.sites.insert(region->id(), region->rect());
            for (ObjectId child : m_project->children(region->id())) {
                if (NodeItem *member = m_nodes.value(child))
                    m_drag.origins.insert(child, member->pos());
            }
        }
    }
}

void MeshGraphScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connectLine) {
        m_connectLine->setLine(QLineF(m_connectLine->line().p1(), event->scenePos()));
        const ObjectId target = siteAt(event->scenePos());
        if (target != m_dropTarget) {
            if (SiteRegionItem *old = m_regions.value(m_dropTarget))
                old->setDropTarget(false);
            m_dropTarget = target;
        }
        return;
    }
    if (m_drag.pending && (event->buttons() & Qt::LeftButton)) {
        const QPoint moved = event->screenPos() - event->buttonDownScreenPos(Qt::LeftButton);
        if (!m_drag.active && moved.manhattanLength() < QApplication::startDragDistance())
            return;
        m_drag.active = true;
        const QPointF delta = event->scenePos() - m_drag.start;
        for (auto it = m_drag.origins.cbegin(); it != m_drag.origins.cend(); ++it) {
            if (NodeItem *node = m_nodes.value(it.key())) {
                node->setPos(it.value() + delta);
                updateEdgesOf(it.key());
            }
        }
        for (auto it = m_drag.sites.cbegin(); it != m_drag.sites.cend(); ++it) {
            if (SiteRegionItem *region = m_regions.value(it.key())) {
                region->setRect(it.value().translated(delta));
                updateEdgesOf(it.key());
            }
        }
        // Another site under the pointer: resting there arms the move (the
        // region says so); passing over it, or missing a handle, moves nothing.
        ObjectId target = m_drag.sites.isEmpty() ? siteAt(event->scenePos()) : NoId;
        bool foreign = false;
        for (auto it = m_drag.origins.cbegin(); it != m_drag.origins.cend() && target; ++it)
            foreign = foreign || m_project->parentOf(it.key()) != target;
        setHoverSite(foreign ? target : NoId);
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void MeshGraphScene::setHoverSite(ObjectId site)
{
    if (site == m_hoverSite)
        return;
    if (SiteRegionItem *old = m_regions.value(m_armedSite))
        old->setDropTarget(false);
    delete std::exchange(m_banner, nullptr);
    m_armedSite = NoId;
    m_hoverSite = site;
    if (site != NoId)
        m_dwell->start();
    else
        m_dwell->stop();
}

void MeshGraphScene::armHoverSite()
{
    SiteRegionItem *region = m_regions.value(m_hoverSite);
    if (!region || !m_drag.active)
        return;
    m_armedSite = m_hoverSite;
    const QString caption = tr("Move to %1").arg(m_project->displayName(m_armedSite));
    region->setDropTarget(true, caption);
    // A banner under the site's title, above the nodes, in screen-sized type.
    const qreal s = m_textScale;
    const QFont font = GraphFonts::text(s * 1.1, true);
    const QFontMetricsF fm(font);
    const QRectF box = region->rect();
    const QSizeF size(fm.horizontalAdvance(caption) + 20 * s, fm.height() + 10 * s);
    m_banner = new QGraphicsRectItem(QRectF(QPointF(0, 0), size));
    m_banner->setPen(Qt::NoPen);
    const QColor bannerFill = Theme::selection(graphPalette(this));
    m_banner->setBrush(bannerFill);
    m_banner->setZValue(30);
    m_banner->setPos(box.center().x() - size.width() / 2,
                     qMin(box.top() + region->labelSize().height(), box.bottom() - size.height()));
    auto *text = new QGraphicsSimpleTextItem(caption, m_banner);
    text->setFont(font);
    text->setBrush(Theme::badgeText(bannerFill));
    text->setPos(10 * s, 5 * s);
    addItem(m_banner);
}

void MeshGraphScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (SiteRegionItem *old = m_regions.value(std::exchange(m_dropTarget, NoId)))
        old->setDropTarget(false);
    const ObjectId armed = std::exchange(m_armedSite, NoId);
    if (SiteRegionItem *region = m_regions.value(armed))
        region->setDropTarget(false);
    delete std::exchange(m_banner, nullptr);
    m_hoverSite = NoId;
    m_dwell->stop();
    if (m_connectLine) {
        delete m_connectLine;
        m_connectLine = nullptr;
        const ObjectId from = std::exchange(m_connectFrom, NoId);
        NodeItem *node = nodeAt(event->scenePos());
        const ObjectId to = node ? node->id() : siteAt(event->scenePos());
        if (to != NoId && to != from)
            emit connectRequested(from, to);
        return;
    }
    const Drag drag = std::exchange(m_drag, Drag());
    QGraphicsScene::mouseReleaseEvent(event);
    if (!drag.active)
        return;
    const QPointF delta = event->scenePos() - drag.start;
    PositionMap positions;
    ParentMap newSites;
    for (auto it = drag.origins.cbegin(); it != drag.origins.cend(); ++it) {
        const QPointF centre = it.value() + delta;
        const ObjectId site = m_project->parentOf(it.key());
        if (!drag.sites.contains(site)) {
            if (armed != NoId && armed != site) {
                // The indicated site: the node moves there.
                newSites.insert(it.key(), armed);
            } else {
                // Let go over another site without the indication: it goes back.
                const ObjectId under = siteAt(centre);
                const SiteRegionItem *own = m_regions.value(site);
                if (under != NoId && under != site && !(own && own->rect().contains(centre)))
                    continue;
            }
        }
        positions.insert(it.key(), modelAt(centre));
    }
    for (auto it = drag.sites.cbegin(); it != drag.sites.cend(); ++it)
        positions.insert(it.key(), modelAt(it.value().topLeft() + delta));
    if (!positions.isEmpty() || !newSites.isEmpty())
        emit moveRequested(positions, newSites);
    // Whatever was (or was not) applied, show the model's positions.
    for (auto it = drag.origins.cbegin(); it != drag.origins.cend(); ++it)
        placeNode(it.key());
    for (auto it = drag.sites.cbegin(); it != drag.sites.cend(); ++it)
        m_dirtyRegions.insert(it.key());
    finishChange();
}

void MeshGraphScene::dragEnterEvent(QGraphicsSceneDragDropEvent *event)
{
    event->setAccepted(event->mimeData()->hasFormat(PaletteMime::format()));
}

void MeshGraphScene::dragMoveEvent(QGraphicsSceneDragDropEvent *event)
{
    ObjectKind kind = ObjectKind::None;
    FieldValues values;
    if (!PaletteMime::decode(event->mimeData(), &kind, &values)) {
        event->ignore();
        return;
    }
    // Devices and appliances need a site under the cursor; sites go anywhere.
    const ObjectId site = siteAt(event->scenePos());
    if (site != m_dropTarget) {
        if (SiteRegionItem *old = m_regions.value(m_dropTarget))
            old->setDropTarget(false);
        m_dropTarget = site;
        if (SiteRegionItem *now = m_regions.value(site); now && kind != ObjectKind::Site)
            now->setDropTarget(true);
    }
    event->setAccepted(kind == ObjectKind::Site || site != NoId);
    if (event->isAccepted())
        event->acceptProposedAction();
}

void MeshGraphScene::dragLeaveEvent(QGraphicsSceneDragDropEvent *event)
{
    if (SiteRegionItem *old = m_regions.value(std::exchange(m_dropTarget, NoId)))
        old->setDropTarget(false);
    event->accept();
}

void MeshGraphScene::dropEvent(QGraphicsSceneDragDropEvent *event)
{
    if (SiteRegionItem *old = m_regions.value(std::exchange(m_dropTarget, NoId)))
        old->setDropTarget(false);
    ObjectKind kind = ObjectKind::None;
    FieldValues values;
    if (!PaletteMime::decode(event->mimeData(), &kind, &values)) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    emit dropRequested(kind, values, siteAt(event->scenePos()), event->scenePos());
}
