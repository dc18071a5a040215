#pragma once

#include "ChangeSet.h"
#include "ImportIssue.h"

#include <QCoreApplication>
#include <QList>

// What an import will do to a project, computed before anything changes so the
// preview can show it and the GUI can apply it as one undo step: one change
// set (new objects may name each other and their parents by create index) and
// the notes on what the import could not express.
struct ImportPlan
{
    Q_DECLARE_TR_FUNCTIONS(ImportPlan)
public:
    ChangeSet changes;
    QList<ImportIssue> notes; // what the import could not express in the project

    bool isEmpty() const { return changes.isEmpty(); }
    // A new object under an existing parent, or (parentIndex >= 0) under a new one.
    int add(ObjectKind kind, ObjectId parent, int parentIndex, const FieldValues &values);
    // The fields of the new object of this index, to complete before applying.
    FieldValues &values(int index) { return changes.created(index).values; }
    int count(ObjectKind kind) const { return changes.createCount(kind); }
    void note(const QString &message, int line = 0, const QString &text = QString());
};
