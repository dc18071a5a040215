#include "Project.h"

#include "ProjectSchema.h"

#include <QSet>

namespace {
const QList<ObjectId> kEmpty;

// Order of child kinds under a parent in the topology tree.
int childRank(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Device: return 0;
    case ObjectKind::Appliance: return 1;
    case ObjectKind::Interface: return 0;
    case ObjectKind::Pool: return 1;
    case ObjectKind::AccessList: return 2;
    case ObjectKind::Rule: return 3;
    case ObjectKind::Background: return 4;
    default: return 0;
    }
}
} // namespace

Project::Project(QObject *parent)
    : QObject(parent)
{
}

ObjectKind Project::kind(ObjectId id) const
{
    const auto it = m_records.constFind(id);
    return it == m_records.cend() ? ObjectKind::None : it->kind;
}

ObjectId Project::parentOf(ObjectId id) const
{
    const auto it = m_records.constFind(id);
    return it == m_records.cend() ? NoId : it->parent;
}

const ObjectRecord *Project::record(ObjectId id) const
{
    const auto it = m_records.constFind(id);
    return it == m_records.cend() ? nullptr : &*it;
}

const QList<ObjectId> &Project::objects(ObjectKind kind) const
{
    const auto it = m_order.constFind(int(kind));
    return it == m_order.cend() ? kEmpty : *it;
}

const QList<ObjectId> &Project::children(ObjectId parent) const
{
    const auto it = m_children.constFind(parent);
    return it == m_children.cend() ? kEmpty : *it;
}

int Project::childIndex(ObjectId id) const
{
    return children(parentOf(id)).indexOf(id);
}

QVariant Project::value(ObjectId id, FieldKey key) const
{
    const ObjectKind k = id == NoId ? ObjectKind::None : kind(id);
    if (id != NoId && k == ObjectKind::None)
        return QVariant();
    const FieldValues &values = id == NoId ? m_projectValues : m_records.value(id).values;
    const auto it = values.constFind(key);
    if (it != values.cend())
        return *it;
    const PropertyDef *def = ProjectSchema::field(k, key);
    return def ? def->defaultValue : QVariant();
}

QVariant Project::heldValue(ObjectId id, FieldKey key) const
{
    if (id == NoId)
        return m_projectHeld.value(key);
    const auto it = m_records.constFind(id);
    return it == m_records.cend() ? QVariant() : it->held.value(key);
}

QList<Project::HeldField> Project::heldFields() const
{
    QList<HeldField> result;
    const auto collect = [&](ObjectId id, ObjectKind kind, const FieldValues &held) {
        if (held.isEmpty())
            return;
        for (const PropertyDef &def : ProjectSchema::fields(kind)) {
            if (held.contains(def.key))
                result.append({id, def.key});
        }
    };
    collect(NoId, ObjectKind::None, m_projectHeld);
    for (ObjectKind kind : ProjectSchema::allKinds()) {
        for (ObjectId id : objects(kind))
            collect(id, kind, m_records.value(id).held);
    }
    return result;
}

bool Project::hasHeldValues() const
{
    if (!m_projectHeld.isEmpty())
        return true;
    for (const ObjectRecord &record : m_records) {
        if (!record.held.isEmpty())
            return true;
    }
    return false;
}

void Project::holdValue(ObjectId id, FieldKey key, const QVariant &value)
{
    if (id != NoId && !contains(id))
        return;
    FieldValues &held = id == NoId ? m_projectHeld : m_records[id].held;
    held.insert(key, value);
    emit valueChanged(id, key);
    emit contentsChanged();
}

