#include "GraphContextMenu.h"

#include "Catalogue.h"
#include "EditController.h"
#include "GraphActions.h"
#include "GraphController.h"
#include "MeshGraphView.h"
#include "MeshRules.h"
#include "ModelEnums.h"
#include "ObjectSelection.h"
#include "Project.h"
#include "ProjectSchema.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>

GraphContextMenu::GraphContextMenu(const Workbench &wb, GraphController *graphs,
                                   GraphActions *actions, EditController *edits)
    : WorkbenchPart(wb)
    , m_graphs(graphs)
    , m_actions(actions)
    , m_edits(edits)
{
    connect(wb.graph, &MeshGraphView::contextMenuRequested, this,
            [this](ObjectId id, const QPoint &globalPos, const QPointF &scenePos) {
                QMenu *menu = menuFor(id, scenePos);
                menu->setAttribute(Qt::WA_DeleteOnClose);
                menu->popup(globalPos);
            });
}

QMenu *GraphContextMenu::menuFor(ObjectId id, const QPointF &scenePos)
{
    auto *menu = new QMenu(workbench().window);
    const Project *project = this->project();
    switch (project->kind(id)) {
    case ObjectKind::None:
        addCanvasActions(menu, scenePos);
        return menu;
    case ObjectKind::Site:
        addSiteActions(menu, id, scenePos);
        break;
    case ObjectKind::Device:
        // The Edit controller adds to the selected device: the click selected it.
        for (ObjectKind part : {ObjectKind::Interface, ObjectKind::Pool, ObjectKind::AccessList,
                                ObjectKind::Rule, ObjectKind::Background})
            menu->addAction(m_edits->addAction(part));
        break;
    case ObjectKind::Appliance:
        addApplianceActions(menu, id);
        break;
    default:
        break;
    }
    addNodeActions(menu, id);
    return menu;
}

void GraphContextMenu::addCanvasActions(QMenu *menu, const QPointF &scenePos)
{
    for (const char *kind : {"on-prem", "cloud-sddc", "internet"}) {
        const QString key = QString::fromLatin1(kind);
        menu->addAction(tr("Add %1 Site Here").arg(ModelEnums::displayName(key)), this,
                        [this, key, scenePos] {
                            m_graphs->addElement(ObjectKind::Site, {{Field::kind, key}}, NoId,
                                                 scenePos);
                        });
    }
    menu->addSeparator();
    menu->addAction(m_actions->pasteAction());
    menu->addAction(m_actions->layoutAction());
    menu->addAction(m_actions->fitAction());
}

void GraphContextMenu::addSiteActions(QMenu *menu, ObjectId site, const QPointF &scenePos)
{
    menu->addAction(tr("Add NAT Router Here"), this, [this, site, scenePos] {
        m_graphs->addElement(ObjectKind::Device, {{Field::kind, QStringLiteral("router")}}, site,
                             scenePos);
    });
    QMenu *appliances = menu->addMenu(tr("Add HCX Appliance Here"));
    for (const Catalogue::ApplianceType &type : Catalogue::builtIn().applianceTypes()) {
        const QString key = type.key;
        appliances->addAction(ModelEnums::displayName(key), this, [this, key, site, scenePos] {
            m_graphs->addElement(ObjectKind::Appliance, {{Field::type, key}}, site, scenePos);
        });
    }
    menu->addSeparator();
}

void GraphContextMenu::addApplianceActions(QMenu *menu, ObjectId id)
{
    const Project *project = this->project();
    // The pairing gesture without aiming at a small handle: every appliance the
    // pairing rule allows, by name.
    QMenu *pair = menu->addMenu(tr("Pair With"));
    for (ObjectId other : project->objects(ObjectKind::Appliance)) {
        ObjectId source = id;
        ObjectId target = other;
        if (other == id || !MeshRules::pairingProblem(*project, &source, &target).isEmpty())
            continue;
        pair->addAction(project->displayName(other), this,
                        [this, id, other] { m_graphs->connectObjects(id, other); });
    }
    if (pair->isEmpty()) {
        QAction *none = pair->addAction(tr("No appliance it can pair with"));
        none->setEnabled(false);
    }
    const ObjectId peer = project->value(id, Field::peer).toUInt();
    QAction *unpair = menu->addAction(tr("Unpair"), this, [this, id] {
        m_graphs->unpair(id);
    });
    unpair->setEnabled(peer != NoId);
    menu->addSeparator();
}

void GraphContextMenu::addNodeActions(QMenu *menu, ObjectId id)
{
    menu->addAction(m_actions->renameAction());
    menu->addAction(m_edits->deleteAction());
    menu->addSeparator();
    menu->addAction(tr("Properties"), this, [this, id] {
        workbench().selection->setCurrent(id);
        workbench().propertyDock->show();
        workbench().propertyDock->raise();
        workbench().propertyDock->widget()->setFocus();
    });
}
