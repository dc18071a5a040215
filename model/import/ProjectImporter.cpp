#include "ProjectImporter.h"

#include "Ipv4.h"
#include "NatRules.h"
#include "Project.h"

namespace {

FieldValues values(std::initializer_list<std::pair<FieldKey, QVariant>> list)
{
    return FieldValues(list);
}

ObjectId firstSite(const Project &project, const char *kind)
{
    for (ObjectId id : project.objects(ObjectKind::Site)) {
        if (project.text(id, Field::kind) == QLatin1String(kind))
            return id;
    }
    return NoId;
}

int clampTimeout(int seconds)
{
    return seconds < 0 ? 2147483 : qBound(1, seconds, 2147483);
}

QString profileOf(const CiscoConfig *cisco, const LinuxNatConfig *linuxNat)
{
    if (cisco && !cisco->profile.isEmpty())
        return cisco->profile;
    return linuxNat && !cisco ? QStringLiteral("linux-netfilter") : QStringLiteral("cisco-ios");
}

} // namespace

ImportPlan ProjectImporter::plan(const Project &project, const CiscoConfig *cisco,
                                 const LinuxNatConfig *linuxNat, const QString *translationsText,
                                 const ObservedTable *table, const Options &options)
{
    if (!translationsText && !table)
        return plan(project, cisco, linuxNat, static_cast<const StoredObservedTable *>(nullptr), options);
    const StoredObservedTable observed = table ? StoredObservedTable(*table)
                                               : StoredObservedTable::fromText(*translationsText);
    return plan(project, cisco, linuxNat, &observed, options);
}

ImportPlan ProjectImporter::plan(const Project &project, const CiscoConfig *cisco,
                                 const LinuxNatConfig *linuxNat, const StoredObservedTable *observed,
                                 const Options &options)
{
    const ObservedTable *table = observed ? &observed->table() : nullptr;
    ImportPlan plan;
    ObjectId site = options.site;
    if (site == NoId)
        site = firstSite(project, "on-prem");
    int siteIndex = -1;
    const bool needDevice = cisco || linuxNat || options.device == NoId;
    if (site == NoId && (needDevice || options.createAppliances)) {
        siteIndex = plan.add(ObjectKind::Site, NoId, -1,
                             values({{Field::name, tr("On-premises")}, {Field::kind, QStringLiteral("on-prem")}}));
    }
    ObjectId deviceId = options.device;
    int deviceIndex = -1;
    if (cisco || linuxNat || deviceId == NoId) {
        QString name = cisco && !cisco->hostname.isEmpty() ? cisco->hostname : options.deviceName;
        if (name.isEmpty())
            name = linuxNat ? tr("Linux router") : tr("Imported router");
        deviceIndex = plan.add(ObjectKind::Device, site, siteIndex,
                               values({{Field::name, name},
                                       {Field::kind, QStringLiteral("router")},
                                       {Field::profile, profileOf(cisco, linuxNat)}}));
        deviceId = NoId;
        if (cisco) {
            addCisco(plan, deviceIndex, *cisco);
            if (!cisco->profileOptions.isEmpty())
                plan.values(deviceIndex).insert(Field::options, cisco->profileOptions);
        }
        if (linuxNat)
            addLinux(plan, deviceIndex, *linuxNat, table);
    }
    if (observed) {
        const QVariant value = QVariant::fromValue(*observed);
        if (deviceIndex >= 0)
            plan.values(deviceIndex).insert(Field::observedTranslations, value);
        else
            plan.changes.set(deviceId, Field::observedTranslations, value);
    }
    if (table && options.createAppliances)
        addAppliances(plan, project, deviceId, deviceIndex, site, siteIndex, *table);
    return plan;
}

