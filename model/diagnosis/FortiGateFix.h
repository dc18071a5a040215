#pragma once

#include "Finding.h"

#include <QCoreApplication>

class Project;

// The FortiOS configuration FixGenerator writes for a device of profile
// "fortigate" (docs/profiles.md): per appliance a VIP forwarding UDP 4500 and a
// NAT policy with a one-to-one IP pool and `set fixedport enable`, so the
// appliance keeps 4500 both ways; with only the interface address, one policy
// with fixedport for all appliances (FortiOS keeps ports unique per
// destination, so appliances talking to different peers can all keep 4500).
class FortiGateFix
{
    Q_DECLARE_TR_FUNCTIONS(FortiGateFix)
public:
    struct Mapping
    {
        ObjectId appliance = NoId;
        quint32 local = 0, global = 0;
    };
    // The configuration for appliances each given its own global address.
    static QString ownAddresses(const Project &project, ObjectId device,
                                const QList<Mapping> &mappings);
    // One fixedport policy for appliances sharing the outside interface address.
    static Fix fixedPortPolicy(const Project &project, ObjectId device,
                               const QList<ObjectId> &appliances);
    // A port-forwarding VIP: global:4500 to local:localPort (the protocol given).
    static QString forward4500(const Project &project, ObjectId device, ObjectId appliance,
                               quint32 local, int localPort, quint32 global, const QString &protocol);
    // A policy letting one appliance's flow through (address, service, policy).
    static QString allowFlow(const Project &project, ObjectId device, ObjectId appliance,
                             const QString &remote, const QString &protocol, int port);
    // Finding and deleting the VIP that maps global to local (its name is unknown).
    static QString deleteVip(const QString &global, const QString &local);
    // `config system global / set udp-idle-timer N`.
    static QString udpIdleTimer(int seconds);
    // FortiOS object names allow letters, digits, - _ . (and blanks, which need quotes).
    static QString objectName(const QString &text);
    // Names of the device's inside and outside interfaces (for srcintf/dstintf).
    static QString insideInterface(const Project &project, ObjectId device, quint32 address);
    static QString outsideInterface(const Project &project, ObjectId device);
};
