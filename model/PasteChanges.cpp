#include "PasteChanges.h"

#include "MeshRules.h"
#include "ProjectSchema.h"

namespace {
bool isNode(ObjectKind kind)
{
    return kind == ObjectKind::Site || kind == ObjectKind::Device || kind == ObjectKind::Appliance;
}
} // namespace

ChangeSet PasteChanges::build(const Project &project, const QList<ObjectRecord> &records,
                              ObjectId targetSite, const QPointF &offset, QList<int> *nodes)
{
    QHash<ObjectId, int> index; // copied id -> create index
    int next = 0;
    for (const ObjectRecord &r : records) {
        const bool danglingLink =
            r.kind == ObjectKind::Link
            && [&] {
                   for (FieldKey end : {Field::a, Field::b}) {
                       bool found = false;
                       for (const ObjectRecord &o : records)
                           found |= o.id == r.values.value(end).toUInt();
                       if (!found)
                           return true;
                   }
                   return false;
               }();
        if (!danglingLink)
            index.insert(r.id, next++);
    }
    ChangeSet changes;
    QSet<QString> reserved;
    for (const ObjectRecord &r : records) {
        if (!index.contains(r.id))
            continue; // a link whose ends were not both copied
        FieldValues values = r.values;
        if (isNode(r.kind)) {
            // Names of sites, devices and appliances are unique project-wide.
            const QString name = MeshRules::uniqueName(project, r.kind, NoId,
                                                       values.value(Field::name).toString(),
                                                       reserved);
            reserved.insert(name);
            values.insert(Field::name, name);
            const QPointF at = values.value(Field::position).toPointF();
            if (!at.isNull())
                values.insert(Field::position, at + offset);
        }
        for (const PropertyDef &def : ProjectSchema::fields(r.kind)) {
            if (def.type != PropertyType::Reference || !values.contains(def.key))
                continue;
            const ObjectId old = values.value(def.key).toUInt();
            values.insert(def.key, index.contains(old) ? ChangeSet::newRef(index.value(old))
                                                       : QVariant(NoId));
        }
        int created;
        if (index.contains(r.parent))
            created = changes.createUnder(r.kind, index.value(r.parent), values);
        else
            created = changes.create(r.kind,
                                     r.kind == ObjectKind::Site || r.kind == ObjectKind::Link
                                         ? NoId
                                     : project.contains(targetSite) ? targetSite
                                                                    : r.parent,
                                     values);
        if (nodes && isNode(r.kind))
            nodes->append(created);
    }
    return changes;
}
