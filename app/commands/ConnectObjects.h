#pragma once

#include "AddObject.h"

// Connects two objects (node or site) with a network link.
class ConnectObjects : public AddObject
{
public:
    ConnectObjects(Project *project, ObjectId a, ObjectId b, QUndoCommand *parent = nullptr);
    // An existing link between a and b (either direction), or NoId.
    static ObjectId existingLink(const Project &project, ObjectId a, ObjectId b);
};
