#include "ProjectSchema.h"

#include "Bookmark.h"
#include "Ipv4.h"
#include "ModelEnums.h"
#include "StoredObservedTable.h"

#include <QPointF>

namespace {

PropertyDef text(FieldKey key, const char *label, const QString &def = QString(),
                 bool required = false)
{
    PropertyDef d;
    d.key = key;
    d.label = label;
    d.type = PropertyType::Text;
    d.defaultValue = def;
    d.required = required;
    return d;
}

PropertyDef typed(FieldKey key, const char *label, PropertyType type, const QVariant &def,
                  bool required = false)
{
    PropertyDef d = text(key, label);
    d.type = type;
    d.defaultValue = def;
    d.required = required;
    return d;
}

// Report metadata: shown and saved, never simulated.
PropertyDef metadata(FieldKey key, const char *label, const QString &def = QString(),
                     bool required = false)
{
    PropertyDef d = text(key, label, def, required);
    d.simulated = false;
    return d;
}

// A field with an explanation for its tooltip.
PropertyDef described(PropertyDef d, const char *toolTip)
{
    d.toolTip = toolTip;
    return d;
}

PropertyDef integer(FieldKey key, const char *label, qint64 def, qint64 min, qint64 max)
{
    PropertyDef d = typed(key, label, PropertyType::Integer, def);
    d.min = min;
    d.max = max;
    return d;
}

PropertyDef choice(FieldKey key, const char *label, const QStringList &choices,
                   const QString &def)
{
    PropertyDef d = typed(key, label, PropertyType::Choice, def, true);
    d.choices = choices;
    return d;
}

PropertyDef reference(FieldKey key, const char *label, ObjectKind kind, bool required,
                      PropertyType type = PropertyType::Reference)
{
    PropertyDef d = typed(key, label, type,
                          type == PropertyType::Reference ? QVariant(0u) : QVariant(QVariantList()),
                          required);
    d.refKind = kind;
    return d;
}

PropertyDef position()
{
    PropertyDef d = typed(Field::position, QT_TRANSLATE_NOOP("PropertyDef", "Position"),
                          PropertyType::Point, QPointF());
    d.hidden = true;
    d.simulated = false;
    return d;
}

// The customer's real `show ip nat translations` (or conntrack -L) table, read
// and analysed once and shared (model/import/StoredObservedTable); stored in its
// compact form (ObservedTableCodec); shown in its own tab.
PropertyDef observedTranslations()
{
    PropertyDef d = typed(Field::observedTranslations,
                          QT_TRANSLATE_NOOP("PropertyDef", "Observed translations"),
                          PropertyType::ObservedTable, QVariant::fromValue(StoredObservedTable()));
    d.hidden = true;
    d.simulated = false;
    return d;
}

// A meshnat-probe result (its JSON, model/probe/ProbeResult) imported onto a NAT
// device: what the real NAT did, measured. Read-only in the property editor,
// compared with the profile by diagnosis (ProbeMismatchRule), never simulated.
PropertyDef observedProbe()
{
    PropertyDef d = text(Field::observedProbe, QT_TRANSLATE_NOOP("PropertyDef", "Observed NAT behaviour (probe)"));
    d.toolTip = QT_TRANSLATE_NOOP("PropertyDef",
                                  "Measured by meshnat-probe behind this NAT (File > Import > NAT Probe "
                                  "Result); diagnosis warns when the profile disagrees with it.");
    d.simulated = false;
    return d;
}

// Presentation bookmarks: one Bookmark record per key moment of the replay.
PropertyDef bookmarks()
{
    PropertyDef d = typed(Field::bookmarks, QT_TRANSLATE_NOOP("PropertyDef", "Bookmarks"),
                          PropertyType::Records, QVariantList());
    d.hidden = true;
    d.simulated = false;
    return d;
}

// ip nat inside source (simulated) or ip nat outside source (imported and shown,
// not simulated: NatRules). Added after format version 2 was fixed, so written
// only for outside rules; a file without it reads as inside.
PropertyDef direction()
{
    PropertyDef d = typed(Field::direction, QT_TRANSLATE_NOOP("PropertyDef", "Direction"),
                          PropertyType::Choice, QStringLiteral("inside"));
    d.choices = ModelEnums::natRuleDirectionKeys();
    d.omittedWhenDefault = true;
    d.toolTip = QT_TRANSLATE_NOOP(
        "PropertyDef",
        "NAT inside: ip nat inside source, simulated. NAT outside: ip nat outside source, which "
        "translates the address of an outside host (the first address is the outside global, "
        "the second the outside local); outside source NAT: shown, not simulated.");
    return d;
}

PropertyDef name(const char *def, bool referencedByRules = false)
{
    // Rules and links default to no name (they are summarised instead), so their
    // name is optional; an empty name must survive a save/load round trip.
    // Names are looked up when an event is shown, so renaming never re-simulates,
    // except where NAT rules name the object (interface, pool, access list).
    PropertyDef d = text(Field::name, QT_TRANSLATE_NOOP("PropertyDef", "Name"),
                         QString::fromLatin1(def), *def != '\0');
    d.simulated = referencedByRules;
    return d;
}

QList<PropertyDef> build(ObjectKind kind)
{
    const auto ip = [](FieldKey key, const char *label, bool required) {
        return typed(key, label, PropertyType::Ipv4, QString(), required);
    };
    const auto port = [](FieldKey key, const char *label, int def) {
        PropertyDef d = typed(key, label, PropertyType::Port, def);
        d.min = 0;
        d.max = 65535;
        return d;
    };
    switch (kind) {
    case ObjectKind::None:
        return {
            metadata(Field::name, QT_TRANSLATE_NOOP("PropertyDef", "Project name"),
                     QStringLiteral("Untitled"), true),
            metadata(Field::customer, QT_TRANSLATE_NOOP("PropertyDef", "Customer")),
            metadata(Field::author, QT_TRANSLATE_NOOP("PropertyDef", "Author")),
            metadata(Field::description, QT_TRANSLATE_NOOP("PropertyDef", "Description")),
            integer(Field::seed, QT_TRANSLATE_NOOP("PropertyDef", "Random seed"), 1, 0,
                    2147483647),
            integer(Field::duration,
                    QT_TRANSLATE_NOOP("PropertyDef", "Simulated duration (s)"), 600, 1, 604800),
            bookmarks(),
        };
    case ObjectKind::Site:
        return {name("Site"),
                choice(Field::kind, QT_TRANSLATE_NOOP("PropertyDef", "Site kind"),
                       ModelEnums::siteKindKeys(), QStringLiteral("on-prem")),
                position()};
    case ObjectKind::Device: {
        return {name("Router"),
                choice(Field::kind, QT_TRANSLATE_NOOP("PropertyDef", "Device kind"),
                       ModelEnums::deviceKindKeys(), QStringLiteral("router")),
                described(choice(Field::profile,
                                 QT_TRANSLATE_NOOP("PropertyDef", "NAT behaviour profile"),
                                 ModelEnums::profileKeys(), QStringLiteral("cisco-ios")),
                          QT_TRANSLATE_NOOP("PropertyDef",
                                            "How this device allocates ports and matches "
                                            "inbound packets; the sources of each behaviour are "
                                            "in docs/profiles.md.")),
                described(typed(Field::options,
                                QT_TRANSLATE_NOOP("PropertyDef", "Profile options"),
                                PropertyType::TextList, QStringList()),
                          QT_TRANSLATE_NOOP("PropertyDef",
                                            "Options that change the profile's allocation, "
                                            "e.g. random or random-fully (netfilter MASQUERADE/SNAT "
                                            "flags); extended, flat, include-reserve, round-robin "
                                            "(ASA pat-pool keywords); fixedport, no-port-preserve, "
                                            "one-to-one, fixed-port-range, port-block-allocation "
                                            "(FortiGate policy and IP pool settings, applied to the "
                                            "whole device); ports=LOW-HIGH (Juniper SRX pool "
                                            "port range, YAMAHA RTX masquerade port range). See "
                                            "docs/profiles.md for what is assumed.")),
                described(integer(Field::udpTimeout,
                                  QT_TRANSLATE_NOOP("PropertyDef", "UDP timeout (s)"), 300, 1,
                                  2147483),
                          QT_TRANSLATE_NOOP("PropertyDef",
                                            "Idle time after which a UDP translation expires "
                                            "(Cisco: ip nat translation udp-timeout, default "
                                            "300 s; documented; FortiGate: udp-idle-timer, "
                                            "180 s assumed). One timer for the Cisco, FortiGate "
                                            "and RFC 4787 profiles; linux-netfilter has two "
                                            "timers of its own below and does not use this one.")),
                // Netfilter's own timers: the sysctls of the router, per device.
                described(integer(Field::conntrackUdpTimeout,
                                  QT_TRANSLATE_NOOP("PropertyDef",
                                                    "Netfilter: UDP timeout, unreplied (s)"),
                                  30, 1, 2147483),
                          QT_TRANSLATE_NOOP("PropertyDef",
                                            "linux-netfilter only: nf_conntrack_udp_timeout, how "
                                            "long a UDP entry lives while no reply was seen (or "
                                            "within 2 s of its creation). Kernel default 30 s "
                                            "(documented: nf_conntrack-sysctl; measured in "
                                            "tests/fidelity with custom values). Vendors change "
                                            "it: read it with sysctl on the router.")),
                described(integer(Field::conntrackUdpStreamTimeout,
                                  QT_TRANSLATE_NOOP("PropertyDef",
                                                    "Netfilter: UDP timeout, assured (s)"),
                                  120, 1, 2147483),
                          QT_TRANSLATE_NOOP("PropertyDef",
                                            "linux-netfilter only: nf_conntrack_udp_timeout_stream, "
                                            "how long a UDP entry lives once a reply was seen and "
                                            "traffic went on past 2 s (assured). Kernel default "
                                            "120 s (documented: nf_conntrack-sysctl; measured in "
                                            "tests/fidelity with custom values).")),
                described(typed(Field::dropUnsolicitedInbound,
                                QT_TRANSLATE_NOOP("PropertyDef",
                                                  "Netfilter: firewall drops unsolicited inbound"),
                                PropertyType::Bool, false),
                          QT_TRANSLATE_NOOP("PropertyDef",
                                            "linux-netfilter only: whether an INPUT firewall rule "
                                            "drops or rejects packets that reach the router's own "
                                            "address unsolicited. No (the kernel default, no "
                                            "rules): such a packet leaves a conntrack entry that "
                                            "holds its ports toward the sender for the unreplied "
                                            "timeout and pushes a later outbound flow to that "
                                            "sender off its port. Yes (e.g. OpenWrt's stock wan "
                                            "zone, input REJECT): no entry. Both measured in "
                                            "tests/fidelity.")),
                integer(Field::tcpTimeout,
                        QT_TRANSLATE_NOOP("PropertyDef", "TCP timeout (s)"), 86400, 1, 2147483),
                integer(Field::icmpTimeout,
                        QT_TRANSLATE_NOOP("PropertyDef", "ICMP timeout (s)"), 60, 1, 2147483),
                // Filtered outbound ports ("udp/4500", "tcp/443"); diagnosis checks
                // them against the catalogue's required flows.
                typed(Field::blockedPorts,
                      QT_TRANSLATE_NOOP("PropertyDef", "Blocked ports (udp/4500, tcp/443)"),
                      PropertyType::TextList, QStringList()),
                observedTranslations(), observedProbe(), position()};
    }
    case ObjectKind::Interface:
        return {name("GigabitEthernet0/0", true),
                ip(Field::address, QT_TRANSLATE_NOOP("PropertyDef", "Address"), true),
                integer(Field::prefixLength,
                        QT_TRANSLATE_NOOP("PropertyDef", "Prefix length"), 24, 0, 32),
                choice(Field::role, QT_TRANSLATE_NOOP("PropertyDef", "NAT role"),
                       ModelEnums::interfaceRoleKeys(), QStringLiteral("none")),
                text(Field::vrf, QT_TRANSLATE_NOOP("PropertyDef", "VRF")),
                integer(Field::mtu, QT_TRANSLATE_NOOP("PropertyDef", "MTU (bytes)"),
                        1500, 576, 9216)};
    case ObjectKind::Pool:
        return {name("POOL", true),
                ip(Field::start, QT_TRANSLATE_NOOP("PropertyDef", "First address"), true),
                ip(Field::end, QT_TRANSLATE_NOOP("PropertyDef", "Last address"), true),
                integer(Field::prefixLength,
                        QT_TRANSLATE_NOOP("PropertyDef", "Prefix length"), 24, 0, 32)};
    case ObjectKind::AccessList:
        return {name("NAT-ACL", true),
                typed(Field::permit,
                      QT_TRANSLATE_NOOP("PropertyDef", "Permitted sources (CIDR)"),
                      PropertyType::TextList, QStringList())};
    case ObjectKind::Rule:
        return {name(""),
                choice(Field::kind, QT_TRANSLATE_NOOP("PropertyDef", "Rule kind"),
                       ModelEnums::natRuleKindKeys(), QStringLiteral("dynamic-pat")),
                direction(),
                choice(Field::protocol,
                       QT_TRANSLATE_NOOP("PropertyDef", "Protocol (static PAT)"),
                       ModelEnums::protocolKeys(), QStringLiteral("udp")),
                ip(Field::insideLocal, QT_TRANSLATE_NOOP("PropertyDef", "Inside local"), false),
                port(Field::localPort, QT_TRANSLATE_NOOP("PropertyDef", "Local port"), 0),
                ip(Field::insideGlobal, QT_TRANSLATE_NOOP("PropertyDef", "Inside global"), false),
                port(Field::globalPort, QT_TRANSLATE_NOOP("PropertyDef", "Global port"), 0),
                text(Field::accessList,
                     QT_TRANSLATE_NOOP("PropertyDef", "Access list (dynamic)")),
                text(Field::interface,
                     QT_TRANSLATE_NOOP("PropertyDef", "Overload interface")),
                text(Field::pool, QT_TRANSLATE_NOOP("PropertyDef", "Pool")),
                typed(Field::overload, QT_TRANSLATE_NOOP("PropertyDef", "Overload"),
                      PropertyType::Bool, true),
                typed(Field::extendable,
                      QT_TRANSLATE_NOOP("PropertyDef", "Extendable"), PropertyType::Bool, false)};
    case ObjectKind::Appliance: {
        PropertyDef start = typed(Field::deployAt,
                                  QT_TRANSLATE_NOOP("PropertyDef", "Deployed at (s)"),
                                  PropertyType::Real, 0.0);
        PropertyDef tunnelPort = described(
            port(Field::tunnelPort, QT_TRANSLATE_NOOP("PropertyDef", "Tunnel UDP port"), 4500),
            QT_TRANSLATE_NOOP("PropertyDef",
                              "The UDP port a cloud-side appliance sends its tunnel from and "
                              "receives it on: 4500 (NAT-T, documented). Another value models "
                              "something in front of the peer that translates its port, which "
                              "HCX does not support; on-premises appliances always send from "
                              "4500."));
        tunnelPort.min = 1;
        return {name("IX"),
                choice(Field::type, QT_TRANSLATE_NOOP("PropertyDef", "Appliance type"),
                       ModelEnums::applianceTypeKeys(), QStringLiteral("IX")),
                ip(Field::uplinkIp, QT_TRANSLATE_NOOP("PropertyDef", "Uplink IP"), true),
                ip(Field::managementIp, QT_TRANSLATE_NOOP("PropertyDef", "Management IP"), false),
                reference(Field::peer,
                          QT_TRANSLATE_NOOP("PropertyDef", "Peer appliance"),
                          ObjectKind::Appliance, false),
                choice(Field::peerPolicy,
                       QT_TRANSLATE_NOOP("PropertyDef", "Peer port policy"),
                       ModelEnums::peerPolicyKeys(), QString()),
                start,
                // The uplink Network Profile's MTU: the size of the encrypted packets.
                integer(Field::uplinkMtu,
                        QT_TRANSLATE_NOOP("PropertyDef", "Uplink MTU (bytes)"), 1500, 576, 9216),
                described(typed(Field::extraUplinkIps,
                                QT_TRANSLATE_NOOP("PropertyDef", "Additional uplink IPs"),
                                PropertyType::TextList, QStringList()),
                          QT_TRANSLATE_NOOP("PropertyDef",
                                            "Further uplinks of a service appliance (one per "
                                            "Uplink Network Profile; documented: HCX supports "
                                            "multiple uplinks). Each pair of uplinks of the "
                                            "appliance and its peer is simulated as its own "
                                            "tunnel (assumed), so two on-premises uplinks reach "
                                            "the same peer address: the one case where HCX has "
                                            "two tunnels toward one peer address.")),
                tunnelPort, position()};
    }
    case ObjectKind::Link:
        return {name(""),
                reference(Field::a, QT_TRANSLATE_NOOP("PropertyDef", "From"),
                          ObjectKind::None, true),
                reference(Field::b, QT_TRANSLATE_NOOP("PropertyDef", "To"),
                          ObjectKind::None, true)};
    case ObjectKind::Mesh:
        return {name("Service Mesh"),
                reference(Field::sourceSite,
                          QT_TRANSLATE_NOOP("PropertyDef", "Source site"), ObjectKind::Site, true),
                reference(Field::destinationSite,
                          QT_TRANSLATE_NOOP("PropertyDef", "Destination site"), ObjectKind::Site,
                          true),
                typed(Field::services, QT_TRANSLATE_NOOP("PropertyDef", "Services"),
                      PropertyType::TextList, QStringList()),
                reference(Field::pairs,
                          QT_TRANSLATE_NOOP("PropertyDef", "Appliance pairs (source side)"),
                          ObjectKind::Appliance, false, PropertyType::ReferenceList)};
    case ObjectKind::Background: {
        PropertyDef count = integer(Field::count,
                                    QT_TRANSLATE_NOOP("PropertyDef", "Number of flows"), 1, 1,
                                    65535);
        return {name("Office traffic"),
                choice(Field::protocol, QT_TRANSLATE_NOOP("PropertyDef", "Protocol"),
                       ModelEnums::protocolKeys(), QStringLiteral("udp")),
                ip(Field::insideLocal, QT_TRANSLATE_NOOP("PropertyDef", "Inside local"), true),
                port(Field::firstPort, QT_TRANSLATE_NOOP("PropertyDef", "First source port"), 1024),
                count,
                ip(Field::remote, QT_TRANSLATE_NOOP("PropertyDef", "Remote address"), true),
                port(Field::remotePort, QT_TRANSLATE_NOOP("PropertyDef", "Remote port"), 53),
                typed(Field::start, QT_TRANSLATE_NOOP("PropertyDef", "Starts at (s)"),
                      PropertyType::Real, 0.0),
                typed(Field::interval,
                      QT_TRANSLATE_NOOP("PropertyDef", "Refresh interval (s, 0 = once)"),
                      PropertyType::Real, 30.0),
                described(typed(Field::remoteReplies,
                                QT_TRANSLATE_NOOP("PropertyDef", "Remote replies"),
                                PropertyType::Bool, true),
                          QT_TRANSLATE_NOOP("PropertyDef",
                                            "Whether the remote answers each packet (DNS, NTP) "
                                            "or never does (telemetry, a dead server, a scan). "
                                            "Unreplied flows keep netfilter's short unreplied "
                                            "timeout (measured in tests/fidelity); the other "
                                            "profiles time both out alike."))};
    }
    case ObjectKind::Event: {
        PropertyDef target = reference(Field::target,
                                       QT_TRANSLATE_NOOP("PropertyDef", "Target"),
                                       ObjectKind::None, false);
        return {name(""),
                described(choice(Field::action, QT_TRANSLATE_NOOP("PropertyDef", "Action"),
                                 ModelEnums::scenarioActionKeys(),
                                 QStringLiteral("redeploy-appliance")),
                          QT_TRANSLATE_NOOP("PropertyDef",
                                            "What happens at that time to the target (an "
                                            "appliance, a mesh or a NAT device; none = all). "
                                            "\"Cloud peer initiates\": the cloud peers of the "
                                            "target's tunnels send IKE to the on-premises public "
                                            "address, port 4500, unasked, then again every "
                                            "keepalive interval for the duration (assumed: HCX "
                                            "documents on-premises initiation only).")),
                typed(Field::at, QT_TRANSLATE_NOOP("PropertyDef", "At (s)"),
                      PropertyType::Real, 0.0),
                target,
                typed(Field::duration,
                      QT_TRANSLATE_NOOP("PropertyDef", "Duration (s)"), PropertyType::Real,
                      0.0)};
    }
    }
    return {};
}

} // namespace

