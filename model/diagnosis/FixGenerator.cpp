#include "FixGenerator.h"

#include "Catalogue.h"
#include "FortiGateFix.h"
#include "Ipv4.h"
#include "NatDeviceConfig.h"
#include "NatRules.h"
#include "Project.h"
#include "VendorFixSyntax.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

QString str(const Project &p, ObjectId id, FieldKey key)
{
    return p.text(id, key);
}

quint32 address(const Project &p, ObjectId id, FieldKey key)
{
    quint32 a = 0;
    Ipv4::parse(str(p, id, key), &a);
    return a;
}

QString ip(quint32 a)
{
    return Ipv4::toString(a);
}

// The peer port policy in force for an appliance's tunnel, as the simulator decides it.
QString policyOf(const Project &p, ObjectId appliance)
{
    QString policy = str(p, appliance, Field::peerPolicy);
    const ObjectId peer = p.value(appliance, Field::peer).toUInt();
    if (policy.isEmpty() && peer && p.contains(peer))
        policy = str(p, peer, Field::peerPolicy);
    if (policy.isEmpty())
        policy = Catalogue::builtIn().defaultPeerPolicy(str(p, appliance, Field::type));
    return policy.isEmpty() ? QStringLiteral("expects-4500") : policy;
}

} // namespace

FixGenerator::FixGenerator(const Project &project)
    : m_project(project)
{
}

QString FixGenerator::vendorOf(const QString &profile)
{
    if (profile == QLatin1String("cisco-ios") || profile == QLatin1String("cisco-asa")
        || profile == QLatin1String("fortigate") || VendorFixSyntax::handles(profile))
        return profile;
    return QStringLiteral("linux");
}

QString FixGenerator::portEntry(const QString &entry)
{
    QStringList parts = entry.trimmed().toLower().split(QRegularExpression(QStringLiteral("[/ ]+")),
                                                        Qt::SkipEmptyParts);
    if (parts.size() != 2)
        return QString();
    if (parts[0].at(0).isDigit())
        std::swap(parts[0], parts[1]);
    bool ok = false;
    const int port = parts[1].toInt(&ok);
    if (!ok || port < 1 || port > 65535
        || (parts[0] != QLatin1String("udp") && parts[0] != QLatin1String("tcp")))
        return QString();
    return QStringLiteral("%1/%2").arg(parts[0]).arg(port);
}

QString FixGenerator::comment(const QString &vendor, const QString &text) const
{
    const QString mark = vendor.startsWith(QLatin1String("cisco")) ? QStringLiteral("! ")
                                                                   : QStringLiteral("# ");
    QString out;
    for (const QString &line : text.split(QLatin1Char('\n')))
        out += mark + line + QLatin1Char('\n');
    return out;
}

QSet<quint32> FixGenerator::usedAddresses() const
{
    QSet<quint32> used;
    const auto add = [&](ObjectId id, FieldKey key) {
        if (const quint32 a = address(m_project, id, key))
            used.insert(a);
    };
    for (ObjectId id : m_project.objects(ObjectKind::Interface))
        add(id, Field::address);
    for (ObjectId id : m_project.objects(ObjectKind::Rule)) {
        add(id, Field::insideLocal);
        add(id, Field::insideGlobal);
    }
    for (ObjectId id : m_project.objects(ObjectKind::Appliance)) {
        add(id, Field::uplinkIp);
        add(id, Field::managementIp);
    }
    for (ObjectId id : m_project.objects(ObjectKind::Background)) {
        add(id, Field::insideLocal);
        add(id, Field::remote);
    }
    for (ObjectId id : m_project.objects(ObjectKind::Pool)) {
        const quint32 first = address(m_project, id, Field::start), last = address(m_project, id, Field::end);
        for (quint64 a = first; first && a <= last && a < quint64(first) + 65536; ++a)
            used.insert(quint32(a));
    }
    return used;
}

ObjectId FixGenerator::outsideInterface(ObjectId device) const
{
    for (ObjectId child : m_project.children(device)) {
        if (m_project.kind(child) == ObjectKind::Interface
            && str(m_project, child, Field::role) == QLatin1String("outside")
            && address(m_project, child, Field::address))
            return child;
    }
    return NoId;
}

QString FixGenerator::asaNameif(ObjectId device, const char *role) const
{
    // NAT names interfaces by nameif; a project drawn by hand may carry
    // physical names ("GigabitEthernet0/1"), which ASA NAT cannot take.
    for (ObjectId child : m_project.children(device)) {
        if (m_project.kind(child) != ObjectKind::Interface
            || str(m_project, child, Field::role) != QLatin1String(role))
            continue;
        const QString name = m_project.name(child);
        static const QRegularExpression nameif(QStringLiteral("^[A-Za-z][A-Za-z0-9_.-]*$"));
        if (nameif.match(name).hasMatch())
            return name;
    }
    return QString::fromLatin1(role);
}

