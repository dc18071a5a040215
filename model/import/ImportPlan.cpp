#include "ImportPlan.h"

#include "Project.h"
#include "ProjectSchema.h"

#include <algorithm>

int ImportPlan::add(ObjectKind kind, ObjectId parent, int parentIndex, const QVariantMap &values)
{
    NewObject o;
    o.kind = kind;
    o.parent = parent;
    o.parentIndex = parentIndex;
    o.values = values;
    objects.append(o);
    return int(objects.size()) - 1;
}

int ImportPlan::count(ObjectKind kind) const
{
    int n = 0;
    for (const NewObject &o : objects)
        n += o.kind == kind ? 1 : 0;
    return n;
}

void ImportPlan::note(const QString &message, int line, const QString &text)
{
    ImportIssue i;
    i.severity = ImportIssue::Note;
    i.line = line;
    i.text = text;
    i.message = message;
    notes.append(i);
}

bool ImportPlan::apply(Project *project, QList<ObjectId> *ids, QList<QVariant> *oldValues,
                       QString *error) const
{
    const bool again = !ids->isEmpty();
    QList<ObjectId> created;
    const auto fail = [&](const QString &message) {
        for (int i = int(created.size()) - 1; i >= 0; --i) {
            if (project->contains(created.at(i)))
                project->remove(created.at(i));
        }
        if (error)
            *error = message;
        return false;
    };
    const auto resolve = [&](const NewObject &o, const QString &key, const QList<int> &indexes) {
        const PropertyDef *def = ProjectSchema::field(o.kind, key);
        QVariantList list;
        for (int index : indexes)
            list.append(created.value(index));
        return def && def->type == PropertyType::ReferenceList ? QVariant(list)
                                                               : list.value(0, QVariant(0u));
    };
    const auto backward = [](const QList<int> &indexes, int self) {
        return std::all_of(indexes.cbegin(), indexes.cend(), [self](int i) { return i < self; });
    };
    // Objects first; references to objects created earlier are set at once,
    // references that point forward afterwards; then the changes.
    for (int i = 0; i < objects.size(); ++i) {
        const NewObject &o = objects.at(i);
        const ObjectId parent = o.parentIndex >= 0 ? created.value(o.parentIndex) : o.parent;
        QVariantMap values = o.values;
        for (auto it = o.references.cbegin(); it != o.references.cend(); ++it) {
            if (backward(it.value(), i))
                values.insert(it.key(), resolve(o, it.key(), it.value()));
            else
                values.remove(it.key());
        }
        QString message;
        const ObjectId id = project->create(o.kind, parent, values, &message,
                                            again ? ids->value(i) : NoId);
        if (id == NoId)
            return fail(tr("%1 \"%2\": %3")
                            .arg(ProjectSchema::kindDisplayName(o.kind),
                                 o.values.value(QStringLiteral("name")).toString(), message));
        created.append(id);
    }
    for (int i = 0; i < objects.size(); ++i) {
        const NewObject &o = objects.at(i);
        for (auto it = o.references.cbegin(); it != o.references.cend(); ++it) {
            if (backward(it.value(), i))
                continue;
            QString message;
            if (!project->setValue(created.at(i), it.key(), resolve(o, it.key(), it.value()),
                                   &message))
                return fail(message);
        }
    }
    QList<QVariant> old;
    for (const Change &c : changes) {
        old.append(project->value(c.id, c.key));
        QString message;
        if (!project->setValue(c.id, c.key, c.value, &message)) {
            for (int i = int(old.size()) - 2; i >= 0; --i)
                project->setValue(changes.at(i).id, changes.at(i).key, old.at(i));
            return fail(message);
        }
    }
    *ids = created;
    *oldValues = old;
    return true;
}

void ImportPlan::revert(Project *project, const QList<ObjectId> &ids,
                        const QList<QVariant> &oldValues) const
{
    for (int i = int(changes.size()) - 1; i >= 0; --i) {
        if (i < oldValues.size() && project->contains(changes.at(i).id))
            project->setValue(changes.at(i).id, changes.at(i).key, oldValues.at(i));
    }
    for (int i = int(ids.size()) - 1; i >= 0; --i) {
        if (project->contains(ids.at(i)))
            project->remove(ids.at(i));
    }
}
