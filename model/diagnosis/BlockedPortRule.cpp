#include "BlockedPortRule.h"

#include "Catalogue.h"
#include "DiagnosisContext.h"
#include "FixGenerator.h"
#include "NatDeviceConfig.h"
#include "Project.h"


QList<Finding> BlockedPortRule::check(const DiagnosisContext &c) const
{
    QList<Finding> findings;
    const Project &p = c.project();
    const SimulationResult &r = c.result();
    for (ObjectId device : p.objects(ObjectKind::Device)) {
        QStringList blocked;
        for (const QString &e : p.value(device, Field::blockedPorts).toStringList()) {
            const QString n = FixGenerator::portEntry(e);
            if (!n.isEmpty())
                blocked.append(n);
        }
        if (blocked.isEmpty())
            continue;
        QStringList ignored;
        const NatDeviceConfig config = NatDeviceConfig::fromProject(p, device, &ignored);
        // Appliances whose outbound flows cross this device: behind it in its site.
        QList<ObjectId> appliances;
        for (ObjectId child : p.children(p.parentOf(device))) {
            quint32 ip = 0;
            if (p.kind(child) == ObjectKind::Appliance
                && Ipv4::parse(p.text(child, Field::uplinkIp), &ip) && config.isInside(ip))
                appliances.append(child);
        }
        QStringList hits;
        QList<ObjectId> affected;
        QStringList lines;
        bool tunnelBlocked = false;
        for (ObjectId app : std::as_const(appliances)) {
            const QString type = p.text(app, Field::type);
            for (const Catalogue::Flow &f : c.catalogue().flowsFor(type)) {
                const QString entry = QStringLiteral("%1/%2").arg(f.protocol).arg(f.port);
                if (f.from != type || f.direction != QLatin1String("outbound") || !blocked.contains(entry))
                    continue;
                if (!hits.contains(entry))
                    hits.append(entry);
                if (!affected.contains(app))
                    affected.append(app);
                tunnelBlocked = tunnelBlocked || f.tunnel;
                lines.append(tr("%1 needs %2 (%3).").arg(p.displayName(app), entry.toUpper(), f.purpose));
            }
        }
        if (hits.isEmpty())
            continue;
        Finding f;
        f.rule = key();
        f.severity = tunnelBlocked ? Finding::Error : Finding::Warning;
        f.title = tr("%1 blocks %2, which HCX needs").arg(p.displayName(device),
                                                        hits.join(QStringLiteral(", ")).toUpper());
        f.devices = {device};
        f.appliances = affected;
        f.cause = tr("%1 filters %2, but the port catalogue lists these flows as required: %3 "
                     "(The simulation does not apply filters: the tunnel states shown assume the "
                     "ports are open.)")
                      .arg(p.displayName(device), hits.join(QStringLiteral(", ")).toUpper(),
                           lines.join(QLatin1Char(' ')));
        f.evidence.append({-1, 0, device, tr("%1: blocked ports %2.")
                                              .arg(p.displayName(device),
                                                   p.value(device, Field::blockedPorts)
                                                       .toStringList()
                                                       .join(QStringLiteral(", ")))});
        for (ObjectId app : std::as_const(affected)) {
            const int tunnel = r.tunnelOf(app);
            const int sent = tunnel >= 0 ? c.nextEvent(SimEvent::PacketSent, tunnel, -1) : -1;
            f.evidence.append({sent, 0, app,
                               sent >= 0 ? c.text().describe(r.events[size_t(sent)])
                                         : tr("%1 is behind %2.").arg(p.displayName(app),
                                                                      p.displayName(device))});
        }
        f.fix = FixGenerator(p).unblock(device, hits, affected);
        findings.append(f);
    }
    return findings;
}
