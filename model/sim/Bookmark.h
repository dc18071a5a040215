#pragma once

#include "ObjectId.h"
#include "SimEvent.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

struct SimulationResult;

// A presentation bookmark anchored to what happened (the kind of event, whom it
// concerns, the tunnel state it set, when), not to a step index: an edit or a fix
// reshapes the event log, and the bookmark then finds its event again or says it
// no longer applies. Stored in the project's "bookmarks" field, one record each.
class Bookmark
{
    Q_DECLARE_TR_FUNCTIONS(Bookmark)
public:
    double at = 0;           // simulated seconds of the event
    QString event;           // eventKey() of its type; empty for a legacy bookmark
    ObjectId subject = NoId; // subjectOf() the event
    QString state;           // stateOf() the event: set only where it set a tunnel state
    QString label;
    int step = -1; // legacy (version 1 "STEP|label") bookmarks know only a step

    bool isLegacy() const { return event.isEmpty(); }

    // The bookmark of event `step` of `result`; an out-of-range step gives a
    // legacy bookmark of that step.
    static Bookmark fromEvent(const SimulationResult &result, int step, const QString &label);
    // The step of `result` this bookmark points at, or -1 when it no longer applies:
    // the event of the same kind, subject and state nearest in time (an exact time
    // first, then the earlier). Legacy bookmarks keep their step while it exists.
    int resolve(const SimulationResult &result) const;

    // Records are the stored form: {"at", "event", "subject", "state"?, "label"},
    // legacy ones {"step", "label"}.
    QVariantMap toRecord() const;
    static Bookmark fromRecord(const QVariantMap &record); // a normalised record
    static QList<Bookmark> fromRecords(const QVariant &records);
    static QVariantList toRecords(const QList<Bookmark> &bookmarks);
    // Checks one stored bookmark (a record, or a legacy "STEP|label" text) and
    // gives its canonical record. On failure `member` names the offending member
    // (empty: the whole record) and `error` says what is wrong (translated).
    static bool normalizeRecord(const QVariant &in, QVariantMap *out, QString *member,
                                QString *error);

    static QString eventKey(SimEvent::Type type);         // "tunnel-changed", ...
    static SimEvent::Type eventType(const QString &key);  // TypeCount for an unknown key
    static QString stateKey(SimEvent::TunnelState state); // "up", "down", ...
    // Whom an event concerns, in ids that survive a re-run: a tunnel event's
    // on-prem appliance, else the event's subject, else its NAT device.
    static ObjectId subjectOf(const SimulationResult &result, const SimEvent &event);
    // The tunnel state an event set ("down"), empty when it set none.
    static QString stateOf(const SimEvent &event);
};
