#pragma once

#include "Field.h"
#include "ObjectId.h"
#include "WorkbenchPart.h"

#include <QHash>
#include <QPointF>

class MeshGraphView;
class ObjectSelection;

// Turns the graph scene's gestures (palette drops, drags, connections,
// in-place renames, delete, copy/paste, auto layout) into undo commands, one
// step per user action, and keeps the graph on the document's simulation.
// The actions and the palette that trigger them are GraphActions'.
class GraphController : public WorkbenchPart
{
    Q_OBJECT
public:
    explicit GraphController(const Workbench &wb);
    void retranslate() override {}

    // The edits behind the gestures; each is one undo step. Public for tests.
    ObjectId addElement(ObjectKind kind, const FieldValues &preset, ObjectId site,
                        const QPointF &scenePos, bool placed = true);
    bool connectObjects(ObjectId from, ObjectId to);
    bool moveObjects(const QHash<ObjectId, QPointF> &positions,
                     const QHash<ObjectId, ObjectId> &newSites);
    bool renameObject(ObjectId id, const QString &name);
    bool deleteSelection();
    // Unpairs an appliance (one undo step).
    bool unpair(ObjectId appliance);
    bool copySelection();
    QList<ObjectId> paste();
    bool autoLayout();
    // Writes the computed places of unplaced objects (a new or imported
    // project) into the project without an undo step.
    void storeInitialPlacement();

private:
    ObjectId addWithNewSite(ObjectKind kind, const FieldValues &preset, const QPointF &scenePos,
                            bool placed);
    QList<ObjectId> graphSelection() const;
    bool push(class QUndoCommand *command);

    ObjectSelection *m_selection;
    MeshGraphView *m_view;
    int m_pasteCount = 0;
};
