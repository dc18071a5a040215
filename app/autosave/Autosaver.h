#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

class AutosaveStore;
class Document;
class MainWindow;

// Keeps an autosave copy of one document while it has unsaved changes: an edit
// starts the interval, and when it runs out the copy is written atomically
// with a record of what it is. Saving (or undoing back to the saved state),
// replacing the project and closing remove the copy; a crash leaves it for
// CrashRecovery. Interval: the setting autosave/intervalSeconds (30 s when
// unset), overridden by MESHNAT_AUTOSAVE_INTERVAL (seconds; tests use ~1 s) and
// then by meshnat --autosave-interval; 0 turns autosave off.
class Autosaver : public QObject
{
    Q_OBJECT
public:
    Autosaver(Document *document, AutosaveStore *store, QObject *parent = nullptr);
    ~Autosaver() override; // a normal close: the copy goes

    // An autosaver for the window's document, reporting failures in its status bar.
    static Autosaver *attach(MainWindow *window, AutosaveStore *store);
    static int configuredIntervalMs();

    int intervalMs() const { return m_intervalMs; }
    void setIntervalMs(int ms);
    // Writes the copy now if the document has unsaved changes; false on failure.
    bool autosaveNow();
    // The copy's file; it exists only while there is one.
    QString copyFile() const;

signals:
    void saved(const QString &copyFile);
    void failed(const QString &message);

private:
    void documentChanged();
    void removeCopy();

    QPointer<Document> m_document;
    AutosaveStore *m_store;
    int m_slot;
    int m_intervalMs;
    bool m_hasCopy = false;
    QTimer m_timer;
};
