#include "FortiGateFix.h"

#include "Ipv4.h"
#include "Project.h"

#include <QRegularExpression>
#include <QSet>

namespace {

QString ip(quint32 a)
{
    return Ipv4::toString(a);
}

QString quoted(const QString &s)
{
    return QLatin1Char('"') + s + QLatin1Char('"');
}

// The policy that sends the appliances out with NAT and keeps their port.
QString policy(const QString &name, const QString &in, const QString &out, const QString &source,
               const QString &pool)
{
    QString cfg = QStringLiteral("    edit 0\n"
                                 "        set name %1\n"
                                 "        set srcintf %2\n"
                                 "        set dstintf %3\n"
                                 "        set action accept\n"
                                 "        set srcaddr %4\n"
                                 "        set dstaddr \"all\"\n"
                                 "        set schedule \"always\"\n"
                                 "        set service \"ALL\"\n"
                                 "        set nat enable\n")
                      .arg(quoted(name), quoted(in), quoted(out), quoted(source));
    if (!pool.isEmpty())
        cfg += QStringLiteral("        set ippool enable\n        set poolname %1\n").arg(quoted(pool));
    cfg += QStringLiteral("        set fixedport enable\n    next\n");
    return cfg;
}

QString comment(const QString &text)
{
    QString out;
    for (const QString &line : text.split(QLatin1Char('\n')))
        out += QStringLiteral("# ") + line + QLatin1Char('\n');
    return out;
}

} // namespace

QString FortiGateFix::objectName(const QString &text)
{
    QString name = text;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    return QStringLiteral("MESHNAT-") + name.left(70);
}

QString FortiGateFix::insideInterface(const Project &project, ObjectId device, quint32 address)
{
    QString first;
    for (ObjectId c : project.children(device)) {
        if (project.kind(c) != ObjectKind::Interface
            || project.text(c, Field::role) != QLatin1String("inside"))
            continue;
        quint32 a = 0;
        Ipv4::parse(project.text(c, Field::address), &a);
        if (Ipv4::sameSubnet(a, address, project.value(c, Field::prefixLength).toInt()))
            return project.name(c);
        if (first.isEmpty())
            first = project.name(c);
    }
    return first.isEmpty() ? QStringLiteral("internal") : first;
}

QString FortiGateFix::outsideInterface(const Project &project, ObjectId device)
{
    for (ObjectId c : project.children(device)) {
        if (project.kind(c) == ObjectKind::Interface
            && project.text(c, Field::role) == QLatin1String("outside"))
            return project.name(c);
    }
    return QStringLiteral("wan1");
}

QString FortiGateFix::ownAddresses(const Project &project, ObjectId device,
                                   const QList<Mapping> &mappings)
{
    const QString out = outsideInterface(project, device);
    QString vips, pools, addresses, policies;
    for (const Mapping &m : mappings) {
        const QString name = objectName(project.displayName(m.appliance));
        // Inbound: the peer's packets to global:4500 reach the appliance.
        vips += QStringLiteral("    edit %1\n"
                               "        set extip %2\n"
                               "        set mappedip %3\n"
                               "        set extintf %4\n"
                               "        set portforward enable\n"
                               "        set protocol udp\n"
                               "        set extport 4500\n"
                               "        set mappedport 4500\n"
                               "    next\n")
                    .arg(quoted(name), ip(m.global), quoted(ip(m.local)), quoted(out));
        // Outbound: the appliance's own address, its port kept.
        pools += QStringLiteral("    edit %1\n"
                                "        set type one-to-one\n"
                                "        set startip %2\n"
                                "        set endip %2\n"
                                "    next\n")
                     .arg(quoted(name), ip(m.global));
        addresses += QStringLiteral("    edit %1\n        set subnet %2 255.255.255.255\n    next\n")
                         .arg(quoted(name), ip(m.local));
        policies += policy(name, insideInterface(project, device, m.local), out, name, name);
    }
    QString cfg;
    cfg += QStringLiteral("config firewall vip\n") + vips + QStringLiteral("end\n");
    cfg += QStringLiteral("config firewall ippool\n") + pools + QStringLiteral("end\n");
    cfg += QStringLiteral("config firewall address\n") + addresses + QStringLiteral("end\n");
    cfg += comment(tr("FortiOS matches policies from the top: move these above the general "
                      "outbound NAT policy (config firewall policy, move ID before ID)"));
    cfg += QStringLiteral("config firewall policy\n") + policies + QStringLiteral("end\n");
    cfg += comment(tr("Drop the sessions that still hold the translated ports"));
    for (const Mapping &m : mappings)
        cfg += QStringLiteral("diagnose sys session filter clear\n"
                              "diagnose sys session filter src %1\n"
                              "diagnose sys session filter sport 4500\n"
                              "diagnose sys session clear\n")
                   .arg(ip(m.local));
    return cfg;
}

