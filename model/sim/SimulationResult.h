#pragma once

#include "EventLog.h"
#include "Translation.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

// Everything one simulation run produced: the event log (compact, see
// EventLog: events[i] rebuilds a SimEvent), every translation ever created
// (ids index into translations, 1-based), and the devices and tunnels the log
// refers to by index. Immutable once built; views share it.
struct SimulationResult
{
    struct Device
    {
        ObjectId id = NoId;
        QString name;
        QString profile;
    };
    struct Tunnel
    {
        ObjectId appliance = NoId; // on-prem side (initiator)
        ObjectId peer = NoId;      // cloud side
        ObjectId mesh = NoId;
        QString name;              // "HCX-IX-I1 ⇄ HCX-IX-R1"
        QString applianceType;     // "IX", "NE", ...
        QString policy;            // peer port policy in force
        int device = -1;           // NAT device on the path, -1 none
        Endpoint local;            // appliance uplink:4500
        Endpoint remote;           // peer uplink:4500
    };

    EventLog events;
    std::vector<Translation> translations;
    QList<Device> devices;
    QList<Tunnel> tunnels;
    QStringList warnings; // configuration problems the simulation worked around
    double duration = 0;
    // Set when the log is not a simulation but packets seen in captures (issue
    // #18, CaptureReplay): what the capture says at each event, in its own
    // words (EventText uses it instead of the simulated sentences), and where
    // the packets were captured ("lab-inside.pcap (inside), …").
    std::function<QString(int event)> capturedText;
    QString capturedFrom;

    bool isCaptured() const { return bool(capturedText); }

    const Translation &translation(quint32 id) const { return translations[id - 1]; }
    int tunnelOf(ObjectId appliance) const
    {
        for (int i = 0; i < tunnels.size(); ++i) {
            if (tunnels[i].appliance == appliance || tunnels[i].peer == appliance)
                return i;
        }
        return -1;
    }
};
