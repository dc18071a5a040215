#include "UplinkMtuRule.h"

#include "DiagnosisContext.h"
#include "FixGenerator.h"
#include "Project.h"

QList<Finding> UplinkMtuRule::check(const DiagnosisContext &c) const
{
    QList<Finding> findings;
    const Project &p = c.project();
    const SimulationResult &r = c.result();
    for (int d = 0; d < r.devices.size(); ++d) {
        const ObjectId device = r.devices[d].id;
        // The smallest MTU of the NAT interfaces is what the path through the device carries.
        int pathMtu = 0;
        ObjectId narrowest = NoId;
        for (ObjectId child : p.children(device)) {
            if (p.kind(child) != ObjectKind::Interface
                || p.text(child, Field::role) == QLatin1String("none"))
                continue;
            const int mtu = p.value(child, Field::mtu).toInt();
            if (!narrowest || mtu < pathMtu) {
                pathMtu = mtu;
                narrowest = child;
            }
        }
        if (!narrowest)
            continue;
        QList<ObjectId> affected;
        int largest = 0;
        for (int t : c.tunnelsThrough(d)) {
            const ObjectId app = r.tunnels[t].appliance;
            const int uplink = p.value(app, Field::uplinkMtu).toInt();
            if (uplink > pathMtu) {
                affected.append(app);
                largest = std::max(largest, uplink);
            }
        }
        if (affected.isEmpty())
            continue;
        QStringList names;
        for (ObjectId a : std::as_const(affected))
            names.append(p.displayName(a));
        Finding f;
        f.rule = key();
        f.severity = Finding::Error;
        f.devices = {device};
        f.appliances = affected;
        f.title = tr("Uplink MTU %1 does not fit through %2 (%3 bytes)")
                      .arg(largest)
                      .arg(p.displayName(device))
                      .arg(pathMtu);
        f.cause = tr("%1 send encrypted packets of up to %2 bytes (their uplink MTU; encryption adds "
                     "%3 bytes to every packet), but %4 of %5 carries only %6. Small packets such as "
                     "IKE and keepalives pass, so the tunnel can look Up while migrations and "
                     "extended networks stall on dropped or fragmented packets.")
                      .arg(names.join(QStringLiteral(", ")))
                      .arg(largest)
                      .arg(EncryptionOverhead)
                      .arg(p.displayName(narrowest), p.displayName(device))
                      .arg(pathMtu);
        f.evidence.append({-1, 0, narrowest,
                           tr("%1: MTU %2.").arg(p.displayName(narrowest)).arg(pathMtu)});
        for (ObjectId app : std::as_const(affected))
            f.evidence.append({-1, 0, app, tr("%1: uplink MTU %2.")
                                               .arg(p.displayName(app))
                                               .arg(p.value(app, Field::uplinkMtu).toInt())});
        f.fix = FixGenerator(p).lowerUplinkMtu(affected, pathMtu, EncryptionOverhead);
        findings.append(f);
    }
    return findings;
}
