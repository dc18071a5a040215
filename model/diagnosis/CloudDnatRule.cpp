#include "CloudDnatRule.h"

#include "DiagnosisContext.h"
#include "FixGenerator.h"
#include "NatDeviceConfig.h"
#include "Project.h"

// Decision: any NAT device in a cloud-sddc site that has a cloud appliance on
// its inside, or whose static/static-PAT rule names a cloud appliance's uplink
// as inside local or inside global, is NAT in front of the cloud side.
QList<Finding> CloudDnatRule::check(const DiagnosisContext &c) const
{
    QList<Finding> findings;
    const Project &p = c.project();
    const SimulationResult &r = c.result();
    for (ObjectId device : p.objects(ObjectKind::Device)) {
        const ObjectId site = p.parentOf(device);
        if (p.text(site, Field::kind) != QLatin1String("cloud-sddc"))
            continue;
        QStringList ignored;
        const NatDeviceConfig config = NatDeviceConfig::fromProject(p, device, &ignored);
        QList<ObjectId> appliances, rules;
        QHash<ObjectId, QString> publicAddress;
        for (ObjectId app : p.children(site)) {
            quint32 ip = 0;
            if (p.kind(app) != ObjectKind::Appliance
                || !Ipv4::parse(p.text(app, Field::uplinkIp), &ip))
                continue;
            bool hit = config.isInside(ip);
            const auto note = [&](ObjectId rule, quint32 local, quint32 global) {
                if (local != ip && global != ip)
                    return;
                hit = true;
                if (!rules.contains(rule))
                    rules.append(rule);
                if (local == ip)
                    publicAddress.insert(app, Ipv4::toString(global));
            };
            for (const auto &s : config.statics)
                note(s.rule, s.local, s.global);
            for (const auto &s : config.staticPats)
                note(s.rule, s.local.ip, s.global.ip);
            if (hit)
                appliances.append(app);
        }
        if (appliances.isEmpty())
            continue;
        QStringList names;
        for (ObjectId a : std::as_const(appliances))
            names.append(p.displayName(a));
        Finding f;
        f.rule = key();
        f.severity = Finding::Error;
        f.title = tr("%1 translates the cloud-side appliances %2").arg(config.name,
                                                                      names.join(QStringLiteral(", ")));
        f.devices = {device};
        f.appliances = appliances;
        f.cause = tr("%1 sits in the cloud SDDC site in front of %2. HCX does not support DNAT in "
                     "front of the cloud-side appliances: the on-premises appliances must reach their "
                     "peers' own uplink addresses on UDP 4500, and the IPsec identities carry those "
                     "addresses.")
                      .arg(config.name, names.join(QStringLiteral(", ")));
        for (ObjectId rule : std::as_const(rules))
            f.evidence.append({-1, 0, rule, tr("Rule %1 on %2.").arg(p.displayName(rule), config.name)});
        for (ObjectId app : std::as_const(appliances)) {
            const int tunnel = r.tunnelOf(app);
            const int sent = tunnel >= 0 ? c.nextEvent(SimEvent::PacketSent, tunnel, -1) : -1;
            f.evidence.append({sent, 0, app,
                               sent >= 0 ? c.text().describe(r.events[size_t(sent)])
                                         : tr("%1 is behind %2.").arg(p.displayName(app), config.name)});
        }
        f.fix = FixGenerator(p).removeCloudNat(device, rules, publicAddress);
        findings.append(f);
    }
    return findings;
}
