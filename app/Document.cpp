#include "Document.h"

#include "Project.h"
#include "ProjectReader.h"
#include "ProjectWriter.h"
#include "SimulationSession.h"

#include <QFile>
#include <QFileInfo>
#include <QUndoStack>

Document::Document(QObject *parent)
    : QObject(parent)
    , m_project(new Project(this))
    , m_undoStack(new QUndoStack(this))
    , m_simulation(new SimulationSession(m_project, this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
}

Document::~Document()
{
    // Commands refer to the project; drop them first. Clearing flips the clean
    // state: nobody may hear of it, the window that listens is being destroyed.
    blockSignals(true);
    m_undoStack->blockSignals(true);
    m_undoStack->clear();
}

QString Document::displayName() const
{
    if (!m_displayName.isEmpty())
        return m_displayName;
    return tr("Untitled");
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
    if (!exampleKeys().contains(key)) {
        m_error = tr("There is no example called \"%1\".").arg(key);
        return false;
    }
    const QString name = key + QStringLiteral(".meshnat");
    QFile file(QStringLiteral(":/meshnat/examples/") + name);
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

QStringList Document::exampleKeys()
{
    return {QStringLiteral("seed-incident"), QStringLiteral("home-lab"),
            QStringLiteral("fixed-site")};
}

QString Document::exampleTitle(const QString &key)
{
    if (key == QLatin1String("seed-incident"))
        return tr("Seed incident");
    if (key == QLatin1String("home-lab"))
        return tr("Home lab");
    if (key == QLatin1String("fixed-site"))
        return tr("Fixed site");
    return key;
}

QString Document::exampleDescription(const QString &key)
{
    if (key == QLatin1String("seed-incident"))
        return tr("Cisco router overloads IX and NE onto one global address: one tunnel Down");
    if (key == QLatin1String("home-lab"))
        return tr("The same design behind a consumer (Linux netfilter) router");
    if (key == QLatin1String("fixed-site"))
        return tr("The fix: static NAT with an explicit mapping per appliance");
    return QString();
}