Fix FortiGateFix::fixedPortPolicy(const Project &project, ObjectId device,
                                  const QList<ObjectId> &appliances)
{
    Fix fix;
    fix.vendor = QStringLiteral("fortigate");
    const QString deviceName = project.displayName(device);
    const QString out = outsideInterface(project, device);
    QStringList names, members;
    QString addresses;
    QSet<QString> peers;
    QStringList sharedPeer;
    quint32 firstLocal = 0;
    for (ObjectId app : appliances) {
        quint32 local = 0;
        if (!Ipv4::parse(project.text(app, Field::uplinkIp), &local))
            continue;
        if (!firstLocal)
            firstLocal = local;
        const QString name = objectName(project.displayName(app));
        names.append(project.displayName(app));
        members.append(quoted(name));
        addresses += QStringLiteral("    edit %1\n        set subnet %2 255.255.255.255\n    next\n")
                         .arg(quoted(name), ip(local));
        const ObjectId peer = project.value(app, Field::peer).toUInt();
        const QString peerIp = peer && project.contains(peer) ? project.text(peer, Field::uplinkIp) : QString();
        if (!peerIp.isEmpty() && peers.contains(peerIp))
            sharedPeer.append(project.displayName(app));
        peers.insert(peerIp);
    }
    const QString group = QStringLiteral("MESHNAT-HCX");
    QString cfg = comment(tr("MeshNAT fix for %1: the HCX appliances keep UDP 4500 (fixed port)")
                              .arg(deviceName));
    cfg += comment(tr("FortiOS keeps NAT ports unique per destination, so appliances talking to "
                      "different peers can all keep 4500 on %1's address")
                       .arg(out));
    cfg += QStringLiteral("config firewall address\n") + addresses + QStringLiteral("end\n");
    cfg += QStringLiteral("config firewall addrgrp\n    edit %1\n        set member %2\n    next\nend\n")
               .arg(quoted(group), members.join(QLatin1Char(' ')));
    cfg += comment(tr("FortiOS matches policies from the top: move this one above the general "
                      "outbound NAT policy (config firewall policy, move ID before ID)"));
    cfg += QStringLiteral("config firewall policy\n")
           + policy(group, insideInterface(project, device, firstLocal), out, group, QString())
           + QStringLiteral("end\n");
    cfg += comment(tr("Drop the sessions that still hold the translated ports"));
    cfg += QStringLiteral("diagnose sys session filter clear\n"
                          "diagnose sys session filter sport 4500\n"
                          "diagnose sys session clear\n");
    fix.config = cfg;
    QStringList options = project.value(device, Field::options).toStringList();
    if (!options.contains(QStringLiteral("fixedport")))
        options.append(QStringLiteral("fixedport"));
    fix.changes.set(device, Field::options, options);
    fix.summary = tr("Fixed port for %1 on %2").arg(names.join(QStringLiteral(", ")), deviceName);
    fix.note = tr("With set fixedport enable FortiOS never translates the source port, so each "
                  "appliance keeps UDP 4500 toward its own peer; a second session on the same "
                  "address, peer and port is refused. The project's profile options apply to the "
                  "whole device, so the project change adds fixedport to %1; on the FortiGate only "
                  "the appliances' policy has it.")
                   .arg(deviceName);
    if (!sharedPeer.isEmpty()) {
        fix.complete = false;
        fix.note += QLatin1Char(' ')
                    + tr("%1 talk to a peer address another appliance also uses: on one global "
                         "address only one of them can keep 4500; ask the ISP for one more address.")
                          .arg(sharedPeer.join(QStringLiteral(", ")));
    }
    return fix;
}

