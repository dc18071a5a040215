#include "VendorFixSyntax.h"

#include "Ipv4.h"
#include "Project.h"

namespace {
QString ip(quint32 a)
{
    return Ipv4::toString(a);
}
} // namespace

bool VendorFixSyntax::handles(const QString &vendor)
{
    return vendor == QLatin1String("juniper-srx") || vendor == QLatin1String("yamaha-rtx");
}

QString VendorFixSyntax::configName(const QString &name)
{
    QString out;
    for (const QChar c : name)
        out += c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') ? c : QLatin1Char('-');
    return out.isEmpty() ? QStringLiteral("HCX") : out;
}

QString VendorFixSyntax::interfaceOf(const Project &project, ObjectId device, const char *role)
{
    for (ObjectId child : project.children(device)) {
        if (project.kind(child) == ObjectKind::Interface
            && project.text(child, Field::role) == QLatin1String(role))
            return project.name(child);
    }
    return QString();
}

int VendorFixSyntax::rtxDescriptor(const Project &project, ObjectId device)
{
    for (ObjectId child : project.children(device)) {
        const QString name = project.name(child);
        if (project.kind(child) == ObjectKind::AccessList
            && name.startsWith(QLatin1String("nat-descriptor-"))) {
            bool ok = false;
            const int n = name.mid(15).toInt(&ok);
            if (ok && n > 0)
                return n;
        }
    }
    return 1;
}

QString VendorFixSyntax::staticMappings(const QString &vendor, const Project &project,
                                        ObjectId device, const QList<Mapping> &mappings)
{
    QString cfg;
    if (vendor == QLatin1String("juniper-srx")) {
        const QString outside = interfaceOf(project, device, "outside");
        const QString inside = interfaceOf(project, device, "inside");
        for (const Mapping &m : mappings) {
            const QString rule = configName(m.name);
            if (m.port == 0 || m.port != 4500) {
                // Static NAT translates both ways: the appliance's own packets leave
                // from the global address (with mapped-port: from that port).
                cfg += QStringLiteral("set security nat static rule-set MESHNAT-HCX from interface %1\n")
                           .arg(outside);
                cfg += QStringLiteral("set security nat static rule-set MESHNAT-HCX rule %1 match "
                                      "destination-address %2/32\n")
                           .arg(rule, ip(m.global));
                if (m.port == 0) {
                    cfg += QStringLiteral("set security nat static rule-set MESHNAT-HCX rule %1 then "
                                          "static-nat prefix %2/32\n")
                               .arg(rule, ip(m.local));
                    cfg += QStringLiteral("set security nat proxy-arp interface %1 address %2/32\n")
                               .arg(outside, ip(m.global));
                } else {
                    cfg += QStringLiteral("set security nat static rule-set MESHNAT-HCX rule %1 match "
                                          "destination-port %2\n")
                               .arg(rule)
                               .arg(m.port);
                    cfg += QStringLiteral("set security nat static rule-set MESHNAT-HCX rule %1 then "
                                          "static-nat prefix %2/32 mapped-port 4500\n")
                               .arg(rule, ip(m.local));
                }
                continue;
            }
            // UDP 4500 on the shared address: a pool without port translation
            // for this appliance alone ("port no-translation" keeps its port).
            const QString pool = QStringLiteral("MESHNAT-%1").arg(rule);
            cfg += QStringLiteral("set security nat source pool %1 address %2/32\n").arg(pool, ip(m.global));
            cfg += QStringLiteral("set security nat source pool %1 port no-translation\n").arg(pool);
            cfg += QStringLiteral("set security nat source rule-set MESHNAT-HCX-OUT from interface %1\n")
                       .arg(inside);
            cfg += QStringLiteral("set security nat source rule-set MESHNAT-HCX-OUT to interface %1\n")
                       .arg(outside);
            cfg += QStringLiteral("set security nat source rule-set MESHNAT-HCX-OUT rule %1 match "
                                  "source-address %2/32\n")
                       .arg(rule, ip(m.local));
            cfg += QStringLiteral("set security nat source rule-set MESHNAT-HCX-OUT rule %1 then "
                                  "source-nat pool %2\n")
                       .arg(rule, pool);
        }
        cfg += QStringLiteral("commit\n");
        cfg += QStringLiteral("run clear security flow session destination-port 4500\n");
        return cfg;
    }
    // YAMAHA RTX: static NAT entries need a descriptor of type nat-masquerade;
    // 静的IPマスカレード entries serve one address.
    const int n = rtxDescriptor(project, device);
    bool typeWritten = false;
    int id = 901;
    for (const Mapping &m : mappings) {
        if (m.port == 0) {
            if (!typeWritten) {
                cfg += QStringLiteral("nat descriptor type %1 nat-masquerade\n").arg(n);
                typeWritten = true;
            }
            cfg += QStringLiteral("nat descriptor static %1 %2 %3=%4 1\n")
                       .arg(n)
                       .arg(id++)
                       .arg(ip(m.global), ip(m.local));
        } else {
            cfg += m.port == 4500
                       ? QStringLiteral("nat descriptor masquerade static %1 %2 %3 udp 4500\n")
                             .arg(n)
                             .arg(id++)
                             .arg(ip(m.local))
                       : QStringLiteral("nat descriptor masquerade static %1 %2 %3 udp %4=4500\n")
                             .arg(n)
                             .arg(id++)
                             .arg(ip(m.local))
                             .arg(m.port);
        }
    }
    cfg += QStringLiteral("save\n");
    return cfg;
}