QString Project::displayName(ObjectId id) const
{
    const QString n = name(id);
    if (!n.isEmpty())
        return n;
    switch (kind(id)) {
    case ObjectKind::Rule: {
        const QString k = text(id, Field::kind);
        if (k == QLatin1String("dynamic-pat")) {
            const QString target = text(id, Field::pool).isEmpty()
                                       ? text(id, Field::interface)
                                       : text(id, Field::pool);
            return QStringLiteral("list %1 → %2%3")
                .arg(text(id, Field::accessList), target,
                     value(id, Field::overload).toBool() ? QStringLiteral(" overload")
                                                                    : QString());
        }
        if (k == QLatin1String("static-pat"))
            return QStringLiteral("%1 %2:%3 → %4:%5")
                .arg(text(id, Field::protocol), text(id, Field::insideLocal),
                     text(id, Field::localPort), text(id, Field::insideGlobal),
                     text(id, Field::globalPort));
        return QStringLiteral("%1 → %2").arg(text(id, Field::insideLocal),
                                             text(id, Field::insideGlobal));
    }
    case ObjectKind::Link:
        return QStringLiteral("%1 — %2")
            .arg(displayName(value(id, Field::a).toUInt()),
                 displayName(value(id, Field::b).toUInt()));
    default:
        return QStringLiteral("#%1").arg(id);
    }
}

ObjectId Project::findByName(ObjectKind kind, const QString &name, ObjectId parent) const
{
    for (ObjectId id : objects(kind)) {
        if ((parent == NoId || parentOf(id) == parent) && this->name(id) == name)
            return id;
    }
    return NoId;
}

bool Project::isTreeKind(ObjectKind kind)
{
    return kind != ObjectKind::Link && kind != ObjectKind::Mesh && kind != ObjectKind::Event
           && kind != ObjectKind::None;
}

int Project::signalIndex(ObjectKind kind, ObjectId, int orderIndex, int childIndex) const
{
    return isTreeKind(kind) ? childIndex : orderIndex;
}

int Project::childInsertPosition(ObjectId parent, ObjectKind kind) const
{
    const QList<ObjectId> &siblings = children(parent);
    int pos = int(siblings.size());
    while (pos > 0 && childRank(this->kind(siblings.at(pos - 1))) > childRank(kind))
        --pos;
    return pos;
}

bool Project::checkReference(const PropertyDef &def, ObjectId self, const QVariant &value,
                             QString *error) const
{
    QList<ObjectId> ids;
    if (def.type == PropertyType::Reference) {
        if (value.toUInt() != NoId)
            ids.append(value.toUInt());
    } else if (def.type == PropertyType::ReferenceList) {
        for (const QVariant &v : value.toList())
            ids.append(v.toUInt());
    } else {
        return true;
    }
    for (ObjectId ref : ids) {
        const ObjectKind k = kind(ref);
        QString problem;
        if (k == ObjectKind::None)
            problem = ProjectSchema::tr("%1: object #%2 does not exist");
        else if (def.refKind != ObjectKind::None && k != def.refKind)
            problem = ProjectSchema::tr("%1: object #%2 is not of the expected kind");
        else if (ref == self)
            problem = ProjectSchema::tr("%1: an object cannot refer to itself (#%2)");
        if (!problem.isEmpty()) {
            if (error)
                *error = problem.arg(ProjectSchema::label(def)).arg(ref);
            return false;
        }
    }
    return true;
}

bool Project::checkValue(ObjectId id, FieldKey key, const QVariant &value,
                         QVariant *normalized, QString *error) const
{
    const ObjectKind k = id == NoId ? ObjectKind::None : kind(id);
    if (id != NoId && k == ObjectKind::None) {
        if (error)
            *error = ProjectSchema::tr("object #%1 does not exist").arg(id);
        return false;
    }
    const PropertyDef *def = ProjectSchema::field(k, key);
    if (!def) {
        if (error)
            *error = ProjectSchema::tr("%1 has no field \"%2\"")
                         .arg(ProjectSchema::kindDisplayName(k), key.toString());
        return false;
    }
    return ProjectSchema::normalize(*def, value, normalized, error)
           && checkReference(*def, id, *normalized, error);
}

