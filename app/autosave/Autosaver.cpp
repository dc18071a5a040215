#include "Autosaver.h"

#include "AutosaveStore.h"
#include "Document.h"
#include "MainWindow.h"
#include "Project.h"

#include <QSettings>
#include <QStatusBar>
#include <QUndoStack>

Autosaver::Autosaver(Document *document, AutosaveStore *store, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_store(store)
    , m_slot(store->newSlot())
    , m_intervalMs(configuredIntervalMs())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Autosaver::autosaveNow);
    connect(document->undoStack(), &QUndoStack::indexChanged, this, &Autosaver::documentChanged);
    connect(document, &Document::modifiedChanged, this, &Autosaver::documentChanged);
    connect(document, &Document::projectReplaced, this, &Autosaver::documentChanged);
}

Autosaver::~Autosaver()
{
    removeCopy();
}

Autosaver *Autosaver::attach(MainWindow *window, AutosaveStore *store)
{
    auto *autosaver = new Autosaver(window->document(), store, window);
    connect(autosaver, &Autosaver::failed, window, [window](const QString &message) {
        window->statusBar()->showMessage(tr("Autosave failed: %1").arg(message), 0);
    });
    return autosaver;
}

int Autosaver::configuredIntervalMs()
{
    bool ok = false;
    const double fromEnv = qEnvironmentVariable("MESHNAT_AUTOSAVE_INTERVAL").toDouble(&ok);
    if (ok && fromEnv >= 0)
        return int(fromEnv * 1000);
    const double fromSettings =
        QSettings().value(QStringLiteral("autosave/intervalSeconds"), 30).toDouble(&ok);
    return ok && fromSettings >= 0 ? int(fromSettings * 1000) : 30000;
}

void Autosaver::setIntervalMs(int ms)
{
    m_intervalMs = qMax(0, ms);
    m_timer.stop();
    documentChanged();
}

QString Autosaver::copyFile() const
{
    return m_store->copyFile(m_slot);
}

void Autosaver::documentChanged()
{
    if (!m_document || !m_document->isModified()) {
        // Saved, back at the saved state, or replaced: nothing to recover.
        m_timer.stop();
        removeCopy();
        return;
    }
    if (m_intervalMs > 0 && !m_timer.isActive())
        m_timer.start(m_intervalMs);
}

bool Autosaver::autosaveNow()
{
    if (!m_document || !m_document->isModified())
        return true;
    AutosaveEntry about;
    about.originalPath = m_document->fileName().isEmpty() ? m_document->originalPath()
                                                          : m_document->fileName();
    about.displayName = m_document->originalName();
    about.title = m_document->project()->value(NoId, Field::name).toString();
    about.savedAt = QDateTime::currentDateTimeUtc();
    if (!m_store->write(m_slot, *m_document->project(), about)) {
        emit failed(m_store->errorString());
        if (m_intervalMs > 0)
            m_timer.start(m_intervalMs); // try again: the next edit may never come
        return false;
    }
    m_hasCopy = true;
    emit saved(copyFile());
    return true;
}

void Autosaver::removeCopy()
{
    if (m_hasCopy)
        m_store->remove(m_slot);
    m_hasCopy = false;
}
