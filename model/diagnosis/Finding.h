#pragma once

#include "ChangeSet.h"
#include "ObjectId.h"

#include <QList>
#include <QString>
#include <QVariantMap>

// What to type into the device (config) and what the project change is.
struct Fix
{
    QString vendor;  // "cisco-ios", "cisco-asa", "linux", "hcx" (a change in HCX Manager)
    QString summary; // one line, translated
    QString config;  // paste-able text: comments translated, commands verbatim
    QString note;    // why this fix and what it assumes, translated
    ChangeSet changes; // the project change; the app applies it as one undo step
    bool complete = true; // false: the fix cannot clear every cause (the note says why)
    bool isEmpty() const { return config.isEmpty() && changes.isEmpty(); }
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
