#pragma once

#include "Field.h"
#include "ObjectId.h"

#include <QString>
#include <QStringList>
#include <QVariant>

// One editable, serialised field of a project object. The schema of each object
// kind is a list of these; the file format, the property editor, undo and
// validation all work from it, so a field is declared in exactly one place.
enum class PropertyType {
    Text,
    Ipv4,          // dotted quad; may be empty when not required
    Port,          // 0-65535
    Integer,       // min..max
    Real,          // seconds, >= 0
    Bool,
    Choice,        // one of choices (file keys)
    Reference,     // ObjectId of refKind (None = any kind), 0 allowed unless required
    ReferenceList, // list of ObjectId of refKind
    TextList,
    Point,         // position on the canvas
    Records,       // list of QVariantMap; ProjectSchema::normalize checks their members
    ObservedTable, // StoredObservedTable: a real translation table, shared and immutable
};

struct PropertyDef
{
    FieldKey key;
    const char *label = nullptr; // QT_TRANSLATE_NOOP("PropertyDef", ...)
    // What the field means and where its value comes from (documented, measured
    // or assumed): QT_TRANSLATE_NOOP("PropertyDef", ...), shown as a tooltip.
    const char *toolTip = nullptr;
    PropertyType type = PropertyType::Text;
    QVariant defaultValue;
    QStringList choices;
    ObjectKind refKind = ObjectKind::None;
    qint64 min = 0;
    qint64 max = 0;
    bool required = false;
    bool hidden = false; // serialised but not shown in the property editor (positions)
    // Whether a change can alter the simulation. Layout, names, bookmarks and report
    // metadata cannot, so editing them never re-runs it.
    bool simulated = true;
    // Written only when it differs from the default: a field added to the format
    // later (a rule's direction), so files that do not use it stay as older
    // versions wrote them, and those files read as the default.
    bool omittedWhenDefault = false;
};
