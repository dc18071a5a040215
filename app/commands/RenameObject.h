#pragma once

#include "ChangeValue.h"

// Renames a site, NAT device or appliance (in place on the graph, F2).
class RenameObject : public ChangeValue
{
public:
    RenameObject(Project *project, ObjectId id, const QString &newName,
                 QUndoCommand *parent = nullptr);
};
