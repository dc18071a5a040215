#pragma once

#include "Project.h"

#include <QPointF>
#include <QUndoCommand>

// Re-creates copied objects (ObjectClipboard records) as new objects: unique
// names, positions shifted by an offset, references among the copies mapped
// to the new ids and references to anything else dropped (a pasted appliance
// is not paired with the original's peer). Nodes whose site was not copied go
// to targetSite (or, without one, back to their original site).
class PasteObjects : public QUndoCommand
{
public:
    PasteObjects(Project *project, const QList<ObjectRecord> &records, ObjectId targetSite,
                 const QPointF &offset, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    // The new ids of the pasted sites, devices and appliances.
    QList<ObjectId> pastedNodes() const;
    QString errorString() const { return m_error; }

private:
    Project *m_project;
    QList<ObjectRecord> m_records; // parents before children; parents as old ids
    QHash<ObjectId, ObjectId> m_newIds; // old -> new, fixed after the first redo
    QList<ObjectId> m_created;
    ObjectId m_targetSite;
    QString m_error;
};
