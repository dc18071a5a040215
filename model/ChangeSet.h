#pragma once

#include "Field.h"
#include "ObjectId.h"
#include "Project.h"

#include <QCoreApplication>
#include <QList>
#include <QVariant>

// A reference, inside a change set, to an object the same set creates (by the
// index create() returned). Stored in a QVariant wherever an id may go.
struct NewObjectRef
{
    int index = -1;
    friend bool operator==(NewObjectRef a, NewObjectRef b) { return a.index == b.index; }
};
Q_DECLARE_METATYPE(NewObjectRef)

// One batch of edits (create objects, set values, move, remove) that is applied
// to a project as a whole or not at all. Apply Fix, import, paste and pairing
// build one; the app wraps it in one undo command. New objects may refer to
// each other, also forward (two appliances that are each other's peer).
class ChangeSet
{
    Q_DECLARE_TR_FUNCTIONS(ChangeSet)
public:
    struct Operation
    {
        enum Type { Create, Set, Remove, Move };
        Type type = Set;
        ObjectKind kind = ObjectKind::None; // Create
        ObjectId id = NoId;                 // Set, Remove, Move: the object
        QVariant parent;                    // Create: an ObjectId or a NewObjectRef
        FieldValues values;                 // Create: its fields (values may hold refs)
        FieldKey key;                       // Set
        QVariant value;                     // Set (may hold refs); Move: the new parent
    };

    // What one application did, so it can be reverted, and redone with the same ids.
    class Applied
    {
    public:
        const QList<ObjectId> &createdIds() const { return m_created; }
        bool isEmpty() const { return m_steps.isEmpty(); }

    private:
        friend class ChangeSet;
        struct Step
        {
            Operation::Type type = Operation::Set;
            ObjectId id = NoId;
            FieldKey key;
            QVariant oldValue; // Set: the value replaced; Move: the old parent
            RemovedObjects removed;
        };
        QList<ObjectId> m_created; // by create index
        QList<Step> m_steps;       // in application order
    };

    // A reference to the object create() returned `index` for (for values and parents).
    static QVariant newRef(int index) { return QVariant::fromValue(NewObjectRef{index}); }
    static QVariant newRefs(const QList<int> &indexes);

    int create(ObjectKind kind, ObjectId parent, const FieldValues &values);
    int createUnder(ObjectKind kind, int parentIndex, const FieldValues &values);
    void set(ObjectId id, FieldKey key, const QVariant &value);
    void remove(ObjectId id);
    void move(ObjectId id, ObjectId newParent);
    // Appends another set's operations (its create indexes shifted after ours).
    void append(const ChangeSet &other);

    const QList<Operation> &operations() const { return m_ops; }
    bool isEmpty() const { return m_ops.isEmpty(); }
    int createCount(ObjectKind kind = ObjectKind::None) const;
    // The operation that creates the object of this index, for editing before apply.
    Operation &created(int index);
    const Operation &created(int index) const;

    // Applies every operation in order, or none: a failing operation leaves the
    // project exactly as it was and error names the object and field. applied:
    // empty on the first application (the project picks ids), or the record of an
    // earlier application that was reverted (redo: the same ids again).
    bool apply(Project *project, Applied *applied, QString *error = nullptr) const;
    // The same without keeping what undo would need (CLI, tests).
    bool apply(Project *project, QString *error = nullptr) const
    {
        Applied applied;
        return apply(project, &applied, error);
    }
    // Undoes apply().
    static void revert(Project *project, const Applied &applied);

private:
    bool run(Project *project, Applied *applied, QString *error) const;
    QString describe(const Operation &op, const Project &project) const;

    QList<Operation> m_ops;
    QList<int> m_createOps; // create index -> operation index
};
