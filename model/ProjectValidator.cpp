#include "ProjectValidator.h"

#include "Catalogue.h"
#include "MeshRules.h"
#include "NatRules.h"
#include "ModelEnums.h"
#include "Ipv4.h"
#include "Project.h"
#include "ProjectSchema.h"

#include <QHash>
#include <QSet>
#include <QMap>

namespace {

const FieldKey kName = Field::name;

// Collects issues; one small helper per severity keeps the checks readable.
class Checker
{
public:
    explicit Checker(const Project &project) : p(project) {}

    void error(ObjectId id, FieldKey field, const QString &message)
    {
        m_issues.append({ValidationIssue::Error, id, field, message});
    }
    void warning(ObjectId id, FieldKey field, const QString &message)
    {
        m_issues.append({ValidationIssue::Warning, id, field, message});
    }
    void info(ObjectId id, FieldKey field, const QString &message)
    {
        m_issues.append({ValidationIssue::Info, id, field, message});
    }
    QString text(ObjectId id, FieldKey key) const { return p.text(id, key); }
    QString name(ObjectId id) const { return p.displayName(id); }
    QList<ObjectId> childrenOfKind(ObjectId parent, ObjectKind kind) const
    {
        QList<ObjectId> result;
        for (ObjectId child : p.children(parent)) {
            if (p.kind(child) == kind)
                result.append(child);
        }
        return result;
    }
    QList<ValidationIssue> issues() const { return m_issues; }

    void duplicateAddresses();
    void appliancePeers();
    void options(ObjectId device);
    void profileTimers(ObjectId device);
    void devices();
    void rules(ObjectId device);
    void pools(ObjectId device);
    void accessLists(ObjectId device);
    void background(ObjectId device);
    void applianceSubnets();
    void applianceTunnels();
    void scenario();
    void meshes();
    void links();
    void siblingNames();