ObjectId Project::create(ObjectKind kind, ObjectId parent, const FieldValues &values,
                         QString *error, ObjectId id)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return NoId;
    };
    if (kind == ObjectKind::None)
        return fail(ProjectSchema::tr("cannot create an object of no kind"));
    const QList<ObjectKind> parents = ProjectSchema::parentKinds(kind);
    if (parents.isEmpty() ? parent != NoId : !parents.contains(this->kind(parent)))
        return fail(ProjectSchema::tr("a %1 cannot be placed there")
                        .arg(ProjectSchema::kindDisplayName(kind)));
    if (id != NoId && m_records.contains(id))
        return fail(ProjectSchema::tr("object id #%1 is already used").arg(id));

    ObjectRecord record;
    record.kind = kind;
    record.parent = parent;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const PropertyDef *def = ProjectSchema::field(kind, it.key());
        if (!def)
            return fail(ProjectSchema::tr("%1 has no field \"%2\"")
                            .arg(ProjectSchema::kindDisplayName(kind), it.key().toString()));
        QVariant normalized;
        QString problem;
        if (!ProjectSchema::normalize(*def, it.value(), &normalized, &problem)
            || !checkReference(*def, id, normalized, &problem))
            return fail(QStringLiteral("%1: %2").arg(it.key().toString(), problem));
        record.values.insert(it.key(), normalized);
    }
    for (const PropertyDef &def : ProjectSchema::fields(kind)) {
        if (!record.values.contains(def.key))
            record.values.insert(def.key, def.defaultValue);
    }
    record.id = id == NoId ? m_nextId : id;
    insertRecord(record, int(objects(kind).size()), isTreeKind(kind)
                                                       ? childInsertPosition(parent, kind)
                                                       : -1);
    emit contentsChanged();
    return record.id;
}

void Project::insertRecord(const ObjectRecord &record, int orderIndex, int childIndex)
{
    emit objectAboutToBeInserted(record.kind, record.parent,
                                 signalIndex(record.kind, record.parent, orderIndex, childIndex));
    m_records.insert(record.id, record);
    m_order[int(record.kind)].insert(orderIndex, record.id);
    if (isTreeKind(record.kind))
        m_children[record.parent].insert(childIndex, record.id);
    m_nextId = qMax(m_nextId, record.id + 1);
    emit objectInserted(record.id);
}

bool Project::setValue(ObjectId id, FieldKey key, const QVariant &value, QString *error)
{
    QVariant normalized;
    if (!checkValue(id, key, value, &normalized, error))
        return false;
    FieldValues &values = id == NoId ? m_projectValues : m_records[id].values;
    FieldValues &held = id == NoId ? m_projectHeld : m_records[id].held;
    const bool wasHeld = held.remove(key) > 0;
    if (values.value(key) == normalized && values.contains(key) && !wasHeld)
        return true;
    values.insert(key, normalized);
    emit valueChanged(id, key);
    emit contentsChanged();
    return true;
}

void Project::collectForRemoval(ObjectId id, QList<ObjectId> *out) const
{
    for (ObjectId child : children(id))
        collectForRemoval(child, out);
    out->append(id);
}