const QList<PropertyDef> &ProjectSchema::fields(ObjectKind kind)
{
    // Built once (thread-safe static) and only read afterwards: the simulation
    // worker reads it too.
    static const QHash<int, QList<PropertyDef>> cache = [] {
        QHash<int, QList<PropertyDef>> all;
        all.insert(int(ObjectKind::None), build(ObjectKind::None));
        for (ObjectKind k : allKinds())
            all.insert(int(k), build(k));
        return all;
    }();
    static const QList<PropertyDef> none;
    const auto it = cache.constFind(int(kind));
    return it == cache.cend() ? none : *it;
}

const PropertyDef *ProjectSchema::field(ObjectKind kind, FieldKey key)
{
    for (const PropertyDef &d : fields(kind)) {
        if (d.key == key)
            return &d;
    }
    return nullptr;
}

QVariantMap ProjectSchema::toNamed(const FieldValues &values)
{
    QVariantMap named;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        named.insert(it.key().toString(), it.value());
    return named;
}

FieldValues ProjectSchema::fromNamed(ObjectKind kind, const QVariantMap &named)
{
    FieldValues values;
    for (auto it = named.cbegin(); it != named.cend(); ++it) {
        if (const PropertyDef *def = fieldByName(kind, it.key()))
            values.insert(def->key, it.value());
    }
    return values;
}

