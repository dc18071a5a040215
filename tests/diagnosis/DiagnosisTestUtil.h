#pragma once

// Shared helpers of the diagnosis tests: load examples, find objects, diagnose.
#include "Diagnoser.h"
#include "Examples.h"
#include "Project.h"
#include "ProjectReader.h"
#include "ReplayCursor.h"
#include "Simulator.h"

#include <QtTest>

namespace DiagnosisTest {

inline bool load(const QString &key, Project *p)
{
    ProjectReader reader;
    if (!reader.read(Examples::resourcePath(key), p)) {
        qWarning("%s", qPrintable(reader.errorString()));
        return false;
    }
    return true;
}

inline ObjectId find(const Project &p, ObjectKind kind, const char *name)
{
    return p.findByName(kind, QString::fromLatin1(name));
}

inline QList<Finding> diagnose(const Project &p)
{
    return Diagnoser().diagnose(p);
}

inline QList<Finding> ofRule(const QList<Finding> &all, const char *rule)
{
    QList<Finding> out;
    for (const Finding &f : all) {
        if (f.rule == QLatin1String(rule))
            out.append(f);
    }
    return out;
}

inline SimEvent::TunnelState finalState(const Project &p, const char *appliance)
{
    const auto result = Simulator::run(p);
    ReplayCursor cursor(result);
    cursor.toEnd();
    return cursor.tunnel(result->tunnelOf(find(p, ObjectKind::Appliance, appliance))).state;
}

inline void addEvent(Project *p, const char *action, double at, ObjectId target, double duration)
{
    QString error;
    QVERIFY2(p->create(ObjectKind::Event, NoId,
                       {{Field::action, QString::fromLatin1(action)},
                        {Field::at, at},
                        {Field::target, target},
                        {Field::duration, duration}},
                       &error),
             qPrintable(error));
}

} // namespace DiagnosisTest
