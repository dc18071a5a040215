#pragma once

#include "Endpoint.h"
#include "ObjectId.h"

// One event of the simulation's log, as read from it: plain data that
// EventLog stores compactly (about 24 bytes an event, the rest in a side table
// of distinct details) and rebuilds on each read; EventText turns it into a
// sentence.
// Events that change state (translation created/refreshed/expired, tunnel
// state) carry everything the replay cursor needs to re-apply them.
struct SimEvent
{
    enum Type : quint8 {
        ApplianceDeployed,   // subject: appliance; tunnel
        ApplianceStopped,    // redeploy began (reason Redeploying) or silence (Silenced)
        PacketSent,          // from -> to, as sent by subject (appliance, peer)
        TranslationCreated,  // device, translation; from -> mapped (outbound) ; value: expiry
        NatTranslated,       // an existing translation used; value: new expiry; flag Assured
        TranslationExpired,  // device, translation (reason Timeout or Cleared)
        PacketDelivered,     // to subject (appliance or peer), from -> to
        PacketDropped,       // device (or -1), reason; from -> to
        PeerLearned,         // tunnel; mapped: the endpoint the peer now sends to
        TunnelChanged,       // tunnel; state; reason; translation = the appliance's mapping
        PortFlip,            // device, translation; subject: new owner; aux: previous owner
        ScenarioAction,      // subject: scenario event object
        TypeCount
    };
    enum Reason : quint8 {
        NoReason,
        NoNatRule,       // nothing matched the source: leaves untranslated
        PoolExhausted,   // no free global port
        NoTranslation,   // inbound matched no entry: dropped at the router
        WrongAppliance,  // inbound translated to another appliance, which drops it
        NotAHost,        // inbound translated to a host that is not an appliance
        Timeout,
        Cleared,
        Redeploying,
        Silenced,
        RoundTrip,       // request and reply went through
        Deploying,
        PortChanged,     // the appliance leaves with a port other than 4500 and its
                         // peer expects 4500 (policy expects-4500)
    };
    enum TunnelState : quint8 { NotDeployed, Connecting, Up, Down };
    enum Flag : quint8 {
        Inbound = 1,
        Assured = 2,
        Background = 4,
        Reply = 8,
        StateChange = 16, // also sets tunnel `tunnel` to state/reason (the replay applies it)
    };

    // Whether this event takes its tunnel Down (the replay applies it).
    bool setsTunnelDown() const { return (flags & StateChange) && state == Down; }

    double time = 0;
    double value = 0; // expiry time for translation events
    Endpoint from, to, mapped;
    quint32 translation = 0;
    ObjectId subject = NoId;
    ObjectId aux = NoId;
    qint32 tunnel = -1;
    qint16 device = -1;
    Type type = PacketSent;
    Reason reason = NoReason;
    TunnelState state = NotDeployed;
    quint8 flags = 0;
};
