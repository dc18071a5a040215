#pragma once

#include "ObjectId.h"

#include "WorkbenchPart.h"


class Document;
class ImportDialog;
class MainMenus;
class ObjectSelection;
class ObservedTableView;
class QAction;
class QDockWidget;
class QMainWindow;

// File → Import Router Configuration / Import NAT Translations / Paste Router
// Output (the clipboard's text, its format detected): opens the preview dialog, applies what it understood as one undoable ImportObjects
// command and selects the imported device; owns the "Observed table" tab
// (the real table stored on a device, with 4500 collisions marked).
class ImportController : public WorkbenchPart
{
    Q_OBJECT
public:
    // Adds its actions to the File menu (after Open) and its tab to the bottom dock.
    explicit ImportController(const Workbench &wb);
    void retranslate() override;

    QAction *importConfigurationAction() const { return m_importConfig; }
    QAction *importTranslationsAction() const { return m_importTable; }
    QAction *pasteRouterOutputAction() const { return m_paste; }
    ObservedTableView *observedView() const { return m_view; }
    QDockWidget *observedDock() const { return m_dock; }

    // Opens the dialog (ImportDialog::Mode; Any starts from the clipboard's
    // text); returns true when something was imported.
    bool runImport(int mode);

private:
    QAction *m_importConfig;
    QAction *m_importTable;
    QAction *m_paste;
    ObservedTableView *m_view;
    QDockWidget *m_dock;
};
