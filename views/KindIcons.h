#pragma once

#include "ObjectId.h"

#include <QIcon>

// Icons of the object kinds, drawn from the SVGs under :/meshnat/icons. Rendered
// with QSvgRenderer so they do not depend on the SVG icon-engine plugin.
class KindIcons
{
public:
    static QIcon icon(ObjectKind kind);
    // The kind as stored in an item model's KindRole (an int or a file-format key).
    static ObjectKind kindFromVariant(const QVariant &value);
};
