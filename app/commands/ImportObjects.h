#pragma once

#include "ImportPlan.h"

#include <QUndoCommand>

class Project;

// Applies an ImportPlan (a router configuration or a translation table turned
// into project objects and value changes) as one undo step. The first redo lets
// the project pick the ids; later redos reuse them, so ids seen before an undo
// still name the same objects after redo.
class ImportObjects : public QUndoCommand
{
public:
    ImportObjects(Project *project, const ImportPlan &plan, const QString &text,
                  QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    const QList<ObjectId> &createdIds() const { return m_ids; }
    QString errorString() const { return m_error; }

private:
    Project *m_project;
    ImportPlan m_plan;
    QList<ObjectId> m_ids;
    QList<QVariant> m_oldValues;
    QString m_error;
};
