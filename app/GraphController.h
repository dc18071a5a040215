#pragma once

#include "ObjectId.h"

#include <QHash>
#include <QObject>
#include <QPointF>
#include "Field.h"

class Document;
class MainMenus;
class MeshGraphView;
class ObjectSelection;
class PaletteWidget;
class QAction;
class QDockWidget;
class QMainWindow;

// Wires the graph editor to the document: turns the scene's gestures (palette
// drops, drags, connections, in-place renames) and the graph actions (delete,
// copy, paste, auto layout, zoom, export) into undo commands — one step per
// user action — and keeps the graph on the document's simulation. Owns the
// palette dock.
class GraphController : public QObject
{
    Q_OBJECT
public:
    GraphController(Document *document, ObjectSelection *selection, MeshGraphView *view,
                    QMainWindow *window);

    PaletteWidget *palette() const { return m_palette; }
    QDockWidget *paletteDock() const { return m_paletteDock; }
    QAction *exportAction() const { return m_export; }
    QAction *copyAction() const { return m_copy; }
    QAction *pasteAction() const { return m_paste; }
    QAction *renameAction() const { return m_rename; }
    QAction *layoutAction() const { return m_layout; }
    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QAction *fitAction() const { return m_fit; }
    QAction *overviewAction() const { return m_overview; }

    // Puts the palette dock above `below` and the actions into the menus.
    void install(MainMenus *menus, QDockWidget *below);
    void retranslate();

    // The edits behind the gestures; each is one undo step. Public for tests.
    ObjectId addElement(ObjectKind kind, const FieldValues &preset, ObjectId site,
                        const QPointF &scenePos, bool placed = true);
    bool connectObjects(ObjectId from, ObjectId to);
    bool moveObjects(const QHash<ObjectId, QPointF> &positions,
                     const QHash<ObjectId, ObjectId> &newSites);
    bool renameObject(ObjectId id, const QString &name);
    bool deleteSelection();
    bool copySelection();
    QList<ObjectId> paste();
    bool autoLayout();
    // Writes the computed places of unplaced objects (a new or imported
    // project) into the project without an undo step.
    void storeInitialPlacement();
    // Export to a file chosen by its suffix; PNG at the given scale.
    bool exportDiagram(const QString &fileName, qreal pngScale = 2.0);
    QString errorString() const { return m_error; }

signals:
    void statusMessage(const QString &message);

private:
    QList<ObjectId> graphSelection() const;
    void exportInteractively();
    bool push(class QUndoCommand *command);

    Document *m_document;
    ObjectSelection *m_selection;
    MeshGraphView *m_view;
    QMainWindow *m_window;
    PaletteWidget *m_palette;
    QDockWidget *m_paletteDock;
    QAction *m_export;
    QAction *m_copy;
    QAction *m_paste;
    QAction *m_rename;
    QAction *m_layout;
    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_fit;
    QAction *m_overview;
    int m_pasteCount = 0;
    QString m_error;
};