bool ProjectSchema::affectsSimulation(ObjectKind kind, FieldKey key)
{
    const PropertyDef *def = field(kind, key);
    return !def || def->simulated;
}

const PropertyDef *ProjectSchema::fieldByName(ObjectKind kind, const QString &key)
{
    for (const PropertyDef &d : fields(kind)) {
        if (QLatin1String(d.key.latin1()) == key)
            return &d;
    }
    return nullptr;
}

QList<ObjectKind> ProjectSchema::allKinds()
{
    return {ObjectKind::Site,      ObjectKind::Device, ObjectKind::Interface,
            ObjectKind::Pool,      ObjectKind::AccessList, ObjectKind::Rule,
            ObjectKind::Background, ObjectKind::Appliance, ObjectKind::Link,
            ObjectKind::Mesh, ObjectKind::Event};
}

QString ProjectSchema::kindKey(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::None: return QStringLiteral("project");
    case ObjectKind::Site: return QStringLiteral("site");
    case ObjectKind::Device: return QStringLiteral("device");
    case ObjectKind::Interface: return QStringLiteral("interface");
    case ObjectKind::Pool: return QStringLiteral("pool");
    case ObjectKind::AccessList: return QStringLiteral("accessList");
    case ObjectKind::Rule: return QStringLiteral("rule");
    case ObjectKind::Appliance: return QStringLiteral("appliance");
    case ObjectKind::Link: return QStringLiteral("link");
    case ObjectKind::Mesh: return QStringLiteral("mesh");
    case ObjectKind::Background: return QStringLiteral("background");
    case ObjectKind::Event: return QStringLiteral("event");
    }
    return QString();
}