QList<quint32> FixGenerator::freeGlobals(ObjectId device) const
{
    QList<quint32> out;
    const ObjectId iface = outsideInterface(device);
    if (!iface)
        return out;
    const quint32 own = address(m_project, iface, Field::address);
    const int length = m_project.value(iface, Field::prefixLength).toInt();
    if (length >= 32)
        return out;
    const quint32 network = own & Ipv4::mask(length);
    const quint32 broadcast = network | ~Ipv4::mask(length);
    const quint32 first = length == 31 ? network : network + 1;
    const quint32 last = length == 31 ? broadcast : broadcast - 1;
    const QSet<quint32> used = usedAddresses();
    // Upward from the interface address first (the addresses next to it are the
    // ones an ISP block usually adds), then the rest of the subnet.
    for (quint64 a = quint64(own) + 1; a <= last && out.size() < 256; ++a) {
        if (!used.contains(quint32(a)))
            out.append(quint32(a));
    }
    for (quint64 a = first; a < own && out.size() < 256; ++a) {
        if (!used.contains(quint32(a)))
            out.append(quint32(a));
    }
    return out;
}

QStringList FixGenerator::aclsPermitting(ObjectId device, quint32 a) const
{
    QStringList names;
    for (ObjectId rule : m_project.children(device)) {
        if (!NatRules::isSimulated(m_project, rule)
            || str(m_project, rule, Field::kind) != QLatin1String("dynamic-pat"))
            continue;
        const QString aclName = str(m_project, rule, Field::accessList);
        const ObjectId acl = m_project.findByName(ObjectKind::AccessList, aclName, device);
        if (!acl || names.contains(aclName))
            continue;
        for (const QString &entry : m_project.value(acl, Field::permit).toStringList()) {
            quint32 network = 0;
            int length = 0;
            if (Ipv4::parseCidr(entry, &network, &length) && Ipv4::sameSubnet(a, network, length)) {
                names.append(aclName);
                break;
            }
        }
    }
    return names;
}

