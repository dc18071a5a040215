#include "PresentationController.h"

#include "commands/ChangeValue.h"
#include "Document.h"
#include "MainMenus.h"
#include "MainWindow.h"
#include "MeshGraphScene.h"
#include "MeshGraphView.h"
#include "PresentationWindow.h"
#include "Project.h"
#include "SimulationSession.h"

#include <QAction>
#include <QMenu>
#include <QUndoStack>

PresentationController::PresentationController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_present(new QAction(this))
{
    m_present->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_present, &QAction::triggered, this, [this] { start(); });
    window->menus()->viewMenu()->addSeparator();
    window->menus()->viewMenu()->addAction(m_present);
    connect(window->document()->project(), &Project::valueChanged, this,
            [this](ObjectId id, FieldKey key) {
                if (id == NoId && key == Field::bookmarks)
                    loadBookmarks();
            });
    retranslate();
}

PresentationWindow *PresentationController::start(bool fullScreen)
{
    if (m_presentation) {
        m_presentation->activateWindow();
        return m_presentation;
    }
    Document *document = m_window->document();
    m_presentation = new PresentationWindow(document->project(), document->simulation(),
                                            m_window->graphView()->graphScene(), m_window);
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
    QList<PresentationWindow::Bookmark> bookmarks;
    const QStringList entries =
        m_window->document()->project()->value(NoId, Field::bookmarks).toStringList();
    for (const QString &entry : entries) {
        const int bar = entry.indexOf(QLatin1Char('|'));
        bool ok = false;
        const int step = entry.left(bar).toInt(&ok);
        if (ok)
            bookmarks.append({step, bar < 0 ? QString() : entry.mid(bar + 1)});
    }
    m_presentation->setBookmarks(bookmarks);
}

void PresentationController::toggleBookmark(int step, const QString &label)
{
    Project *project = m_window->document()->project();
    const QVariant old = project->value(NoId, Field::bookmarks);
    QStringList entries = old.toStringList();
    const auto existing = std::find_if(entries.begin(), entries.end(), [step](const QString &e) {
        return e.section(QLatin1Char('|'), 0, 0).toInt() == step;
    });
    if (existing != entries.end())
        entries.erase(existing);
    else
        entries.append(QStringLiteral("%1|%2").arg(step).arg(QString(label).remove(QLatin1Char(','))));
    auto *command = new ChangeValue(project, NoId, Field::bookmarks, old, entries);
    m_window->document()->undoStack()->push(command);
}

void PresentationController::retranslate()
{
    m_present->setText(tr("&Presentation Mode"));
    m_present->setStatusTip(tr("Walk the customer through the replay full screen (PageDown/PageUp)"));
}