ObjectKind ProjectSchema::kindFromKey(const QString &key)
{
    for (ObjectKind k : allKinds()) {
        if (kindKey(k) == key)
            return k;
    }
    return ObjectKind::None;
}

QString ProjectSchema::kindDisplayName(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::None: return tr("Project");
    case ObjectKind::Site: return tr("Site");
    case ObjectKind::Device: return tr("NAT device");
    case ObjectKind::Interface: return tr("Interface");
    case ObjectKind::Pool: return tr("NAT pool");
    case ObjectKind::AccessList: return tr("Access list");
    case ObjectKind::Rule: return tr("NAT rule");
    case ObjectKind::Appliance: return tr("HCX appliance");
    case ObjectKind::Link: return tr("Link");
    case ObjectKind::Mesh: return tr("Service mesh");
    case ObjectKind::Background: return tr("Background traffic");
    case ObjectKind::Event: return tr("Scenario event");
    }
    return QString();
}

QList<ObjectKind> ProjectSchema::parentKinds(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Device:
    case ObjectKind::Appliance:
        return {ObjectKind::Site};
    case ObjectKind::Interface:
    case ObjectKind::Pool:
    case ObjectKind::AccessList:
    case ObjectKind::Rule:
    case ObjectKind::Background:
        return {ObjectKind::Device};
    default:
        return {};
    }
}