Fix FixGenerator::staticMappings(ObjectId device, const QList<ObjectId> &appliances) const
{
    Fix fix;
    const QString profile = str(m_project, device, Field::profile);
    fix.vendor = vendorOf(profile);
    const bool ios = fix.vendor == QLatin1String("cisco-ios");
    const bool asa = fix.vendor == QLatin1String("cisco-asa");
    const bool forti = fix.vendor == QLatin1String("fortigate");
    const bool other = VendorFixSyntax::handles(fix.vendor); // SRX, RTX: their own syntax
    const QString deviceName = m_project.displayName(device);

    // Appliances that already have an explicit mapping on this device need none.
    QList<ObjectId> todo;
    for (ObjectId app : appliances) {
        const quint32 local = address(m_project, app, Field::uplinkIp);
        bool mapped = !local;
        for (ObjectId rule : m_project.children(device)) {
            if (NatRules::isSimulated(m_project, rule)
                && str(m_project, rule, Field::kind) != QLatin1String("dynamic-pat")
                && address(m_project, rule, Field::insideLocal) == local)
                mapped = true;
        }
        if (!mapped && !todo.contains(app))
            todo.append(app);
    }
    if (todo.isEmpty())
        return fix;

    struct Mapping
    {
        ObjectId appliance;
        quint32 local, global;
        quint16 port; // 0: static 1:1 (IOS/ASA separate addresses)
    };
    QList<Mapping> mappings;
    QStringList unserved;
    const QList<quint32> free = freeGlobals(device);
    const bool separate = free.size() >= todo.size();
    quint32 single = 0;
    if (forti && !separate) // FortiOS: fixed port, unique per destination (FortiGateFix)
        return FortiGateFix::fixedPortPolicy(m_project, device, todo);
    if (separate) {
        for (int i = 0; i < todo.size(); ++i)
            mappings.append({todo[i], address(m_project, todo[i], Field::uplinkIp), free[i],
                             quint16(ios || asa || other ? 0 : 4500)});
    } else {
        // One global address: the outside interface's (what dynamic PAT uses).
        if (const ObjectId iface = outsideInterface(device))
            single = address(m_project, iface, Field::address);
        if (!single)
            return fix;
        // Ports already taken on it by static PAT rules.
        QSet<quint16> taken;
        for (ObjectId rule : m_project.children(device)) {
            if (NatRules::isSimulated(m_project, rule)
                && str(m_project, rule, Field::kind) == QLatin1String("static-pat")
                && address(m_project, rule, Field::insideGlobal) == single)
                taken.insert(quint16(m_project.value(rule, Field::globalPort).toUInt()));
        }
        // Appliances whose peers insist on 4500 first; the others can follow another port.
        std::stable_sort(todo.begin(), todo.end(), [&](ObjectId a, ObjectId b) {
            return (policyOf(m_project, a) != QLatin1String("learned"))
                   > (policyOf(m_project, b) != QLatin1String("learned"));
        });
        quint16 next = 4501;
        for (ObjectId app : std::as_const(todo)) {
            const quint32 local = address(m_project, app, Field::uplinkIp);
            if (!taken.contains(4500)) {
                taken.insert(4500);
                mappings.append({app, local, single, 4500});
            } else if (policyOf(m_project, app) == QLatin1String("learned")) {
                while (taken.contains(next))
                    ++next;
                taken.insert(next);
                mappings.append({app, local, single, next});
            } else {
                unserved.append(m_project.displayName(app));
            }
        }
    }

    QString cfg;
    QStringList names, globals;
    for (const Mapping &m : std::as_const(mappings)) {
        names.append(m_project.displayName(m.appliance));
        globals.append(m.port ? QStringLiteral("%1:%2").arg(ip(m.global)).arg(m.port) : ip(m.global));
    }
    cfg += comment(fix.vendor, tr("MeshNAT fix for %1: an explicit mapping per HCX appliance")
                                   .arg(deviceName));
    if (separate)
        cfg += comment(fix.vendor, tr("Each appliance gets its own inside global address and keeps "
                                      "UDP 4500.\n%1 must be routed to this router (check with the "
                                      "ISP first).")
                                       .arg(globals.join(QStringLiteral(", "))));
    else
        cfg += comment(fix.vendor, tr("Only one inside global address (%1): static PAT, one UDP port "
                                      "per appliance.")
                                       .arg(ip(single)));
    if (ios)
        cfg += QStringLiteral("configure terminal\n");
    if (forti) {
        QList<FortiGateFix::Mapping> fm;
        for (const Mapping &m : std::as_const(mappings))
            fm.append({m.appliance, m.local, m.global});
        cfg += FortiGateFix::ownAddresses(m_project, device, fm);
    }
    if (other) {
        QList<VendorFixSyntax::Mapping> list;
        for (const Mapping &m : std::as_const(mappings))
            list.append({m_project.displayName(m.appliance), m.local, m.global, m.port});
        cfg += VendorFixSyntax::staticMappings(fix.vendor, m_project, device, list);
    }
    for (const Mapping &m : std::as_const(mappings)) {
        const QString name = m_project.displayName(m.appliance);
        if (forti || other) {
            // Written above, in the vendor's syntax (FortiGateFix, VendorFixSyntax).
        } else if (ios) {
            cfg += m.port == 0 ? QStringLiteral("ip nat inside source static %1 %2\n")
                                     .arg(ip(m.local), ip(m.global))
                               : QStringLiteral("ip nat inside source static udp %1 4500 %2 %3 "
                                                "extendable\n")
                                     .arg(ip(m.local), ip(m.global))
                                     .arg(m.port);
        } else if (asa) {
            QString object = name;
            object.replace(QLatin1Char(' '), QLatin1Char('_'));
            cfg += QStringLiteral("object network %1\n host %2\n").arg(object, ip(m.local));
            const QString ifs = QStringLiteral("(%1,%2)").arg(asaNameif(device, "inside"),
                                                              asaNameif(device, "outside"));
            cfg += m.port == 0 ? QStringLiteral(" nat %1 static %2\n").arg(ifs, ip(m.global))
                               : QStringLiteral(" nat %1 static %2 service udp 4500 %3\n")
                                     .arg(ifs, ip(m.global))
                                     .arg(m.port);
        } else {
            cfg += QStringLiteral("iptables -t nat -I POSTROUTING -s %1 -p udp --sport 4500 -j SNAT "
                                  "--to-source %2:%3\n")
                       .arg(ip(m.local), ip(m.global))
                       .arg(m.port);
            cfg += QStringLiteral("iptables -t nat -I PREROUTING -d %1 -p udp --dport %2 -j DNAT "
                                  "--to-destination %3:4500\n")
                       .arg(ip(m.global))
                       .arg(m.port)
                       .arg(ip(m.local));
        }
        FieldValues rule{{Field::name, tr("Static NAT %1").arg(name)},
                         {Field::insideLocal, ip(m.local)},
                         {Field::insideGlobal, ip(m.global)},
                         {Field::overload, false}};
        if (m.port == 0) {
            rule.insert(Field::kind, QStringLiteral("static"));
        } else {
            rule.insert(Field::kind, QStringLiteral("static-pat"));
            rule.insert(Field::protocol, QStringLiteral("udp"));
            rule.insert(Field::localPort, 4500);
            rule.insert(Field::globalPort, int(m.port));
            rule.insert(Field::extendable, !separate);
        }
        fix.changes.create(ObjectKind::Rule, device, rule);
    }
    // Keep the appliances out of the dynamic PAT explicitly (static entries win
    // anyway in IOS and in the simulation, so the project's ACL stays as it is).
    if (ios) {
        QHash<QString, QStringList> denies;
        for (const Mapping &m : std::as_const(mappings)) {
            for (const QString &acl : aclsPermitting(device, m.local))
                denies[acl].append(ip(m.local));
        }
        for (auto it = denies.cbegin(); it != denies.cend(); ++it) {
            cfg += comment(fix.vendor, tr("Keep the appliances out of the dynamic PAT of access list %1")
                                           .arg(it.key()));
            cfg += QStringLiteral("ip access-list standard %1\n").arg(it.key());
            int seq = 1;
            for (const QString &a : it.value())
                cfg += QStringLiteral(" %1 deny host %2\n").arg(seq++).arg(a);
        }
        cfg += QStringLiteral("end\n");
        cfg += comment(fix.vendor, tr("Drop the dynamic translations that still hold the old ports "
                                      "(office sessions reconnect)"));
        cfg += QStringLiteral("clear ip nat translation *\n");
    } else if (forti || other) {
        // FortiGateFix and VendorFixSyntax end with the vendor's own session clearing.
    } else if (asa) {
        cfg += comment(fix.vendor, tr("Drop the translations that still hold the old ports"));
        for (const Mapping &m : std::as_const(mappings))
            cfg += QStringLiteral("clear xlate local %1\n").arg(ip(m.local));
    } else {
        cfg += comment(fix.vendor, tr("Drop the conntrack entries that still hold the old ports"));
        for (const Mapping &m : std::as_const(mappings))
            cfg += QStringLiteral("conntrack -D -p udp --orig-src %1 --orig-port-src 4500\n")
                       .arg(ip(m.local));
    }
    fix.config = cfg;

    if (separate) {
        fix.summary = tr("Static NAT per appliance: %1").arg(names.join(QStringLiteral(", ")));
        fix.note = tr("Each appliance gets its own inside global address (%1), so each keeps UDP 4500 "
                      "whichever is deployed first. VMware supports static NAT for the on-premises "
                      "appliances: what matters is that the cloud side receives on 4500. The "
                      "addresses must belong to you and be routed to %2.")
                       .arg(globals.join(QStringLiteral(", ")), deviceName);
    } else {
        fix.summary = tr("Static PAT on %1: %2").arg(ip(single), globals.join(QStringLiteral(", ")));
        fix.note = tr("Only one inside global address is available, and UDP 4500 on it can serve one "
                      "appliance. Appliances whose peers follow the port they see (policy "
                      "\"learned\") get another port; VMware states the on-premises source port need "
                      "not be 4500.");
        if (!unserved.isEmpty()) {
            fix.complete = false;
            fix.note += QLatin1Char(' ')
                        + tr("%1 also need source port 4500 (policy \"expects-4500\") and cannot share "
                             "the address: ask the ISP for one more global address per appliance.")
                              .arg(unserved.join(QStringLiteral(", ")));
        }
    }
    return fix;
}

