#include "NatDeviceConfig.h"

#include "NatRules.h"
#include "Project.h"

namespace {
QString str(const Project &p, ObjectId id, FieldKey key)
{
    return p.text(id, key);
}
} // namespace

NatDeviceConfig NatDeviceConfig::fromProject(const Project &project, ObjectId id,
                                             QStringList *warnings)
{
    NatDeviceConfig c;
    c.id = id;
    c.name = project.name(id);
    c.profile = str(project, id, Field::profile);
    c.options = project.value(id, Field::options).toStringList();
    c.timeouts.udp = project.value(id, Field::udpTimeout).toDouble();
    c.timeouts.tcp = project.value(id, Field::tcpTimeout).toDouble();
    c.timeouts.icmp = project.value(id, Field::icmpTimeout).toDouble();
    c.timeouts.udpUnreplied = project.value(id, Field::conntrackUdpTimeout).toDouble();
    c.timeouts.udpStream = project.value(id, Field::conntrackUdpStreamTimeout).toDouble();
    c.dropUnsolicitedInbound = project.value(id, Field::dropUnsolicitedInbound).toBool();

    QHash<QString, quint32> interfaceAddress;
    QHash<QString, QList<Prefix>> acls;
    QHash<QString, QList<quint32>> pools;
    for (ObjectId child : project.children(id)) {
        switch (project.kind(child)) {
        case ObjectKind::Interface: {
            quint32 a = 0;
            if (!Ipv4::parse(str(project, child, Field::address), &a))
                break;
            interfaceAddress.insert(project.name(child), a);
            const int len = project.value(child, Field::prefixLength).toInt();
            if (str(project, child, Field::role) == QLatin1String("inside"))
                c.insideNetworks.append({a & Ipv4::mask(len), len});
            break;
        }
        case ObjectKind::AccessList: {
            QList<Prefix> prefixes;
            for (const QString &entry : project.value(child, Field::permit).toStringList()) {
                Prefix p;
                if (Ipv4::parseCidr(entry, &p.network, &p.length))
                    prefixes.append(p);
            }
            acls.insert(project.name(child), prefixes);
            break;
        }
        case ObjectKind::Pool: {
            quint32 first = 0, last = 0;
            if (Ipv4::parse(str(project, child, Field::start), &first)
                && Ipv4::parse(str(project, child, Field::end), &last)) {
                QList<quint32> addresses;
                for (quint64 a = first; a <= last && addresses.size() < 65536; ++a)
                    addresses.append(quint32(a));
                pools.insert(project.name(child), addresses);
            }
            break;
        }
        default:
            break;
        }
    }

    Protocol protocol = Protocol::Udp;
    for (ObjectId rule : project.children(id)) {
        // Outside source rules are shown, not simulated (NatRules).
        if (project.kind(rule) != ObjectKind::Rule || !NatRules::isSimulated(project, rule))
            continue;
        const QString kind = str(project, rule, Field::kind);
        const QString ruleName = project.displayName(rule);
        quint32 local = 0, global = 0;
        const bool haveLocal = Ipv4::parse(str(project, rule, Field::insideLocal), &local);
        const bool haveGlobal = Ipv4::parse(str(project, rule, Field::insideGlobal), &global);
        if (kind == QLatin1String("static") || kind == QLatin1String("static-pat")) {
            if (!haveLocal || !haveGlobal) {
                warnings->append(tr("%1: rule \"%2\" needs inside local and global addresses; skipped")
                                     .arg(c.name, ruleName));
                continue;
            }
            if (kind == QLatin1String("static")) {
                c.statics.append({rule, local, global});
            } else {
                enumFromKey(str(project, rule, Field::protocol), ModelEnums::protocolKeys(), &protocol);
                c.staticPats.append(
                    {rule, protocol,
                     {local, quint16(project.value(rule, Field::localPort).toUInt())},
                     {global, quint16(project.value(rule, Field::globalPort).toUInt())}});
            }
            continue;
        }
        DynamicPat d;
        d.rule = rule;
        d.overload = project.value(rule, Field::overload).toBool();
        const QString acl = str(project, rule, Field::accessList);
        if (!acls.contains(acl)) {
            warnings->append(tr("%1: rule \"%2\" names access list \"%3\", which does not exist; skipped")
                                 .arg(c.name, ruleName, acl));
            continue;
        }
        d.sources = acls.value(acl);
        const QString pool = str(project, rule, Field::pool);
        const QString iface = str(project, rule, Field::interface);
        if (!pool.isEmpty()) {
            if (!pools.contains(pool)) {
                warnings->append(tr("%1: rule \"%2\" names pool \"%3\", which does not exist; skipped")
                                     .arg(c.name, ruleName, pool));
                continue;
            }
            d.globals = pools.value(pool);
        } else if (interfaceAddress.contains(iface)) {
            d.globals = {interfaceAddress.value(iface)};
        } else {
            warnings->append(tr("%1: rule \"%2\" names interface \"%3\", which does not exist; skipped")
                                 .arg(c.name, ruleName, iface));
            continue;
        }
        c.dynamics.append(d);
    }
    return c;
}

bool NatDeviceConfig::isInside(quint32 address) const
{
    for (const Prefix &p : insideNetworks) {
        if (p.contains(address))
            return true;
    }
    return false;
}

bool NatDeviceConfig::ownsGlobal(quint32 address) const
{
    for (const StaticNat &s : statics) {
        if (s.global == address)
            return true;
    }
    for (const StaticPat &s : staticPats) {
        if (s.global.ip == address)
            return true;
    }
    for (const DynamicPat &d : dynamics) {
        if (d.globals.contains(address))
            return true;
    }
    return false;
}
