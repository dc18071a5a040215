#pragma once

#include "SimEvent.h"

#include <QColor>
#include <QIcon>

// The colours of tunnel states, shared by the status panel, the timeline lanes
// and the event list, so Up and Down look the same everywhere.
class TunnelStateStyle
{
public:
    static QColor color(SimEvent::TunnelState state);
    // A filled dot of the state's colour.
    static QIcon icon(SimEvent::TunnelState state);
};
