#include "ChangeSet.h"

#include "ProjectSchema.h"

namespace {

bool isRef(const QVariant &v)
{
    return v.userType() == qMetaTypeId<NewObjectRef>();
}

bool holdsRef(const QVariant &v)
{
    if (isRef(v))
        return true;
    if (v.typeId() == QMetaType::QVariantList) {
        const QVariantList list = v.toList();
        return std::any_of(list.cbegin(), list.cend(), isRef);
    }
    return false;
}

// Replaces references to new objects by their ids; false while one of them is
// not created yet (a forward reference).
bool resolve(const QVariant &in, const QList<ObjectId> &created, QVariant *out)
{
    const auto one = [&](const QVariant &v, QVariant *o) {
        if (!isRef(v)) {
            *o = v;
            return true;
        }
        const ObjectId id = created.value(v.value<NewObjectRef>().index, NoId);
        *o = QVariant(id);
        return id != NoId;
    };
    if (in.typeId() == QMetaType::QVariantList) {
        QVariantList list;
        for (const QVariant &v : in.toList()) {
            QVariant r;
            if (!one(v, &r))
                return false;
            list.append(r);
        }
        *out = list;
        return true;
    }
    return one(in, out);
}

QVariant shifted(const QVariant &in, int offset)
{
    if (isRef(in))
        return ChangeSet::newRef(in.value<NewObjectRef>().index + offset);
    if (in.typeId() == QMetaType::QVariantList && holdsRef(in)) {
        QVariantList list;
        for (const QVariant &v : in.toList())
            list.append(shifted(v, offset));
        return list;
    }
    return in;
}

} // namespace

QVariant ChangeSet::newRefs(const QList<int> &indexes)
{
    QVariantList list;
    for (int i : indexes)
        list.append(newRef(i));
    return list;
}

int ChangeSet::create(ObjectKind kind, ObjectId parent, const FieldValues &values)
{
    Operation op;
    op.type = Operation::Create;
    op.kind = kind;
    op.parent = QVariant(parent);
    op.values = values;
    m_createOps.append(int(m_ops.size()));
    m_ops.append(op);
    return int(m_createOps.size()) - 1;
}

int ChangeSet::createUnder(ObjectKind kind, int parentIndex, const FieldValues &values)
{
    const int index = create(kind, NoId, values);
    created(index).parent = newRef(parentIndex);
    return index;
}

void ChangeSet::set(ObjectId id, FieldKey key, const QVariant &value)
{
    Operation op;
    op.type = Operation::Set;
    op.id = id;
    op.key = key;
    op.value = value;
    m_ops.append(op);
}

void ChangeSet::remove(ObjectId id)
{
    Operation op;
    op.type = Operation::Remove;
    op.id = id;
    m_ops.append(op);
}

void ChangeSet::move(ObjectId id, ObjectId newParent)
{
    Operation op;
    op.type = Operation::Move;
    op.id = id;
    op.value = QVariant(newParent);
    m_ops.append(op);
}

void ChangeSet::append(const ChangeSet &other)
{
    const int offset = int(m_createOps.size());
    for (Operation op : other.m_ops) {
        op.parent = shifted(op.parent, offset);
        op.value = shifted(op.value, offset);
        for (auto it = op.values.begin(); it != op.values.end(); ++it)
            *it = shifted(*it, offset);
        if (op.type == Operation::Create)
            m_createOps.append(int(m_ops.size()));
        m_ops.append(op);
    }
}

int ChangeSet::createCount(ObjectKind kind) const
{
    int n = 0;
    for (int i : m_createOps)
        n += kind == ObjectKind::None || m_ops.at(i).kind == kind ? 1 : 0;
    return n;
}

ChangeSet::Operation &ChangeSet::created(int index)
{
    return m_ops[m_createOps.at(index)];
}

const ChangeSet::Operation &ChangeSet::created(int index) const
{
    return m_ops.at(m_createOps.at(index));
}

QString ChangeSet::describe(const Operation &op, const Project &project) const
{
    if (op.type == Operation::Create) {
        const QString name = op.values.value(Field::name).toString();
        return name.isEmpty() ? ProjectSchema::kindDisplayName(op.kind)
                              : tr("%1 \"%2\"").arg(ProjectSchema::kindDisplayName(op.kind), name);
    }
    if (!project.contains(op.id))
        return tr("object #%1").arg(op.id);
    return tr("%1 \"%2\"").arg(ProjectSchema::kindDisplayName(project.kind(op.id)),
                               project.displayName(op.id));
}

