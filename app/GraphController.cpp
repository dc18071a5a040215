#include "GraphController.h"

#include "Document.h"
#include "MeshGraphLayout.h"
#include "MeshGraphScene.h"
#include "MeshGraphView.h"
#include "MeshRules.h"
#include "ModelEnums.h"
#include "ObjectClipboard.h"
#include "ObjectSelection.h"
#include "SiteRegionItem.h"
#include "PasteChanges.h"
#include "Project.h"
#include "ProjectSchema.h"
#include "commands/AddObject.h"
#include "commands/ConnectObjects.h"
#include "commands/MoveObject.h"
#include "commands/ApplyChangeSet.h"
#include "commands/RemoveObject.h"
#include "commands/RenameObject.h"
#include "commands/SetPositions.h"

#include <QAction>
#include <QClipboard>
#include <QDockWidget>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMimeData>
#include <QSet>
#include <QUndoStack>

namespace {

bool isSourceSide(const Project &project, ObjectId id)
{
    return MeshRules::sideOf(project, id) == MeshRules::Side::Source;
}

} // namespace

GraphController::GraphController(const Workbench &wb)
    : WorkbenchPart(wb)
    , m_selection(wb.selection)
    , m_view(wb.graph)
{
    MeshGraphScene *scene = wb.graph->graphScene();
    scene->setSimulation(simulation());
    connect(scene, &MeshGraphScene::dropRequested, this,
            [this](ObjectKind kind, const FieldValues &values, ObjectId site, const QPointF &at) {
                addElement(kind, values, site, at);
            });
    connect(scene, &MeshGraphScene::connectRequested, this, &GraphController::connectObjects);
    connect(scene, &MeshGraphScene::moveRequested, this, &GraphController::moveObjects);
    connect(m_view, &MeshGraphView::renameRequested, this, &GraphController::renameObject);
    connect(m_view, &MeshGraphView::deleteRequested, this, &GraphController::deleteSelection);
    connect(document(), &Document::projectReplaced, this, &GraphController::storeInitialPlacement);
}

bool GraphController::push(QUndoCommand *command)
{
    QUndoStack *stack = document()->undoStack();
    const int before = stack->index();
    stack->push(command); // deletes a command that turned obsolete
    return stack->index() != before;
}

ObjectId GraphController::addElement(ObjectKind kind, const FieldValues &preset, ObjectId site,
                                     const QPointF &scenePos, bool placed)
{
    Project *project = this->project();
    FieldValues values = preset;
    ObjectId parent = NoId;
    if (kind == ObjectKind::Site) {
        if (placed)
            values.insert(Field::position,
                          SetPositions::storable(scenePos - QPointF(MeshGraphLayout::EmptySiteWidth / 2, 20)));
    } else {
        if (project->kind(site) != ObjectKind::Site)
            return addWithNewSite(kind, preset, scenePos, placed);
        parent = site;
        if (placed)
            values.insert(Field::position, SetPositions::storable(scenePos));
    }
    values.insert(Field::name, MeshRules::newName(*project, kind, parent, preset));
    auto *command = new AddObject(project, kind, parent, values);
    if (!push(command)) {
        emit statusMessage(tr("Could not add the %1.").arg(ProjectSchema::kindDisplayName(kind)));
        return NoId;
    }
    const ObjectId id = command->objectId();
    m_selection->setCurrent(id);
    emit statusMessage(tr("Added %1 \"%2\"").arg(ProjectSchema::kindDisplayName(kind),
                                                  project->displayName(id)));
    return id;
}

ObjectId GraphController::addWithNewSite(ObjectKind kind, const FieldValues &preset,
                                         const QPointF &scenePos, bool placed)
{
    // Dropped outside every site: the element gets a site of its own, on the
    // side of the canvas it was dropped on (on-premises left, cloud right), in
    // the same undo step.
    Project *project = this->project();
    qreal middle = 0;
    const QList<ObjectId> sites = project->objects(ObjectKind::Site);
    for (ObjectId s : sites)
        middle += m_view->graphScene()->regionItem(s) ? m_view->graphScene()->regionItem(s)->rect().center().x() : 0;
    middle = sites.isEmpty() ? scenePos.x() : middle / sites.size();
    const MeshRules::Side side =
        placed && scenePos.x() > middle ? MeshRules::Side::Destination : MeshRules::Side::Source;
    const QString siteKind = MeshRules::siteKindFor(kind, preset, side);
    FieldValues siteValues{{Field::kind, siteKind}};
    siteValues.insert(Field::name, MeshRules::newName(*project, ObjectKind::Site, NoId, siteValues));
    if (placed)
        siteValues.insert(Field::position,
                          SetPositions::storable(scenePos - QPointF(MeshGraphLayout::EmptySiteWidth / 2, 40)));
    ChangeSet changes;
    const int site = changes.create(ObjectKind::Site, NoId, siteValues);
    FieldValues values = preset;
    values.insert(Field::name, MeshRules::newNameInNewSite(*project, kind, siteKind, preset));
    if (placed)
        values.insert(Field::position, SetPositions::storable(scenePos));
    changes.createUnder(kind, site, values);
    QString error;
    QList<ObjectId> created;
    if (!ApplyChangeSet::push(document()->undoStack(), project, changes,
                              tr("Add %1 in a new site").arg(ProjectSchema::kindDisplayName(kind)),
                              &error, &created)) {
        emit statusMessage(tr("Could not add the %1: %2").arg(ProjectSchema::kindDisplayName(kind), error));
        return NoId;
    }
    const ObjectId id = created.value(1);
    m_selection->setCurrent(id);
    emit statusMessage(tr("Added %1 \"%2\" in the new site %3")
                           .arg(ProjectSchema::kindDisplayName(kind), project->displayName(id),
                                project->displayName(created.value(0))));
    return id;
}

