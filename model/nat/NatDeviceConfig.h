#pragma once

#include "Endpoint.h"
#include "ModelEnums.h"
#include "NatBehaviour.h"
#include "ObjectId.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class Project;

// A NAT device's configuration compiled from the project into the form the
// engine matches packets against (addresses as integers, ACLs as prefixes).
struct NatDeviceConfig
{
    Q_DECLARE_TR_FUNCTIONS(NatDeviceConfig)
public:
    struct Prefix
    {
        quint32 network = 0;
        int length = 0;
        bool contains(quint32 a) const { return Ipv4::sameSubnet(a, network, length); }
    };
    struct StaticNat
    {
        ObjectId rule = NoId;
        quint32 local = 0, global = 0;
    };
    struct StaticPat
    {
        ObjectId rule = NoId;
        Protocol protocol = Protocol::Udp;
        Endpoint local, global;
    };
    struct DynamicPat
    {
        ObjectId rule = NoId;
        QList<Prefix> sources;  // the access list
        QList<quint32> globals; // interface address or pool addresses
        bool overload = true;   // false: address only, the port is kept (juniper-srx, yamaha-rtx)
    };

    ObjectId id = NoId;
    QString name;
    QString profile;
    QStringList options;
    NatBehaviour::Timeouts timeouts;
    // An INPUT firewall drops unsolicited inbound packets to the device itself
    // before they leave an entry (profiles that track them: linux-netfilter).
    bool dropUnsolicitedInbound = false;
    QList<Prefix> insideNetworks; // subnets of NAT inside interfaces
    QList<StaticNat> statics;
    QList<StaticPat> staticPats;
    QList<DynamicPat> dynamics;

    // Compiles device `id`. Problems that make a rule unusable (missing ACL,
    // interface or pool) are appended to warnings; the rule is skipped.
    static NatDeviceConfig fromProject(const Project &project, ObjectId id, QStringList *warnings);
    bool isInside(quint32 address) const;
    // Whether this device answers for the address on its outside.
    bool ownsGlobal(quint32 address) const;
};
