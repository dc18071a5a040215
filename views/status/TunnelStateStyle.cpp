#include "TunnelStateStyle.h"

Theme::Role TunnelStateStyle::role(SimEvent::TunnelState state)
{
    switch (state) {
    case SimEvent::Up: return Theme::Up;
    case SimEvent::Down: return Theme::Down;
    case SimEvent::Connecting: return Theme::Connecting;
    case SimEvent::NotDeployed: break;
    }
    return Theme::NotDeployed;
}
