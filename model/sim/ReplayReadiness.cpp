#include "ReplayReadiness.h"

#include "Ipv4.h"
#include "MeshRules.h"
#include "NatRules.h"
#include "Project.h"
#include "ProjectSchema.h"

QList<ReplayReadiness::Missing> ReplayReadiness::check(const Project &p)
{
    QList<Missing> missing;
    // Values held as written stop the simulation before anything else counts.
    for (const Project::HeldField &f : p.heldFields()) {
        const PropertyDef *def =
            ProjectSchema::field(f.id == NoId ? ObjectKind::None : p.kind(f.id), f.key);
        missing.append({f.id, f.key,
                        tr("a valid %1 of %2 (the file's value is not accepted)")
                            .arg(def ? ProjectSchema::label(*def) : f.key.toString(),
                                 f.id == NoId ? tr("the project") : p.displayName(f.id))});
    }
    QList<ObjectId> paired;
    for (ObjectId a : p.objects(ObjectKind::Appliance)) {
        if (MeshRules::sideOf(p, a) == MeshRules::Side::Source
            && p.kind(p.value(a, Field::peer).toUInt()) == ObjectKind::Appliance)
            paired.append(a);
    }
    if (paired.isEmpty()) {
        missing.append({NoId, FieldKey(),
                        tr("a pair of HCX appliances (drag from an on-premises appliance to a "
                           "cloud one, or right-click → Pair With)")});
        return missing;
    }
    for (ObjectId a : std::as_const(paired)) {
        for (ObjectId end : {a, ObjectId(p.value(a, Field::peer).toUInt())}) {
            if (p.text(end, Field::uplinkIp).isEmpty() && !p.heldValue(end, Field::uplinkIp).isValid())
                missing.append({end, Field::uplinkIp, tr("uplink IP of %1").arg(p.displayName(end))});
        }
    }
    // An on-premises appliance reaches its peer through a NAT device whose
    // inside interface holds its uplink, and that device needs a NAT rule.
    for (ObjectId a : std::as_const(paired)) {
        quint32 uplink = 0;
        if (!Ipv4::parse(p.text(a, Field::uplinkIp), &uplink))
            continue;
        ObjectId device = NoId;
        for (ObjectId d : p.children(p.parentOf(a))) {
            if (p.kind(d) != ObjectKind::Device)
                continue;
            for (ObjectId itf : p.children(d)) {
                quint32 address = 0;
                if (p.kind(itf) == ObjectKind::Interface
                    && p.text(itf, Field::role) == QLatin1String("inside")
                    && Ipv4::parse(p.text(itf, Field::address), &address)
                    && Ipv4::sameSubnet(address, uplink, p.value(itf, Field::prefixLength).toInt()))
                    device = d;
            }
        }
        if (device == NoId) {
            missing.append({p.parentOf(a), FieldKey(),
                            tr("a NAT device in %1 with a NAT inside interface on %2's subnet")
                                .arg(p.displayName(p.parentOf(a)), p.displayName(a))});
            continue;
        }
        bool hasRule = false;
        for (ObjectId child : p.children(device))
            hasRule |= NatRules::isSimulated(p, child); // an outside rule translates nothing here
        if (!hasRule)
            missing.append({device, FieldKey(), tr("a NAT rule on %1").arg(p.displayName(device))});
    }
    return missing;
}
