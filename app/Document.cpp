#include "Document.h"

#include "Examples.h"
#include "Project.h"
#include "ProjectReader.h"
#include "ProjectWriter.h"
#include "SimulationSession.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUndoStack>

Document::Document()
    : m_project(std::make_unique<Project>())
    , m_undoStack(std::make_unique<QUndoStack>())
    , m_simulation(std::make_unique<SimulationSession>(m_project.get()))
{
    connect(m_undoStack.get(), &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
}

// Nothing to order by hand: members go in reverse declaration order, and the
// window and its parts, which listen, are gone before the last owner lets go.
Document::~Document() = default;

QString Document::displayName() const
{
    if (!m_displayName.isEmpty())
        return m_displayName;
    return tr("Untitled");
}

QString Document::saveSuggestion() const
{
    if (!m_fileName.isEmpty())
        return m_fileName;
    if (!m_originalPath.isEmpty())
        return m_originalPath;
    return QDir::home().filePath(originalName());
}

QString Document::originalName() const
{
    return m_recoveredName.isEmpty() ? displayName() : m_recoveredName;
}

bool Document::isModified() const
{
    return !m_undoStack->isClean();
}

bool Document::adopt(Project *loaded, const QString &fileName, const QString &displayName)
{
    // Undo commands hold ids of the old project: they go before it is replaced.
    m_undoStack->clear();
    m_project->replaceWith(*loaded);
    m_fileName = fileName;
    m_displayName = displayName;
    m_originalPath.clear();
    m_recoveredName.clear();
    m_undoStack->setClean();
    m_error.clear();
    emit projectReplaced();
    emit fileNameChanged();
    return true;
}

bool Document::load(const QString &fileName)
{
    Project loaded;
    ProjectReader reader;
    if (!QFileInfo::exists(fileName)) {
        m_error = tr("%1: no such file").arg(fileName);
        return false;
    }
    if (!reader.read(fileName, &loaded)) {
        m_error = reader.errorString();
        if (m_error.isEmpty())
            m_error = tr("%1: cannot be read").arg(QFileInfo(fileName).fileName());
        return false;
    }
    const QString absolute = QFileInfo(fileName).absoluteFilePath();
    return adopt(&loaded, absolute, QFileInfo(fileName).fileName());
}

bool Document::openExample(const QString &key)
{
    if (!Examples::keys().contains(key)) {
        m_error = tr("There is no example called \"%1\".").arg(key);
        return false;
    }
    const QString name = key + QStringLiteral(".meshnat");
    QFile file(Examples::resourcePath(key));
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("%1: the built-in example is missing").arg(name);
        return false;
    }
    Project loaded;
    ProjectReader reader;
    if (!reader.readData(file.readAll(), name, &loaded)) {
        m_error = reader.errorString();
        return false;
    }
    return adopt(&loaded, QString(), name);
}

bool Document::loadRecovered(const QString &copyFile, const QString &originalPath,
                             const QString &displayName)
{
    Project loaded;
    ProjectReader reader;
    if (!reader.read(copyFile, &loaded)) {
        m_error = reader.errorString();
        if (m_error.isEmpty())
            m_error = tr("%1: cannot be read").arg(QFileInfo(copyFile).fileName());
        return false;
    }
    adopt(&loaded, QString(), tr("%1 (recovered)").arg(displayName));
    m_originalPath = originalPath;
    m_recoveredName = displayName;
    // Not what any file holds: modified until saved, even after undoing everything.
    m_undoStack->resetClean();
    return true;
}

bool Document::save()
{
    if (m_fileName.isEmpty()) {
        m_error = tr("The project has no file name yet; use Save As.");
        return false;
    }
    return saveAs(m_fileName);
}

bool Document::saveAs(const QString &fileName)
{
    ProjectWriter writer;
    if (!writer.write(*m_project, fileName)) {
        m_error = writer.errorString();
        if (m_error.isEmpty())
            m_error = tr("%1: cannot be written").arg(QFileInfo(fileName).fileName());
        return false;
    }
    m_error.clear();
    const QString absolute = QFileInfo(fileName).absoluteFilePath();
    if (absolute != m_fileName || m_displayName != QFileInfo(fileName).fileName()) {
        m_fileName = absolute;
        m_displayName = QFileInfo(fileName).fileName();
        emit fileNameChanged();
    }
    m_originalPath.clear();
    m_recoveredName.clear();
    m_undoStack->setClean();
    return true;
}

void Document::newProject()
{
    Project fresh;
    fresh.setValue(NoId, Field::name, tr("Untitled"));
    fresh.create(ObjectKind::Site, NoId,
                 {{Field::name, tr("On-premises")},
                  {Field::kind, QStringLiteral("on-prem")}});
    fresh.create(ObjectKind::Site, NoId,
                 {{Field::name, tr("Cloud SDDC")},
                  {Field::kind, QStringLiteral("cloud-sddc")}});
    adopt(&fresh, QString(), QString());
}