    const Project &p;

private:
    QList<ValidationIssue> m_issues;
};

// The schema default of a device field (for "set but has no effect" checks).
int deviceDefault(FieldKey key)
{
    const PropertyDef *def = ProjectSchema::field(ObjectKind::Device, key);
    return def ? def->defaultValue.toInt() : 0;
}

// The valid additional uplink addresses of an appliance (Field::extraUplinkIps).
QStringList extraUplinks(const Project &p, ObjectId appliance)
{
    QStringList result;
    for (const QString &entry : p.value(appliance, Field::extraUplinkIps).toStringList()) {
        if (Ipv4::isValid(entry.trimmed()))
            result.append(entry.trimmed());
    }
    return result;
}

// An address in [network/prefix] of an interface.
struct Subnet
{
    ObjectId interface = NoId;
    quint32 address = 0;
    int prefix = 0;
    bool contains(quint32 a) const { return Ipv4::sameSubnet(address, a, prefix); }
};

QList<Subnet> interfaceSubnets(const Checker &c, ObjectId device, const QString &role)
{
    QList<Subnet> result;
    for (ObjectId itf : c.childrenOfKind(device, ObjectKind::Interface)) {
        quint32 a = 0;
        if (c.text(itf, Field::role) == role && Ipv4::parse(c.text(itf, Field::address), &a))
            result.append({itf, a, c.p.value(itf, Field::prefixLength).toInt()});
    }
    return result;
}

void Checker::duplicateAddresses()
{
    for (ObjectId site : p.objects(ObjectKind::Site)) {
        struct Use
        {
            ObjectId id;
            FieldKey field;
        };
        QMap<QString, QList<Use>> uses; // QMap: deterministic order of messages
        for (ObjectId appliance : childrenOfKind(site, ObjectKind::Appliance)) {
            QList<QPair<FieldKey, QString>> addresses{
                {Field::uplinkIp, text(appliance, Field::uplinkIp)},
                {Field::managementIp, text(appliance, Field::managementIp)}};
            for (const QString &ip : extraUplinks(p, appliance))
                addresses.append({Field::extraUplinkIps, ip});
            for (const auto &[key, ip] : std::as_const(addresses)) {
                if (ip.isEmpty())
                    continue;
                // An appliance whose uplink and management share one address uses one vNIC.
                bool sameObject = false;
                for (const Use &u : uses.value(ip))
                    sameObject |= u.id == appliance;
                if (!sameObject)
                    uses[ip].append({appliance, key});
            }
        }
        for (ObjectId device : childrenOfKind(site, ObjectKind::Device)) {
            for (ObjectId itf : childrenOfKind(device, ObjectKind::Interface)) {
                const QString ip = text(itf, Field::address);
                if (!ip.isEmpty())
                    uses[ip].append({itf, Field::address});
            }
        }
        for (auto it = uses.cbegin(); it != uses.cend(); ++it) {
            const QList<Use> &list = it.value();
            for (int i = 1; i < list.size(); ++i)
                error(list.at(i).id, list.at(i).field,
                      ProjectValidator::tr("address %1 is also used by %2 in site %3")
                          .arg(it.key(), name(list.first().id), name(site)));
        }
    }
}

void Checker::appliancePeers()
{
    const FieldKey peerKey = Field::peer;
    for (ObjectId a : p.objects(ObjectKind::Appliance)) {
        const QString type = text(a, Field::type);
        const ObjectId peer = p.value(a, peerKey).toUInt();
        if (!MeshRules::isPaired(type)) {
            if (peer != NoId)
                warning(a, peerKey,
                        ProjectValidator::tr("an HCX Manager is paired with the other site by "
                                             "Site Pairing, not by a peer appliance; the peer "
                                             "%1 is ignored")
                            .arg(name(peer)));
            continue;
        }
        if (peer == NoId) {
            error(a, peerKey,
                  ProjectValidator::tr("a %1 appliance needs a peer appliance at the other site "
                                       "of its Service Mesh")
                      .arg(type));
            continue;
        }
        if (p.kind(peer) != ObjectKind::Appliance) {
            error(a, peerKey, ProjectValidator::tr("the peer #%1 does not exist").arg(peer));
            continue;
        }
        const ObjectId back = p.value(peer, peerKey).toUInt();
        if (back != a)
            error(a, peerKey,
                  back == NoId
                      ? ProjectValidator::tr("the peer %1 has no peer; it must point back to %2")
                            .arg(name(peer), name(a))
                      : ProjectValidator::tr("the peer %1 points to %2 instead of back to %3")
                            .arg(name(peer), name(back), name(a)));
        // The same verdict the canvas gives when the pair is drawn (MeshRules).
        ObjectId source = a;
        ObjectId target = peer;
        const QString problem = MeshRules::pairingProblem(p, &source, &target);
        if (!problem.isEmpty())
            error(a, peerKey,
                  ProjectValidator::tr("%1 and %2 cannot be a pair: %3")
                      .arg(name(a), name(peer), problem));
    }
}

void Checker::devices()
{
    for (ObjectId device : p.objects(ObjectKind::Device)) {
        // Interfaces matter to the rules the simulation uses (NatRules).
        bool simulatedRules = false;
        for (ObjectId rule : childrenOfKind(device, ObjectKind::Rule))
            simulatedRules |= NatRules::isSimulated(p, rule);
        if (simulatedRules) {
            bool inside = false;
            bool outside = false;
            for (ObjectId itf : childrenOfKind(device, ObjectKind::Interface)) {
                inside |= text(itf, Field::role) == QLatin1String("inside");
                outside |= text(itf, Field::role) == QLatin1String("outside");
            }
            if (!inside)
                error(device, FieldKey(),
                      ProjectValidator::tr("the device has NAT rules but no NAT inside "
                                           "interface, so nothing is translated"));
            if (!outside)
                error(device, FieldKey(),
                      ProjectValidator::tr("the device has NAT rules but no NAT outside "
                                           "interface, so nothing is translated"));
        }
        options(device);
        profileTimers(device);
        rules(device);
        pools(device);
        accessLists(device);
        background(device);
    }
}

void Checker::options(ObjectId device)
{
    const QString profile = text(device, Field::profile);
    const QStringList allowed = ModelEnums::profileOptionKeys(profile);
    for (const QString &option : p.value(device, Field::options).toStringList()) {
        if (ModelEnums::isProfileOption(profile, option))
            continue;
        error(device, Field::options,
              allowed.isEmpty()
                  ? ProjectValidator::tr("option \"%1\" does not exist for the %2 profile, "
                                         "which has no options")
                        .arg(option, ModelEnums::displayName(profile))
                  : ProjectValidator::tr("option \"%1\" does not exist for the %2 profile "
                                         "(allowed: %3)")
                        .arg(option, ModelEnums::displayName(profile),
                             allowed.join(QStringLiteral(", "))));
    }
    // RFC 4787 REQ-5: a UDP mapping timer must not expire in less than 2 minutes.
    const int udp = p.value(device, Field::udpTimeout).toInt();
    if (profile == QLatin1String("rfc4787-eim") && udp < 120)
        warning(device, Field::udpTimeout,
                ProjectValidator::tr("%1 s is below the 120 s RFC 4787 requires of a UDP "
                                     "mapping timer (REQ-5)")
                    .arg(udp));
}

// Timers and switches that only some profiles read: a value the user set is
// never ignored silently (docs/profiles.md says which profile reads which).
void Checker::profileTimers(ObjectId device)
{
    const QString profile = text(device, Field::profile);
    const QString profileName = ModelEnums::displayName(profile);
    const int udp = p.value(device, Field::udpTimeout).toInt();
    const int unreplied = p.value(device, Field::conntrackUdpTimeout).toInt();
    const int stream = p.value(device, Field::conntrackUdpStreamTimeout).toInt();
    if (profile == QLatin1String("linux-netfilter")) {
        // A udpTimeout equal to the assured timeout is the same setting written twice.
        if (udp != deviceDefault(Field::udpTimeout) && udp != stream)
            warning(device, Field::udpTimeout,
                    ProjectValidator::tr("%1 s has no effect on the %2 profile: its UDP entries "
                                         "live %3 s unreplied and %4 s assured (the netfilter "
                                         "UDP timeouts); set those instead")
                        .arg(udp)
                        .arg(profileName)
                        .arg(unreplied)
                        .arg(stream));
        if (stream < unreplied)
            warning(device, Field::conntrackUdpStreamTimeout,
                    ProjectValidator::tr("the assured timeout (%1 s) is shorter than the "
                                         "unreplied one (%2 s), so an entry that is answered "
                                         "expires sooner; the kernel accepts this, but check "
                                         "the router's sysctl values")
                        .arg(stream)
                        .arg(unreplied));
        return;
    }
    for (FieldKey key : {Field::conntrackUdpTimeout, Field::conntrackUdpStreamTimeout}) {
        const int value = p.value(device, key).toInt();
        if (value != deviceDefault(key))
            warning(device, key,
                    ProjectValidator::tr("%1 s has no effect on the %2 profile, which has one "
                                         "UDP timeout (%3 s); only linux-netfilter uses the "
                                         "netfilter timeouts")
                        .arg(value)
                        .arg(profileName)
                        .arg(udp));
    }
    if (p.value(device, Field::dropUnsolicitedInbound).toBool())
        warning(device, Field::dropUnsolicitedInbound,
                ProjectValidator::tr("has no effect on the %1 profile: only linux-netfilter "
                                     "keeps an entry for an unsolicited inbound packet, so "
                                     "there is nothing for a firewall to prevent")
                    .arg(profileName));
}

void Checker::rules(ObjectId device)
{
    for (ObjectId rule : childrenOfKind(device, ObjectKind::Rule)) {
        if (!NatRules::isSimulated(p, rule))
            info(rule, Field::direction,
                 ProjectValidator::tr("%1 on %2: %3; the simulation runs as if the rule were "
                                      "not there")
                     .arg(name(rule), name(device), NatRules::notSimulatedNote()));
        const QString kind = text(rule, Field::kind);
        const QString acl = text(rule, Field::accessList);
        const QString itf = text(rule, Field::interface);
        const QString pool = text(rule, Field::pool);

        if (!acl.isEmpty() && p.findByName(ObjectKind::AccessList, acl, device) == NoId)
            error(rule, Field::accessList,
                  ProjectValidator::tr("access list \"%1\" does not exist on %2")
                      .arg(acl, name(device)));
        const ObjectId itfId =
            itf.isEmpty() ? NoId : p.findByName(ObjectKind::Interface, itf, device);
        if (!itf.isEmpty() && itfId == NoId)
            error(rule, Field::interface,
                  ProjectValidator::tr("interface \"%1\" does not exist on %2")
                      .arg(itf, name(device)));
        if (!pool.isEmpty() && p.findByName(ObjectKind::Pool, pool, device) == NoId)
            error(rule, Field::pool,
                  ProjectValidator::tr("pool \"%1\" does not exist on %2").arg(pool, name(device)));

        if (kind == QLatin1String("static") || kind == QLatin1String("static-pat")) {
            if (text(rule, Field::insideLocal).isEmpty())
                error(rule, Field::insideLocal,
                      ProjectValidator::tr("a static rule needs an inside local address"));
            if (text(rule, Field::insideGlobal).isEmpty())
                error(rule, Field::insideGlobal,
                      ProjectValidator::tr("a static rule needs an inside global address"));
        }
        if (kind == QLatin1String("static-pat")) {
            for (FieldKey key : {Field::localPort, Field::globalPort}) {
                const int port = p.value(rule, key).toInt();
                if (port < 1 || port > 65535)
                    error(rule, key,
                          ProjectValidator::tr("a static PAT rule needs ports from 1 to 65535"));
            }
        }
        if (kind == QLatin1String("dynamic-pat")) {
            if (acl.isEmpty())
                error(rule, Field::accessList,
                      ProjectValidator::tr("a dynamic rule needs an access list naming the "
                                           "inside sources it translates"));
            if (itf.isEmpty() == pool.isEmpty())
                error(rule, Field::interface,
                      itf.isEmpty()
                          ? ProjectValidator::tr("a dynamic rule needs an overload interface or "
                                                 "a pool")
                          : ProjectValidator::tr("a dynamic rule takes either an overload "
                                                 "interface or a pool, not both"));
            if (itfId != NoId && text(itfId, Field::role) != QLatin1String("outside"))
                warning(rule, Field::interface,
                        ProjectValidator::tr("interface \"%1\" is used for overload but is not a "
                                             "NAT outside interface")
                            .arg(itf));
        }
    }
}

void Checker::pools(ObjectId device)
{
    const QList<Subnet> outside = interfaceSubnets(*this, device, QStringLiteral("outside"));
    // A pool only outside source rules use holds outside local addresses, which
    // are not expected on the outside subnet.
    QSet<QString> simulatedPools, outsidePools;
    for (ObjectId rule : childrenOfKind(device, ObjectKind::Rule))
        (NatRules::isSimulated(p, rule) ? simulatedPools : outsidePools).insert(text(rule, Field::pool));
    for (ObjectId pool : childrenOfKind(device, ObjectKind::Pool)) {
        if (outsidePools.contains(name(pool)) && !simulatedPools.contains(name(pool)))
            continue;
        quint32 first = 0;
        quint32 last = 0;
        if (!Ipv4::parse(text(pool, Field::start), &first) || !Ipv4::parse(text(pool, Field::end), &last))
            continue; // the schema already refuses these
        if (first > last) {
            error(pool, Field::end,
                  ProjectValidator::tr("the last address %1 comes before the first address %2")
                      .arg(text(pool, Field::end), text(pool, Field::start)));
            continue;
        }
        bool inSubnet = false;
        for (const Subnet &s : outside)
            inSubnet |= s.contains(first) && s.contains(last);
        if (!inSubnet)
            warning(pool, Field::start,
                    ProjectValidator::tr("the pool %1–%2 is not in the subnet of any NAT outside "
                                         "interface; this works only if the upstream network "
                                         "routes these addresses to %3")
                        .arg(text(pool, Field::start), text(pool, Field::end), name(device)));
    }
}

void Checker::accessLists(ObjectId device)
{
    for (ObjectId acl : childrenOfKind(device, ObjectKind::AccessList)) {
        for (const QString &entry : p.value(acl, Field::permit).toStringList()) {
            QString e = entry.trimmed();
            if (e.startsWith(QLatin1String("host ")))
                e = e.mid(5).trimmed();
            quint32 network = 0;
            int prefix = 0;
            const bool ok = entry.trimmed().startsWith(QLatin1String("host "))
                                ? Ipv4::parse(e, &network)
                                : Ipv4::parseCidr(e, &network, &prefix);
            if (!ok)
                error(acl, Field::permit,
                      ProjectValidator::tr("\"%1\" is not a source the simulator understands "
                                           "(expected a.b.c.d/len, a.b.c.d, host a.b.c.d or any)")
                          .arg(entry));
        }
    }
}

void Checker::background(ObjectId device)
{
    const QString profile = text(device, Field::profile);
    for (ObjectId flow : childrenOfKind(device, ObjectKind::Background)) {
        // Only netfilter's UDP timers depend on whether the remote answered.
        if (!p.value(flow, Field::remoteReplies).toBool()
            && (profile != QLatin1String("linux-netfilter")
                || text(flow, Field::protocol) != QLatin1String("udp")))
            warning(flow, Field::remoteReplies,
                    profile == QLatin1String("linux-netfilter")
                        ? ProjectValidator::tr("has no effect on %1 flows: only UDP entries have "
                                               "an unreplied timeout")
                              .arg(ModelEnums::displayName(text(flow, Field::protocol)))
                        : ProjectValidator::tr("has no effect on the %1 profile: its timeout does "
                                               "not depend on replies")
                              .arg(ModelEnums::displayName(profile)));
        const int first = p.value(flow, Field::firstPort).toInt();
        const int count = p.value(flow, Field::count).toInt();
        if (first < 1)
            error(flow, Field::firstPort,
                  ProjectValidator::tr("port 0 cannot be a source port"));
        else if (qint64(first) + count - 1 > 65535)
            error(flow, Field::count,
                  ProjectValidator::tr("%1 flows from port %2 would need ports up to %3; the "
                                       "last port is 65535")
                      .arg(count)
                      .arg(first)
                      .arg(qint64(first) + count - 1));
    }
}

void Checker::applianceSubnets()
{
    for (ObjectId site : p.objects(ObjectKind::Site)) {
        const QList<ObjectId> devices = childrenOfKind(site, ObjectKind::Device);
        if (devices.isEmpty())
            continue;
        QList<Subnet> inside;
        for (ObjectId device : devices)
            inside += interfaceSubnets(*this, device, QStringLiteral("inside"));
        for (ObjectId appliance : childrenOfKind(site, ObjectKind::Appliance)) {
            QList<QPair<FieldKey, QString>> uplinks{{Field::uplinkIp, text(appliance, Field::uplinkIp)}};
            for (const QString &ip : extraUplinks(p, appliance))
                uplinks.append({Field::extraUplinkIps, ip});
            for (const auto &[key, ip] : std::as_const(uplinks)) {
                quint32 a = 0;
                if (!Ipv4::parse(ip, &a))
                    continue;
                bool behind = false;
                for (const Subnet &s : inside)
                    behind |= s.contains(a);
                if (!behind)
                    warning(appliance, key,
                            ProjectValidator::tr("uplink %1 is not behind any NAT inside "
                                                 "interface of site %2, so the simulator cannot "
                                                 "route its traffic through a NAT device")
                                .arg(ip, name(site)));
            }
        }
    }
}

void Checker::applianceTunnels()
{
    for (ObjectId a : p.objects(ObjectKind::Appliance)) {
        const bool paired = MeshRules::isPaired(text(a, Field::type));
        const MeshRules::Side side = MeshRules::sideOf(p, a);
        const QStringList extra = p.value(a, Field::extraUplinkIps).toStringList();
        QStringList seen{text(a, Field::uplinkIp)};
        for (const QString &entry : extra) {
            const QString ip = entry.trimmed();
            if (!Ipv4::isValid(ip))
                error(a, Field::extraUplinkIps,
                      ProjectValidator::tr("\"%1\" is not an IPv4 address (expected a.b.c.d)")
                          .arg(entry));
            else if (seen.contains(ip))
                error(a, Field::extraUplinkIps,
                      ProjectValidator::tr("uplink %1 is listed more than once").arg(ip));
            seen.append(ip);
        }
        if (!extra.isEmpty() && !paired)
            warning(a, Field::extraUplinkIps,
                    ProjectValidator::tr("has no effect: an HCX Manager has no tunnel, so its "
                                         "uplinks carry none"));
        const int port = p.value(a, Field::tunnelPort).toInt();
        if (port == 4500)
            continue;
        if (!paired || side != MeshRules::Side::Destination)
            warning(a, Field::tunnelPort,
                    ProjectValidator::tr("has no effect: on-premises appliances always send "
                                         "their tunnel from UDP 4500; this port is the cloud "
                                         "peer's"));
        else
            warning(a, Field::tunnelPort,
                    ProjectValidator::tr("HCX appliances use UDP 4500; port %1 means something "
                                         "in front of %2 translates its port, which HCX does "
                                         "not support")
                        .arg(port)
                        .arg(name(a)));
    }
}

void Checker::scenario()
{
    for (ObjectId event : p.objects(ObjectKind::Event)) {
        if (text(event, Field::action) != QLatin1String("peer-initiates"))
            continue;
        const ObjectId target = p.value(event, Field::target).toUInt();
        const ObjectKind kind = target ? p.kind(target) : ObjectKind::None;
        if (target && kind != ObjectKind::Appliance && kind != ObjectKind::Mesh) {
            error(event, Field::target,
                  ProjectValidator::tr("a cloud peer initiates toward an appliance's tunnels: "
                                       "the target must be an appliance, a service mesh or "
                                       "none (every tunnel)"));
            continue;
        }
        // The same tunnels the simulator picks: by appliance, peer or mesh.
        bool any = false;
        for (ObjectId mesh : p.objects(ObjectKind::Mesh)) {
            for (const QVariant &v : p.value(mesh, Field::pairs).toList()) {
                const ObjectId a = v.toUInt();
                any |= !target || target == mesh || target == a
                       || target == p.value(a, Field::peer).toUInt();
            }
        }
        if (!any)
            warning(event, Field::target,
                    ProjectValidator::tr("no tunnel of a service mesh leads to this target, so "
                                         "no peer initiates anything"));
    }
}

void Checker::meshes()
{
    const QStringList services = Catalogue::builtIn().services();
    for (ObjectId mesh : p.objects(ObjectKind::Mesh)) {
        const ObjectId source = p.value(mesh, Field::sourceSite).toUInt();
        const ObjectId destination = p.value(mesh, Field::destinationSite).toUInt();
        if (p.kind(source) != ObjectKind::Site)
            error(mesh, Field::sourceSite,
                  ProjectValidator::tr("the source site does not exist"));
        if (p.kind(destination) != ObjectKind::Site)
            error(mesh, Field::destinationSite,
                  ProjectValidator::tr("the destination site does not exist"));
        if (source == destination)
            error(mesh, Field::destinationSite,
                  ProjectValidator::tr("the source and destination sites are the same"));
        else if (p.kind(destination) == ObjectKind::Site &&
                 MeshRules::sideOf(p, destination) != MeshRules::Side::Destination)
            warning(mesh, Field::destinationSite,
                    ProjectValidator::tr("the destination site %1 is not a cloud SDDC")
                        .arg(name(destination)));
        for (const QString &service : p.value(mesh, Field::services).toStringList()) {
            if (!services.contains(service))
                warning(mesh, Field::services,
                        ProjectValidator::tr("\"%1\" is not a service of the catalogue (%2)")
                            .arg(service, services.join(QStringLiteral(", "))));
        }
        for (const QVariant &v : p.value(mesh, Field::pairs).toList()) {
            const ObjectId a = v.toUInt();
            if (p.kind(a) != ObjectKind::Appliance) {
                error(mesh, Field::pairs,
                      ProjectValidator::tr("pair #%1 is not an appliance").arg(a));
                continue;
            }
            const ObjectId peer = p.value(a, Field::peer).toUInt();
            if (!MeshRules::isPaired(text(a, Field::type)))
                error(mesh, Field::pairs,
                      ProjectValidator::tr("%1 is not a service appliance and cannot be a pair")
                          .arg(name(a)));
            else if (p.parentOf(a) != source)
                error(mesh, Field::pairs,
                      ProjectValidator::tr("%1 is not in the source site %2")
                          .arg(name(a), name(source)));
            else if (peer == NoId || p.parentOf(peer) != destination)
                error(mesh, Field::pairs,
                      ProjectValidator::tr("%1 has no peer in the destination site %2")
                          .arg(name(a), name(destination)));
        }
    }
}

void Checker::links()
{
    for (ObjectId link : p.objects(ObjectKind::Link)) {
        for (FieldKey key : {Field::a, Field::b}) {
            const ObjectId end = p.value(link, key).toUInt();
            if (!p.contains(end))
                error(link, key,
                      ProjectValidator::tr("the link end #%1 does not exist").arg(end));
        }
    }
}

void Checker::siblingNames()
{
    QList<QList<ObjectId>> groups;
    QList<ObjectId> parents{NoId};
    parents += p.objects(ObjectKind::Site);
    parents += p.objects(ObjectKind::Device);
    for (ObjectId parent : parents)
        groups.append(p.children(parent));
    groups.append(p.objects(ObjectKind::Link));
    groups.append(p.objects(ObjectKind::Mesh));
    for (const QList<ObjectId> &group : std::as_const(groups)) {
        QHash<QString, ObjectId> seen; // kind + name -> first holder
        for (ObjectId id : group) {
            const QString n = p.name(id);
            if (n.isEmpty())
                continue;
            const QString key = QString::number(int(p.kind(id))) + QLatin1Char('/') + n;
            if (seen.contains(key))
                warning(id, kName,
                        ProjectValidator::tr("%1 name \"%2\" is used more than once here")
                            .arg(ProjectSchema::kindDisplayName(p.kind(id)), n));
            else
                seen.insert(key, id);
        }
    }
}

} // namespace