QString ProjectSchema::label(const PropertyDef &def)
{
    return QCoreApplication::translate("PropertyDef", def.label);
}

QString ProjectSchema::toolTip(const PropertyDef &def)
{
    return def.toolTip ? QCoreApplication::translate("PropertyDef", def.toolTip) : QString();
}

bool ProjectSchema::normalize(const PropertyDef &def, const QVariant &in, QVariant *out,
                              QString *error)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    switch (def.type) {
    case PropertyType::Text: {
        if (!in.canConvert<QString>())
            return fail(tr("expected text"));
        const QString s = in.toString().trimmed();
        if (def.required && s.isEmpty())
            return fail(tr("%1 must not be empty").arg(label(def)));
        *out = s;
        return true;
    }
    case PropertyType::Ipv4: {
        const QString s = in.toString().trimmed();
        if (s.isEmpty()) {
            if (def.required)
                return fail(tr("%1 must not be empty").arg(label(def)));
            *out = s;
            return true;
        }
        if (!Ipv4::isValid(s))
            return fail(tr("\"%1\" is not an IPv4 address (expected a.b.c.d)").arg(s));
        *out = s;
        return true;
    }
    case PropertyType::Port:
    case PropertyType::Integer: {
        bool ok = false;
        const qint64 v = in.typeId() == QMetaType::QString ? in.toString().trimmed().toLongLong(&ok)
                                                            : in.toLongLong(&ok);
        if (!ok || (in.typeId() == QMetaType::Double && in.toDouble() != double(v)))
            return fail(tr("\"%1\" is not a whole number").arg(in.toString()));
        if (v < def.min || v > def.max)
            return fail(tr("%1 must be between %2 and %3").arg(label(def)).arg(def.min).arg(def.max));
        *out = int(v);
        return true;
    }
    case PropertyType::Real: {
        bool ok = false;
        const double v = in.typeId() == QMetaType::QString ? in.toString().trimmed().toDouble(&ok)
                                                            : in.toDouble(&ok);
        if (!ok || !(v >= 0) || v > 1e9)
            return fail(tr("%1 must be a number of seconds of zero or more").arg(label(def)));
        *out = v;
        return true;
    }
    case PropertyType::Bool:
        if (in.typeId() != QMetaType::Bool)
            return fail(tr("expected true or false"));
        *out = in.toBool();
        return true;
    case PropertyType::Choice: {
        const QString s = in.toString();
        if (!def.choices.contains(s))
            return fail(tr("\"%1\" is not one of: %2")
                            .arg(s, def.choices.join(QStringLiteral(", "))));
        *out = s;
        return true;
    }
    case PropertyType::Reference: {
        bool ok = false;
        const qint64 v = in.toLongLong(&ok);
        if (!ok || v < 0 || v > 0xffffffffLL)
            return fail(tr("expected an object id"));
        if (def.required && v == 0)
            return fail(tr("%1 must name an object").arg(label(def)));
        *out = ObjectId(v);
        return true;
    }
    case PropertyType::ReferenceList: {
        if (in.typeId() != QMetaType::QVariantList && in.typeId() != QMetaType::QStringList)
            return fail(tr("expected a list of object ids"));
        QVariantList ids;
        for (const QVariant &v : in.toList()) {
            bool ok = false;
            const qint64 id = v.toLongLong(&ok);
            if (!ok || id <= 0 || id > 0xffffffffLL)
                return fail(tr("expected a list of object ids"));
            ids.append(ObjectId(id));
        }
        *out = ids;
        return true;
    }
    case PropertyType::TextList: {
        if (in.typeId() == QMetaType::QString) {
            QStringList items;
            for (const QString &s : in.toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
                items.append(s.trimmed());
            *out = items;
            return true;
        }
        if (in.typeId() != QMetaType::QStringList && in.typeId() != QMetaType::QVariantList)
            return fail(tr("expected a list of text"));
        QStringList items;
        for (const QVariant &v : in.toList()) {
            if (v.typeId() != QMetaType::QString)
                return fail(tr("expected a list of text"));
            items.append(v.toString().trimmed());
        }
        *out = items;
        return true;
    }
    case PropertyType::Point:
        if (!in.canConvert<QPointF>())
            return fail(tr("expected a position"));
        *out = in.toPointF();
        return true;
    case PropertyType::Records: {
        // Bookmarks are the only records so far; Bookmark knows their members.
        if (def.key != Field::bookmarks)
            break;
        if (in.typeId() != QMetaType::QVariantList && in.typeId() != QMetaType::QStringList)
            return fail(tr("expected a list of bookmarks"));
        QVariantList records;
        const QVariantList items = in.toList();
        for (qsizetype i = 0; i < items.size(); ++i) {
            QVariantMap record;
            QString member;
            QString why;
            if (!Bookmark::normalizeRecord(items.at(i), &record, &member, &why)) {
                // The path inside the field, so a reader's message names the JSON member.
                const QString where = member.isEmpty()
                                          ? QStringLiteral("[%1]").arg(i)
                                          : QStringLiteral("[%1].%2").arg(i).arg(member);
                return fail(tr("%1: %2").arg(where, why));
            }
            records.append(record);
        }
        *out = records;
        return true;
    }
    case PropertyType::ObservedTable:
        // A table, or text to read as one (version 1 files, tests, scripts).
        if (in.userType() == qMetaTypeId<StoredObservedTable>()) {
            *out = in;
            return true;
        }
        if (!in.isValid() || in.typeId() == QMetaType::QString || in.typeId() == QMetaType::QByteArray) {
            *out = QVariant::fromValue(StoredObservedTable::fromText(in.toString()));
            return true;
        }
        return fail(tr("expected a translation table"));
    }
    return fail(tr("unknown field type"));
}
