#pragma once

#include "ObjectId.h"
#include "WorkbenchPart.h"

#include <QPointF>

class EditController;
class GraphActions;
class GraphController;
class QMenu;

// Right-click menus of the canvas: what applies to the thing under the cursor.
// Empty canvas: add a site there, paste, lay out. A site: add a router or an
// appliance there. A NAT device: add an interface, pool, access list, NAT rule
// or background traffic. An appliance: pair with one of the appliances the
// pairing rule allows, unpair. Everything: rename, delete, properties.
class GraphContextMenu : public WorkbenchPart
{
    Q_OBJECT
public:
    GraphContextMenu(const Workbench &wb, GraphController *graphs, GraphActions *actions,
                     EditController *edits);

    // The menu for id (NoId: empty canvas) at scenePos; the caller owns it.
    QMenu *menuFor(ObjectId id, const QPointF &scenePos);
    void retranslate() override {}

private:
    void addNodeActions(QMenu *menu, ObjectId id);
    void addApplianceActions(QMenu *menu, ObjectId id);
    void addSiteActions(QMenu *menu, ObjectId site, const QPointF &scenePos);
    void addCanvasActions(QMenu *menu, const QPointF &scenePos);

    GraphController *m_graphs;
    GraphActions *m_actions;
    EditController *m_edits;
};
