#pragma once

#include <QObject>
#include <QPointer>

class MainWindow;
class PresentationWindow;
class QAction;

// View → Presentation Mode (F5): a full-screen walk-through over the document's
// replay. Bookmarks live in the project ("bookmarks"), so toggling one is an
// undoable edit and they are saved with the file.
class PresentationController : public QObject
{
    Q_OBJECT
public:
    explicit PresentationController(MainWindow *window);

    QAction *presentAction() const { return m_present; }
    // Opens the window (full screen unless fullScreen is false) and returns it.
    PresentationWindow *start(bool fullScreen = true);
    void retranslate();

private:
    void toggleBookmark(int step, const QString &label);
    void loadBookmarks();

    MainWindow *m_window;
    QAction *m_present;
    QPointer<PresentationWindow> m_presentation;
};
