#include "Bookmark.h"

#include "SimulationResult.h"

#include <QStringList>

#include <cmath>

namespace {

// File keys; the index is the enum value, so the order must follow SimEvent.
const char *const EventKeys[] = {
    "appliance-deployed", "appliance-stopped",   "packet-sent",      "translation-created",
    "nat-translated",     "translation-expired", "packet-delivered", "packet-dropped",
    "peer-learned",       "tunnel-changed",      "port-flip",        "scenario-action",
};
static_assert(sizeof(EventKeys) / sizeof(*EventKeys) == SimEvent::TypeCount,
              "one key per SimEvent::Type");

const char *const StateKeys[] = {"not-deployed", "connecting", "up", "down"};

const QLatin1String AtKey("at");
const QLatin1String EventKey("event");
const QLatin1String SubjectKey("subject");
const QLatin1String StateKey("state");
const QLatin1String LabelKey("label");
const QLatin1String StepKey("step");

bool isNumber(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return true;
    default:
        return false;
    }
}

// A whole number in [min, max] (JSON numbers arrive as doubles).
bool wholeNumber(const QVariant &v, qint64 min, qint64 max, qint64 *out)
{
    if (!isNumber(v))
        return false;
    const double d = v.toDouble();
    if (!std::isfinite(d) || d != std::floor(d) || d < double(min) || d > double(max))
        return false;
    *out = v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Float ? qint64(d)
                                                                             : v.toLongLong();
    return true;
}

} // namespace

QString Bookmark::eventKey(SimEvent::Type type)
{
    return type < SimEvent::TypeCount ? QString::fromLatin1(EventKeys[type]) : QString();
}

SimEvent::Type Bookmark::eventType(const QString &key)
{
    for (int i = 0; i < SimEvent::TypeCount; ++i) {
        if (key == QLatin1String(EventKeys[i]))
            return SimEvent::Type(i);
    }
    return SimEvent::TypeCount;
}

QString Bookmark::stateKey(SimEvent::TunnelState state)
{
    return state <= SimEvent::Down ? QString::fromLatin1(StateKeys[state]) : QString();
}

ObjectId Bookmark::subjectOf(const SimulationResult &result, const SimEvent &event)
{
    const bool tunnelEvent =
        event.type == SimEvent::TunnelChanged || event.type == SimEvent::PeerLearned;
    if (tunnelEvent && event.tunnel >= 0 && event.tunnel < result.tunnels.size())
        return result.tunnels[event.tunnel].appliance;
    if (event.subject != NoId)
        return event.subject;
    if (event.device >= 0 && event.device < result.devices.size())
        return result.devices[event.device].id;
    return NoId;
}

QString Bookmark::stateOf(const SimEvent &event)
{
    // A translation that gives the tunnel the wrong port takes it Down on that
    // very step (StateChange), so it carries a state as a TunnelChanged does.
    if (event.type == SimEvent::TunnelChanged || (event.flags & SimEvent::StateChange))
        return stateKey(event.state);
    return QString();
}

Bookmark Bookmark::fromEvent(const SimulationResult &result, int step, const QString &label)
{
    Bookmark b;
    b.label = label;
    if (step < 0 || size_t(step) >= result.events.size()) {
        b.step = step;
        return b;
    }
    const SimEvent &e = result.events[size_t(step)];
    b.at = e.time;
    b.event = eventKey(e.type);
    b.subject = subjectOf(result, e);
    b.state = stateOf(e);
    return b;
}

int Bookmark::resolve(const SimulationResult &result) const
{
    const qint64 count = qint64(result.events.size());
    if (isLegacy()) // best effort: the step, while the log still has it
        return step >= 0 && step < count ? step : -1;
    const SimEvent::Type type = eventType(event);
    if (type == SimEvent::TypeCount)
        return -1;
    int best = -1;
    double bestDistance = 0;
    for (qint64 i = 0; i < count; ++i) {
        const SimEvent &e = result.events[size_t(i)];
        if (e.type != type || subjectOf(result, e) != subject || stateOf(e) != state)
            continue;
        const double distance = std::abs(e.time - at);
        // Strictly nearer only: among equals the earlier event wins.
        if (best < 0 || distance < bestDistance) {
            best = int(i);
            bestDistance = distance;
        }
        if (e.time > at)
            break; // the log is in time order: later ones are only farther
    }
    return best;
}

QVariantMap Bookmark::toRecord() const
{
    QVariantMap r;
    r.insert(LabelKey, label);
    if (isLegacy()) {
        r.insert(StepKey, step);
        return r;
    }
    r.insert(AtKey, at);
    r.insert(EventKey, event);
    r.insert(SubjectKey, subject);
    if (!state.isEmpty())
        r.insert(StateKey, state);
    return r;
}

