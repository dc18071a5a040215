#include "MoveObject.h"

#include "Project.h"
#include "ProjectSchema.h"

#include <QCoreApplication>

MoveObject::MoveObject(Project *project, ObjectId id, ObjectId newParent, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_id(id)
    , m_oldParent(project->parentOf(id))
    , m_newParent(newParent)
{
    setText(QCoreApplication::translate("Commands", "Move %1")
                .arg(ProjectSchema::kindDisplayName(project->kind(id))));
}

void MoveObject::redo()
{
    if (m_oldParent == m_newParent || !m_project->move(m_id, m_newParent, &m_error))
        setObsolete(true);
}

void MoveObject::undo()
{
    m_project->move(m_id, m_oldParent);
}
