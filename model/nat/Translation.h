#pragma once

#include "Endpoint.h"
#include "ModelEnums.h"
#include "ObjectId.h"

// One row of a NAT translation table, as created. What changes over its life
// (last use, expiry, assured) is kept in the table state; this part is immutable
// so the event log can refer to it by id.
struct Translation
{
    quint32 id = 0;
    int device = -1; // index of the NAT device in the simulation
    Protocol protocol = Protocol::Udp;
    Endpoint insideLocal;
    Endpoint insideGlobal;
    Endpoint outside;    // outside local == outside global (no outside NAT modelled)
    bool isStatic = false;
    bool simple = false; // static 1:1 row without ports ("---" columns)
    // Netfilter's entry for an unsolicited inbound packet to the router itself
    // (insideLocal = insideGlobal = the router's endpoint, outside = the sender):
    // delivers nothing inward but holds the tuple global <-> outside.
    bool toRouter = false;
    ObjectId owner = NoId; // appliance or background object that created it
    ObjectId rule = NoId;  // NAT rule that produced it
    double created = 0;
    // When the allocator could not keep the requested port: the port asked for
    // and the translation that held it (0 = it was kept, or nobody held it).
    quint16 requestedPort = 0;
    quint32 heldBy = 0;
};

// The changing part of a live translation.
struct TranslationState
{
    quint32 id = 0;
    double lastUsed = 0;
    double expires = 0; // < 0: never (static)
    bool replied = false; // a packet came back from outside
    bool assured = false; // the profile's longer timeout applies
};
