#pragma once

#include "ObjectId.h"
#include "Project.h"

#include <QUndoCommand>

// Removes an object with its children, the links that end at it and the
// references to it; owns what was removed so that undo restores it exactly.
class RemoveObject : public QUndoCommand
{
public:
    RemoveObject(Project *project, ObjectId id, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    const RemovedObjects &removed() const { return m_removed; }

private:
    Project *m_project;
    ObjectId m_id;
    RemovedObjects m_removed;
};