bool GraphController::connectObjects(ObjectId from, ObjectId to)
{
    Project *project = this->project();
    if (from == to || !project->contains(from) || !project->contains(to))
        return false;
    if (project->kind(from) == ObjectKind::Appliance && project->kind(to) == ObjectKind::Appliance
        && isSourceSide(*project, from) != isSourceSide(*project, to)) {
        // Across the WAN, two appliances are a Service Mesh pair, not a cable.
        ObjectId source = from;
        ObjectId target = to;
        const QString why = MeshRules::pairingProblem(*project, &source, &target);
        if (!why.isEmpty()) {
            emit statusMessage(why);
            return false;
        }
        if (project->value(source, Field::peer).toUInt() == target
            && project->value(target, Field::peer).toUInt() == source) {
            emit statusMessage(tr("%1 and %2 are already paired.")
                                   .arg(project->displayName(source), project->displayName(target)));
            return false;
        }
        QString error;
        if (!ApplyChangeSet::push(document()->undoStack(), project,
                                  MeshRules::pairChanges(*project, source, target),
                                  tr("Pair %1 with %2")
                                      .arg(project->displayName(source), project->displayName(target)),
                                  &error)) {
            emit statusMessage(error);
            return false;
        }
        emit statusMessage(tr("Paired %1 with %2").arg(project->displayName(source),
                                                       project->displayName(target)));
        return true;
    }
    if (project->parentOf(from) == to || project->parentOf(to) == from) {
        emit statusMessage(tr("%1 is already in %2.")
                               .arg(project->displayName(project->parentOf(from) == to ? from : to),
                                    project->displayName(project->parentOf(from) == to ? to : from)));
        return false;
    }
    if (ConnectObjects::existingLink(*project, from, to) != NoId) {
        emit statusMessage(tr("%1 and %2 are already connected.")
                               .arg(project->displayName(from), project->displayName(to)));
        return false;
    }
    if (!push(new ConnectObjects(project, from, to)))
        return false;
    emit statusMessage(tr("Connected %1 and %2").arg(project->displayName(from),
                                                     project->displayName(to)));
    return true;
}

bool GraphController::moveObjects(const QHash<ObjectId, QPointF> &positions,
                                  const QHash<ObjectId, ObjectId> &newSites)
{
    Project *project = this->project();
    bool changes = !newSites.isEmpty();
    for (auto it = positions.cbegin(); it != positions.cend() && !changes; ++it)
        changes = project->value(it.key(), Field::position).toPointF()
                  != SetPositions::storable(it.value());
    if (!changes)
        return false;
    const ObjectId current = m_selection->current();
    const QList<ObjectId> selected = m_view->graphScene()->selectedObjects();
    QUndoStack *stack = document()->undoStack();
    if (newSites.isEmpty()) {
        push(new SetPositions(project, positions));
    } else {
        // Into another site and to the new place: one step.
        stack->beginMacro(tr("Move %n item(s)", nullptr, int(positions.size())));
        for (auto it = newSites.cbegin(); it != newSites.cend(); ++it)
            stack->push(new MoveObject(project, it.key(), it.value()));
        stack->push(new SetPositions(project, positions));
        stack->endMacro();
        for (auto it = newSites.cbegin(); it != newSites.cend(); ++it)
            emit statusMessage(tr("Moved %1 to %2").arg(project->displayName(it.key()),
                                                        project->displayName(it.value())));
    }
    // Moving to another site re-creates items; keep what the user had selected.
    m_view->graphScene()->selectObjects(selected);
    if (project->contains(current))
        m_selection->setCurrent(current);
    return true;
}

bool GraphController::renameObject(ObjectId id, const QString &name)
{
    Project *project = this->project();
    if (!project->contains(id) || project->name(id) == name)
        return false;
    auto *command = new RenameObject(project, id, name);
    QString error;
    QVariant normalized;
    if (!project->checkValue(id, Field::name, name, &normalized, &error)) {
        delete command;
        emit statusMessage(tr("Not renamed: %1").arg(error));
        return false;
    }
    return push(command);
}

QList<ObjectId> GraphController::graphSelection() const
{
    QList<ObjectId> ids = m_view->graphScene()->selectedObjects();
    if (ids.isEmpty() && m_view->graphScene()->selectedPairs().isEmpty()
        && project()->contains(m_selection->current()))
        ids.append(m_selection->current());
    return ids;
}

