#pragma once

#include "ObjectId.h"

#include <QUndoCommand>
#include "Field.h"

class Project;

// Creates one object. The first redo lets the project pick the id; later redos
// reuse it, so an id seen before undo still names the object after redo.
class AddObject : public QUndoCommand
{
public:
    AddObject(Project *project, ObjectKind kind, ObjectId parent, const FieldValues &values,
              QUndoCommand *parent_ = nullptr);

    void undo() override;
    void redo() override;
    ObjectId objectId() const { return m_id; }
    QString errorString() const { return m_error; }

private:
    Project *m_project;
    ObjectKind m_kind;
    ObjectId m_parent;
    FieldValues m_values;
    ObjectId m_id = NoId;
    QString m_error;
};
