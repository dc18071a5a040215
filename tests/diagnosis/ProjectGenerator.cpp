#include "ProjectGenerator.h"

#include "Ipv4.h"
#include "MeshRules.h"
#include "ModelEnums.h"
#include "Project.h"

#include <QSet>

namespace {

QString at(quint32 base, int host)
{
    return Ipv4::toString(base + quint32(host));
}

QString endpoint(const QString &ip, int port)
{
    return QStringLiteral("%1:%2").arg(ip).arg(port);
}

} // namespace

ProjectGenerator::ProjectGenerator(quint32 seed)
    : m_seed(seed)
    , m_rng(seed)
{
}

ObjectId ProjectGenerator::make(Project *p, ObjectKind kind, ObjectId parent,
                                const FieldValues &values)
{
    QString error;
    const ObjectId id = p->create(kind, parent, values, &error);
    if (!id && m_error.isEmpty())
        m_error = error;
    return id;
}

bool ProjectGenerator::build(Project *p, QString *error)
{
    m_summary.clear();
    m_error.clear();
    note(QStringLiteral("seed %1").arg(m_seed));
    const int duration = pick(QList<int>{300, 600, 900, 1200});
    p->setValue(NoId, Field::name, QStringLiteral("Generated %1").arg(m_seed));
    p->setValue(NoId, Field::seed, int(m_seed % 2147483647u));
    p->setValue(NoId, Field::duration, duration);

    // --- sites and the NAT device
    const ObjectId onPrem = make(p, ObjectKind::Site, NoId,
                                 {{Field::name, QStringLiteral("DC")},
                                  {Field::kind, chance(80) ? QStringLiteral("on-prem")
                                                           : QStringLiteral("home-lab")}});
    const ObjectId cloud = make(p, ObjectKind::Site, NoId,
                                {{Field::name, QStringLiteral("SDDC")},
                                 {Field::kind, QStringLiteral("cloud-sddc")}});
    const QString profile = pick(QList<QString>{QStringLiteral("cisco-ios"), QStringLiteral("cisco-asa"),
                                                QStringLiteral("linux-netfilter"),
                                                QStringLiteral("rfc4787-eim")});
    QStringList options;
    if (profile == QLatin1String("cisco-asa") && chance(50))
        options = {QStringLiteral("extended")};
    if (profile == QLatin1String("linux-netfilter")) {
        const int r = below(10);
        if (r >= 7)
            options = {QStringLiteral("random-fully")};
        else if (r >= 4)
            options = {QStringLiteral("random")};
    }
    FieldValues deviceValues{
        {Field::name, QStringLiteral("Edge")},
        {Field::kind, profile == QLatin1String("cisco-asa") ? QStringLiteral("firewall")
                                                             : QStringLiteral("router")},
        {Field::profile, profile},
        {Field::options, options}};
    QString timers;
    if (profile == QLatin1String("linux-netfilter")) {
        // Netfilter has timers of its own (the router's sysctls) and an INPUT firewall or not.
        const int unreplied = chance(75) ? 30 : pick(QList<int>{10, 60, 180});
        const int stream = chance(75) ? 120 : pick(QList<int>{60, 300, 600});
        const bool dropUnsolicited = chance(30);
        deviceValues.insert(Field::conntrackUdpTimeout, unreplied);
        deviceValues.insert(Field::conntrackUdpStreamTimeout, stream);
        deviceValues.insert(Field::dropUnsolicitedInbound, dropUnsolicited);
        timers = QStringLiteral("conntrack %1/%2 s%3")
                     .arg(unreplied)
                     .arg(stream)
                     .arg(dropUnsolicited ? QStringLiteral(", INPUT drops unsolicited") : QString());
    } else {
        const int udpTimeout = chance(75) ? 300 : pick(QList<int>{120, 60, 30, 15});
        deviceValues.insert(Field::udpTimeout, udpTimeout);
        timers = QStringLiteral("udp-timeout %1 s").arg(udpTimeout);
    }
    const ObjectId device = make(p, ObjectKind::Device, onPrem, deviceValues);
    note(QStringLiteral("%1 [%2] %3, %4 s")
             .arg(profile, options.join(QLatin1Char(',')), timers)
             .arg(duration));

    const quint32 inside = (192u << 24) | (168u << 16) | (quint32(10 + below(80)) << 8);
    const quint32 outsideNet = (198u << 24) | (51u << 16) | (100u << 8);
    const QString outsideIp = at(outsideNet, 20);
    const int outsideLength = pick(QList<int>{24, 24, 28, 32});
    make(p, ObjectKind::Interface, device,
         {{Field::name, QStringLiteral("LAN")},
          {Field::address, at(inside, 1)},
          {Field::prefixLength, 24},
          {Field::role, QStringLiteral("inside")}});
    make(p, ObjectKind::Interface, device,
         {{Field::name, QStringLiteral("WAN")},
          {Field::address, outsideIp},
          {Field::prefixLength, outsideLength},
          {Field::role, QStringLiteral("outside")}});
    // Free addresses of the outside subnet for static NAT and pools.
    QList<int> spare;
    if (outsideLength == 24) {
        for (int h = 21; h < 60; ++h)
            spare.append(h);
    } else if (outsideLength == 28) {
        for (int h = 21; h < 31; ++h)
            spare.append(h);
    }

    // --- appliance pairs
    const int pairs = 1 + below(4);
    struct Pair
    {
        ObjectId local, peer;
        QString ip, peerIp, type;
    };
    QList<Pair> pairList;
    if (chance(50))
        make(p, ObjectKind::Appliance, onPrem,
             {{Field::name, QStringLiteral("HCX Connector")},
              {Field::type, QStringLiteral("manager")},
              {Field::uplinkIp, at(inside, 200)}});
    QHash<QString, int> perType;
    double lastDeploy = 0;
    QStringList pairNotes;
    for (int i = 0; i < pairs; ++i) {
        Pair pair;
        pair.type = pick(QList<QString>{QStringLiteral("IX"), QStringLiteral("NE"), QStringLiteral("WO")});
        const int n = ++perType[pair.type];
        pair.ip = at(inside, 201 + i);
        pair.peerIp = at((203u << 24) | (0u << 16) | (113u << 8), 10 + i);
        const QString policy = pick(QList<QString>{QString(), QString(), QStringLiteral("expects-4500"),
                                                   QStringLiteral("learned")});
        const bool policyOnPeer = chance(30);
        const double deployAt = chance(25) ? lastDeploy : double(below(61));
        lastDeploy = deployAt;
        // Sometimes a second uplink (HCX multi-uplink: one tunnel per pair of uplinks).
        const QStringList extraLocal = chance(8) ? QStringList{at(inside, 211 + i)} : QStringList();
        const QStringList extraPeer = chance(5) ? QStringList{at((203u << 24) | (113u << 8), 30 + i)}
                                                : QStringList();
        // Rarely something in front of the peer that moves its port (HCX does not support it).
        const int tunnelPort = chance(4) ? 4501 + below(5) : 4500;
        pair.local = make(p, ObjectKind::Appliance, onPrem,
                          {{Field::name, QStringLiteral("HCX-%1-I%2").arg(pair.type).arg(n)},
                           {Field::type, pair.type},
                           {Field::uplinkIp, pair.ip},
                           {Field::extraUplinkIps, extraLocal},
                           {Field::peerPolicy, policyOnPeer ? QString() : policy},
                           {Field::deployAt, deployAt}});
        pair.peer = make(p, ObjectKind::Appliance, cloud,
                         {{Field::name, QStringLiteral("HCX-%1-R%2").arg(pair.type).arg(n)},
                          {Field::type, pair.type},
                          {Field::uplinkIp, pair.peerIp},
                          {Field::extraUplinkIps, extraPeer},
                          {Field::tunnelPort, tunnelPort},
                          {Field::peerPolicy, policyOnPeer ? policy : QString()},
                          {Field::peer, pair.local}});
        p->setValue(pair.local, Field::peer, pair.peer);
        pairList.append(pair);
        pairNotes.append(QStringLiteral("%1 %2 at %3 s, policy %4%5%6%7%8")
                             .arg(pair.type, pair.ip)
                             .arg(deployAt)
                             .arg(policy.isEmpty() ? QStringLiteral("default") : policy,
                                  policyOnPeer ? QStringLiteral(" (peer)") : QString(),
                                  extraLocal.isEmpty() ? QString() : QStringLiteral(", also ") + extraLocal.join(QString()),
                                  extraPeer.isEmpty() ? QString() : QStringLiteral(", peer also ") + extraPeer.join(QString()),
                                  tunnelPort == 4500 ? QString() : QStringLiteral(", peer port %1").arg(tunnelPort)));
    }
    note(pairNotes.join(QStringLiteral(", ")));

    // --- NAT rules: static NAT / static PAT for some appliances, then dynamic PAT
    QSet<QString> usedGlobals; // "ip" for static NAT, "ip:port" for static PAT
    QStringList ruleNotes;
    const auto staticPat = [&](const QString &local, const QString &what) {
        int port = 4500;
        if (usedGlobals.contains(endpoint(outsideIp, 4500)) || chance(35)) {
            do
                port = 4501 + below(30);
            while (usedGlobals.contains(endpoint(outsideIp, port)));
        }
        usedGlobals.insert(endpoint(outsideIp, port));
        make(p, ObjectKind::Rule, device,
             {{Field::kind, QStringLiteral("static-pat")},
              {Field::protocol, QStringLiteral("udp")},
              {Field::insideLocal, local},
              {Field::localPort, 4500},
              {Field::insideGlobal, outsideIp},
              {Field::globalPort, port},
              {Field::extendable, chance(50)}});
        ruleNotes.append(QStringLiteral("static PAT %1 %2:4500 -> %3").arg(what, local,
                                                                            endpoint(outsideIp, port)));
    };
    for (const Pair &pair : std::as_const(pairList)) {
        const int r = below(100);
        if (r < 12 && !spare.isEmpty()) {
            const QString global = at(outsideNet, spare.takeAt(below(int(spare.size()))));
            usedGlobals.insert(global);
            make(p, ObjectKind::Rule, device,
                 {{Field::kind, QStringLiteral("static")},
                  {Field::insideLocal, pair.ip},
                  {Field::insideGlobal, global},
                  {Field::overload, false}});
            ruleNotes.append(QStringLiteral("static %1 -> %2").arg(pair.ip, global));
        } else if (r < 24) {
            staticPat(pair.ip, pair.type);
        }
    }
    // Another inside host published on UDP 4500 (a VPN server in the office).
    if (chance(8))
        staticPat(at(inside, 60), QStringLiteral("office host"));

    const bool dynamic = chance(92);
    if (dynamic) {
        QStringList permit{QStringLiteral("%1/24").arg(at(inside, 0))};
        const int r = below(100);
        if (r < 8)
            permit = {QStringLiteral("%1/30").arg(at(inside, 200))}; // appliances 1-3 only
        else if (r < 14)
            permit = {QStringLiteral("%1/25").arg(at(inside, 0))}; // no appliance
        make(p, ObjectKind::AccessList, device,
             {{Field::name, QStringLiteral("NAT")}, {Field::permit, permit}});
        FieldValues rule{{Field::kind, QStringLiteral("dynamic-pat")},
                         {Field::accessList, QStringLiteral("NAT")}};
        if (spare.size() >= 3 && chance(30)) {
            const int first = spare.first();
            const int count = 1 + below(3);
            bool contiguous = true;
            for (int k = 0; k < count; ++k)
                contiguous = contiguous && spare.contains(first + k);
            if (contiguous) {
                make(p, ObjectKind::Pool, device,
                     {{Field::name, QStringLiteral("POOL")},
                      {Field::start, at(outsideNet, first)},
                      {Field::end, at(outsideNet, first + count - 1)},
                      {Field::prefixLength, outsideLength}});
                rule.insert(Field::pool, QStringLiteral("POOL"));
                ruleNotes.append(QStringLiteral("dynamic PAT %1 onto pool of %2").arg(permit.join(QLatin1Char(' '))).arg(count));
            }
        }
        if (!rule.contains(Field::pool)) {
            rule.insert(Field::interface, QStringLiteral("WAN"));
            ruleNotes.append(QStringLiteral("dynamic PAT %1 onto WAN").arg(permit.join(QLatin1Char(' '))));
        }
        make(p, ObjectKind::Rule, device, rule);
    }
    note(ruleNotes.isEmpty() ? QStringLiteral("no NAT rule") : ruleNotes.join(QStringLiteral(", ")));

    // --- background flows
    QStringList flowNotes;
    const int flows = below(4);
    for (int i = 0; i < flows; ++i) {
        const bool fromAppliance = chance(15);
        const QString local = fromAppliance ? pick(pairList).ip : at(inside, 50 + below(40));
        int first = 1024, count = 1;
        switch (below(4)) {
        case 0: first = 4500; count = 1 + below(3); break;
        case 1: first = 1024 + below(200); count = 1 + below(500); break;
        case 2: first = 40000 + below(20000); count = 1 + below(50); break;
        default: first = 4490 + below(10); count = 1 + below(30); break;
        }
        QString remote = QStringLiteral("192.0.2.53");
        int remotePort = 53;
        QString protocol = QStringLiteral("udp");
        const int r = below(100);
        if (r < 20) {
            remote = pick(pairList).peerIp;
            remotePort = 4500;
        } else if (r < 40) {
            remote = QStringLiteral("192.0.2.123");
            remotePort = 123;
        } else if (r < 50) {
            remote = QStringLiteral("198.18.0.10");
            remotePort = 443;
            protocol = QStringLiteral("tcp");
        }
        const double start = below(61);
        const double interval = pick(QList<double>{0, 30, 30, 60, 250});
        const bool replies = !chance(20); // telemetry, a dead server: netfilter's short timer
        make(p, ObjectKind::Background, device,
             {{Field::name, QStringLiteral("Flow %1").arg(i + 1)},
              {Field::protocol, protocol},
              {Field::insideLocal, local},
              {Field::firstPort, first},
              {Field::count, count},
              {Field::remote, remote},
              {Field::remotePort, remotePort},
              {Field::start, start},
              {Field::interval, interval},
              {Field::remoteReplies, replies}});
        flowNotes.append(QStringLiteral("%1 %2:%3+%4 -> %5 from %6 s every %7 s%8")
                             .arg(protocol, local)
                             .arg(first)
                             .arg(count)
                             .arg(endpoint(remote, remotePort))
                             .arg(start)
                             .arg(interval)
                             .arg(replies ? QString() : QStringLiteral(", no replies")));
    }
    if (!flowNotes.isEmpty())
        note(QStringLiteral("background: ") + flowNotes.join(QStringLiteral(", ")));

    // --- service meshes: one, or the pairs split over two
    QList<QVariantList> meshPairs{{}};
    if (pairs > 1 && chance(20))
        meshPairs.append(QVariantList());
    for (int i = 0; i < pairList.size(); ++i)
        meshPairs[i % meshPairs.size()].append(pairList[i].local);
    QList<ObjectId> meshes;
    for (int m = 0; m < meshPairs.size(); ++m) {
        QStringList services;
        for (const QVariant &v : std::as_const(meshPairs[m])) {
            const QString service = MeshRules::serviceOf(p->text(v.toUInt(), Field::type));
            if (!services.contains(service))
                services.append(service);
        }
        meshes.append(make(p, ObjectKind::Mesh, NoId,
                           {{Field::name, QStringLiteral("Mesh %1").arg(m + 1)},
                            {Field::sourceSite, onPrem},
                            {Field::destinationSite, cloud},
                            {Field::services, services},
                            {Field::pairs, meshPairs[m]}}));
    }

    // --- scenario events
    QStringList eventNotes;
    const int events = below(4);
    // Newer actions are drawn only where the model has them.
    const bool peerInitiates = ModelEnums::scenarioActionKeys().contains(QStringLiteral("peer-initiates"));
    for (int i = 0; i < events; ++i) {
        double when = 30 + below(duration - 60);
        QString action;
        ObjectId target = NoId;
        double length = 0;
        switch (below(peerInitiates ? 5 : 4)) {
        case 4:
            // The cloud side speaks first, often before the appliances are deployed.
            action = QStringLiteral("peer-initiates");
            target = chance(50) ? pick(pairList).local : pick(meshes);
            when = chance(60) ? 0 : when;
            length = 20 + below(300);
            break;
        case 0:
            action = QStringLiteral("redeploy-appliance");
            target = pick(pairList).local;
            length = below(121);
            break;
        case 1:
            action = QStringLiteral("redeploy-mesh");
            target = pick(meshes);
            length = 30 + below(91);
            break;
        case 2:
            action = QStringLiteral("clear-nat");
            target = chance(50) ? device : NoId;
            break;
        default:
            action = QStringLiteral("silence");
            target = pick(pairList).local;
            length = 10 + below(500);
            break;
        }
        make(p, ObjectKind::Event, NoId,
             {{Field::action, action}, {Field::at, when}, {Field::target, target}, {Field::duration, length}});
        eventNotes.append(QStringLiteral("%1 %2 at %3 s for %4 s")
                              .arg(action, target ? p->displayName(target) : QStringLiteral("all"))
                              .arg(when)
                              .arg(length));
    }
    if (!eventNotes.isEmpty())
        note(QStringLiteral("events: ") + eventNotes.join(QStringLiteral(", ")));

    if (error)
        *error = m_error;
    return m_error.isEmpty();
}