void ProjectImporter::addCisco(ImportPlan &plan, int device, const CiscoConfig &config)
{
    FieldValues &dev = plan.values(device);
    const auto timeout = [&](const char *key, FieldKey field) {
        if (config.timeouts.contains(QLatin1String(key)))
            dev.insert(field, clampTimeout(config.timeouts.value(QLatin1String(key))));
    };
    timeout("timeout", Field::udpTimeout); // the general timeout first; specific ones win
    timeout("timeout", Field::tcpTimeout);
    timeout("udp-timeout", Field::udpTimeout);
    timeout("tcp-timeout", Field::tcpTimeout);
    timeout("icmp-timeout", Field::icmpTimeout);

    for (const CiscoConfig::Interface &i : config.interfaces) {
        if (i.address.isEmpty()) {
            if (!i.natRole.isEmpty())
                plan.note(tr("interface %1 has ip nat %2 but no static address; not imported")
                              .arg(i.name, i.natRole),
                          i.line);
            else
                plan.note(tr("interface %1 has no static address; not imported").arg(i.name),
                          i.line);
            continue;
        }
        const QString role = i.natRole == QLatin1String("inside") || i.natRole == QLatin1String("outside")
                                 ? i.natRole
                                 : QStringLiteral("none");
        plan.add(ObjectKind::Interface, NoId, device,
                 values({{Field::name, i.name},
                         {Field::address, i.address},
                         {Field::prefixLength, i.prefixLength},
                         {Field::role, role},
                         {Field::vrf, i.vrf}}));
        if (!i.secondary.isEmpty())
            plan.note(tr("secondary addresses of %1 are not modelled").arg(i.name), i.line);
    }
    for (const CiscoConfig::Pool &p : config.pools) {
        if (p.ranges.isEmpty()) {
            plan.note(tr("pool %1 has no address range; not imported").arg(p.name), p.line);
            continue;
        }
        plan.add(ObjectKind::Pool, NoId, device,
                 values({{Field::name, p.name},
                         {Field::start, p.ranges.first().first},
                         {Field::end, p.ranges.first().second},
                         {Field::prefixLength, p.prefixLength}}));
        if (p.ranges.size() > 1)
            plan.note(tr("pool %1: only the first of %2 ranges is modelled").arg(p.name).arg(p.ranges.size()),
                      p.line);
    }
    // Access lists that NAT uses, directly or through a route-map.
    QStringList used;
    for (const CiscoConfig::NatRule &r : config.rules) {
        if (r.kind == CiscoConfig::NatRule::DynamicList)
            used.append(r.accessList);
        if (const CiscoConfig::RouteMap *m = config.routeMap(r.routeMap))
            used += m->accessLists;
    }
    for (const CiscoConfig::AccessList &a : config.accessLists) {
        if (!used.contains(a.name))
            continue;
        QStringList permit;
        for (const CiscoConfig::AclEntry &e : a.entries) {
            if (!e.permit) {
                plan.note(tr("access list %1: deny entries are not modelled").arg(a.name), e.line);
                continue;
            }
            if (a.extended && (e.destination != QLatin1String("any") || !e.sourcePorts.isEmpty()
                               || !e.destinationPorts.isEmpty()))
                plan.note(tr("access list %1: only the source of extended entries is modelled")
                              .arg(a.name),
                          e.line);
            permit.append(e.source);
        }
        plan.add(ObjectKind::AccessList, NoId, device, values({{Field::name, a.name}, {Field::permit, permit}}));
    }
    int skippedAcls = 0;
    for (const CiscoConfig::AccessList &a : config.accessLists)
        skippedAcls += used.contains(a.name) ? 0 : 1;
    if (skippedAcls > 0)
        plan.note(tr("%n access list(s) not used by NAT were not imported", nullptr, skippedAcls));

    for (const CiscoConfig::NatRule &r : config.rules) {
        // ip nat outside source becomes the same kind of rule with direction
        // outside (first address: outside global, second: outside local); shown,
        // not simulated (NatRules).
        const bool outside = r.direction == QLatin1String("outside");
        const int firstRule = plan.changes.createCount();
        // The interface a dynamic rule overloads onto must be one imported
        // above, by its full name (IOS takes "Gi0/1" for GigabitEthernet0/1).
        QString overloadInterface = r.interface;
        if (!r.interface.isEmpty() && (r.kind == CiscoConfig::NatRule::DynamicList
                                       || r.kind == CiscoConfig::NatRule::DynamicRouteMap)) {
            const CiscoConfig::Interface *i = config.interface(r.interface);
            if (!i) {
                plan.note(tr("interface %1 is not in the configuration; rule not imported")
                              .arg(r.interface),
                          r.line, r.text);
                continue;
            }
            if (i->address.isEmpty()) {
                plan.note(tr("interface %1 has no static address, so it was not imported; rule not "
                             "imported (add the interface with the address the router has, then "
                             "the rule)")
                              .arg(i->name),
                          r.line, r.text);
                continue;
            }
            overloadInterface = i->name;
        }
        if (!r.vrf.isEmpty())
            plan.note(tr("VRF %1 on a NAT rule is not modelled").arg(r.vrf), r.line, r.text);
        QString globalAddress = r.global;
        if (globalAddress.isEmpty() && !r.interface.isEmpty()
            && r.kind != CiscoConfig::NatRule::DynamicList
            && r.kind != CiscoConfig::NatRule::DynamicRouteMap) {
            const CiscoConfig::Interface *i = config.interface(r.interface);
            if (!i || i->address.isEmpty()) {
                plan.note(tr("interface %1 has no address; rule not imported").arg(r.interface),
                          r.line, r.text);
                continue;
            }
            globalAddress = i->address;
        }
        switch (r.kind) {
        case CiscoConfig::NatRule::DynamicList:
        case CiscoConfig::NatRule::DynamicRouteMap: {
            QString acl = r.accessList;
            if (r.kind == CiscoConfig::NatRule::DynamicRouteMap) {
                const CiscoConfig::RouteMap *m = config.routeMap(r.routeMap);
                if (!m || m->accessLists.isEmpty()) {
                    plan.note(tr("route-map %1 matches no access list; rule not imported")
                                  .arg(r.routeMap),
                              r.line, r.text);
                    continue;
                }
                acl = m->accessLists.first();
                if (m->accessLists.size() > 1)
                    plan.note(tr("route-map %1 matches %2 access lists; only %3 is modelled")
                                  .arg(r.routeMap)
                                  .arg(m->accessLists.size())
                                  .arg(acl),
                              r.line, r.text);
            }
            if (!config.accessList(acl)) {
                plan.note(tr("access list %1 is not in the configuration; rule not imported").arg(acl),
                          r.line, r.text);
                continue;
            }
            if (!r.pool.isEmpty()) {
                const CiscoConfig::Pool *p = config.pool(r.pool);
                if (!p || p->ranges.isEmpty()) {
                    plan.note(tr("pool %1 is not in the configuration or has no range; rule not "
                                 "imported")
                                  .arg(r.pool),
                              r.line, r.text);
                    continue;
                }
            }
            plan.add(ObjectKind::Rule, NoId, device,
                     values({{Field::kind, QStringLiteral("dynamic-pat")},
                             {Field::accessList, acl},
                             {Field::interface, overloadInterface},
                             {Field::pool, r.pool},
                             {Field::overload, r.overload || r.pool.isEmpty()}}));
            break;
        }
        case CiscoConfig::NatRule::Static:
            plan.add(ObjectKind::Rule, NoId, device,
                     values({{Field::kind, QStringLiteral("static")},
                             {Field::insideLocal, r.local},
                             {Field::insideGlobal, globalAddress},
                             {Field::overload, false},
                             {Field::extendable, r.extendable}}));
            break;
        case CiscoConfig::NatRule::StaticPat:
            plan.add(ObjectKind::Rule, NoId, device,
                     values({{Field::kind, QStringLiteral("static-pat")},
                             {Field::protocol, r.protocol},
                             {Field::insideLocal, r.local},
                             {Field::localPort, r.localPort},
                             {Field::insideGlobal, globalAddress},
                             {Field::globalPort, r.globalPort},
                             {Field::overload, false},
                             {Field::extendable, r.extendable}}));
            break;
        case CiscoConfig::NatRule::StaticNetwork: {
            const qint64 hosts = qint64(1) << (32 - r.prefixLength);
            if (hosts > MaxStaticNetworkHosts) {
                plan.note(tr("static network /%1 is larger than %2 addresses; not imported")
                              .arg(r.prefixLength)
                              .arg(MaxStaticNetworkHosts),
                          r.line, r.text);
                continue;
            }
            quint32 local = 0, global = 0;
            Ipv4::parse(r.local, &local);
            Ipv4::parse(r.global, &global);
            const quint32 mask = Ipv4::mask(r.prefixLength);
            for (qint64 h = 0; h < hosts; ++h) {
                plan.add(ObjectKind::Rule, NoId, device,
                         values({{Field::kind, QStringLiteral("static")},
                                 {Field::insideLocal, Ipv4::toString((local & mask) + quint32(h))},
                                 {Field::insideGlobal, Ipv4::toString((global & mask) + quint32(h))},
                                 {Field::overload, false},
                                 {Field::extendable, r.extendable}}));
            }
            plan.note(tr("static network imported as %n one-to-one rule(s)", nullptr, int(hosts)),
                      r.line, r.text);
            break;
        }
        }
        if (!outside || plan.changes.createCount() == firstRule)
            continue;
        for (int i = firstRule; i < plan.changes.createCount(); ++i)
            plan.values(i).insert(Field::direction, QStringLiteral("outside"));
        plan.note(tr("ip nat outside source imported as a NAT rule with direction outside; %1")
                      .arg(NatRules::notSimulatedNote()),
                  r.line, r.text);
    }
}

