#pragma once

#include "Field.h"
#include "ObjectId.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Project;

// One problem found in a project: which object and field, and why (translated).
struct ValidationIssue
{
    // Info: nothing is wrong, but the user should know (a rule shown, not simulated).
    enum Severity { Error, Warning, Info };
    Severity severity = Error;
    ObjectId id = NoId; // NoId: the project as a whole
    FieldKey field;     // may be null
    QString message;
};

// Consistency checks that go beyond single fields: duplicate IPs, appliances
// without a peer, rules naming missing interfaces/pools/ACLs, addresses outside
// their interface's subnet, meshes whose pairs do not span their sites, ...
class ProjectValidator
{
    Q_DECLARE_TR_FUNCTIONS(ProjectValidator)
public:
    static QList<ValidationIssue> validate(const Project &project);
    // The errors for values held as written (Project::holdValue), first in validate():
    // the field's path, the value as written and what the field expects.
    static QList<ValidationIssue> heldValueIssues(const Project &project);
    // "Office › HCX-IX-I1 › uplinkIp": where a field is, by names.
    static QString fieldPath(const Project &project, ObjectId id, FieldKey key);
    static bool hasErrors(const QList<ValidationIssue> &issues);
    // "Error: IX-01 (uplinkIp): ..." for CLI output and logs.
    static QString format(const Project &project, const ValidationIssue &issue);
};
