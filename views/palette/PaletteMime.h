#pragma once

#include "ObjectId.h"

#include "Field.h"

class QMimeData;

// The drag payload of a palette entry: the kind to create and its preset
// fields (site kind, device kind, appliance type). Shared by the palette (drag
// source) and the graph scene (drop target).
class PaletteMime
{
public:
    static QString format();
    static QMimeData *encode(ObjectKind kind, const FieldValues &values);
    static bool decode(const QMimeData *mime, ObjectKind *kind, FieldValues *values);
};
