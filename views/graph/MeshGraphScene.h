#pragma once

#include "Field.h"
#include "NodeItem.h"
#include "ObjectId.h"

#include <QGraphicsScene>
#include <QHash>
#include <QMultiHash>
#include <QSet>
#include <QVariantMap>

class EdgeItem;
class EdgeLayer;
class Project;
class QGraphicsLineItem;
class SimulationOverlay;
class SimulationSession;
class SiteRegionItem;
class QGraphicsRectItem;
class QTimer;

// The Service Mesh graph as a scene whose items are keyed by object id and
// follow the project's signals one object at a time (no rebuild per edit), so
// items never hold data of their own. Nodes sit at their stored "position"
// (centre); objects without one are placed by MeshGraphLayout. Gestures (move,
// connect, palette drop) do not edit: they are reported as requests that the
// application turns into undo commands; the model's signals then move the items.
class MeshGraphScene : public QGraphicsScene
{
    Q_OBJECT
public:
    using PositionMap = QHash<ObjectId, QPointF>;
    using ParentMap = QHash<ObjectId, ObjectId>;

    explicit MeshGraphScene(Project *project, QObject *parent = nullptr);
    ~MeshGraphScene() override;

    Project *project() const { return m_project; }
    // Tunnel colours and the replay highlight follow this session (may be null).
    void setSimulation(SimulationSession *session);
    // Text (and the boxes around it) this many times larger, the layout spread
    // just enough that boxes stay apart: presentation mode on a projector.
    // Positions reported by gestures stay in model units.
    void setTextScale(qreal scale);
    qreal textScale() const { return m_textScale; }
    // Draws the legend under the diagram, part of the drawing (presentation
    // mode; the canvas has a corner overlay instead). Null when not shown.
    void setLegendShown(bool on);
    QGraphicsItem *legendItem() const;
    QPointF spread() const { return m_spread; }
    // The NAT device a tunnel crosses (from the simulation; NoId: direct).
    void setPairVia(ObjectId appliance, ObjectId peer, ObjectId device);
    ObjectId pairVia(ObjectId appliance, ObjectId peer) const
    {
        return m_viaOf.value(qMin(appliance, peer), NoId);
    }
    // Moving a node into another site needs the drop indication: the pointer
    // rests over that site this long, the site highlights "Move to <site>".
    static constexpr int MoveDwellMs = 600;
    // The site a dragged node will move to on release (NoId: it stays).
    ObjectId armedSite() const { return m_armedSite; }
    SimulationOverlay *overlay() const { return m_overlay; }

    // The item that shows an object, or the nearest ancestor's (an interface shows
    // as its device); nullptr for objects without a place in the graph.
    QGraphicsItem *itemFor(ObjectId id) const;
    SiteRegionItem *regionItem(ObjectId site) const
    {
        flush();
        return m_regions.value(site);
    }
    NodeItem *nodeItem(ObjectId id) const { return m_nodes.value(id); }
    // Links and tunnels on `viewport` (the canvas) are shown from one image of
    // them all (EdgeLayer); other views, exports and print draw each edge.
    void setEdgeImageViewport(QWidget *viewport);
    EdgeLayer *edgeLayer() const { return m_edgeLayer; }
    EdgeItem *linkItem(ObjectId link) const { return m_links.value(link); }
    // Peer-pair (tunnel) lines, keyed by the lower appliance id of the pair.
    const QHash<ObjectId, EdgeItem *> &pairItems() const { return m_pairs; }
    EdgeItem *pairItem(ObjectId appliance, ObjectId peer) const;
    // Where an object is drawn: a node's centre, a region's box.
    QRectF boxOf(ObjectId id) const;
    // The innermost site region under a point (NoId: none).
    ObjectId siteAt(const QPointF &scenePos) const;

    ObjectId currentObject() const;
    // Selected sites, nodes and links (tunnel edges are reported separately).
    QList<ObjectId> selectedObjects() const;
    // Source-side appliances of the selected tunnel edges.
    QList<ObjectId> selectedPairs() const;
    void selectObjects(const QList<ObjectId> &ids);

    // Room around the drawing in the scene rect.
    static constexpr qreal SceneMargin = 40;
    // The drawing's extent: the scene rect without its margin (no walk over the items).
    QRectF drawingRect() const
    {
        flush();
        return sceneRect().adjusted(SceneMargin, SceneMargin, -SceneMargin, -SceneMargin);
    }

    // Positions the scene computed for objects that have none stored (node
    // centres, site top-lefts): what an initial placement should save.
    PositionMap computedPositions() const { return m_computed; }

