#pragma once

#include "ObjectId.h"

#include <QHash>
#include <QRectF>

class Project;

// Automatic placement for the read-only graph: sites as regions in three columns
// (on-premises and home labs left, internet centre, cloud right); inside a site,
// NAT devices on the side facing the internet and appliances on the far side.
// Pure geometry, so the scene and tests can share it.
class MeshGraphLayout
{
public:
    enum Column { Left, Centre, Right };

    struct Result
    {
        QHash<ObjectId, QRectF> regions; // sites
        QHash<ObjectId, QRectF> nodes;   // devices and appliances
    };

    static Column columnOf(const Project &project, ObjectId site);
    static Result compute(const Project &project);
};
