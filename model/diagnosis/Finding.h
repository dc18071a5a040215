#pragma once

#include "ObjectId.h"

#include <QList>
#include <QString>
#include <QVariantMap>

// One change to the project that a fix makes; the app applies a fix's list as
// one undo step (AddObject / ChangeValue / RemoveObject), the CLI and tests
// apply it directly with FixGenerator::apply().
struct FixOperation
{
    enum Type { Add, Set, Remove };
    Type type = Set;
    ObjectKind kind = ObjectKind::None; // Add: kind of the new object
    ObjectId parent = NoId;             // Add: its parent
    QVariantMap values;                 // Add: its fields
    ObjectId id = NoId;                 // Set, Remove: the object
    QString key;                        // Set: the field
    QVariant value;                     // Set: the new value

    static FixOperation add(ObjectKind kind, ObjectId parent, const QVariantMap &values)
    {
        FixOperation o;
        o.type = Add;
        o.kind = kind;
        o.parent = parent;
        o.values = values;
        return o;
    }
    static FixOperation set(ObjectId id, const QString &key, const QVariant &value)
    {
        FixOperation o;
        o.type = Set;
        o.id = id;
        o.key = key;
        o.value = value;
        return o;
    }
    static FixOperation remove(ObjectId id)
    {
        FixOperation o;
        o.type = Remove;
        o.id = id;
        return o;
    }
};

// What to type into the device (config) and what the project change is.
struct Fix
{
    QString vendor;  // "cisco-ios", "cisco-asa", "linux", "hcx" (a change in HCX Manager)
    QString summary; // one line, translated
    QString config;  // paste-able text: comments translated, commands verbatim
    QString note;    // why this fix and what it assumes, translated
    QList<FixOperation> operations;
    bool complete = true; // false: the fix cannot clear every cause (the note says why)
    bool isEmpty() const { return config.isEmpty() && operations.isEmpty(); }
};

// A proof of a finding: an event of the log (seek the replay there), the
// translation row it shows, and the object to select.
struct Evidence
{
    int event = -1;          // index into SimulationResult::events; -1: a project object only
    quint32 translation = 0; // translation row, 0 none
    ObjectId object = NoId;  // object to select
    QString text;            // translated
};

// One diagnosis: what is wrong, for whom, why, the proof and the fix.
struct Finding
{
    enum Severity { Error, Warning, Info };
    QString rule; // key of the rule that found it ("pat-collision", ...)
    Severity severity = Error;
    QString title; // one line, translated
    QString cause; // root cause in plain language, translated
    QList<ObjectId> appliances;
    QList<ObjectId> devices;
    QList<Evidence> evidence;
    Fix fix;
};
