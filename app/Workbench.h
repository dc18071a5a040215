#pragma once

#include <QMainWindow>

#include <memory>

class Document;
class LanguageManager;
class MainMenus;
class MeshGraphView;
class ObjectSelection;
class QDockWidget;
class UserPrompts;

// What every part of the main window is given, the same way: the document it
// works on (shared, so it outlives every part that holds it), the shared
// selection, the prompts every dialog goes through (tests replace them), the
// window its docks and toolbars go into, the menus, and the docks others are
// placed relative to. MainWindow fills it once; parts never reach through the
// window for anything else.
struct Workbench
{
    std::shared_ptr<Document> document;
    ObjectSelection *selection = nullptr;
    QMainWindow *window = nullptr;
    MainMenus *menus = nullptr;
    LanguageManager *language = nullptr;
    MeshGraphView *graph = nullptr;
    QDockWidget *treeDock = nullptr;     // left: palette goes above it
    QDockWidget *propertyDock = nullptr; // right: status goes below it
    QDockWidget *bottomDock = nullptr;   // bottom: other docks become its tabs
    UserPrompts *prompts() const { return *m_prompts; }

    // The window owns the prompts and may replace them; parts read them here.
    UserPrompts *const *m_prompts = nullptr;
};
