#pragma once

#include "Project.h"

#include <QStringList>
#include <QTest>
#include "Field.h"

// A small incident-like project built in code (the file reader is tested
// elsewhere): an on-prem site behind a Cisco PAT router and a cloud site, with a
// pair of IX and NE appliances, links and one service mesh.
struct SampleProject
{
    ObjectId onPrem = NoId, cloud = NoId;
    ObjectId router = NoId, inside = NoId, outside = NoId, pool = NoId, acl = NoId;
    ObjectId dynRule = NoId, patRule = NoId, background = NoId;
    ObjectId ix = NoId, ne = NoId, ixPeer = NoId, nePeer = NoId;
    ObjectId linkRouterIx = NoId, linkRouterNe = NoId, linkIxPeer = NoId;
    ObjectId mesh = NoId;

    static ObjectId make(Project &p, ObjectKind kind, ObjectId parent, const FieldValues &values)
    {
        QString error;
        const ObjectId id = p.create(kind, parent, values, &error);
        if (id == NoId)
            qFatal("building the sample project failed: %s", qPrintable(error));
        return id;
    }

    void build(Project &p)
    {
        using V = FieldValues;
        onPrem = make(p, ObjectKind::Site, NoId, V{{Field::name, "Boston DC"}, {Field::kind, "on-prem"}});
        cloud = make(p, ObjectKind::Site, NoId, V{{Field::name, "VMC"}, {Field::kind, "cloud-sddc"}});
        router = make(p, ObjectKind::Device, onPrem,
                      V{{Field::name, "edge-rtr"}, {Field::kind, "router"}, {Field::profile, "cisco-ios"}});
        // Appliances before the device's children: the tree still sorts devices first.
        ix = make(p, ObjectKind::Appliance, onPrem,
                  V{{Field::name, "IX"}, {Field::type, "IX"}, {Field::uplinkIp, "192.19.72.202"}});
        ne = make(p, ObjectKind::Appliance, onPrem,
                  V{{Field::name, "NE"}, {Field::type, "NE"}, {Field::uplinkIp, "192.19.72.203"}});
        // Rule before the pool and interfaces: children are kept in kind order.
        dynRule =
            make(p, ObjectKind::Rule, router,
                 V{{Field::kind, "dynamic-pat"}, {Field::accessList, "NAT-ACL"}, {Field::interface, "Gi0/1"}});
        inside = make(p, ObjectKind::Interface, router,
                      V{{Field::name, "Gi0/0"}, {Field::address, "192.19.72.1"}, {Field::role, "inside"}});
        outside = make(p, ObjectKind::Interface, router,
                       V{{Field::name, "Gi0/1"},
                         {Field::address, "203.0.113.2"},
                         {Field::prefixLength, 30},
                         {Field::role, "outside"}});
        pool = make(p, ObjectKind::Pool, router,
                    V{{Field::name, "POOL"}, {Field::start, "203.0.113.10"}, {Field::end, "203.0.113.20"}});
        acl =
            make(p, ObjectKind::AccessList, router,
                 V{{Field::name, "NAT-ACL"}, {Field::permit, QStringList{"192.19.72.0/24", "10.1.0.0/16"}}});
        patRule = make(p, ObjectKind::Rule, router,
                       V{{Field::kind, "static-pat"},
                         {Field::protocol, "udp"},
                         {Field::insideLocal, "192.19.72.202"},
                         {Field::localPort, 4500},
                         {Field::insideGlobal, "203.0.113.2"},
                         {Field::globalPort, 4500}});
        background = make(p, ObjectKind::Background, router,
                          V{{Field::name, "DNS"},
                            {Field::insideLocal, "192.19.72.50"},
                            {Field::firstPort, 1024},
                            {Field::count, 520},
                            {Field::remote, "198.51.100.53"},
                            {Field::remotePort, 53}});
        ixPeer = make(
            p, ObjectKind::Appliance, cloud,
            V{{Field::name, "IX-peer"}, {Field::type, "IX"}, {Field::uplinkIp, "198.51.100.10"}, {Field::peer, ix}});
        nePeer = make(
            p, ObjectKind::Appliance, cloud,
            V{{Field::name, "NE-peer"}, {Field::type, "NE"}, {Field::uplinkIp, "198.51.100.11"}, {Field::peer, ne}});
        QString error;
        if (!p.setValue(ix, Field::peer, ixPeer, &error) || !p.setValue(ne, Field::peer, nePeer, &error))
            qFatal("peer: %s", qPrintable(error));
        linkRouterIx = make(p, ObjectKind::Link, NoId, V{{Field::a, router}, {Field::b, ix}});
        linkRouterNe = make(p, ObjectKind::Link, NoId, V{{Field::a, router}, {Field::b, ne}});
        linkIxPeer = make(p, ObjectKind::Link, NoId, V{{Field::a, ix}, {Field::b, ixPeer}});
        mesh = make(p, ObjectKind::Mesh, NoId,
                    V{{Field::name, "Boston-VMC"},
                      {Field::sourceSite, onPrem},
                      {Field::destinationSite, cloud},
                      {Field::services, QStringList{"interconnect", "network-extension", "x-future"}},
                      {Field::pairs, QVariantList{ix, ne}}});
    }
};
