#pragma once

#include "Endpoint.h"
#include "Finding.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>

class Project;

// Writes fixes as configuration for the NAT device's vendor (Cisco IOS, Cisco
// ASA, Linux iptables; Juniper SRX and YAMAHA RTX through VendorFixSyntax)
// together with the project change that models them.
// Generated commands stay verbatim; their comments are translated.
class FixGenerator
{
    Q_DECLARE_TR_FUNCTIONS(FixGenerator)
public:
    explicit FixGenerator(const Project &project);

    // Vendor syntax for a device profile: "cisco-ios", "cisco-asa", "fortigate",
    // "juniper-srx", "yamaha-rtx" or "linux".
    static QString vendorOf(const QString &profile);

    // An explicit mapping per appliance behind the device: a separate inside
    // global each (static NAT; UDP 4500 static PAT on Linux) when the outside
    // subnet has free addresses, otherwise static PAT on the one global — 4500
    // for one appliance, another port for appliances whose peer policy is
    // "learned"; appliances that need 4500 too cannot be served (complete=false).
    Fix staticMappings(ObjectId device, const QList<ObjectId> &appliances) const;
    // Linux netfilter with --random/--random-fully: an SNAT rule without
    // randomisation for each appliance (the project change drops the option
    // from the device, whose options apply to all its rules).
    Fix withoutRandom(ObjectId device, const QList<ObjectId> &appliances) const;
    // A static PAT rule whose global port is not 4500: map it to 4500 on its
    // address, or on a free address when another static PAT holds that one.
    Fix staticPatOn4500(ObjectId device, ObjectId rule, ObjectId appliance) const;
    // Netfilter tracked unsolicited inbound packets (sender, global they were sent
    // to) and their entries hold the appliances' port: an INPUT rule drops such
    // packets before they leave an entry (the device's dropUnsolicitedInbound).
    Fix unsolicitedInbound(ObjectId device, const QList<QPair<Endpoint, Endpoint>> &entries) const;
    // Raise the UDP translation timeout above the keepalive interval.
    Fix raiseUdpTimeout(ObjectId device, int seconds) const;
    // Stop filtering the given "proto/port" entries for these appliances.
    Fix unblock(ObjectId device, const QStringList &entries, const QList<ObjectId> &appliances) const;
    // Remove NAT rules in front of cloud appliances; give each its public address.
    Fix removeCloudNat(ObjectId device, const QList<ObjectId> &rules,
                       const QHash<ObjectId, QString> &publicAddress) const;
    // Lower the uplink Network Profile MTU of appliances to what the path carries.
    Fix lowerUplinkMtu(const QList<ObjectId> &appliances, int mtu, int overhead) const;

    // "udp/4500", "UDP 4500", "4500/udp" -> "udp/4500"; empty when not a port entry.
    static QString portEntry(const QString &entry);

    // Free host addresses of the device's outside subnet (for new inside globals).
    QList<quint32> freeGlobals(ObjectId device) const;

private:
    QSet<quint32> usedAddresses() const;
    ObjectId outsideInterface(ObjectId device) const;
    // The ASA nameif of the device's interface of this NAT role ("inside" /
    // "outside"), or the role itself when the project names it otherwise.
    QString asaNameif(ObjectId device, const char *role) const;
    QString comment(const QString &vendor, const QString &text) const;
    // ASA: hh:mm:ss of the timeout command; the removal of a static mapping.
    static QString asaTime(int seconds);
    QString asaRemoveStatic(ObjectId device, ObjectId rule, bool pat) const;
    static constexpr int AsaPatXlateDefault = 30; // timeout pat-xlate, docs/profiles.md
    // The dynamic rules' access lists that permit an address.
    QStringList aclsPermitting(ObjectId device, quint32 address) const;

    const Project &m_project;
};
