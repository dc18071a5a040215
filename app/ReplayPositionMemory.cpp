#include "ReplayPositionMemory.h"

#include "Document.h"
#include "SimulationResult.h"
#include "SimulationSession.h"

#include <QFileInfo>
#include <QSettings>
#include <QTimer>
#include <QDateTime>
#include <QVariantMap>

#include <algorithm>

namespace {
const char kGroup[] = "replayPositions";
constexpr int kMaxFiles = 50; // oldest forgotten first

QString keyOf(const QString &fileName)
{
    // QSettings keys may not hold '/' or '\\' as data: the path as hex.
    return QString::fromLatin1(QFileInfo(fileName).absoluteFilePath().toUtf8().toHex());
}
} // namespace

ReplayPositionMemory::ReplayPositionMemory(std::shared_ptr<Document> document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(500); // stepping or playing writes once it pauses
    connect(m_timer, &QTimer::timeout, this, &ReplayPositionMemory::flush);
    connect(document->simulation(), &SimulationSession::stepChanged, this,
            &ReplayPositionMemory::stepMoved);
    // The file is about to change (open, New, example): keep where the old one was.
    connect(document.get(), &Document::fileNameChanged, this, &ReplayPositionMemory::flush);
}

ReplayPositionMemory::~ReplayPositionMemory()
{
    flush();
}

void ReplayPositionMemory::stepMoved(int step)
{
    const std::shared_ptr<Document> document = m_document.lock();
    if (!document)
        return;
    SimulationSession *session = document->simulation();
    // Positions while a new project's first result is on its way belong to no file.
    if (document->fileName().isEmpty() || session->isBusy() || !session->result())
        return;
    if (m_file != document->fileName())
        flush();
    m_file = document->fileName();
    m_result = session->result();
    m_step = step;
    m_timer->start();
}

void ReplayPositionMemory::flush()
{
    m_timer->stop();
    if (!m_file.isEmpty() && m_result && m_step >= -1)
        remember(m_file, *m_result, m_step);
    m_file.clear();
    m_result.reset();
    m_step = -2;
}

void ReplayPositionMemory::remember(const QString &fileName, const SimulationResult &result,
                                   int step)
{
    QVariantMap entry;
    entry.insert(QStringLiteral("lastStep"), step);
    if (step >= 0 && size_t(step) < result.events.size()) {
        entry.insert(QStringLiteral("eventTime"), result.events[size_t(step)].time);
        entry.insert(QStringLiteral("eventType"), int(result.events[size_t(step)].type));
    }
    entry.insert(QStringLiteral("lastUsed"), QDateTime::currentSecsSinceEpoch());
    QSettings settings;
    settings.beginGroup(QLatin1String(kGroup));
    settings.setValue(keyOf(fileName), entry);
    // Forget the least recently used files beyond kMaxFiles.
    QStringList keys = settings.childKeys();
    if (keys.size() > kMaxFiles) {
        std::sort(keys.begin(), keys.end(), [&settings](const QString &a, const QString &b) {
            return settings.value(a).toMap().value(QStringLiteral("lastUsed")).toLongLong()
                   < settings.value(b).toMap().value(QStringLiteral("lastUsed")).toLongLong();
        });
        for (int i = 0; i < keys.size() - kMaxFiles; ++i)
            settings.remove(keys[i]);
    }
}

int ReplayPositionMemory::recall(const QString &fileName, const SimulationResult &result)
{
    if (fileName.isEmpty())
        return -2;
    QSettings settings;
    settings.beginGroup(QLatin1String(kGroup));
    const QVariantMap entry = settings.value(keyOf(fileName)).toMap();
    if (entry.isEmpty())
        return -2;
    const int step = entry.value(QStringLiteral("lastStep")).toInt();
    if (step < 0)
        return -1;
    const int count = int(result.events.size());
    if (!entry.contains(QStringLiteral("eventTime")))
        return qMin(step, count - 1);
    const double time = entry.value(QStringLiteral("eventTime")).toDouble();
    const int type = entry.value(QStringLiteral("eventType")).toInt();
    // The same step if it still holds the same event; else the first event of
    // that kind at that time; else the last step at or before that time.
    if (step < count && result.events[size_t(step)].time == time
        && int(result.events[size_t(step)].type) == type)
        return step;
    const auto first = std::lower_bound(result.events.cbegin(), result.events.cend(), time,
                                        [](const SimEvent &e, double t) { return e.time < t; });
    for (auto it = first; it != result.events.cend() && it->time == time; ++it) {
        if (int(it->type) == type)
            return int(it - result.events.cbegin());
    }
    return first == result.events.cbegin() ? -1 : int(first - result.events.cbegin()) - 1;
}
