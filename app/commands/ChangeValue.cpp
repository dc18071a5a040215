#include "ChangeValue.h"

#include "Project.h"
#include "ProjectSchema.h"

#include <QCoreApplication>

ChangeValue::ChangeValue(Project *project, ObjectId id, FieldKey key,
                         const QVariant &oldValue, const QVariant &newValue, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_id(id)
    , m_key(key)
    , m_old(oldValue)
    , m_new(newValue)
    , m_oldHeld(project->heldValue(id, key))
{
    const ObjectKind kind = id == NoId ? ObjectKind::None : project->kind(id);
    const PropertyDef *def = ProjectSchema::field(kind, key);
    setText(QCoreApplication::translate("Commands", "Change %1")
                .arg(def ? ProjectSchema::label(*def) : key));
}

void ChangeValue::redo()
{
    // A value the project refuses makes the command obsolete: QUndoStack drops it
    // instead of keeping an undo step that did nothing.
    if (!m_project->setValue(m_id, m_key, m_new, &m_error))
        setObsolete(true);
}

void ChangeValue::undo()
{
    m_project->setValue(m_id, m_key, m_old);
    // Undoing the fix of a value held as written holds it again.
    if (m_oldHeld.isValid())
        m_project->holdValue(m_id, m_key, m_oldHeld);
}
