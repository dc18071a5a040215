#include "FileController.h"
#include "Examples.h"

#include "Document.h"
#include "RecentFiles.h"
#include "UserPrompts.h"

#include <QDir>
#include <QFileInfo>

FileController::FileController(Document *document, UserPrompts *prompts, RecentFiles *recent,
                               QWidget *window, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_prompts(prompts)
    , m_recent(recent)
    , m_window(window)
{
}

bool FileController::maybeSave()
{
    if (!m_document->isModified())
        return true;
    switch (m_prompts->askSaveChanges(m_window, m_document->displayName())) {
    case UserPrompts::Save: return save();
    case UserPrompts::Discard: return true;
    case UserPrompts::Cancel: break;
    }
    return false;
}

bool FileController::newProject()
{
    if (!maybeSave())
        return false;
    m_document->newProject();
    emit statusMessage(tr("New project"));
    return true;
}

bool FileController::open()
{
    if (!maybeSave())
        return false;
    const QString dir = m_document->fileName().isEmpty()
                            ? QDir::homePath()
                            : QFileInfo(m_document->fileName()).absolutePath();
    const QString fileName = m_prompts->openFileName(m_window, dir);
    // Already asked about unsaved changes; do not ask again.
    return !fileName.isEmpty() && load(fileName);
}

bool FileController::openFile(const QString &fileName)
{
    return maybeSave() && load(fileName);
}

bool FileController::load(const QString &fileName)
{
    if (!m_document->load(fileName)) {
        reportError(tr("Cannot open project"));
        return false;
    }
    m_recent->add(fileName);
    emit statusMessage(tr("Opened %1").arg(QDir::toNativeSeparators(fileName)));
    return true;
}

bool FileController::openExample(const QString &key)
{
    if (!maybeSave())
        return false;
    if (!m_document->openExample(key)) {
        reportError(tr("Cannot open example"));
        return false;
    }
    emit statusMessage(tr("Opened example: %1").arg(Examples::title(key)));
    return true;
}

bool FileController::save()
{
    if (m_document->fileName().isEmpty())
        return saveAs();
    if (!m_document->save()) {
        reportError(tr("Cannot save project"));
        return false;
    }
    emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_document->fileName())));
    return true;
}

bool FileController::saveAs()
{
    const QString suggestion = m_document->fileName().isEmpty()
                                   ? QDir::home().filePath(m_document->displayName())
                                   : m_document->fileName();
    const QString fileName = m_prompts->saveFileName(m_window, suggestion);
    if (fileName.isEmpty())
        return false;
    if (!m_document->saveAs(fileName)) {
        reportError(tr("Cannot save project"));
        return false;
    }
    m_recent->add(fileName);
    emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(fileName)));
    return true;
}

void FileController::reportError(const QString &title)
{
    emit statusMessage(m_document->errorString());
    m_prompts->showError(m_window, title, m_document->errorString());
}
