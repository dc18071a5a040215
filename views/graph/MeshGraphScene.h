#pragma once

#include "ObjectId.h"

#include <QGraphicsScene>
#include <QHash>

class EdgeItem;
class NodeItem;
class Project;
class SiteRegionItem;

// The Service Mesh graph as a scene whose items are keyed by object id. After
// every project change sync() reconciles the items with the project (create
// missing, drop vanished, relabel and re-place the rest), so items never hold
// data of their own. Read-only for now: placement comes from MeshGraphLayout.
class MeshGraphScene : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit MeshGraphScene(Project *project, QObject *parent = nullptr);
    ~MeshGraphScene() override;

    // The item that shows an object, or the nearest ancestor's (an interface shows
    // as its device); nullptr for objects without a place in the graph.
    QGraphicsItem *itemFor(ObjectId id) const;
    SiteRegionItem *regionItem(ObjectId site) const { return m_regions.value(site); }
    NodeItem *nodeItem(ObjectId id) const { return m_nodes.value(id); }
    EdgeItem *linkItem(ObjectId link) const { return m_links.value(link); }
    // Dashed peer-pair lines, keyed by the lower appliance id of the pair.
    const QHash<ObjectId, EdgeItem *> &pairItems() const { return m_pairs; }
    ObjectId currentObject() const;

public slots:
    void sync();
    void setCurrentObject(ObjectId id);

signals:
    void currentObjectChanged(ObjectId id);
    void synced();

private:
    void syncRegions(const QHash<ObjectId, QRectF> &regions);
    void syncNodes(const QHash<ObjectId, QRectF> &nodes);
    void syncLinks();
    void syncPairs();
    QRectF boxOf(ObjectId id) const;
    QString nodeDetail(ObjectId id) const;
    void onSelectionChanged();

    Project *m_project;
    QHash<ObjectId, SiteRegionItem *> m_regions;
    QHash<ObjectId, NodeItem *> m_nodes;
    QHash<ObjectId, EdgeItem *> m_links;
    QHash<ObjectId, EdgeItem *> m_pairs;
    bool m_syncing = false;
};
