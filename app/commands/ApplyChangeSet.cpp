#include "ApplyChangeSet.h"

#include <QUndoStack>

bool ApplyChangeSet::push(QUndoStack *stack, Project *project, const ChangeSet &changes,
                          const QString &text, QString *error, QList<ObjectId> *createdIds)
{
    ChangeSet::Applied applied;
    if (!changes.apply(project, &applied, error))
        return false;
    if (createdIds)
        *createdIds = applied.createdIds();
    if (!applied.isEmpty())
        stack->push(new ApplyChangeSet(project, changes, applied, text));
    return true;
}

ApplyChangeSet::ApplyChangeSet(Project *project, const ChangeSet &changes,
                               const ChangeSet::Applied &applied, const QString &text)
    : QUndoCommand(text)
    , m_project(project)
    , m_changes(changes)
    , m_applied(applied)
{
}

void ApplyChangeSet::redo()
{
    if (m_done)
        return;
    // Same ids as the first time, so ids other commands hold stay valid. The
    // project is back in the state the change was made on, so this cannot fail.
    if (m_changes.apply(m_project, &m_applied))
        m_done = true;
}

void ApplyChangeSet::undo()
{
    if (!m_done)
        return;
    ChangeSet::revert(m_project, m_applied);
    m_done = false;
}
