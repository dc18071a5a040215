#pragma once

#include "ObjectId.h"

#include <QUndoCommand>

class Project;

// Moves a NAT device or an appliance (with its children) to another site.
class MoveObject : public QUndoCommand
{
public:
    MoveObject(Project *project, ObjectId id, ObjectId newParent, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    QString errorString() const { return m_error; }

private:
    Project *m_project;
    ObjectId m_id;
    ObjectId m_oldParent;
    ObjectId m_newParent;
    QString m_error;
};