Fix FixGenerator::withoutRandom(ObjectId device, const QList<ObjectId> &appliances) const
{
    Fix fix;
    fix.vendor = QStringLiteral("linux");
    const QString deviceName = m_project.displayName(device);
    const QStringList options = m_project.value(device, Field::options).toStringList();
    QStringList kept, dropped;
    for (const QString &o : options)
        (o == QLatin1String("random") || o == QLatin1String("random-fully") ? dropped : kept).append(o);
    QStringList ignored;
    const NatDeviceConfig config = NatDeviceConfig::fromProject(m_project, device, &ignored);

    QString cfg = comment(fix.vendor, tr("MeshNAT fix for %1: no port randomisation for the HCX "
                                         "appliances")
                                          .arg(deviceName));
    cfg += comment(fix.vendor, tr("SNAT without --random keeps source port 4500 whenever no other "
                                  "flow uses it toward the same peer"));
    QStringList names, conntrack;
    for (ObjectId app : appliances) {
        const quint32 local = address(m_project, app, Field::uplinkIp);
        QString to;
        for (const NatDeviceConfig::DynamicPat &d : config.dynamics) {
            const bool permitted = std::any_of(d.sources.cbegin(), d.sources.cend(),
                                               [&](const auto &prefix) { return prefix.contains(local); });
            if (permitted && !d.globals.isEmpty()) {
                to = d.globals.size() > 1 ? QStringLiteral("%1-%2").arg(ip(d.globals.first()), ip(d.globals.last()))
                                          : ip(d.globals.first());
                break;
            }
        }
        if (!local || to.isEmpty() || names.contains(m_project.displayName(app)))
            continue;
        names.append(m_project.displayName(app));
        cfg += QStringLiteral("iptables -t nat -I POSTROUTING -s %1 -p udp --sport 4500 -j SNAT "
                              "--to-source %2\n")
                   .arg(ip(local), to);
        conntrack.append(QStringLiteral("conntrack -D -p udp --orig-src %1 --orig-port-src 4500\n")
                             .arg(ip(local)));
    }
    cfg += comment(fix.vendor, tr("Or remove %1 from the MASQUERADE or SNAT rule itself")
                                   .arg(QStringLiteral("--") + dropped.join(QStringLiteral(", --"))));
    cfg += comment(fix.vendor, tr("Drop the conntrack entries that still hold the random ports"));
    cfg += conntrack.join(QString());
    fix.config = cfg;
    fix.changes.set(device, Field::options, kept);
    fix.summary = tr("SNAT without port randomisation for %1").arg(names.join(QStringLiteral(", ")));
    fix.note = tr("Netfilter then keeps UDP 4500 for each appliance whenever no other flow uses it "
                  "toward the same peer. The project's profile options apply to the whole device, so "
                  "the project change removes %1 from %2; on the router only the appliances' flows "
                  "change.")
                   .arg(dropped.join(QStringLiteral(", ")), deviceName);
    return fix;
}

