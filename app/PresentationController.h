#pragma once

#include "WorkbenchPart.h"

#include <QPointer>

class PresentationWindow;
class QAction;

// View → Presentation Mode (F5): a full-screen walk-through over the document's
// replay. Bookmarks live in the project ("bookmarks", one Bookmark record each),
// so toggling one is an undoable edit and they are saved with the file; they are
// anchored to events and re-resolved against every new simulation result.
class PresentationController : public WorkbenchPart
{
    Q_OBJECT
public:
    explicit PresentationController(const Workbench &wb);

    QAction *presentAction() const { return m_present; }
    // Opens the window (full screen unless fullScreen is false) and returns it.
    PresentationWindow *start(bool fullScreen = true);
    void retranslate() override;

private:
    void toggleBookmark(int step, const QString &label);
    // Resolves the project's bookmarks against the current result for the window.
    void loadBookmarks();

    QAction *m_present;
    QPointer<PresentationWindow> m_presentation;
};
