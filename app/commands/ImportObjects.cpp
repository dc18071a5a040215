#include "ImportObjects.h"

#include "Project.h"

ImportObjects::ImportObjects(Project *project, const ImportPlan &plan, const QString &text,
                             QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_project(project)
    , m_plan(plan)
{
}

void ImportObjects::redo()
{
    if (!m_plan.apply(m_project, &m_ids, &m_oldValues, &m_error))
        setObsolete(true); // nothing changed; the stack drops the command
}

void ImportObjects::undo()
{
    m_plan.revert(m_project, m_ids, m_oldValues);
}
