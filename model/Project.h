#pragma once

#include "ObjectId.h"
#include "PropertyDef.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QVariantMap>

// One object of the project: its kind, its parent (site or device) and its field
// values keyed as in ProjectSchema. Values are always normalised.
struct ObjectRecord
{
    ObjectId id = NoId;
    ObjectKind kind = ObjectKind::None;
    ObjectId parent = NoId;
    FieldValues values;
    // Values a file gave that their field refuses, kept as written (Project::holdValue).
    FieldValues held;
};

// Everything one removal took out (the object, its children, links to it and the
// references that pointed at it), so that undo puts back exactly what was there.
struct RemovedObjects
{
    struct Entry
    {
        ObjectRecord record;
        int orderIndex = 0; // position in the kind's order
        int childIndex = 0; // position among the parent's children
    };
    struct ClearedReference
    {
        ObjectId id = NoId;
        FieldKey key;
        QVariant oldValue;
    };
    QList<Entry> entries; // in removal order (children before parents)
    QList<ClearedReference> clearedReferences;
    bool isEmpty() const { return entries.isEmpty(); }
};

// The site topology: sites, NAT devices with their interfaces, pools, ACLs and
// rules, HCX appliances, links and service meshes, addressed by stable ids.
// Every change goes through create/setValue/remove/restore/move and is announced
// by signals, so item models and views can follow without owning data.
class Project : public QObject
{
    Q_OBJECT
public:
    explicit Project(QObject *parent = nullptr);

    // --- reading
    bool contains(ObjectId id) const { return m_records.contains(id); }
    ObjectKind kind(ObjectId id) const;
    ObjectId parentOf(ObjectId id) const;
    const ObjectRecord *record(ObjectId id) const;
    // Objects of a kind in document order.
    const QList<ObjectId> &objects(ObjectKind kind) const;
    // Tree children: NoId -> sites; site -> devices, appliances; device -> interfaces,
    // pools, access lists, rules, background traffic.
    const QList<ObjectId> &children(ObjectId parent) const;
    int childIndex(ObjectId id) const;
    // A field value (id NoId: the project's own fields); default when unset.
    QVariant value(ObjectId id, FieldKey key) const;
    QString text(ObjectId id, FieldKey key) const { return value(id, key).toString(); }
    QString name(ObjectId id) const { return text(id, Field::name); }
    // Name for lists and messages: the name, or a summary for unnamed rules/links.
    QString displayName(ObjectId id) const;
    // Find an object of a kind by name (first match), optionally under a parent.
    ObjectId findByName(ObjectKind kind, const QString &name, ObjectId parent = NoId) const;
    int objectCount() const { return int(m_records.size()); }

    // --- values held as written. A file may give a field a value it refuses (a
    // mistyped address, an unknown profile, a dangling reference); the project is
    // opened anyway so the user can fix it, and the value is kept beside the
    // field's own (default) value until the field is set. Saving writes it back,
    // the validator reports it and the simulation waits until none is left.
    struct HeldField
    {
        ObjectId id = NoId; // NoId: the project's own fields
        FieldKey key;
    };
    // The held value of a field, or an invalid QVariant.
    QVariant heldValue(ObjectId id, FieldKey key) const;
    // Every held field: the project's own first, then objects by kind, each in
    // document and schema order.
    QList<HeldField> heldFields() const;
    bool hasHeldValues() const;
    // Holds `value` for a field (the reader; undo of a fix). It is not checked: a
    // value the field accepts should go through setValue().
    void holdValue(ObjectId id, FieldKey key, const QVariant &value);
    ObjectId nextId() const { return m_nextId; }

    // --- editing. Each returns false with a message naming the field on bad input
    // and leaves the project unchanged. Setting a field drops its held value.
    ObjectId create(ObjectKind kind, ObjectId parent, const FieldValues &values,
                    QString *error = nullptr, ObjectId id = NoId);
    bool setValue(ObjectId id, FieldKey key, const QVariant &value,
                  QString *error = nullptr);
    // Checks a value without applying it (for editors that want to refuse early).
    bool checkValue(ObjectId id, FieldKey key, const QVariant &value, QVariant *normalized,
                    QString *error) const;
    RemovedObjects remove(ObjectId id);
    void restore(const RemovedObjects &removed);
    // Moves a device or appliance to another site.
    bool move(ObjectId id, ObjectId newParent, QString *error = nullptr);
    // Replaces the whole content (used by loading and New).
    void replaceWith(const Project &other);
    void clear();

signals:
    // index: position among the parent's children (tree kinds) or in the kind's
    // order (links, meshes).
    void objectAboutToBeInserted(ObjectKind kind, ObjectId parent, int index);
    void objectInserted(ObjectId id);
    void objectAboutToBeRemoved(ObjectId id);
    void objectRemoved(ObjectId id, ObjectKind kind);
    void valueChanged(ObjectId id, FieldKey key);
    void aboutToReset();
    void resetDone();
    // After any change at all: re-simulation and the modified flag hang off this.
    void contentsChanged();

private:
    static bool isTreeKind(ObjectKind kind);
    int signalIndex(ObjectKind kind, ObjectId parent, int orderIndex, int childIndex) const;
    int childInsertPosition(ObjectId parent, ObjectKind kind) const;
    bool checkReference(const PropertyDef &def, ObjectId self, const QVariant &value,
                        QString *error) const;
    void insertRecord(const ObjectRecord &record, int orderIndex, int childIndex);
    void collectForRemoval(ObjectId id, QList<ObjectId> *out) const;

    QHash<ObjectId, ObjectRecord> m_records;
    QHash<int, QList<ObjectId>> m_order;         // by ObjectKind
    QHash<ObjectId, QList<ObjectId>> m_children; // NoId -> sites
    FieldValues m_projectValues;
    FieldValues m_projectHeld;
    ObjectId m_nextId = 1;
};