Fix FixGenerator::staticPatOn4500(ObjectId device, ObjectId rule, ObjectId appliance) const
{
    Fix fix;
    fix.vendor = vendorOf(str(m_project, device, Field::profile));
    const QString name = m_project.displayName(appliance);
    const quint32 local = address(m_project, rule, Field::insideLocal);
    const quint32 global = address(m_project, rule, Field::insideGlobal);
    const int localPort = m_project.value(rule, Field::localPort).toInt();
    const int globalPort = m_project.value(rule, Field::globalPort).toInt();
    const QString protocol = str(m_project, rule, Field::protocol);
    const bool extendable = m_project.value(rule, Field::extendable).toBool();
    // 4500 on the same address, unless another static PAT rule holds it there.
    const auto holds4500 = [&](quint32 a) {
        for (ObjectId other : m_project.children(device)) {
            if (other != rule && NatRules::isSimulated(m_project, other)
                && str(m_project, other, Field::kind) == QLatin1String("static-pat")
                && address(m_project, other, Field::insideGlobal) == a
                && m_project.value(other, Field::globalPort).toInt() == 4500)
                return true;
        }
        return false;
    };
    quint32 target = global;
    if (holds4500(global)) {
        const QList<quint32> free = freeGlobals(device);
        target = free.isEmpty() ? 0 : free.first();
    }
    if (!target) {
        fix.complete = false;
        fix.summary = tr("No global address left for %1 on UDP 4500").arg(name);
        fix.note = tr("%1:4500 belongs to another static PAT rule and the outside subnet has no free "
                      "address: ask the ISP for one more global address for %2.")
                       .arg(ip(global), name);
        return fix;
    }
    QString cfg = comment(fix.vendor, tr("MeshNAT fix for %1: %2 keeps UDP 4500 on its explicit mapping")
                                          .arg(m_project.displayName(device), name));
    if (VendorFixSyntax::handles(fix.vendor)) {
        cfg += VendorFixSyntax::staticPatTo4500(fix.vendor, m_project, device,
                                                {name, local, global, quint16(globalPort)},
                                                localPort, target);
    } else if (fix.vendor == QLatin1String("cisco-ios")) {
        cfg += QStringLiteral("configure terminal\n");
        cfg += QStringLiteral("no ip nat inside source static %1 %2 %3 %4 %5%6\n")
                   .arg(protocol, ip(local))
                   .arg(localPort)
                   .arg(ip(global))
                   .arg(globalPort)
                   .arg(extendable ? QStringLiteral(" extendable") : QString());
        cfg += QStringLiteral("ip nat inside source static %1 %2 %3 %4 4500 extendable\nend\n")
                   .arg(protocol, ip(local))
                   .arg(localPort)
                   .arg(ip(target));
    } else if (fix.vendor == QLatin1String("fortigate")) {
        cfg += FortiGateFix::forward4500(m_project, device, appliance, local, localPort, target, protocol);
    } else if (fix.vendor == QLatin1String("cisco-asa")) {
        QString object = name;
        object.replace(QLatin1Char(' '), QLatin1Char('_'));
        cfg += QStringLiteral("object network %1\n host %2\n nat (%3,%4) static %5 service %6 %7 4500\n")
                   .arg(object, ip(local), asaNameif(device, "inside"), asaNameif(device, "outside"),
                        ip(target), protocol)
                   .arg(localPort);
    } else {
        cfg += QStringLiteral("iptables -t nat -D POSTROUTING -s %1 -p %2 --sport %3 -j SNAT --to-source %4:%5\n")
                   .arg(ip(local), protocol)
                   .arg(localPort)
                   .arg(ip(global))
                   .arg(globalPort);
        cfg += QStringLiteral("iptables -t nat -D PREROUTING -d %1 -p %2 --dport %3 -j DNAT --to-destination %4:%5\n")
                   .arg(ip(global), protocol)
                   .arg(globalPort)
                   .arg(ip(local))
                   .arg(localPort);
        cfg += QStringLiteral("iptables -t nat -I POSTROUTING -s %1 -p %2 --sport %3 -j SNAT --to-source %4:4500\n")
                   .arg(ip(local), protocol)
                   .arg(localPort)
                   .arg(ip(target));
        cfg += QStringLiteral("iptables -t nat -I PREROUTING -d %1 -p %2 --dport 4500 -j DNAT --to-destination %3:%4\n")
                   .arg(ip(target), protocol, ip(local))
                   .arg(localPort);
    }
    fix.config = cfg;
    if (target != global)
        fix.changes.set(rule, Field::insideGlobal, ip(target));
    fix.changes.set(rule, Field::globalPort, 4500);
    fix.summary = tr("Static PAT of %1 on %2:4500").arg(name, ip(target));
    fix.note = tr("The peer expects source port 4500, so the appliance's explicit mapping must use "
                  "4500 on its global address.");
    if (target != global)
        fix.note += QLatin1Char(' ')
                    + tr("%1:4500 belongs to another static PAT rule, so the mapping moves to %2, "
                         "which must be routed to %3 (check with the ISP first).")
                          .arg(ip(global), ip(target), m_project.displayName(device));
    return fix;
}