QString ProjectValidator::fieldPath(const Project &project, ObjectId id, FieldKey key)
{
    QStringList parts;
    for (ObjectId at = id; at != NoId; at = project.parentOf(at))
        parts.prepend(project.displayName(at));
    if (parts.isEmpty())
        parts.append(tr("Project"));
    parts.append(key.toString());
    return parts.join(QStringLiteral(" › "));
}

QList<ValidationIssue> ProjectValidator::heldValueIssues(const Project &project)
{
    QList<ValidationIssue> issues;
    for (const Project::HeldField &f : project.heldFields()) {
        const ObjectKind kind = f.id == NoId ? ObjectKind::None : project.kind(f.id);
        const PropertyDef *def = ProjectSchema::field(kind, f.key);
        const QVariant held = project.heldValue(f.id, f.key);
        QVariant ignored;
        QString problem;
        project.checkValue(f.id, f.key, held, &ignored, &problem);
        QString written;
        if (held.typeId() == QMetaType::QVariantList) {
            QStringList items;
            for (const QVariant &v : held.toList())
                items.append(def && def->type == PropertyType::ReferenceList
                                 ? QStringLiteral("#%1").arg(v.toLongLong())
                                 : v.toString());
            written = QStringLiteral("[%1]").arg(items.join(QStringLiteral(", ")));
        } else if (def && def->type == PropertyType::Reference) {
            written = QStringLiteral("#%1").arg(held.toLongLong());
        } else {
            written = QStringLiteral("\"%1\"").arg(held.toString());
        }
        issues.append({ValidationIssue::Error, f.id, f.key,
                       tr("%1 is %2 in the file, which is not accepted: %3. It is kept as "
                          "written; the simulation waits until it is fixed.")
                           .arg(fieldPath(project, f.id, f.key), written, problem)});
    }
    return issues;
}

QList<ValidationIssue> ProjectValidator::validate(const Project &project)
{
    Checker c(project);
    QList<ValidationIssue> held = heldValueIssues(project);
    c.duplicateAddresses();
    c.appliancePeers();
    c.devices();
    c.applianceSubnets();
    c.applianceTunnels();
    c.scenario();
    c.meshes();
    c.links();
    c.siblingNames();
    return held + c.issues();
}

bool ProjectValidator::hasErrors(const QList<ValidationIssue> &issues)
{
    for (const ValidationIssue &issue : issues) {
        if (issue.severity == ValidationIssue::Error)
            return true;
    }
    return false;
}

QString ProjectValidator::format(const Project &project, const ValidationIssue &issue)
{
    const QString severity = issue.severity == ValidationIssue::Error     ? tr("Error")
                             : issue.severity == ValidationIssue::Warning ? tr("Warning")
                                                                          : tr("Info");
    const QString who = issue.id == NoId ? tr("Project") : project.displayName(issue.id);
    if (issue.field.isNull())
        return tr("%1: %2: %3").arg(severity, who, issue.message);
    return tr("%1: %2 (%3): %4").arg(severity, who, issue.field, issue.message);
}
