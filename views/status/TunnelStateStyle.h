#pragma once

#include "SimEvent.h"
#include "Theme.h"

#include <QColor>
#include <QIcon>

// Tunnel states as Theme roles, shared by the status panel, the timeline lanes
// and the event list, so Up and Down look the same everywhere: a colour from the
// palette plus a shape (▲ Up, ▼ Down, ◐ Connecting, ○ not deployed).
class TunnelStateStyle
{
public:
    static Theme::Role role(SimEvent::TunnelState state);
    static QColor color(SimEvent::TunnelState state) { return Theme::color(role(state)); }
    static QIcon icon(SimEvent::TunnelState state) { return Theme::icon(role(state)); }
    static QString glyph(SimEvent::TunnelState state) { return Theme::glyph(role(state)); }
};