    // Settles pending region and scene-rect updates now (they otherwise wait
    // for the event loop, once per batch of edits).
    void flush() const;

public slots:
    // Full refresh (labels after a language change, a replaced project).
    void sync();
    void setCurrentObject(ObjectId id);

signals:
    void currentObjectChanged(ObjectId id);
    // Geometry changed (the overview follows).
    void synced();
    // Everything was rebuilt (a new project): views fit it to the window.
    void rebuilt();
    // Tunnel edges were created or removed (the overlay recolours them).
    void pairsChanged();
    // A drag ended: new node centres and site top-lefts, and nodes dropped onto
    // another site.
    void moveRequested(const MeshGraphScene::PositionMap &positions,
                       const MeshGraphScene::ParentMap &newSites);
    void connectRequested(ObjectId from, ObjectId to);
    void dropRequested(ObjectKind kind, const FieldValues &values, ObjectId site,
                       const QPointF &scenePos);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragLeaveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;

private:
    // Model signals, one object at a time.
    void onInserted(ObjectId id);
    void onRemoved(ObjectId id, ObjectKind kind);
    void onValueChanged(ObjectId id, FieldKey key);
    void onContentsChanged();

    void addNode(ObjectId id);
    void addRegion(ObjectId id);
    void refreshNodeLabels(ObjectId id);
    void refreshRegionLabels(ObjectId id);
    void refreshLink(ObjectId link);
    void syncPair(ObjectId a, ObjectId b);
    void removeEdge(EdgeItem *edge);
    void placeNode(ObjectId id);
    void updateEdgesOf(ObjectId id);
    void updateRegion(ObjectId site);
    void updatePlacement();
    void finishChange();
    void flushNow();
    QList<NodeItem::Line> nodeLines(ObjectId id) const;
    void onSelectionChanged();
    QPointF storedPosition(ObjectId id) const;

    void beginDrag(const QPointF &scenePos);
    void setHoverSite(ObjectId site);
    void armHoverSite();
    QPointF shownAt(const QPointF &modelPos) const;
    QPointF modelAt(const QPointF &shownPos) const;
    void computeSpread();
    QRectF viaBox(EdgeItem *edge) const;
    NodeItem *nodeAt(const QPointF &scenePos) const;

    Project *m_project;
    SimulationOverlay *m_overlay;
    QHash<ObjectId, SiteRegionItem *> m_regions;
    QHash<ObjectId, NodeItem *> m_nodes;
    EdgeLayer *m_edgeLayer = nullptr; // owned by the scene, made again by each sync()
    QWidget *m_edgeImageViewport = nullptr;
    QHash<ObjectId, EdgeItem *> m_links;
    QHash<ObjectId, EdgeItem *> m_pairs;
    QMultiHash<ObjectId, EdgeItem *> m_edgesAt; // node or site -> links and pairs
    QHash<ObjectId, QPair<ObjectId, ObjectId>> m_linkEnds; // link -> the ends it is keyed by
    QHash<ObjectId, ObjectId> m_peerOf;          // appliance -> peer, as last drawn
    QSet<ObjectId> m_unplaced;                   // nodes and sites without a position
    PositionMap m_computed;                      // their computed places
    QSet<ObjectId> m_dirtyRegions;
    QSet<ObjectId> m_reselect; // selected nodes that a move re-inserts
    bool m_syncing = false;
    bool m_flushScheduled = false;
    bool m_boundsDirty = false;
    ObjectId m_pressed = NoId;

    // Gestures.
    struct Drag
    {
        bool pending = false;
        bool active = false;
        QPointF start;
        PositionMap origins;        // moved nodes: centres at the start
        QHash<ObjectId, QRectF> sites; // moved sites: boxes at the start
    } m_drag;
    ObjectId m_connectFrom = NoId;
    QGraphicsLineItem *m_connectLine = nullptr;
    ObjectId m_dropTarget = NoId;
    ObjectId m_hoverSite = NoId; // another site under a dragged node
    ObjectId m_armedSite = NoId; // ...once the pointer rested there
    QTimer *m_dwell;
    QGraphicsRectItem *m_banner = nullptr; // "Move to <site>", above every node
    QHash<ObjectId, ObjectId> m_viaOf; // pair key -> NAT device it crosses
    qreal m_textScale = 1;
    bool m_legendShown = false;
    QGraphicsItem *m_legend = nullptr;
    QPointF m_spread{1, 1};
};
