#pragma once

// Builds large projects for benchmarks: N on-prem appliances behind one Cisco
// PAT router, each paired with its own cloud peer, all in one service mesh.
#include "Ipv4.h"
#include "Project.h"

#include <QPointF>

inline void buildSyntheticProject(Project *p, int appliances, const QString &profile,
                                  const QString &policy, double duration)
{
    p->setValue(NoId, QStringLiteral("name"), QStringLiteral("Synthetic %1").arg(appliances));
    p->setValue(NoId, QStringLiteral("duration"), duration);
    const ObjectId onPrem = p->create(ObjectKind::Site, NoId, {{QStringLiteral("name"), QStringLiteral("DC")}});
    const ObjectId cloud = p->create(ObjectKind::Site, NoId,
                                     {{QStringLiteral("name"), QStringLiteral("SDDC")},
                                      {QStringLiteral("kind"), QStringLiteral("cloud-sddc")}});
    const ObjectId router = p->create(ObjectKind::Device, onPrem,
                                      {{QStringLiteral("name"), QStringLiteral("Edge")},
                                       {QStringLiteral("profile"), profile}});
    p->create(ObjectKind::Interface, router,
              {{QStringLiteral("name"), QStringLiteral("Gi0/0")},
               {QStringLiteral("address"), QStringLiteral("10.0.0.1")},
               {QStringLiteral("prefixLength"), 16},
               {QStringLiteral("role"), QStringLiteral("inside")}});
    p->create(ObjectKind::Interface, router,
              {{QStringLiteral("name"), QStringLiteral("Gi0/1")},
               {QStringLiteral("address"), QStringLiteral("19.155.80.72")},
               {QStringLiteral("role"), QStringLiteral("outside")}});
    p->create(ObjectKind::AccessList, router,
              {{QStringLiteral("name"), QStringLiteral("NAT")},
               {QStringLiteral("permit"), QStringList{QStringLiteral("10.0.0.0/16")}}});
    p->create(ObjectKind::Rule, router,
              {{QStringLiteral("kind"), QStringLiteral("dynamic-pat")},
               {QStringLiteral("accessList"), QStringLiteral("NAT")},
               {QStringLiteral("interface"), QStringLiteral("Gi0/1")}});
    QVariantList pairs;
    for (int i = 0; i < appliances; ++i) {
        const QString type = i % 2 ? QStringLiteral("NE") : QStringLiteral("IX");
        const ObjectId local = p->create(
            ObjectKind::Appliance, onPrem,
            {{QStringLiteral("name"), QStringLiteral("%1-%2").arg(type).arg(i)},
             {QStringLiteral("type"), type},
             {QStringLiteral("uplinkIp"), Ipv4::toString(0x0a000100u + quint32(i))},
             {QStringLiteral("peerPolicy"), policy},
             {QStringLiteral("deployAt"), double(i % 60)}});
        const ObjectId remote = p->create(
            ObjectKind::Appliance, cloud,
            {{QStringLiteral("name"), QStringLiteral("%1-%2-R").arg(type).arg(i)},
             {QStringLiteral("type"), type},
             {QStringLiteral("uplinkIp"), Ipv4::toString(0xcb007100u + quint32(i))},
             {QStringLiteral("peer"), local}});
        p->setValue(local, QStringLiteral("peer"), remote);
        pairs.append(local);
    }
    p->create(ObjectKind::Mesh, NoId,
              {{QStringLiteral("name"), QStringLiteral("Mesh")},
               {QStringLiteral("sourceSite"), onPrem},
               {QStringLiteral("destinationSite"), cloud},
               {QStringLiteral("pairs"), pairs}});
}
