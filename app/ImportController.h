#pragma once

#include "ObjectId.h"

#include <QObject>

#include <functional>

class Document;
class ImportDialog;
class MainMenus;
class ObjectSelection;
class ObservedTableView;
class QAction;
class QDockWidget;
class QMainWindow;

// File → Import Router Configuration / Import NAT Translations: opens the
// preview dialog, applies what it understood as one undoable ImportObjects
// command and selects the imported device; owns the "Observed table" tab
// (the real table stored on a device, with 4500 collisions marked).
class ImportController : public QObject
{
    Q_OBJECT
public:
    ImportController(Document *document, ObjectSelection *selection, QMainWindow *window);
    ~ImportController() override;

    // Adds the actions to the File menu (after Open) and the tab next to `tabWith`.
    void install(MainMenus *menus, QDockWidget *tabWith);
    void retranslate();

    QAction *importConfigurationAction() const { return m_importConfig; }
    QAction *importTranslationsAction() const { return m_importTable; }
    ObservedTableView *observedView() const { return m_view; }
    QDockWidget *observedDock() const { return m_dock; }

    // Tests drive the dialog before it runs (set text) instead of a user; null = none.
    void setDialogHook(std::function<void(ImportDialog *)> hook) { m_hook = std::move(hook); }
    // Opens the dialog; returns true when something was imported.
    bool runImport(int mode);

signals:
    void statusMessage(const QString &message);

private:
    Document *m_document;
    ObjectSelection *m_selection;
    QMainWindow *m_window;
    QAction *m_importConfig;
    QAction *m_importTable;
    ObservedTableView *m_view;
    QDockWidget *m_dock;
    std::function<void(ImportDialog *)> m_hook;
};