bool ChangeSet::apply(Project *project, Applied *applied, QString *error) const
{
    // Rehearse on a copy first: a failure then never reaches the project's
    // listeners, not even as a change and its rollback.
    Project rehearsal;
    rehearsal.replaceWith(*project);
    Applied trial = *applied;
    if (!run(&rehearsal, &trial, error))
        return false;
    return run(project, applied, error);
}

bool ChangeSet::run(Project *project, Applied *applied, QString *error) const
{
    const QList<ObjectId> reuse = applied->m_created;
    Applied done;
    const auto fail = [&](const Operation &op, const QString &message) {
        const QString what = describe(op, *project);
        revert(project, done);
        if (error)
            *error = tr("%1: %2").arg(what, message);
        return false;
    };
    struct Deferred
    {
        int create = -1; // create index whose object gets the value
        ObjectId id = NoId;
        FieldKey key;
        QVariant value;
        const Operation *op = nullptr;
    };
    QList<Deferred> deferred;
    const auto setTracked = [&](ObjectId id, FieldKey key, const QVariant &value, QString *message) {
        Applied::Step step;
        step.type = Operation::Set;
        step.id = id;
        step.key = key;
        step.oldValue = project->value(id, key);
        if (!project->setValue(id, key, value, message))
            return false;
        done.m_steps.append(step);
        return true;
    };

    for (const Operation &op : m_ops) {
        QString message;
        switch (op.type) {
        case Operation::Create: {
            QVariant parent;
            if (!resolve(op.parent, done.m_created, &parent))
                return fail(op, tr("its parent is created later in the same change"));
            FieldValues values;
            for (auto it = op.values.cbegin(); it != op.values.cend(); ++it) {
                QVariant v;
                if (resolve(it.value(), done.m_created, &v))
                    values.insert(it.key(), v);
                else
                    deferred.append({int(done.m_created.size()), NoId, it.key(), it.value(), &op});
            }
            const ObjectId wanted = reuse.value(done.m_created.size(), NoId);
            const ObjectId id = project->create(op.kind, parent.toUInt(), values, &message, wanted);
            if (id == NoId)
                return fail(op, message);
            done.m_created.append(id);
            Applied::Step step;
            step.type = Operation::Create;
            step.id = id;
            done.m_steps.append(step);
            break;
        }
        case Operation::Set: {
            QVariant v;
            if (!resolve(op.value, done.m_created, &v)) {
                deferred.append({-1, op.id, op.key, op.value, &op});
                break;
            }
            if (!setTracked(op.id, op.key, v, &message))
                return fail(op, message);
            break;
        }
        case Operation::Remove: {
            if (!project->contains(op.id))
                return fail(op, tr("it no longer exists"));
            Applied::Step step;
            step.type = Operation::Remove;
            step.id = op.id;
            step.removed = project->remove(op.id);
            done.m_steps.append(step);
            break;
        }
        case Operation::Move: {
            Applied::Step step;
            step.type = Operation::Move;
            step.id = op.id;
            step.oldValue = QVariant(project->parentOf(op.id));
            if (!project->move(op.id, op.value.toUInt(), &message))
                return fail(op, message);
            done.m_steps.append(step);
            break;
        }
        }
    }
    for (const Deferred &d : std::as_const(deferred)) {
        QVariant v;
        QString message;
        if (!resolve(d.value, done.m_created, &v))
            return fail(*d.op, tr("it refers to an object the change does not create"));
        const ObjectId id = d.create >= 0 ? done.m_created.value(d.create) : d.id;
        if (!setTracked(id, d.key, v, &message))
            return fail(*d.op, message);
    }
    *applied = done;
    return true;
}

void ChangeSet::revert(Project *project, const Applied &applied)
{
    for (auto it = applied.m_steps.crbegin(); it != applied.m_steps.crend(); ++it) {
        switch (it->type) {
        case Operation::Create:
            project->remove(it->id);
            break;
        case Operation::Set:
            project->setValue(it->id, it->key, it->oldValue);
            break;
        case Operation::Remove:
            project->restore(it->removed);
            break;
        case Operation::Move:
            project->move(it->id, it->oldValue.toUInt());
            break;
        }
    }
}
