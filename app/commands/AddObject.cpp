#include "AddObject.h"

#include "Project.h"
#include "ProjectSchema.h"

#include <QCoreApplication>

AddObject::AddObject(Project *project, ObjectKind kind, ObjectId parent, const FieldValues &values,
                     QUndoCommand *parent_)
    : QUndoCommand(parent_)
    , m_project(project)
    , m_kind(kind)
    , m_parent(parent)
    , m_values(values)
{
    setText(QCoreApplication::translate("Commands", "Add %1")
                .arg(ProjectSchema::kindDisplayName(kind)));
}

void AddObject::redo()
{
    const ObjectId id = m_project->create(m_kind, m_parent, m_values, &m_error, m_id);
    if (id == NoId) {
        setObsolete(true);
        return;
    }
    m_id = id;
}

void AddObject::undo()
{
    // Nothing can refer to the object yet except through later commands, which
    // the stack has already undone; the removal record is not needed.
    m_project->remove(m_id);
}
