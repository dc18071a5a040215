#pragma once

#include "ObjectId.h"

#include <QHash>
#include <QPointF>
#include <QRectF>

class Project;

// Automatic placement: sites as regions in three columns (on-premises and home
// labs left, internet centre, cloud right); inside a site, NAT devices on the
// side facing the internet and appliances on the far side, cloud appliances on
// the row of their on-premises peer so pairs line up. Large sites wrap into a
// grid. Node positions are centres; site positions are region top-lefts. Pure
// geometry over the project, so the scene, the controller and tests share it.
class MeshGraphLayout
{
public:
    enum Column { Left, Centre, Right };

    static constexpr qreal NodeWidth = 200;
    static constexpr qreal NodeHeight = 54;
    static constexpr qreal Padding = 16;
    static constexpr qreal TitleHeight = 50;
    static constexpr qreal EmptySiteWidth = 170;
    static constexpr qreal EmptySiteHeight = 110;

    struct Result
    {
        QHash<ObjectId, QPointF> sites; // region top-left
        QHash<ObjectId, QPointF> nodes; // devices and appliances: centre
    };

    static Column columnOf(const Project &project, ObjectId site);
    static bool isNodeKind(ObjectKind kind)
    {
        return kind == ObjectKind::Device || kind == ObjectKind::Appliance;
    }
    // A stored position counts as "placed" unless it is the default (0,0).
    static bool isPlaced(const Project &project, ObjectId id);
    static bool anyPlaced(const Project &project);

    // Lays out the whole project from scratch.
    static Result compute(const Project &project);
    // Places only what has no position yet, next to what has: an unplaced node
    // goes below its site's lowest member; an unplaced empty site goes below the
    // lowest region of its column. nodeBoxes/siteBoxes: current scene geometry.
    static Result complete(const Project &project, const QHash<ObjectId, QRectF> &nodeBoxes,
                           const QHash<ObjectId, QRectF> &siteBoxes);
};
