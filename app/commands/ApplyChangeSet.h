#pragma once

#include "ChangeSet.h"

#include <QUndoCommand>

class QUndoStack;

// The one undo command for a batch of edits (Apply Fix, import, paste, pair):
// a ChangeSet already applied as a whole, reverted and re-applied as a whole.
class ApplyChangeSet : public QUndoCommand
{
public:
    // Applies changes and, when that worked, pushes the command; otherwise the
    // project is untouched, nothing is pushed and error says why. Returns the
    // ids the change created (by create index), or nullopt-like false.
    static bool push(QUndoStack *stack, Project *project, const ChangeSet &changes,
                     const QString &text, QString *error = nullptr,
                     QList<ObjectId> *createdIds = nullptr);

    void undo() override;
    void redo() override;

private:
    ApplyChangeSet(Project *project, const ChangeSet &changes, const ChangeSet::Applied &applied,
                   const QString &text);

    Project *m_project;
    ChangeSet m_changes;
    ChangeSet::Applied m_applied;
    bool m_done = true; // the first redo() finds the change applied already
};
