#pragma once

#include "WorkbenchPart.h"

class GraphController;
class PaletteWidget;
class QAction;
class QDockWidget;

// The graph's actions and where they live: the palette dock above the
// topology tree, Export Diagram in the File menu, copy/paste/rename in Edit,
// zoom, fit, overview and auto layout in View. The edits behind them are the
// GraphController's.
class GraphActions : public WorkbenchPart
{
    Q_OBJECT
public:
    GraphActions(const Workbench &wb, GraphController *graphs);

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
    void retranslate() override;

    // Export to a file chosen by its suffix; PNG at the given scale.
    bool exportDiagram(const QString &fileName, qreal pngScale = 2.0);
    QString errorString() const { return m_error; }

private:
    void exportInteractively();

    GraphController *m_graphs;
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
    QString m_error;
};
