#include "FileController.h"
#include "Examples.h"

#include "Document.h"
#include "RecentFiles.h"
#include "UserPrompts.h"

#include <QDir>
#include <QFileInfo>

FileController::FileController(const Workbench &wb, RecentFiles *recent)
    : WorkbenchPart(wb)
    , m_recent(recent)
{
}

bool FileController::maybeSave()
{
    if (!document()->isModified())
        return true;
    switch (workbench().prompts()->askSaveChanges(workbench().window, document()->displayName())) {
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
    document()->newProject();
    emit statusMessage(tr("New project"));
    return true;
}

bool FileController::open()
{
    if (!maybeSave())
        return false;
    const QString dir = document()->fileName().isEmpty()
                            ? QDir::homePath()
                            : QFileInfo(document()->fileName()).absolutePath();
    const QString fileName = workbench().prompts()->openFileName(workbench().window, dir);
    // Already asked about unsaved changes; do not ask again.
    return !fileName.isEmpty() && load(fileName);
}

bool FileController::openFile(const QString &fileName)
{
    return maybeSave() && load(fileName);
}

bool FileController::load(const QString &fileName)
{
    if (!document()->load(fileName)) {
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
    if (!document()->openExample(key)) {
        reportError(tr("Cannot open example"));
        return false;
    }
    emit statusMessage(tr("Opened example: %1").arg(Examples::title(key)));
    return true;
}

bool FileController::save()
{
    if (document()->fileName().isEmpty())
        return saveAs();
    if (!document()->save()) {
        reportError(tr("Cannot save project"));
        return false;
    }
    emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(document()->fileName())));
    return true;
}

bool FileController::saveAs()
{
    const QString fileName =
        workbench().prompts()->saveFileName(workbench().window, document()->saveSuggestion());
    if (fileName.isEmpty())
        return false;
    if (!document()->saveAs(fileName)) {
        reportError(tr("Cannot save project"));
        return false;
    }
    m_recent->add(fileName);
    emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(fileName)));
    return true;
}

void FileController::reportError(const QString &title)
{
    showError(title, document()->errorString());
}
