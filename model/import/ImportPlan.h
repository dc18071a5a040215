#pragma once

#include "ImportIssue.h"
#include "ObjectId.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QVariantMap>

class Project;

// What an import will do to a project, computed before anything changes so the
// preview can show it and the GUI can apply it as one undo step: objects to
// create (parents and references may point at other new objects by index) and
// values to change on existing objects.
struct ImportPlan
{
    Q_DECLARE_TR_FUNCTIONS(ImportPlan)
public:
    struct NewObject
    {
        ObjectKind kind = ObjectKind::None;
        ObjectId parent = NoId; // an existing object, or
        int parentIndex = -1;   // a new object of this plan
        QVariantMap values;
        QMap<QString, QList<int>> references; // field -> new objects (Reference or ReferenceList)
    };
    struct Change
    {
        ObjectId id = NoId;
        QString key;
        QVariant value;
    };

    QList<NewObject> objects;
    QList<Change> changes;
    QList<ImportIssue> notes; // what the import could not express in the project

    bool isEmpty() const { return objects.isEmpty() && changes.isEmpty(); }
    int add(ObjectKind kind, ObjectId parent, int parentIndex, const QVariantMap &values);
    int count(ObjectKind kind) const;
    void note(const QString &message, int line = 0, const QString &text = QString());

    // Applies the plan. ids: empty on the first application (the project picks
    // them, and they are returned), or the ids of an earlier application (redo).
    // oldValues receives the values the changes replaced. On failure the project
    // is left as it was and error says why.
    bool apply(Project *project, QList<ObjectId> *ids, QList<QVariant> *oldValues,
               QString *error) const;
    // Undoes apply(): removes the created objects and restores the old values.
    void revert(Project *project, const QList<ObjectId> &ids,
                const QList<QVariant> &oldValues) const;
};