Fix FixGenerator::unsolicitedInbound(ObjectId device,
                                     const QList<QPair<Endpoint, Endpoint>> &entries) const
{
    Fix fix;
    fix.vendor = QStringLiteral("linux");
    const ObjectId outside = outsideInterface(device);
    QString cfg = comment(fix.vendor, tr("MeshNAT fix for %1: unsolicited packets to UDP 4500 leave no "
                                         "conntrack entry on the router")
                                          .arg(m_project.displayName(device)));
    cfg += QStringLiteral("iptables -I INPUT%1 -p udp --dport 4500 -m conntrack --ctstate NEW -j DROP\n")
               .arg(outside ? QStringLiteral(" -i ") + m_project.displayName(outside) : QString());
    cfg += comment(fix.vendor, tr("Drop the entries that already hold the port"));
    QStringList done;
    for (const auto &[sender, global] : entries) {
        const QString line = QStringLiteral("conntrack -D -p udp --orig-src %1 --orig-dst %2 "
                                            "--orig-port-dst %3\n")
                                 .arg(ip(sender.ip), ip(global.ip))
                                 .arg(global.port);
        if (!done.contains(line))
            done.append(line);
    }
    cfg += done.join(QString());
    fix.config = cfg;
    fix.summary = tr("Drop unsolicited UDP 4500 at %1").arg(m_project.displayName(device));
    fix.note = tr("The peers' early packets are then dropped before conntrack confirms them, so they "
                  "hold nothing and each appliance keeps UDP 4500 when it starts. An explicit mapping "
                  "per appliance (static NAT) works too: the peers' first packets then reach the "
                  "appliance instead of the router.");
    fix.changes.set(device, Field::dropUnsolicitedInbound, true);
    return fix;
}

Fix FixGenerator::raiseUdpTimeout(ObjectId device, int seconds) const
{
    Fix fix;
    fix.vendor = vendorOf(str(m_project, device, Field::profile));
    fix.summary = tr("UDP translation timeout %1 s").arg(seconds);
    fix.note = tr("A translation must outlive the gap between keepalives; otherwise it expires under "
                  "a live tunnel and the next packet may get another port.");
    QString cfg = comment(fix.vendor, tr("MeshNAT fix for %1: keep idle UDP translations for %2 s")
                                          .arg(m_project.displayName(device))
                                          .arg(seconds));
    int effective = seconds;
    if (fix.vendor == QLatin1String("fortigate")) {
        cfg += FortiGateFix::udpIdleTimer(seconds);
    } else if (VendorFixSyntax::handles(fix.vendor)) {
        cfg += VendorFixSyntax::udpTimeout(fix.vendor, m_project, device, seconds);
    } else if (fix.vendor == QLatin1String("cisco-ios")) {
        cfg += QStringLiteral("configure terminal\nip nat translation udp-timeout %1\nend\n").arg(seconds);
    } else if (fix.vendor == QLatin1String("cisco-asa")) {
        // A UDP PAT xlate outlives its idle connection (timeout udp, at least
        // 1 min) by timeout pat-xlate (default 30 s): both are written, the
        // pat-xlate at its default, so their sum is the lifetime asked for
        // (docs/profiles.md, cisco-asa). Below 90 s the ASA cannot go.
        const int patXlate = AsaPatXlateDefault;
        const int udp = qMax(60, seconds - patXlate);
        effective = udp + patXlate;
        cfg += comment(fix.vendor, tr("A PAT translation lives for the idle connection (timeout udp) plus "
                                      "timeout pat-xlate: %1 s + %2 s")
                                       .arg(udp)
                                       .arg(patXlate));
        cfg += QStringLiteral("timeout udp %1\ntimeout pat-xlate %2\n").arg(asaTime(udp), asaTime(patXlate));
    } else {
        cfg += QStringLiteral("sysctl -w net.netfilter.nf_conntrack_udp_timeout=%1\n"
                              "sysctl -w net.netfilter.nf_conntrack_udp_timeout_stream=%1\n")
                   .arg(seconds);
    }
    fix.config = cfg;
    fix.changes.set(device, Field::udpTimeout, effective);
    return fix;
}

