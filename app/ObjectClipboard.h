#pragma once

#include "Project.h"

#include <QList>

class QMimeData;

// Copy and paste of graph objects: sites, NAT devices and appliances with all
// their parts (interfaces, rules, pools, …) and the links among them, as
// records keyed by their original ids. The clipboard holds them in a private
// format (and their names as plain text); PasteObjects re-creates them.
class ObjectClipboard
{
public:
    static QString format();
    // What copying ids takes along: their subtrees and the links between them.
    static QList<ObjectRecord> collect(const Project &project, const QList<ObjectId> &ids);
    static QMimeData *encode(const Project &project, const QList<ObjectRecord> &records);
    static bool decode(const QMimeData *mime, QList<ObjectRecord> *records);
};