bool GraphController::deleteSelection()
{
    Project *project = this->project();
    const QList<ObjectId> pairs = m_view->graphScene()->selectedPairs();
    const QList<ObjectId> all = graphSelection();
    const QSet<ObjectId> chosen(all.cbegin(), all.cend());
    // Whatever goes with something else (a device's site, a link's end) is not
    // deleted twice.
    QList<ObjectId> ids;
    for (ObjectId id : all) {
        bool covered = false;
        for (ObjectId at = project->parentOf(id); at != NoId && !covered; at = project->parentOf(at))
            covered = chosen.contains(at);
        if (project->kind(id) == ObjectKind::Link)
            covered = covered || chosen.contains(project->value(id, Field::a).toUInt())
                      || chosen.contains(project->value(id, Field::b).toUInt());
        if (!covered)
            ids.append(id);
    }
    if (ids.isEmpty() && pairs.isEmpty())
        return false;
    QUndoStack *stack = document()->undoStack();
    const int steps = int(ids.size() + pairs.size());
    if (steps > 1)
        stack->beginMacro(tr("Delete %n item(s)", nullptr, steps));
    for (ObjectId source : pairs) {
        if (!chosen.contains(source))
            ApplyChangeSet::push(stack, project, MeshRules::pairChanges(*project, source, NoId),
                                 tr("Unpair %1").arg(project->displayName(source)));
    }
    for (ObjectId id : std::as_const(ids)) {
        if (project->contains(id))
            stack->push(new RemoveObject(project, id));
    }
    if (steps > 1)
        stack->endMacro();
    m_selection->setCurrent(NoId);
    emit statusMessage(tr("Deleted %n item(s)", nullptr, steps));
    return true;
}

bool GraphController::unpair(ObjectId appliance)
{
    Project *project = this->project();
    if (project->value(appliance, Field::peer).toUInt() == NoId)
        return false;
    QString error;
    if (!ApplyChangeSet::push(document()->undoStack(), project,
                              MeshRules::pairChanges(*project, appliance, NoId),
                              tr("Unpair %1").arg(project->displayName(appliance)), &error)) {
        emit statusMessage(error);
        return false;
    }
    return true;
}

bool GraphController::copySelection()
{
    const Project *project = this->project();
    const QList<ObjectRecord> records = ObjectClipboard::collect(*project, graphSelection());
    if (records.isEmpty())
        return false;
    QGuiApplication::clipboard()->setMimeData(ObjectClipboard::encode(*project, records));
    m_pasteCount = 0;
    emit statusMessage(tr("Copied %n object(s)", nullptr, int(records.size())));
    return true;
}

QList<ObjectId> GraphController::paste()
{
    Project *project = this->project();
    QList<ObjectRecord> records;
    if (!ObjectClipboard::decode(QGuiApplication::clipboard()->mimeData(), &records)) {
        emit statusMessage(tr("The clipboard holds no MeshNAT objects."));
        return {};
    }
    ObjectId site = m_selection->current();
    while (site != NoId && project->kind(site) != ObjectKind::Site)
        site = project->parentOf(site);
    // Each paste of the same copy lands a little further along.
    ++m_pasteCount;
    QList<int> nodes;
    const ChangeSet changes =
        PasteChanges::build(*project, records, site, QPointF(40, 40) * m_pasteCount, &nodes);
    QString error;
    QList<ObjectId> created;
    if (!ApplyChangeSet::push(document()->undoStack(), project, changes,
                              tr("Paste %n item(s)", nullptr, int(nodes.size())), &error,
                              &created)) {
        emit statusMessage(tr("Nothing could be pasted: %1").arg(error));
        return {};
    }
    QList<ObjectId> pasted;
    for (int index : std::as_const(nodes))
        pasted.append(created.value(index));
    if (pasted.isEmpty()) {
        emit statusMessage(tr("Nothing could be pasted."));
        return {};
    }
    m_view->graphScene()->selectObjects(pasted);
    return pasted;
}

bool GraphController::autoLayout()
{
    Project *project = this->project();
    const MeshGraphLayout::Result layout = MeshGraphLayout::compute(*project);
    QHash<ObjectId, QPointF> positions = layout.nodes;
    for (auto it = layout.sites.cbegin(); it != layout.sites.cend(); ++it)
        positions.insert(it.key(), it.value());
    auto *command = new SetPositions(project, positions);
    command->setText(tr("Lay Out Automatically"));
    const bool done = push(command);
    m_view->fitToView();
    return done;
}

void GraphController::storeInitialPlacement()
{
    // Not an undo step: the user did not move anything, and a freshly opened
    // file should neither count as modified nor offer to undo its own layout.
    Project *project = this->project();
    const QHash<ObjectId, QPointF> computed = m_view->graphScene()->computedPositions();
    for (auto it = computed.cbegin(); it != computed.cend(); ++it)
        project->setValue(it.key(), Field::position, SetPositions::storable(it.value()));
}

