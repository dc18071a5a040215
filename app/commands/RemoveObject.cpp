#include "RemoveObject.h"

#include "ProjectSchema.h"

#include <QCoreApplication>

RemoveObject::RemoveObject(Project *project, ObjectId id, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_id(id)
{
    setText(QCoreApplication::translate("Commands", "Delete %1")
                .arg(ProjectSchema::kindDisplayName(project->kind(id))));
}

void RemoveObject::redo()
{
    m_removed = m_project->remove(m_id);
    if (m_removed.isEmpty())
        setObsolete(true);
}

void RemoveObject::undo()
{
    m_project->restore(m_removed);
    m_removed = RemovedObjects();
}