QString VendorFixSyntax::udpTimeout(const QString &vendor, const Project &project, ObjectId device,
                                    int seconds)
{
    if (vendor == QLatin1String("juniper-srx")) {
        Q_UNUSED(project)
        Q_UNUSED(device)
        return QStringLiteral("set applications application MESHNAT-NAT-T protocol udp\n"
                              "set applications application MESHNAT-NAT-T destination-port 4500\n"
                              "set applications application MESHNAT-NAT-T inactivity-timeout %1\n"
                              "commit\n")
            .arg(seconds);
    }
    return QStringLiteral("nat descriptor timer %1 protocol=udp %2\nsave\n")
        .arg(rtxDescriptor(project, device))
        .arg(seconds);
}

QString VendorFixSyntax::staticPatTo4500(const QString &vendor, const Project &project,
                                         ObjectId device, const Mapping &from, int localPort,
                                         quint32 target)
{
    if (vendor == QLatin1String("juniper-srx")) {
        const QString outside = interfaceOf(project, device, "outside");
        const QString rule = configName(from.name);
        return QStringLiteral("set security nat static rule-set MESHNAT-HCX from interface %1\n"
                              "set security nat static rule-set MESHNAT-HCX rule %2 match "
                              "destination-address %3/32\n"
                              "set security nat static rule-set MESHNAT-HCX rule %2 match "
                              "destination-port 4500\n"
                              "set security nat static rule-set MESHNAT-HCX rule %2 then static-nat "
                              "prefix %4/32 mapped-port %5\n"
                              "commit\n")
            .arg(outside, rule, ip(target), ip(from.local))
            .arg(localPort);
    }
    const int n = rtxDescriptor(project, device);
    return QStringLiteral("nat descriptor masquerade static %1 901 %2 udp 4500=%3\nsave\n")
        .arg(n)
        .arg(ip(from.local))
        .arg(localPort);
}

QString VendorFixSyntax::allowFlow(const QString &vendor, const QString &protocol,
                                   const QString &local, const QString &remote, int port)
{
    const QString app = QStringLiteral("MESHNAT-%1-%2").arg(protocol.toUpper()).arg(port);
    if (vendor == QLatin1String("juniper-srx")) {
        // Zones as in a default SRX configuration (trust inside, untrust outside).
        QString out = QStringLiteral("set applications application %1 protocol %2\n"
                                     "set applications application %1 destination-port %3\n")
                          .arg(app, protocol)
                          .arg(port);
        const QString policy = QStringLiteral("set security policies from-zone trust to-zone untrust "
                                              "policy %1 ")
                                   .arg(app);
        out += policy + QStringLiteral("match source-address any\n");
        out += policy + QStringLiteral("match destination-address any\n");
        out += policy + QStringLiteral("match application %1\n").arg(app);
        out += policy + QStringLiteral("then permit\n");
        return out;
    }
    // RTX: a pass filter each way; its number goes first in the outside
    // interface's "ip lanN secure filter in/out" lists.
    const QString peer = remote.isEmpty() ? QStringLiteral("*") : remote;
    return QStringLiteral("ip filter %1 pass %2 %3 %4 * %1\nip filter %5 pass %3 %2 %4 %1 *\n")
        .arg(port)
        .arg(local, peer, protocol)
        .arg(port + 100000);
}
