#pragma once

#include "AutosaveEntry.h"

#include <QCoreApplication>
#include <QString>

#include <map>
#include <memory>

class Project;
class QLockFile;

// The autosave folder (AppDataLocation/autosave) as one running instance sees
// it. The instance holds a lock file for as long as it runs; its copies are
// named after it. A copy whose owner's lock is stale (the process is gone) or
// missing belongs to a crashed instance and may be recovered; a live owner's
// copies are never offered. Claiming a crashed instance's copies takes over its
// lock, so two instances starting at once cannot both recover the same copy.
class AutosaveStore
{
    Q_DECLARE_TR_FUNCTIONS(AutosaveStore)
public:
    explicit AutosaveStore(const QString &directory = defaultDirectory());
    ~AutosaveStore(); // releases this instance's lock and any claimed ones

    static QString defaultDirectory();
    QString directory() const { return m_directory; }
    QString instanceId() const { return m_instance; }

    // Creates the folder and takes this instance's lock; false with errorString().
    bool open();
    bool isOpen() const { return bool(m_lock); }
    QString errorString() const { return m_error; }

    // Each autosaved document has a slot of its own within this instance.
    int newSlot() { return ++m_lastSlot; }
    // Writes the copy atomically (the project writer's QSaveFile), then its record.
    bool write(int slot, const Project &project, const AutosaveEntry &about);
    void remove(int slot);
    QString copyFile(int slot) const;

    // Copies of crashed instances, newest first; their locks are now held here.
    QList<AutosaveEntry> claimCrashed();
    // A claimed copy is dealt with: its files go (recovered or discarded).
    void discard(const AutosaveEntry &entry);
    // Lets go of every claimed lock; copies not discarded are offered next time.
    void releaseClaims();

private:
    QString pathFor(const QString &instance, int slot, const char *suffix) const;
    bool claim(const QString &instance);
    AutosaveEntry readEntry(const QString &instance, const QString &copyFile) const;

    QString m_directory;
    QString m_instance;
    QString m_error;
    std::unique_ptr<QLockFile> m_lock;
    std::map<QString, std::unique_ptr<QLockFile>> m_claimed; // instance -> its lock
    int m_lastSlot = 0;
};
