#pragma once

#include "ObjectId.h"

#include <QHash>
#include <QPointF>
#include <QUndoCommand>

class Project;

// Moves graph nodes and sites: sets the "position" of each (node centres, site
// region top-lefts) in one step, so a drag of many items undoes at once.
class SetPositions : public QUndoCommand
{
public:
    SetPositions(Project *project, const QHash<ObjectId, QPointF> &positions,
                 QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    int count() const { return int(m_new.size()); }
    // (0,0) means "not placed yet"; a real position there is nudged off it.
    static QPointF storable(const QPointF &p);

private:
    Project *m_project;
    QHash<ObjectId, QPointF> m_old;
    QHash<ObjectId, QPointF> m_new;
};