Bookmark Bookmark::fromRecord(const QVariantMap &record)
{
    Bookmark b;
    b.label = record.value(LabelKey).toString();
    b.event = record.value(EventKey).toString();
    if (b.isLegacy()) {
        b.step = record.value(StepKey, -1).toInt();
        return b;
    }
    b.at = record.value(AtKey).toDouble();
    b.subject = record.value(SubjectKey).toUInt();
    b.state = record.value(StateKey).toString();
    return b;
}

QList<Bookmark> Bookmark::fromRecords(const QVariant &records)
{
    QList<Bookmark> bookmarks;
    for (const QVariant &r : records.toList())
        bookmarks.append(fromRecord(r.toMap()));
    return bookmarks;
}

QVariantList Bookmark::toRecords(const QList<Bookmark> &bookmarks)
{
    QVariantList records;
    for (const Bookmark &b : bookmarks)
        records.append(b.toRecord());
    return records;
}

bool Bookmark::normalizeRecord(const QVariant &in, QVariantMap *out, QString *member,
                               QString *error)
{
    const auto fail = [&](const QString &where, const QString &message) {
        if (member)
            *member = where;
        if (error)
            *error = message;
        return false;
    };

    // Version 1 stored "STEP|label" (the label may be missing).
    if (in.typeId() == QMetaType::QString) {
        const QString text = in.toString();
        const qsizetype bar = text.indexOf(QLatin1Char('|'));
        bool ok = false;
        const int step = text.left(bar).trimmed().toInt(&ok);
        if (!ok || step < -1) // -1: the start, before the first event
            return fail(QString(),
                        tr("\"%1\" is not a bookmark (expected \"STEP|label\")").arg(text));
        *out = {{LabelKey, bar < 0 ? QString() : text.mid(bar + 1)}, {StepKey, step}};
        return true;
    }
    if (in.typeId() != QMetaType::QVariantMap)
        return fail(QString(), tr("expected a bookmark {\"at\", \"event\", \"subject\", "
                                  "\"label\"}"));

    const QVariantMap r = in.toMap();
    static const QStringList known = {AtKey, EventKey, SubjectKey, StateKey, LabelKey, StepKey};
    for (auto it = r.cbegin(); it != r.cend(); ++it) {
        if (!known.contains(it.key()))
            return fail(it.key(), tr("unknown member of a bookmark (expected one of: %1)")
                                      .arg(known.join(QStringLiteral(", "))));
    }
    QVariantMap o;
    const QVariant label = r.value(LabelKey, QString());
    if (label.typeId() != QMetaType::QString)
        return fail(LabelKey, tr("expected text"));
    o.insert(LabelKey, label.toString());

    if (!r.contains(EventKey)) {
        // A legacy bookmark saved again: it still knows only its step.
        qint64 step = 0;
        if (!r.contains(StepKey))
            return fail(QString(), tr("a bookmark needs \"event\" (or a legacy \"step\")"));
        if (!wholeNumber(r.value(StepKey), -1, 0x7fffffff, &step))
            return fail(StepKey, tr("expected a step number (-1 or more)"));
        for (const QLatin1String key : {AtKey, SubjectKey, StateKey}) {
            if (r.contains(key))
                return fail(key, tr("not allowed in a legacy bookmark (one with \"step\")"));
        }
        o.insert(StepKey, int(step));
        *out = o;
        return true;
    }
    if (r.contains(StepKey))
        return fail(StepKey, tr("not allowed together with \"event\""));

    const QVariant event = r.value(EventKey);
    if (event.typeId() != QMetaType::QString ||
        eventType(event.toString()) == SimEvent::TypeCount) {
        QStringList keys;
        for (int i = 0; i < SimEvent::TypeCount; ++i)
            keys.append(eventKey(SimEvent::Type(i)));
        return fail(EventKey, tr("\"%1\" is not an event kind (expected one of: %2)")
                                  .arg(event.toString(), keys.join(QStringLiteral(", "))));
    }
    o.insert(EventKey, event.toString());

    const QVariant at = r.value(AtKey);
    if (!r.contains(AtKey) || !isNumber(at) || !std::isfinite(at.toDouble()) || at.toDouble() < 0)
        return fail(AtKey, tr("expected a number of seconds of zero or more"));
    o.insert(AtKey, at.toDouble());

    qint64 subject = 0;
    if (!wholeNumber(r.value(SubjectKey, 0), 0, 0xffffffffLL, &subject))
        return fail(SubjectKey, tr("expected an object id"));
    o.insert(SubjectKey, ObjectId(subject));

    const QVariant state = r.value(StateKey, QString());
    bool knownState = state.typeId() == QMetaType::QString;
    if (knownState && !state.toString().isEmpty()) {
        knownState = false;
        for (const char *key : StateKeys)
            knownState = knownState || state.toString() == QLatin1String(key);
    }
    if (!knownState)
        return fail(StateKey, tr("\"%1\" is not a tunnel state (expected one of: %2)")
                                  .arg(state.toString(), QStringLiteral("not-deployed, "
                                                                        "connecting, up, down")));
    if (!state.toString().isEmpty())
        o.insert(StateKey, state.toString());
    *out = o;
    return true;
}