Fix FixGenerator::unblock(ObjectId device, const QStringList &entries,
                          const QList<ObjectId> &appliances) const
{
    Fix fix;
    fix.vendor = vendorOf(str(m_project, device, Field::profile));
    fix.summary = tr("Allow %1 through %2").arg(entries.join(QStringLiteral(", ")),
                                               m_project.displayName(device));
    fix.note = tr("Put these entries before the entry that blocks the port in the filter of the "
                  "outside interface.");
    QString cfg = comment(fix.vendor, tr("MeshNAT fix for %1: let the HCX flows through")
                                          .arg(m_project.displayName(device)));
    const Catalogue &catalogue = Catalogue::builtIn();
    if (fix.vendor == QLatin1String("cisco-ios"))
        cfg += QStringLiteral("configure terminal\nip access-list extended MESHNAT-HCX\n");
    for (ObjectId app : appliances) {
        const QString local = str(m_project, app, Field::uplinkIp);
        const ObjectId peer = m_project.value(app, Field::peer).toUInt();
        const QString remote = peer && m_project.contains(peer) ? str(m_project, peer, Field::uplinkIp)
                                                                : QString();
        for (const Catalogue::Flow &f : catalogue.flowsFor(str(m_project, app, Field::type))) {
            const QString entry = QStringLiteral("%1/%2").arg(f.protocol).arg(f.port);
            if (f.from != str(m_project, app, Field::type) || !entries.contains(entry))
                continue;
            const bool toPeer = f.to != QLatin1String("cloud-services") && !remote.isEmpty();
            if (fix.vendor == QLatin1String("fortigate")) {
                cfg += FortiGateFix::allowFlow(m_project, device, app, toPeer ? remote : QString(),
                                               f.protocol, f.port);
            } else if (VendorFixSyntax::handles(fix.vendor)) {
                cfg += VendorFixSyntax::allowFlow(fix.vendor, f.protocol, local,
                                                  toPeer ? remote : QString(), f.port);
            } else if (fix.vendor == QLatin1String("cisco-ios")) {
                cfg += QStringLiteral(" permit %1 host %2 %3 eq %4\n")
                           .arg(f.protocol, local,
                                toPeer ? QStringLiteral("host %1").arg(remote) : QStringLiteral("any"))
                           .arg(f.port);
            } else if (fix.vendor == QLatin1String("cisco-asa")) {
                cfg += QStringLiteral("access-list MESHNAT-HCX extended permit %1 host %2 %3 eq %4\n")
                           .arg(f.protocol, local,
                                toPeer ? QStringLiteral("host %1").arg(remote) : QStringLiteral("any"))
                           .arg(f.port);
            } else {
                cfg += QStringLiteral("iptables -I FORWARD -s %1%2 -p %3 --dport %4 -j ACCEPT\n")
                           .arg(local, toPeer ? QStringLiteral(" -d %1").arg(remote) : QString(),
                                f.protocol)
                           .arg(f.port);
                cfg += QStringLiteral("iptables -I FORWARD -d %1%2 -p %3 --sport %4 -j ACCEPT\n")
                           .arg(local, toPeer ? QStringLiteral(" -s %1").arg(remote) : QString(),
                                f.protocol)
                           .arg(f.port);
            }
        }
    }
    if (fix.vendor == QLatin1String("cisco-ios"))
        cfg += QStringLiteral("end\n");
    fix.config = cfg;
    QStringList remaining;
    for (const QString &e : m_project.value(device, Field::blockedPorts).toStringList()) {
        if (!entries.contains(portEntry(e)))
            remaining.append(e);
    }
    fix.changes.set(device, Field::blockedPorts, remaining);
    return fix;
}

