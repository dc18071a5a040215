#pragma once

#include "Project.h"

#include <QStringList>
#include <QTest>
#include <QVariantMap>

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

    static ObjectId make(Project &p, ObjectKind kind, ObjectId parent, const QVariantMap &values)
    {
        QString error;
        const ObjectId id = p.create(kind, parent, values, &error);
        if (id == NoId)
            qFatal("building the sample project failed: %s", qPrintable(error));
        return id;
    }

    void build(Project &p)
    {
        using V = QVariantMap;
        onPrem = make(p, ObjectKind::Site, NoId, V{{"name", "Boston DC"}, {"kind", "on-prem"}});
        cloud = make(p, ObjectKind::Site, NoId, V{{"name", "VMC"}, {"kind", "cloud-sddc"}});
        router = make(p, ObjectKind::Device, onPrem,
                      V{{"name", "edge-rtr"}, {"kind", "router"}, {"profile", "cisco-ios"}});
        // Appliances before the device's children: the tree still sorts devices first.
        ix = make(p, ObjectKind::Appliance, onPrem,
                  V{{"name", "IX"}, {"type", "IX"}, {"uplinkIp", "192.19.72.202"}});
        ne = make(p, ObjectKind::Appliance, onPrem,
                  V{{"name", "NE"}, {"type", "NE"}, {"uplinkIp", "192.19.72.203"}});
        // Rule before the pool and interfaces: children are kept in kind order.
        dynRule =
            make(p, ObjectKind::Rule, router,
                 V{{"kind", "dynamic-pat"}, {"accessList", "NAT-ACL"}, {"interface", "Gi0/1"}});
        inside = make(p, ObjectKind::Interface, router,
                      V{{"name", "Gi0/0"}, {"address", "192.19.72.1"}, {"role", "inside"}});
        outside = make(p, ObjectKind::Interface, router,
                       V{{"name", "Gi0/1"},
                         {"address", "203.0.113.2"},
                         {"prefixLength", 30},
                         {"role", "outside"}});
        pool = make(p, ObjectKind::Pool, router,
                    V{{"name", "POOL"}, {"start", "203.0.113.10"}, {"end", "203.0.113.20"}});
        acl =
            make(p, ObjectKind::AccessList, router,
                 V{{"name", "NAT-ACL"}, {"permit", QStringList{"192.19.72.0/24", "10.1.0.0/16"}}});
        patRule = make(p, ObjectKind::Rule, router,
                       V{{"kind", "static-pat"},
                         {"protocol", "udp"},
                         {"insideLocal", "192.19.72.202"},
                         {"localPort", 4500},
                         {"insideGlobal", "203.0.113.2"},
                         {"globalPort", 4500}});
        background = make(p, ObjectKind::Background, router,
                          V{{"name", "DNS"},
                            {"insideLocal", "192.19.72.50"},
                            {"firstPort", 1024},
                            {"count", 520},
                            {"remote", "198.51.100.53"},
                            {"remotePort", 53}});
        ixPeer = make(
            p, ObjectKind::Appliance, cloud,
            V{{"name", "IX-peer"}, {"type", "IX"}, {"uplinkIp", "198.51.100.10"}, {"peer", ix}});
        nePeer = make(
            p, ObjectKind::Appliance, cloud,
            V{{"name", "NE-peer"}, {"type", "NE"}, {"uplinkIp", "198.51.100.11"}, {"peer", ne}});
        QString error;
        if (!p.setValue(ix, "peer", ixPeer, &error) || !p.setValue(ne, "peer", nePeer, &error))
            qFatal("peer: %s", qPrintable(error));
        linkRouterIx = make(p, ObjectKind::Link, NoId, V{{"a", router}, {"b", ix}});
        linkRouterNe = make(p, ObjectKind::Link, NoId, V{{"a", router}, {"b", ne}});
        linkIxPeer = make(p, ObjectKind::Link, NoId, V{{"a", ix}, {"b", ixPeer}});
        mesh = make(p, ObjectKind::Mesh, NoId,
                    V{{"name", "Boston-VMC"},
                      {"sourceSite", onPrem},
                      {"destinationSite", cloud},
                      {"services", QStringList{"interconnect", "network-extension", "x-future"}},
                      {"pairs", QVariantList{ix, ne}}});
    }
};
