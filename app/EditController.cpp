#include "EditController.h"

#include "MeshRules.h"

#include "Document.h"
#include "ObjectSelection.h"
#include "Project.h"
#include "ProjectSchema.h"
#include "commands/AddObject.h"
#include "commands/RemoveObject.h"

#include <QAction>
#include <QKeySequence>
#include <QRegularExpression>
#include <QUndoStack>

#include "KindIcons.h"

namespace {

const QList<ObjectKind> kAddOrder = {
    ObjectKind::Site,       ObjectKind::Device, ObjectKind::Appliance, ObjectKind::Interface,
    ObjectKind::Pool,       ObjectKind::AccessList, ObjectKind::Rule,  ObjectKind::Background,
};

} // namespace

EditController::EditController(const Workbench &wb)
    : WorkbenchPart(wb)
    , m_selection(wb.selection)
    , m_deleteAction(new QAction(this))
{
    for (ObjectKind kind : kAddOrder) {
        auto *action = new QAction(KindIcons::icon(kind), QString(), this);
        connect(action, &QAction::triggered, this, [this, kind] { add(kind); });
        m_addActions.insert(int(kind), action);
    }
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_deleteAction, &QAction::triggered, this, &EditController::removeCurrent);
    connect(m_selection, &ObjectSelection::currentChanged, this, &EditController::updateActions);
    connect(project(), &Project::contentsChanged, this, &EditController::updateActions);
    retranslate();
    updateActions();
}

QList<QAction *> EditController::addActions() const
{
    QList<QAction *> list;
    for (ObjectKind kind : kAddOrder)
        list.append(m_addActions.value(int(kind)));
    return list;
}

void EditController::retranslate()
{
    m_addActions.value(int(ObjectKind::Site))->setText(tr("Add &Site"));
    m_addActions.value(int(ObjectKind::Device))->setText(tr("Add NAT &Device"));
    m_addActions.value(int(ObjectKind::Appliance))->setText(tr("Add &Appliance"));
    m_addActions.value(int(ObjectKind::Interface))->setText(tr("Add &Interface"));
    m_addActions.value(int(ObjectKind::Pool))->setText(tr("Add NAT &Pool"));
    m_addActions.value(int(ObjectKind::AccessList))->setText(tr("Add Access &List"));
    m_addActions.value(int(ObjectKind::Rule))->setText(tr("Add NAT &Rule"));
    m_addActions.value(int(ObjectKind::Background))->setText(tr("Add &Background Traffic"));
    m_deleteAction->setText(tr("&Delete"));
    updateActions();
}

ObjectId EditController::targetParent(ObjectKind kind) const
{
    const Project *project = this->project();
    const QList<ObjectKind> parents = ProjectSchema::parentKinds(kind);
    if (parents.isEmpty())
        return NoId;
    for (ObjectId at = m_selection->current(); at != NoId; at = project->parentOf(at)) {
        if (parents.contains(project->kind(at)))
            return at;
    }
    // Devices and appliances without a selected site go to the first site.
    if (parents.contains(ObjectKind::Site) && !project->objects(ObjectKind::Site).isEmpty())
        return project->objects(ObjectKind::Site).first();
    return NoId;
}

void EditController::updateActions()
{
    for (auto it = m_addActions.cbegin(); it != m_addActions.cend(); ++it) {
        const ObjectKind kind = ObjectKind(it.key());
        const bool needsParent = !ProjectSchema::parentKinds(kind).isEmpty();
        const ObjectId parent = targetParent(kind);
        it.value()->setEnabled(!needsParent || parent != NoId);
        it.value()->setStatusTip(
            parent == NoId ? QString()
                           : tr("Adds to %1").arg(project()->displayName(parent)));
    }
    m_deleteAction->setEnabled(m_selection->current() != NoId
                               && project()->contains(m_selection->current()));
}

FieldValues EditController::defaultValues(ObjectKind kind, ObjectId parent) const
{
    FieldValues values;
    const QString name = MeshRules::newName(*project(), kind, parent, values);
    if (!name.isEmpty())
        values.insert(Field::name, name);
    return values;
}

ObjectId EditController::add(ObjectKind kind)
{
    const ObjectId parent = targetParent(kind);
    if (!ProjectSchema::parentKinds(kind).isEmpty() && parent == NoId) {
        emit statusMessage(tr("Select where the %1 goes first.")
                               .arg(ProjectSchema::kindDisplayName(kind)));
        return NoId;
    }
    auto *command = new AddObject(project(), kind, parent,
                                  defaultValues(kind, parent));
    QUndoStack *stack = document()->undoStack();
    const int before = stack->index();
    stack->push(command); // deletes the command when it turned obsolete (create failed)
    const ObjectId id = stack->index() == before + 1 ? command->objectId() : NoId;
    if (id == NoId) {
        emit statusMessage(tr("Could not add the %1.").arg(ProjectSchema::kindDisplayName(kind)));
        return NoId;
    }
    m_selection->setCurrent(id);
    emit statusMessage(tr("Added %1 \"%2\"")
                           .arg(ProjectSchema::kindDisplayName(kind),
                                project()->displayName(id)));
    return id;
}

bool EditController::removeCurrent()
{
    Project *project = this->project();
    const ObjectId id = m_selection->current();
    if (id == NoId || !project->contains(id))
        return false;
    const ObjectId parent = project->parentOf(id);
    const QString name = project->displayName(id);
    const QString kindName = ProjectSchema::kindDisplayName(project->kind(id));
    document()->undoStack()->push(new RemoveObject(project, id));
    if (project->contains(id))
        return false;
    m_selection->setCurrent(parent);
    emit statusMessage(tr("Deleted %1 \"%2\"").arg(kindName, name));
    return true;
}