QString FixGenerator::asaTime(int seconds)
{
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString FixGenerator::asaRemoveStatic(ObjectId device, ObjectId rule, bool pat) const
{
    // ASA 8.3+ keeps a static mapping as object NAT, under the network object
    // of its real address, and removes it there ("no nat …" with the rule's own
    // words); twice NAT is a top-level "nat … source static REAL MAPPED" of
    // object names. The project keeps neither the object's name nor which form
    // the rule is: the rule's name is taken as the object's, else ASA's
    // "obj-<address>" naming (assumed), and the twice NAT form is given as a
    // comment for the engineer to fill in from `show running-config nat`.
    const QString local = str(m_project, rule, Field::insideLocal);
    const QString global = str(m_project, rule, Field::insideGlobal);
    const QString ifs = QStringLiteral("(%1,%2)").arg(asaNameif(device, "inside"), asaNameif(device, "outside"));
    const QString service = pat ? QStringLiteral(" service %1 %2 %3")
                                      .arg(str(m_project, rule, Field::protocol))
                                      .arg(m_project.value(rule, Field::localPort).toInt())
                                      .arg(m_project.value(rule, Field::globalPort).toInt())
                                : QString();
    const QString name = m_project.name(rule);
    const QString object = name.isEmpty() ? QStringLiteral("obj-%1").arg(local) : VendorFixSyntax::configName(name);
    QString cfg = comment(QStringLiteral("cisco-asa"),
                          name.isEmpty()
                              ? tr("Remove the mapping %1 -> %2: object NAT under its network object, "
                                   "assumed to be named %3 (`show running-config nat` names it)")
                                    .arg(global, local, object)
                              : tr("Remove the mapping %1 -> %2: object NAT under its network object %3")
                                    .arg(global, local, object));
    cfg += QStringLiteral("object network %1\n no nat %2 static %3%4\n").arg(object, ifs, global, service);
    cfg += comment(QStringLiteral("cisco-asa"),
                   tr("If it is twice NAT instead, remove it with its object names: no nat %1 source static "
                      "REAL-OBJECT MAPPED-OBJECT%2")
                       .arg(ifs, pat ? QStringLiteral(" service REAL-SERVICE MAPPED-SERVICE") : QString()));
    return cfg;
}

Fix FixGenerator::removeCloudNat(ObjectId device, const QList<ObjectId> &rules,
                                 const QHash<ObjectId, QString> &publicAddress) const
{
    Fix fix;
    fix.vendor = vendorOf(str(m_project, device, Field::profile));
    fix.summary = tr("No NAT in front of the cloud appliances");
    fix.note = tr("HCX does not support DNAT in front of the cloud-side appliances: give them public "
                  "uplink addresses in their Network Profile and remove the translation.");
    QString cfg = comment(fix.vendor, tr("MeshNAT fix for %1: remove the NAT in front of the HCX "
                                         "cloud appliances")
                                          .arg(m_project.displayName(device)));
    if (fix.vendor == QLatin1String("cisco-ios"))
        cfg += QStringLiteral("configure terminal\n");
    for (ObjectId rule : rules) {
        const QString local = str(m_project, rule, Field::insideLocal);
        const QString global = str(m_project, rule, Field::insideGlobal);
        const bool pat = str(m_project, rule, Field::kind) == QLatin1String("static-pat");
        const QString proto = str(m_project, rule, Field::protocol);
        const int lp = m_project.value(rule, Field::localPort).toInt();
        const int gp = m_project.value(rule, Field::globalPort).toInt();
        if (VendorFixSyntax::handles(fix.vendor)) {
            cfg += comment(fix.vendor, tr("Remove the mapping %1 -> %2 (its static NAT rule or entry)")
                                           .arg(global, local));
        } else if (fix.vendor == QLatin1String("cisco-ios")) {
            cfg += pat ? QStringLiteral("no ip nat inside source static %1 %2 %3 %4 %5\n")
                             .arg(proto, local)
                             .arg(lp)
                             .arg(global)
                             .arg(gp)
                       : QStringLiteral("no ip nat inside source static %1 %2\n").arg(local, global);
        } else if (fix.vendor == QLatin1String("fortigate")) {
            cfg += FortiGateFix::deleteVip(global, local);
        } else if (fix.vendor == QLatin1String("cisco-asa")) {
            cfg += asaRemoveStatic(device, rule, pat);
        } else {
            cfg += pat ? QStringLiteral("iptables -t nat -D PREROUTING -d %1 -p %2 --dport %3 -j DNAT "
                                        "--to-destination %4:%5\n")
                             .arg(global, proto)
                             .arg(gp)
                             .arg(local)
                             .arg(lp)
                       : QStringLiteral("iptables -t nat -D PREROUTING -d %1 -j DNAT "
                                        "--to-destination %2\n")
                             .arg(global, local);
        }
        fix.changes.remove(rule);
    }
    if (fix.vendor == QLatin1String("cisco-ios"))
        cfg += QStringLiteral("end\n");
    for (auto it = publicAddress.cbegin(); it != publicAddress.cend(); ++it) {
        cfg += comment(fix.vendor, tr("HCX Network Profile of %1: uplink address %2")
                                       .arg(m_project.displayName(it.key()), it.value()));
        fix.changes.set(it.key(), Field::uplinkIp, it.value());
    }
    fix.config = cfg;
    return fix;
}

Fix FixGenerator::lowerUplinkMtu(const QList<ObjectId> &appliances, int mtu, int overhead) const
{
    Fix fix;
    fix.vendor = QStringLiteral("hcx");
    fix.summary = tr("Uplink MTU %1").arg(mtu);
    fix.note = tr("Encrypted packets must fit the path: with an uplink MTU of %1 the largest "
                  "packet the tunnel carries unfragmented is %2 bytes (%3 bytes of encryption "
                  "overhead).")
                   .arg(mtu)
                   .arg(mtu - overhead)
                   .arg(overhead);
    QString cfg;
    for (ObjectId app : appliances) {
        cfg += comment(fix.vendor, tr("HCX Manager > Interconnect > Network Profiles > uplink profile "
                                      "of %1: MTU %2")
                                       .arg(m_project.displayName(app))
                                       .arg(mtu));
        fix.changes.set(app, Field::uplinkMtu, mtu);
    }
    fix.config = cfg;
    return fix;
}
