#pragma once

// Builds large projects for benchmarks: N on-prem appliances behind one Cisco
// PAT router, each paired with its own cloud peer, all in one service mesh.
#include "Ipv4.h"
#include "Project.h"

#include <QPointF>

inline void buildSyntheticProject(Project *p, int appliances, const QString &profile,
                                  const QString &policy, double duration)
{
    p->setValue(NoId, Field::name, QStringLiteral("Synthetic %1").arg(appliances));
    p->setValue(NoId, Field::duration, duration);
    const ObjectId onPrem = p->create(ObjectKind::Site, NoId, {{Field::name, QStringLiteral("DC")}});
    const ObjectId cloud = p->create(ObjectKind::Site, NoId,
                                     {{Field::name, QStringLiteral("SDDC")},
                                      {Field::kind, QStringLiteral("cloud-sddc")}});
    const ObjectId router = p->create(ObjectKind::Device, onPrem,
                                      {{Field::name, QStringLiteral("Edge")},
                                       {Field::profile, profile}});
    p->create(ObjectKind::Interface, router,
              {{Field::name, QStringLiteral("Gi0/0")},
               {Field::address, QStringLiteral("10.0.0.1")},
               {Field::prefixLength, 16},
               {Field::role, QStringLiteral("inside")}});
    p->create(ObjectKind::Interface, router,
              {{Field::name, QStringLiteral("Gi0/1")},
               {Field::address, QStringLiteral("19.155.80.72")},
               {Field::role, QStringLiteral("outside")}});
    p->create(ObjectKind::AccessList, router,
              {{Field::name, QStringLiteral("NAT")},
               {Field::permit, QStringList{QStringLiteral("10.0.0.0/16")}}});
    p->create(ObjectKind::Rule, router,
              {{Field::kind, QStringLiteral("dynamic-pat")},
               {Field::accessList, QStringLiteral("NAT")},
               {Field::interface, QStringLiteral("Gi0/1")}});
    QVariantList pairs;
    for (int i = 0; i < appliances; ++i) {
        const QString type = i % 2 ? QStringLiteral("NE") : QStringLiteral("IX");
        const ObjectId local = p->create(
            ObjectKind::Appliance, onPrem,
            {{Field::name, QStringLiteral("%1-%2").arg(type).arg(i)},
             {Field::type, type},
             {Field::uplinkIp, Ipv4::toString(0x0a000100u + quint32(i))},
             {Field::peerPolicy, policy},
             {Field::deployAt, double(i % 60)}});
        const ObjectId remote = p->create(
            ObjectKind::Appliance, cloud,
            {{Field::name, QStringLiteral("%1-%2-R").arg(type).arg(i)},
             {Field::type, type},
             {Field::uplinkIp, Ipv4::toString(0xcb007100u + quint32(i))},
             {Field::peer, local}});
        p->setValue(local, Field::peer, remote);
        pairs.append(local);
    }
    p->create(ObjectKind::Mesh, NoId,
              {{Field::name, QStringLiteral("Mesh")},
               {Field::sourceSite, onPrem},
               {Field::destinationSite, cloud},
               {Field::pairs, pairs}});
}

// A physical link from each on-premises appliance to the router (the graph's
// benchmark and its banded-image test draw these beside the tunnels).
inline void addApplianceLinks(Project *p)
{
    const ObjectId router = p->objects(ObjectKind::Device).first();
    for (ObjectId a : p->children(p->objects(ObjectKind::Site).first())) {
        if (p->kind(a) == ObjectKind::Appliance)
            p->create(ObjectKind::Link, NoId, {{Field::a, a}, {Field::b, router}});
    }
}
