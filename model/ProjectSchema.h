#pragma once

#include "ObjectId.h"
#include "PropertyDef.h"

#include <QCoreApplication>
#include <QList>

// The fields of every object kind (and of the project itself, kind None).
class ProjectSchema
{
    Q_DECLARE_TR_FUNCTIONS(ProjectSchema)
public:
    static const QList<PropertyDef> &fields(ObjectKind kind);
    static const PropertyDef *field(ObjectKind kind, FieldKey key);
    // The field a file-format key names (readers only), or nullptr.
    static const PropertyDef *fieldByName(ObjectKind kind, const QString &key);
    // Field values keyed by their file-format names (drag and clipboard payloads)
    // and back; names the kind does not have are dropped.
    static QVariantMap toNamed(const FieldValues &values);
    static FieldValues fromNamed(ObjectKind kind, const QVariantMap &named);
    // Whether changing this field of this kind can alter the simulation.
    static bool affectsSimulation(ObjectKind kind, FieldKey key);

    // File-format key of a kind ("site", "device", ...) and back.
    static QString kindKey(ObjectKind kind);
    static ObjectKind kindFromKey(const QString &key);
    static QString kindDisplayName(ObjectKind kind); // translated
    static QList<ObjectKind> allKinds();             // every kind except None
    // The kind an object of this kind must be a child of (None = top level).
    static QList<ObjectKind> parentKinds(ObjectKind kind);

    // Checks and normalises a value for a field (type, range, format). References
    // are only checked for type here; the Project checks that they exist.
    static bool normalize(const PropertyDef &def, const QVariant &in, QVariant *out,
                          QString *error);
    // Translated label of a field.
    static QString label(const PropertyDef &def);
    // Translated explanation of a field (empty when it has none).
    static QString toolTip(const PropertyDef &def);
};
