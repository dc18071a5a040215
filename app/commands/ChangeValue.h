#pragma once

#include "Field.h"
#include "ObjectId.h"

#include <QUndoCommand>
#include <QVariant>

class Project;

// Sets one field of one object (id NoId: the project's own fields).
class ChangeValue : public QUndoCommand
{
public:
    ChangeValue(Project *project, ObjectId id, FieldKey key, const QVariant &oldValue,
                const QVariant &newValue, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    QString errorString() const { return m_error; }

private:
    Project *m_project;
    ObjectId m_id;
    FieldKey m_key;
    QVariant m_old;
    QVariant m_new;
    QVariant m_oldHeld; // the value held as written before (Project::holdValue)
    QString m_error;
};
