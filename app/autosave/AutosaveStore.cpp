#include "AutosaveStore.h"

#include "Project.h"
#include "ProjectWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace {

const QString recordFormat = QStringLiteral("meshnat-autosave");
constexpr int recordVersion = 1;

// "<instance>-<slot>.meshnat", instance = "<pid>_<8 hex digits>".
const QRegularExpression &copyPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d+_[0-9a-f]{8})-\\d+\\.meshnat$"));
    return pattern;
}

const QRegularExpression &lockPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+_[0-9a-f]{8})\\.lock$"));
    return pattern;
}

} // namespace

AutosaveStore::AutosaveStore(const QString &directory)
    : m_directory(directory)
    , m_instance(QStringLiteral("%1_%2")
                     .arg(QCoreApplication::applicationPid())
                     .arg(QUuid::createUuid().toString(QUuid::Id128).left(8)))
{
}

AutosaveStore::~AutosaveStore()
{
    releaseClaims();
}

QString AutosaveStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/autosave");
}

bool AutosaveStore::open()
{
    if (m_lock)
        return true;
    if (!QDir().mkpath(m_directory)) {
        m_error = tr("Cannot create the autosave folder %1.")
                      .arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    auto lock = std::make_unique<QLockFile>(
        QDir(m_directory).filePath(m_instance + QStringLiteral(".lock")));
    if (!lock->tryLock(0)) {
        m_error = tr("Cannot lock the autosave folder %1.")
                      .arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    m_lock = std::move(lock);
    m_error.clear();
    return true;
}

QString AutosaveStore::pathFor(const QString &instance, int slot, const char *suffix) const
{
    return QDir(m_directory).filePath(
        QStringLiteral("%1-%2%3").arg(instance).arg(slot).arg(QLatin1String(suffix)));
}

QString AutosaveStore::copyFile(int slot) const
{
    return pathFor(m_instance, slot, ".meshnat");
}

bool AutosaveStore::write(int slot, const Project &project, const AutosaveEntry &about)
{
    if (!isOpen() && !open())
        return false;
    ProjectWriter writer;
    if (!writer.write(project, copyFile(slot))) {
        m_error = writer.errorString();
        return false;
    }
    QJsonObject record;
    record.insert(QStringLiteral("format"), recordFormat);
    record.insert(QStringLiteral("version"), recordVersion);
    record.insert(QStringLiteral("originalPath"), about.originalPath);
    record.insert(QStringLiteral("displayName"), about.displayName);
    record.insert(QStringLiteral("title"), about.title);
    record.insert(QStringLiteral("savedAt"), about.savedAt.toUTC().toString(Qt::ISODateWithMs));
    QSaveFile file(pathFor(m_instance, slot, ".json"));
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(record).toJson()) < 0 || !file.commit()) {
        m_error = tr("Cannot write the autosave record %1: %2")
                      .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
        return false;
    }
    m_error.clear();
    return true;
}

void AutosaveStore::remove(int slot)
{
    QFile::remove(copyFile(slot));
    QFile::remove(pathFor(m_instance, slot, ".json"));
}

bool AutosaveStore::claim(const QString &instance)
{
    if (instance == m_instance || m_claimed.count(instance))
        return instance != m_instance;
    auto lock = std::make_unique<QLockFile>(
        QDir(m_directory).filePath(instance + QStringLiteral(".lock")));
    // Only a dead owner makes a lock stale, never its age: a long-running
    // instance's lock is old but live (its OS-level lock also keeps it).
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0))
        return false; // running (or unreadable): never offered
    m_claimed.emplace(instance, std::move(lock));
    return true;
}

AutosaveEntry AutosaveStore::readEntry(const QString &instance, const QString &copyFile) const
{
    AutosaveEntry entry;
    entry.instance = instance;
    entry.copyFile = copyFile;
    entry.recordFile = copyFile.chopped(int(qstrlen(".meshnat"))) + QStringLiteral(".json");
    QFile file(entry.recordFile);
    const QJsonObject record = file.open(QIODevice::ReadOnly)
                                   ? QJsonDocument::fromJson(file.readAll()).object()
                                   : QJsonObject();
    if (record.value(QStringLiteral("format")).toString() == recordFormat) {
        entry.originalPath = record.value(QStringLiteral("originalPath")).toString();
        entry.displayName = record.value(QStringLiteral("displayName")).toString();
        entry.title = record.value(QStringLiteral("title")).toString();
        entry.savedAt = QDateTime::fromString(record.value(QStringLiteral("savedAt")).toString(),
                                              Qt::ISODateWithMs);
    }
    // The instance died between writing the copy and its record: the copy
    // still counts, described by what the file system knows.
    if (!entry.savedAt.isValid())
        entry.savedAt = QFileInfo(copyFile).lastModified().toUTC();
    if (entry.displayName.isEmpty())
        entry.displayName = tr("Untitled");
    return entry;
}

QList<AutosaveEntry> AutosaveStore::claimCrashed()
{
    const QDir dir(m_directory);
    QSet<QString> instances;
    QList<std::pair<QString, QString>> copies; // instance, copy file
    const QStringList names = dir.entryList(QDir::Files);
    for (const QString &name : names) {
        if (const auto match = copyPattern().match(name); match.hasMatch()) {
            instances.insert(match.captured(1));
            copies.append({match.captured(1), dir.filePath(name)});
        }
        else if (const auto lockMatch = lockPattern().match(name); lockMatch.hasMatch())
            instances.insert(lockMatch.captured(1));
    }
    QList<AutosaveEntry> entries;
    for (const QString &instance : std::as_const(instances)) {
        if (!claim(instance))
            continue;
        for (const auto &[owner, copy] : std::as_const(copies)) {
            if (owner == instance)
                entries.append(readEntry(owner, copy));
        }
    }
    // A crashed instance that left no copy leaves no lock either.
    for (auto it = m_claimed.begin(); it != m_claimed.end();) {
        const QString owner = it->first;
        const bool hasCopy = std::any_of(entries.cbegin(), entries.cend(),
                                         [&](const AutosaveEntry &e) { return e.instance == owner; });
        it = hasCopy ? std::next(it) : m_claimed.erase(it);
    }
    std::sort(entries.begin(), entries.end(),
              [](const AutosaveEntry &a, const AutosaveEntry &b) { return a.savedAt > b.savedAt; });
    return entries;
}

void AutosaveStore::discard(const AutosaveEntry &entry)
{
    QFile::remove(entry.copyFile);
    QFile::remove(entry.recordFile);
}

void AutosaveStore::releaseClaims()
{
    m_claimed.clear(); // each QLockFile unlocks and removes its file
}