RemovedObjects Project::remove(ObjectId id)
{
    RemovedObjects removed;
    if (!contains(id))
        return removed;
    QList<ObjectId> doomed;
    collectForRemoval(id, &doomed);
    // Links that end at a removed object go with it.
    const QSet<ObjectId> doomedSet(doomed.cbegin(), doomed.cend());
    for (ObjectId link : objects(ObjectKind::Link)) {
        if (link == id)
            continue;
        if (doomedSet.contains(value(link, Field::a).toUInt())
            || doomedSet.contains(value(link, Field::b).toUInt()))
            doomed.prepend(link);
    }
    const QSet<ObjectId> all(doomed.cbegin(), doomed.cend());

    // Clear references from surviving objects.
    for (auto it = m_records.begin(); it != m_records.end(); ++it) {
        if (all.contains(it.key()))
            continue;
        for (const PropertyDef &def : ProjectSchema::fields(it->kind)) {
            const QVariant v = it->values.value(def.key);
            if (def.type == PropertyType::Reference && all.contains(v.toUInt())) {
                removed.clearedReferences.append({it.key(), def.key, v});
            } else if (def.type == PropertyType::ReferenceList) {
                for (const QVariant &ref : v.toList()) {
                    if (all.contains(ref.toUInt())) {
                        removed.clearedReferences.append({it.key(), def.key, v});
                        break;
                    }
                }
            }
        }
    }
    for (const RemovedObjects::ClearedReference &ref : std::as_const(removed.clearedReferences)) {
        QVariant cleared;
        if (ref.oldValue.typeId() == QMetaType::QVariantList) {
            QVariantList list;
            for (const QVariant &v : ref.oldValue.toList()) {
                if (!all.contains(v.toUInt()))
                    list.append(v);
            }
            cleared = list;
        } else {
            cleared = QVariant(NoId);
        }
        m_records[ref.id].values.insert(ref.key, cleared);
        emit valueChanged(ref.id, ref.key);
    }

    for (ObjectId victim : std::as_const(doomed)) {
        const ObjectRecord record = m_records.value(victim);
        RemovedObjects::Entry entry;
        entry.record = record;
        entry.orderIndex = int(objects(record.kind).indexOf(victim));
        entry.childIndex = isTreeKind(record.kind) ? childIndex(victim) : -1;
        emit objectAboutToBeRemoved(victim);
        m_order[int(record.kind)].removeAt(entry.orderIndex);
        if (isTreeKind(record.kind))
            m_children[record.parent].removeAt(entry.childIndex);
        m_children.remove(victim);
        m_records.remove(victim);
        emit objectRemoved(victim, record.kind);
        removed.entries.append(entry);
    }
    emit contentsChanged();
    return removed;
}

void Project::restore(const RemovedObjects &removed)
{
    for (auto it = removed.entries.crbegin(); it != removed.entries.crend(); ++it)
        insertRecord(it->record, it->orderIndex, it->childIndex);
    for (const RemovedObjects::ClearedReference &ref : removed.clearedReferences) {
        m_records[ref.id].values.insert(ref.key, ref.oldValue);
        emit valueChanged(ref.id, ref.key);
    }
    emit contentsChanged();
}

bool Project::move(ObjectId id, ObjectId newParent, QString *error)
{
    const ObjectKind k = kind(id);
    if (!isTreeKind(k) || !ProjectSchema::parentKinds(k).contains(kind(newParent))) {
        if (error)
            *error = ProjectSchema::tr("a %1 cannot be placed there")
                         .arg(ProjectSchema::kindDisplayName(k));
        return false;
    }
    if (parentOf(id) == newParent)
        return true;
    // Announce as remove + insert of the same ids, the subtree children first as
    // remove() does, so listeners keyed by id never see an id inserted twice.
    QList<ObjectId> subtree;
    collectForRemoval(id, &subtree);
    QList<RemovedObjects::Entry> entries;
    for (ObjectId victim : std::as_const(subtree)) {
        RemovedObjects::Entry entry;
        entry.record = m_records.value(victim);
        entry.orderIndex = int(objects(entry.record.kind).indexOf(victim));
        entry.childIndex = childIndex(victim);
        emit objectAboutToBeRemoved(victim);
        m_order[int(entry.record.kind)].removeAt(entry.orderIndex);
        m_children[entry.record.parent].removeAt(entry.childIndex);
        m_children.remove(victim);
        m_records.remove(victim);
        emit objectRemoved(victim, entry.record.kind);
        entries.append(entry);
    }
    entries.last().record.parent = newParent;
    entries.last().childIndex = childInsertPosition(newParent, k);
    for (auto it = entries.crbegin(); it != entries.crend(); ++it)
        insertRecord(it->record, it->orderIndex, it->childIndex);
    emit contentsChanged();
    return true;
}

void Project::replaceWith(const Project &other)
{
    emit aboutToReset();
    m_records = other.m_records;
    m_order = other.m_order;
    m_children = other.m_children;
    m_projectValues = other.m_projectValues;
    m_projectHeld = other.m_projectHeld;
    m_nextId = other.m_nextId;
    emit resetDone();
    emit contentsChanged();
}

void Project::clear()
{
    replaceWith(Project());
}
