#pragma once

#include "ChangeSet.h"

#include <QPointF>

// The change that pastes copied objects (ObjectClipboard records) as new ones:
// unique names, positions shifted by an offset, references among the copies
// mapped to the new objects and references to anything else dropped (a pasted
// appliance is not paired with the original's peer). Nodes whose site was not
// copied go to targetSite (or, without one, back to their original site).
class PasteChanges
{
    Q_DECLARE_TR_FUNCTIONS(PasteChanges)
public:
    // nodes: create indexes of the pasted sites, devices and appliances.
    static ChangeSet build(const Project &project, const QList<ObjectRecord> &records,
                           ObjectId targetSite, const QPointF &offset, QList<int> *nodes);
};