void ProjectImporter::addLinux(ImportPlan &plan, int device, const LinuxNatConfig &config,
                               const ObservedTable *table)
{
    QStringList options;
    QHash<QString, QString> outsideAddress; // interface -> address
    // The most common inside global of the observed table stands in for a
    // MASQUERADE interface's address, which iptables-save does not show.
    QString observedGlobal;
    if (table) {
        QHash<quint32, int> counts;
        for (const ObservedRow &r : table->translations().rows) {
            if (r.insideGlobal().isAddress())
                ++counts[r.insideGlobal().ip];
        }
        int best = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.value() > best) {
                best = it.value();
                observedGlobal = Ipv4::toString(it.key());
            }
        }
    }
    int aclCount = 0;
    for (const LinuxNatConfig::Rule &r : config.rules) {
        if (r.random && !options.contains(QStringLiteral("random")))
            options.append(QStringLiteral("random"));
        if (r.randomFully && !options.contains(QStringLiteral("random-fully")))
            options.append(QStringLiteral("random-fully"));
        if (r.target == QLatin1String("MASQUERADE") || r.target == QLatin1String("SNAT")) {
            const QString iface = r.outInterface.isEmpty() ? QStringLiteral("wan") : r.outInterface;
            QString address = r.toSource.section(QLatin1Char(':'), 0, 0).section(QLatin1Char('-'), 0, 0);
            if (address.isEmpty())
                address = observedGlobal;
            if (!outsideAddress.contains(iface)) {
                if (address.isEmpty() || !Ipv4::isValid(address)) {
                    plan.note(tr("the address of %1 is not in iptables-save output; add it to the "
                                 "interface by hand")
                                  .arg(iface),
                              r.line, r.text);
                    continue;
                }
                outsideAddress.insert(iface, address);
                plan.add(ObjectKind::Interface, NoId, device,
                         values({{Field::name, iface}, {Field::address, address}, {Field::prefixLength, 24},
                                 {Field::role, QStringLiteral("outside")}}));
            }
            const QString source = r.source.isEmpty() ? QStringLiteral("any") : r.source;
            const QString acl = QStringLiteral("iptables-%1").arg(++aclCount);
            plan.add(ObjectKind::AccessList, NoId, device, values({{Field::name, acl}, {Field::permit, QStringList{source}}}));
            plan.add(ObjectKind::Rule, NoId, device,
                     values({{Field::name, QStringLiteral("%1 line %2").arg(r.target).arg(r.line)},
                             {Field::kind, QStringLiteral("dynamic-pat")},
                             {Field::accessList, acl},
                             {Field::interface, iface},
                             {Field::overload, true}}));
            quint32 network = 0;
            int length = 0;
            if (!r.source.isEmpty() && Ipv4::parseCidr(r.source, &network, &length) && length < 31) {
                // The inside network is implied by the source match; its address is assumed.
                plan.add(ObjectKind::Interface, NoId, device,
                         values({{Field::name, QStringLiteral("lan%1").arg(aclCount)},
                                 {Field::address, Ipv4::toString(network + 1)},
                                 {Field::prefixLength, length},
                                 {Field::role, QStringLiteral("inside")}}));
                plan.note(tr("inside interface for %1 assumed at %2").arg(r.source, Ipv4::toString(network + 1)),
                          r.line, r.text);
            }
        } else if (r.target == QLatin1String("DNAT")) {
            const QString to = r.toDestination;
            const QString local = to.section(QLatin1Char(':'), 0, 0).section(QLatin1Char('-'), 0, 0);
            const int localPort = to.section(QLatin1Char(':'), 1).section(QLatin1Char('-'), 0, 0).toInt();
            const QString global = r.destination.section(QLatin1Char('/'), 0, 0);
            if (!Ipv4::isValid(local) || !Ipv4::isValid(global)) {
                plan.note(tr("DNAT without a fixed destination address is not modelled"), r.line, r.text);
                continue;
            }
            const bool pat = !r.destinationPort.isEmpty() && !r.protocol.isEmpty();
            FieldValues v = values({{Field::name, QStringLiteral("DNAT line %1").arg(r.line)},
                                    {Field::kind, pat ? QStringLiteral("static-pat") : QStringLiteral("static")},
                                    {Field::insideLocal, local},
                                    {Field::insideGlobal, global},
                                    {Field::overload, false}});
            if (pat) {
                v.insert(Field::protocol, r.protocol);
                v.insert(Field::globalPort, r.destinationPort.toInt());
                v.insert(Field::localPort, localPort > 0 ? localPort : r.destinationPort.toInt());
            }
            plan.add(ObjectKind::Rule, NoId, device, v);
        } else {
            plan.note(tr("target %1 is not modelled").arg(r.target), r.line, r.text);
        }
    }
    plan.values(device).insert(Field::options, options);
}