QString FortiGateFix::udpIdleTimer(int seconds)
{
    return QStringLiteral("config system global\n    set udp-idle-timer %1\nend\n").arg(seconds);
}

QString FortiGateFix::forward4500(const Project &project, ObjectId device, ObjectId appliance,
                                  quint32 local, int localPort, quint32 global,
                                  const QString &protocol)
{
    const QString name = objectName(project.displayName(appliance));
    QString cfg = comment(tr("Replace the VIP that forwards to %1 (show firewall vip | grep -f %1) "
                             "with this one")
                              .arg(ip(local)));
    cfg += QStringLiteral("config firewall vip\n"
                          "    edit %1\n"
                          "        set extip %2\n"
                          "        set mappedip %3\n"
                          "        set extintf %4\n"
                          "        set portforward enable\n"
                          "        set protocol %5\n"
                          "        set extport 4500\n"
                          "        set mappedport %6\n"
                          "    next\n"
                          "end\n")
               .arg(quoted(name), ip(global), quoted(ip(local)),
                    quoted(outsideInterface(project, device)), protocol)
               .arg(localPort);
    return cfg;
}

QString FortiGateFix::allowFlow(const Project &project, ObjectId device, ObjectId appliance,
                                const QString &remote, const QString &protocol, int port)
{
    quint32 local = 0;
    Ipv4::parse(project.text(appliance, Field::uplinkIp), &local);
    const QString name = objectName(project.displayName(appliance));
    const QString service = QStringLiteral("MESHNAT-%1-%2").arg(protocol).arg(port);
    QString cfg = QStringLiteral("config firewall address\n"
                                 "    edit %1\n        set subnet %2 255.255.255.255\n    next\n")
                      .arg(quoted(name), ip(local));
    QString destination = QStringLiteral("all");
    if (!remote.isEmpty()) {
        destination = QStringLiteral("MESHNAT-PEER-") + remote;
        cfg += QStringLiteral("    edit %1\n        set subnet %2 255.255.255.255\n    next\n")
                   .arg(quoted(destination), remote);
    }
    cfg += QStringLiteral("end\nconfig firewall service custom\n"
                          "    edit %1\n        set %2-portrange %3\n    next\nend\n")
               .arg(quoted(service), protocol)
               .arg(port);
    cfg += QStringLiteral("config firewall policy\n"
                          "    edit 0\n"
                          "        set name %1\n"
                          "        set srcintf %2\n"
                          "        set dstintf %3\n"
                          "        set action accept\n"
                          "        set srcaddr %4\n"
                          "        set dstaddr %5\n"
                          "        set schedule \"always\"\n"
                          "        set service %6\n"
                          "        set nat enable\n"
                          "    next\n"
                          "end\n")
               .arg(quoted(name + QLatin1Char('-') + service), quoted(insideInterface(project, device, local)),
                    quoted(outsideInterface(project, device)), quoted(name), quoted(destination),
                    quoted(service));
    return cfg;
}

QString FortiGateFix::deleteVip(const QString &global, const QString &local)
{
    return comment(tr("Delete the VIP that maps %1 to %2: show firewall vip | grep -f %1, then "
                      "config firewall vip, delete NAME, end")
                       .arg(global, local));
}
