#include "PresentationController.h"

#include "Bookmark.h"
#include "commands/ChangeValue.h"
#include "Document.h"
#include "MainMenus.h"
#include "MeshGraphScene.h"
#include "MeshGraphView.h"
#include "PresentationWindow.h"
#include "Project.h"
#include "SimulationSession.h"

#include <QAction>
#include <QMenu>
#include <QUndoStack>

#include <algorithm>

PresentationController::PresentationController(const Workbench &wb)
    : WorkbenchPart(wb)
    , m_present(new QAction(this))
{
    m_present->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_present, &QAction::triggered, this, [this] { start(); });
    wb.menus->viewMenu()->addSeparator();
    wb.menus->viewMenu()->addAction(m_present);
    connect(project(), &Project::valueChanged, this, [this](ObjectId id, FieldKey key) {
        if (id == NoId && key == Field::bookmarks)
            loadBookmarks();
    });
    // An edit or a fix reshapes the event log: find each bookmark's event again.
    connect(simulation(), &SimulationSession::resultChanged, this,
            &PresentationController::loadBookmarks);
}

PresentationWindow *PresentationController::start(bool fullScreen)
{
    if (m_presentation) {
        m_presentation->activateWindow();
        return m_presentation;
    }
    const Workbench &wb = workbench();
    m_presentation = new PresentationWindow(project(), simulation(), wb.graph->graphScene(),
                                            wb.window);
    m_presentation->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_presentation, &PresentationWindow::bookmarkToggled, this,
            &PresentationController::toggleBookmark);
    loadBookmarks();
    if (fullScreen)
        m_presentation->showFullScreen();
    else
        m_presentation->show();
    m_presentation->setFocus();
    return m_presentation;
}

void PresentationController::loadBookmarks()
{
    if (!m_presentation)
        return;
    const std::shared_ptr<const SimulationResult> result = simulation()->result();
    QList<PresentationWindow::Bookmark> shown;
    for (const Bookmark &b : Bookmark::fromRecords(project()->value(NoId, Field::bookmarks)))
        shown.append({result ? b.resolve(*result) : -1, b.label});
    m_presentation->setBookmarks(shown);
}

void PresentationController::toggleBookmark(int step, const QString &label)
{
    const std::shared_ptr<const SimulationResult> result = simulation()->result();
    if (!result || step < 0 || size_t(step) >= result->events.size())
        return; // before the first event nothing has happened to anchor to
    const QVariant old = project()->value(NoId, Field::bookmarks);
    QList<Bookmark> bookmarks = Bookmark::fromRecords(old);
    // B on a bookmarked step removes whichever bookmark points there.
    const auto existing =
        std::find_if(bookmarks.begin(), bookmarks.end(),
                     [&](const Bookmark &b) { return b.resolve(*result) == step; });
    if (existing != bookmarks.end())
        bookmarks.erase(existing);
    else
        bookmarks.append(Bookmark::fromEvent(*result, step, label));
    document()->undoStack()->push(
        new ChangeValue(project(), NoId, Field::bookmarks, old, Bookmark::toRecords(bookmarks)));
}

void PresentationController::retranslate()
{
    m_present->setText(tr("&Presentation Mode"));
    m_present->setStatusTip(tr("Walk the customer through the replay full screen (PageDown/PageUp)"));
}
