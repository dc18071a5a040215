#pragma once

#include "ThemeManager.h"

#include <QHash>
#include <QObject>

class EditController;
class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;
class QToolBar;
class QUndoStack;
class RecentFiles;

// Builds the menu bar (File, Edit, View with Theme, Language, Help) and the toolbar and
// owns their actions, with shortcuts and texts that follow the language. It only
// arranges actions: MainWindow connects them to the controllers.
class MainMenus : public QObject
{
    Q_OBJECT
public:
    MainMenus(QMainWindow *window, QUndoStack *undoStack, EditController *edits);

    QAction *newAction() const { return m_new; }
    QAction *openAction() const { return m_open; }
    QAction *saveAction() const { return m_save; }
    QAction *saveAsAction() const { return m_saveAs; }
    QAction *quitAction() const { return m_quit; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *aboutAction() const { return m_about; }
    QAction *exampleAction(const QString &key) const { return m_examples.value(key); }
    QAction *languageAction(const QString &code) const { return m_languages.value(code); }
    QAction *themeAction(ThemeManager::Mode mode) const { return m_themes.value(mode); }
    RecentFiles *recentFiles() const { return m_recent; }
    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *editMenu() const { return m_editMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    QMenu *toolsMenu() const { return m_toolsMenu; }
    QMenu *languageMenu() const { return m_languageMenu; }
    QMenu *themeMenu() const { return m_themeMenu; }
    QMenu *helpMenu() const { return m_helpMenu; }

    void setCurrentLanguage(const QString &code);
    void retranslate();

private:
    void updateUndoTexts();

    QMainWindow *m_window;
    QUndoStack *m_undoStack;
    EditController *m_edits;
    QMenu *m_fileMenu;
    QMenu *m_exampleMenu;
    QMenu *m_recentMenu;
    QMenu *m_editMenu;
    QMenu *m_addMenu;
    QMenu *m_viewMenu;
    QMenu *m_toolsMenu;
    QMenu *m_languageMenu;
    QMenu *m_helpMenu;
    QMenu *m_themeMenu;
    QToolBar *m_toolBar = nullptr;
    QAction *m_new;
    QAction *m_open;
    QAction *m_save;
    QAction *m_saveAs;
    QAction *m_quit;
    QAction *m_undo;
    QAction *m_redo;
    QAction *m_about;
    QHash<QString, QAction *> m_examples;
    QHash<QString, QAction *> m_languages;
    QActionGroup *m_languageGroup;
    QHash<ThemeManager::Mode, QAction *> m_themes; // View → Theme
    RecentFiles *m_recent;
};