void ProjectImporter::addAppliances(ImportPlan &plan, const Project &project, ObjectId deviceId,
                                    int deviceIndex, ObjectId onPremSite, int onPremIndex,
                                    const ObservedTable &table)
{
    QList<int> sourcePairs;
    int cloudIndex = -1, internetIndex = -1;
    ObjectId cloudSite = firstSite(project, "cloud-sddc");
    ObjectId internetSite = firstSite(project, "internet");
    QHash<quint32, int> peerIndex;
    for (const ObservedTable::Appliance &a : table.appliances()) {
        const QString ip = Ipv4::toString(a.insideLocal);
        bool known = false;
        for (ObjectId id : project.objects(ObjectKind::Appliance))
            known = known || project.text(id, Field::uplinkIp) == ip;
        if (known)
            continue;
        if (cloudSite == NoId && cloudIndex < 0)
            cloudIndex = plan.add(ObjectKind::Site, NoId, -1,
                                  values({{Field::name, tr("Cloud SDDC")}, {Field::kind, QStringLiteral("cloud-sddc")}}));
        if (internetSite == NoId && internetIndex < 0)
            internetIndex = plan.add(ObjectKind::Site, NoId, -1,
                                     values({{Field::name, tr("Internet")}, {Field::kind, QStringLiteral("internet")}}));
        const int app = plan.add(ObjectKind::Appliance, onPremSite, onPremIndex,
                                 values({{Field::name, tr("NAT-T %1").arg(ip)},
                                         {Field::type, QStringLiteral("IX")},
                                         {Field::uplinkIp, ip}}));
        plan.note(tr("appliance %1 seen sending UDP 4500 (row line %2); its type (IX, NE …) is not "
                     "in the table: set it in Properties")
                      .arg(ip)
                      .arg(table.translations().rows.at(a.rows.first()).line));
        sourcePairs.append(app);
        plan.add(ObjectKind::Link, NoId, -1,
                               values({{Field::a, ChangeSet::newRef(app)},
                                       {Field::b, deviceIndex >= 0 ? ChangeSet::newRef(deviceIndex)
                                                                   : QVariant(deviceId)}}));
        if (a.peers.isEmpty())
            continue;
        const quint32 peerIp = a.peers.first();
        int peer = peerIndex.value(peerIp, -1);
        if (peer < 0) {
            peer = plan.add(ObjectKind::Appliance, cloudSite, cloudIndex,
                            values({{Field::name, tr("Peer %1").arg(Ipv4::toString(peerIp))},
                                    {Field::type, QStringLiteral("IX")},
                                    {Field::uplinkIp, Ipv4::toString(peerIp)}}));
            peerIndex.insert(peerIp, peer);
            plan.values(peer).insert(Field::peer, ChangeSet::newRef(app)); // pairs point both ways
            const int pl = plan.add(ObjectKind::Link, NoId, -1,
                                    values({{Field::a, internetSite}}));
            plan.values(pl).insert(Field::b, ChangeSet::newRef(peer));
            if (internetIndex >= 0)
                plan.values(pl).insert(Field::a, ChangeSet::newRef(internetIndex));
        }
        plan.values(app).insert(Field::peer, ChangeSet::newRef(peer));
    }
    if (sourcePairs.isEmpty())
        return;
    // The device reaches the internet site, and a mesh pairs the appliances.
    if (deviceIndex >= 0) {
        const int l = plan.add(ObjectKind::Link, NoId, -1, values({{Field::b, internetSite}}));
        plan.values(l).insert(Field::a, ChangeSet::newRef(deviceIndex));
        if (internetIndex >= 0)
            plan.values(l).insert(Field::b, ChangeSet::newRef(internetIndex));
    }
    const int mesh = plan.add(ObjectKind::Mesh, NoId, -1,
                              values({{Field::name, tr("Imported Service Mesh")},
                                      {Field::sourceSite, onPremSite},
                                      {Field::destinationSite, cloudSite}}));
    plan.values(mesh).insert(Field::pairs, ChangeSet::newRefs(sourcePairs));
    if (onPremIndex >= 0)
        plan.values(mesh).insert(Field::sourceSite, ChangeSet::newRef(onPremIndex));
    if (cloudIndex >= 0)
        plan.values(mesh).insert(Field::destinationSite, ChangeSet::newRef(cloudIndex));
}
