#pragma once

#include "ImportIssue.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// The NAT-relevant part of a Cisco IOS / IOS-XE configuration as written, with
// the line each item came from. Addresses stay text here; ProjectImporter turns
// them into project objects.
struct CiscoConfig
{
    struct Interface
    {
        QString name;
        QString address; // primary
        int prefixLength = -1;
        QStringList secondary; // "a.b.c.d/len"
        QString natRole;       // "inside", "outside", "enable" (NVI) or empty
        QString vrf;
        QString description;
        bool dhcp = false;
        bool shutdown = false;
        int line = 0;
    };
    struct AclEntry
    {
        bool permit = true;
        QString protocol = QStringLiteral("ip");
        QString source;      // CIDR ("10.0.0.0/8"), host ("10.1.1.1/32") or "any"
        QString destination; // extended only
        QString sourcePorts, destinationPorts; // "eq 4500", "range 500 4500"
        int line = 0;
    };
    struct AccessList
    {
        QString name;
        bool extended = false;
        bool numbered = false;
        QList<AclEntry> entries;
        int line = 0;
    };
    struct Pool
    {
        QString name;
        int prefixLength = -1;
        QList<QPair<QString, QString>> ranges; // first/last address, in order
        QString type;                          // "match-host", "rotary", ...
        int line = 0;
    };
    struct RouteMap
    {
        QString name;
        QStringList accessLists; // from "match ip address"
        int line = 0;
    };
    struct NatRule
    {
        enum Kind { DynamicList, DynamicRouteMap, Static, StaticPat, StaticNetwork };
        QString direction = QStringLiteral("inside"); // "ip nat inside|outside source"
        Kind kind = DynamicList;
        QString accessList; // list …
        QString routeMap;   // route-map … (dynamic or a static's modifier)
        QString interface;  // … interface IF (dynamic or static PAT onto an interface)
        QString pool;
        bool overload = false;
        bool extendable = false;
        QString vrf;
        QString protocol; // static PAT: "tcp" / "udp"
        QString local;    // static: local (inside) or global (outside) as written first
        int localPort = -1;
        QString global;
        int globalPort = -1;
        int prefixLength = -1;  // static network
        QStringList modifiers;  // every keyword option as written (no-alias, redundancy 1, …)
        int line = 0;
        QString text;
    };
    struct Setting
    {
        QString text; // "ip nat settings …" / "ip nat translation max-entries …"
        int line = 0;
    };

    // Which reader produced it and the behaviour profile its device gets.
    // Every vendor's configuration reader (model/import/vendors) maps its
    // statements onto these IOS-shaped parts; an empty profile is cisco-ios.
    QString readerKey;
    QString profile;
    QStringList profileOptions; // ModelEnums::profileOptionKeys() of that profile
    QString hostname;
    QList<Interface> interfaces;
    QList<AccessList> accessLists;
    QList<Pool> pools;
    QList<RouteMap> routeMaps;
    QList<NatRule> rules;
    QMap<QString, int> timeouts; // "udp-timeout" -> seconds (-1 = never); port-timeout as "udp-port-4500"
    QList<Setting> settings;
    QList<ImportIssue> issues;
    int lines = 0;
    int understood = 0; // lines taken as meaningful (comments and blanks not counted)

    const AccessList *accessList(const QString &name) const;
    const Interface *interface(const QString &name) const;
    const Pool *pool(const QString &name) const;
    const RouteMap *routeMap(const QString &name) const;
};
