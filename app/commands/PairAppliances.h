#pragma once

#include "ObjectId.h"

#include <QUndoCommand>

class Project;

// Pairs a source-side (on-premises) appliance with a destination appliance into
// a Service Mesh: both name each other as peer, former partners are released,
// and the source appliance joins the mesh between the two sites (created when
// there is none). With target NoId it unpairs the appliance instead.
// Built from ChangeValue/AddObject children, so it undoes as one step.
class PairAppliances : public QUndoCommand
{
public:
    PairAppliances(Project *project, ObjectId source, ObjectId target,
                   QUndoCommand *parent = nullptr);

    // Why two appliances cannot be paired (translated), or empty when they can.
    // May swap *source and *target so that source is on the source side.
    static QString check(const Project &project, ObjectId *source, ObjectId *target);
    static QString serviceOf(const QString &applianceType);
};
