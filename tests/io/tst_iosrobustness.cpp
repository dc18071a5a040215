// Cisco IOS configurations as customers send them (issue #16, item 2): without
// indentation, as show running-config printed them through a terminal, with
// range-mode pools, route-map NAT, extendable statics, outside source NAT and
// ALG switches. Each construct is either imported or listed with its line and
// why (an outside source rule is imported as a rule with direction outside:
// shown everywhere, never simulated); a malformed or truncated line is an issue at its line and nothing else
// why; a malformed or truncated line is an issue at its line and nothing else
// is lost. Samples follow the documented syntax (e.g. "ip nat pool name
// starting-address ending-address [netmask value | prefix-length length]",
// Cisco IOS in a Nutshell, ip nat pool).
#include "CiscoConfigReader.h"
#include "Examples.h"
#include "NatDeviceConfig.h"
#include "NatRules.h"
#include "Project.h"
#include "ProjectImporter.h"
#include "ProjectReader.h"
#include "ProjectValidator.h"
#include "ProjectWriter.h"
#include "PropertyModel.h"
#include "SimDump.h"
#include "Simulator.h"
#include "TopologyTreeModel.h"

#include <QtTest>

namespace {

QList<int> linesOf(const CiscoConfig &c, ImportIssue::Severity s)
{
    QList<int> out;
    for (const ImportIssue &i : c.issues) {
        if (i.severity == s)
            out.append(i.line);
    }
    return out;
}

const ImportIssue *noteAt(const ImportPlan &plan, int line)
{
    for (const ImportIssue &n : plan.notes) {
        if (n.line == line)
            return &n;
    }
    return nullptr;
}

ObjectId childNamed(const Project &p, ObjectId parent, ObjectKind kind, const QString &name)
{
    for (ObjectId id : p.children(parent)) {
        if (p.kind(id) == kind && p.name(id) == name)
            return id;
    }
    return NoId;
}

QList<ObjectId> childrenOf(const Project &p, ObjectId parent, ObjectKind kind)
{
    QList<ObjectId> out;
    for (ObjectId id : p.children(parent)) {
        if (p.kind(id) == kind)
            out.append(id);
    }
    return out;
}

// Applies the import of `config` to a new project; the device's id.
ObjectId importInto(Project &project, const CiscoConfig &config, ImportPlan *planOut = nullptr)
{
    const ImportPlan plan = ProjectImporter::plan(project, &config, nullptr, nullptr, nullptr, {});
    ChangeSet::Applied applied;
    QString error;
    if (!plan.changes.apply(&project, &applied, &error))
        qWarning("%s", qPrintable(error));
    if (planOut)
        *planOut = plan;
    const QList<ObjectId> devices = project.objects(ObjectKind::Device);
    return devices.isEmpty() ? NoId : devices.first();
}

const char *const Indented =
    "hostname EDGE\n"
    "interface GigabitEthernet0/0\n"
    " description LAN\n"
    " ip address 192.19.72.1 255.255.255.0\n"
    " ip nat inside\n"
    "!\n"
    "interface GigabitEthernet0/1\n"
    " ip address 19.155.80.72 255.255.255.0\n"
    " ip nat outside\n"
    " duplex auto\n"
    "!\n"
    "ip access-list standard HCX\n"
    " 10 permit 192.19.72.0 0.0.0.255\n"
    "ip nat inside source list HCX interface GigabitEthernet0/1 overload\n";

} // namespace

class TestIosRobustness : public QObject
{
    Q_OBJECT

private slots:
    void unindentedConfigurationKeepsItsBlocks();
    void unindentedImportPointsAtRealInterfaces();
    void showRunningConfigCapture();
    void poolWithPrefixLengthAndAddressRanges();
    void routeMapNat();
    void staticExtendable();
    void outsideSourceIsARuleNotSimulated();
    void outsideSourceKindsAndPorts();
    void outsideRuleLeavesTheSimulationBitIdentical();
    void directionSurvivesSaveAndLoad();
    void fileWithoutDirectionReadsAsInside();
    void outsideRuleIsShownMarked();
    void noIpNatService();
    void malformedAndTruncatedLines();
    void abbreviatedInterfaceInARule();
    void ruleOnInterfaceWithoutAddressIsListed();
    void sniffs();
};

void TestIosRobustness::unindentedConfigurationKeepsItsBlocks()
{
    // The same configuration with every line at column 0 (a ticket, a web page).
    QString flat;
    for (const QString &line : QString::fromLatin1(Indented).split(QLatin1Char('\n')))
        flat += line.trimmed() + QLatin1Char('\n');
    const CiscoConfig indented = CiscoConfigReader::readText(QString::fromLatin1(Indented));
    const CiscoConfig c = CiscoConfigReader::readText(flat);
    QCOMPARE(c.interfaces.size(), 2);
    QCOMPARE(c.interfaces.at(0).address, QStringLiteral("192.19.72.1"));
    QCOMPARE(c.interfaces.at(0).prefixLength, 24);
    QCOMPARE(c.interfaces.at(0).natRole, QStringLiteral("inside"));
    QCOMPARE(c.interfaces.at(0).description, QStringLiteral("LAN"));
    QCOMPARE(c.interfaces.at(1).natRole, QStringLiteral("outside"));
    QCOMPARE(c.accessList("HCX")->entries.size(), 1);
    QCOMPARE(c.rules.size(), 1);
    QCOMPARE(c.understood, indented.understood);
    // The same unknown line (duplex), and one note saying how it was read.
    QCOMPARE(linesOf(c, ImportIssue::Unknown), linesOf(indented, ImportIssue::Unknown));
    QCOMPARE(linesOf(c, ImportIssue::Note), QList<int>{3});
    QVERIFY(linesOf(c, ImportIssue::Error).isEmpty());
}

void TestIosRobustness::unindentedImportPointsAtRealInterfaces()
{
    // The new user's case: "2 interfaces" and a rule, but no interface objects.
    const CiscoConfig c = CiscoConfigReader::readText(
        "interface GigabitEthernet0/0\n"
        "ip address 10.1.1.1 255.255.255.0\n"
        "ip nat inside\n"
        "interface GigabitEthernet0/1\n"
        "ip address 203.0.113.2 255.255.255.252\n"
        "ip nat outside\n"
        "access-list 1 permit 10.1.1.0 0.0.0.255\n"
        "ip nat inside source list 1 interface GigabitEthernet0/1 overload\n");
    Project project;
    const ObjectId device = importInto(project, c);
    QVERIFY(device != NoId);
    const QList<ObjectId> interfaces = childrenOf(project, device, ObjectKind::Interface);
    QCOMPARE(interfaces.size(), 2);
    const QList<ObjectId> rules = childrenOf(project, device, ObjectKind::Rule);
    QCOMPARE(rules.size(), 1);
    const QString onto = project.text(rules.first(), Field::interface);
    const ObjectId outside = childNamed(project, device, ObjectKind::Interface, onto);
    QVERIFY2(outside != NoId, qPrintable(onto));
    QCOMPARE(project.text(outside, Field::role), QStringLiteral("outside"));
    QCOMPARE(project.text(outside, Field::address), QStringLiteral("203.0.113.2"));
    QStringList warnings;
    const NatDeviceConfig compiled = NatDeviceConfig::fromProject(project, device, &warnings);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join('\n')));
    QCOMPARE(compiled.dynamics.size(), 1);
}

void TestIosRobustness::showRunningConfigCapture()
{
    // What a terminal capture holds: the prompt and command, the headers, CRLF,
    // a tab-indented line, the pager's prompt erased by backspaces and blanks,
    // and the prompt again at the end.
    const QString capture = QStringLiteral(
        "EDGE#show running-config\r\n"
        "Building configuration...\r\n"
        "\r\n"
        "Current configuration : 1234 bytes\r\n"
        "!\r\n"
        "hostname EDGE\r\n"
        "interface GigabitEthernet0/0\r\n"
        "\tip address 192.19.72.1 255.255.255.0\r\n"
        " --More-- \b\b\b\b\b\b\b\b\b\b          \b\b\b\b\b\b\b\b\b\b ip nat inside\r\n"
        "interface GigabitEthernet0/1\r\n"
        " ip address 19.155.80.72 255.255.255.0\r\n"
        " ip nat outside\r\n"
        "ip nat pool P 19.155.80.80 19.155.80.81 prefix-length 24\r\n"
        " --More-- \b\b\b\b\b\b\b\b\b\b          \b\b\b\b\b\b\b\b\b\bip nat inside source list 1 pool P overload\r\n"
        "access-list 1 permit 192.19.72.0 0.0.0.255\r\n"
        "end\r\n"
        "\r\n"
        "EDGE#");
    const CiscoConfig c = CiscoConfigReader::readText(capture);
    QCOMPARE(c.hostname, QStringLiteral("EDGE"));
    QCOMPARE(c.interfaces.size(), 2);
    QCOMPARE(c.interfaces.at(0).address, QStringLiteral("192.19.72.1"));
    QCOMPARE(c.interfaces.at(0).natRole, QStringLiteral("inside"));
    QCOMPARE(c.rules.size(), 1);
    QCOMPARE(c.rules.first().pool, QStringLiteral("P"));
    QCOMPARE(c.rules.first().line, 14);
    // Terminal noise is not configuration: nothing to report.
    QVERIFY2(c.issues.isEmpty(), qPrintable(c.issues.value(0).text + c.issues.value(0).message));
    QCOMPARE(c.lines, 18);
}

void TestIosRobustness::poolWithPrefixLengthAndAddressRanges()
{
    // Range mode: "ip nat pool NAME prefix-length N", then "address FIRST LAST"
    // lines; indented and not; a malformed range at its line, the rest kept.
    const CiscoConfig c = CiscoConfigReader::readText(
        "ip nat pool fred prefix-length 24\n"
        " address 171.69.233.225 171.69.233.226\n"
        " address 171.69.233.228 171.69.233.238\n"
        "ip nat pool flat prefix-length 28\n"
        "address 198.51.100.1 198.51.100.6\n"
        "address 198.51.100.9\n"
        "address 198.51.100.12 198.51.100.10\n"
        "address 198.51.100.11 198.51.100.14\n"
        "ip nat inside source list 1 pool fred overload\n"
        "access-list 1 permit 10.0.0.0 0.0.0.255\n");
    QCOMPARE(c.pools.size(), 2);
    QCOMPARE(c.pool("fred")->prefixLength, 24);
    QCOMPARE(c.pool("fred")->ranges.size(), 2);
    QCOMPARE(c.pool("fred")->ranges.at(1),
             (QPair<QString, QString>("171.69.233.228", "171.69.233.238")));
    QCOMPARE(c.pool("flat")->ranges.size(), 2);
    QCOMPARE(linesOf(c, ImportIssue::Unknown), QList<int>{6}); // truncated: no last address
    QCOMPARE(linesOf(c, ImportIssue::Error), QList<int>{7});   // first after last
    Project project;
    ImportPlan plan;
    const ObjectId device = importInto(project, c, &plan);
    const ObjectId fred = childNamed(project, device, ObjectKind::Pool, "fred");
    QCOMPARE(project.text(fred, Field::start), QStringLiteral("171.69.233.225"));
    QCOMPARE(project.value(fred, Field::prefixLength).toInt(), 24);
    // Only the first range is modelled: listed at the pool's line.
    QVERIFY(noteAt(plan, 1));
    QCOMPARE(childrenOf(project, device, ObjectKind::Rule).size(), 1);
}

void TestIosRobustness::routeMapNat()
{
    const CiscoConfig c = CiscoConfigReader::readText(
        "interface Ethernet1\n"
        " ip address 203.0.113.2 255.255.255.0\n"
        " ip nat outside\n"
        "access-list 101 permit ip 10.1.1.0 0.0.0.255 any\n"
        "route-map isp1 permit 10\n"
        " match ip address 101\n"
        " match interface Ethernet1\n"
        "route-map nothing permit 10\n"
        " set ip next-hop 203.0.113.1\n"
        "ip nat inside source route-map isp1 interface Ethernet1 overload\n"
        "ip nat inside source route-map nothing interface Ethernet1 overload\n"
        "ip nat inside source route-map missing interface Ethernet1 overload\n");
    QCOMPARE(c.routeMaps.size(), 2);
    QCOMPARE(c.routeMap("isp1")->accessLists, QStringList{"101"});
    QCOMPARE(c.rules.size(), 3);
    QCOMPARE(c.rules.first().kind, CiscoConfig::NatRule::DynamicRouteMap);
    QVERIFY(linesOf(c, ImportIssue::Note).contains(7)); // match interface: recorded, not modelled
    QCOMPARE(linesOf(c, ImportIssue::Unknown), QList<int>{9});
    Project project;
    ImportPlan plan;
    const ObjectId device = importInto(project, c, &plan);
    const QList<ObjectId> rules = childrenOf(project, device, ObjectKind::Rule);
    QCOMPARE(rules.size(), 1);
    QCOMPARE(project.text(rules.first(), Field::accessList), QStringLiteral("101"));
    QVERIFY(childNamed(project, device, ObjectKind::AccessList, "101") != NoId);
    // The route-maps that match no access list: listed at their rule's line.
    QVERIFY(noteAt(plan, 11));
    QVERIFY(noteAt(plan, 12));
}

void TestIosRobustness::staticExtendable()
{
    // One inside host reachable at two global addresses needs extendable.
    const CiscoConfig c = CiscoConfigReader::readText(
        "ip nat inside source static 192.168.1.1 203.0.113.10 extendable\n"
        "ip nat inside source static 192.168.1.1 198.51.100.10 extendable\n"
        "ip nat inside source static udp 192.168.1.2 4500 203.0.113.11 4500 extendable\n");
    QCOMPARE(c.rules.size(), 3);
    for (const CiscoConfig::NatRule &r : c.rules)
        QVERIFY(r.extendable);
    QVERIFY(c.issues.isEmpty());
    Project project;
    const ObjectId device = importInto(project, c);
    const QList<ObjectId> rules = childrenOf(project, device, ObjectKind::Rule);
    QCOMPARE(rules.size(), 3);
    for (ObjectId r : rules)
        QVERIFY(project.value(r, Field::extendable).toBool());
    QCOMPARE(project.text(rules.at(1), Field::insideGlobal), QStringLiteral("198.51.100.10"));
}

void TestIosRobustness::outsideSourceIsARuleNotSimulated()
{
    const CiscoConfig c = CiscoConfigReader::readText(
        "ip nat outside source static 198.51.100.9 10.9.9.9 add-route\n"
        "ip nat outside source list 5 pool OUT\n"
        "ip nat inside source static 192.168.1.1 203.0.113.10\n");
    QCOMPARE(c.rules.size(), 3);
    QCOMPARE(c.rules.at(0).direction, QStringLiteral("outside"));
    QCOMPARE(c.rules.at(0).local, QStringLiteral("198.51.100.9"));
    QCOMPARE(c.rules.at(0).global, QStringLiteral("10.9.9.9"));
    // The reader does not note them: the importer does, once (below).
    QVERIFY(linesOf(c, ImportIssue::Note).isEmpty());
    Project project;
    ImportPlan plan;
    const ObjectId device = importInto(project, c, &plan);
    // The static outside rule is an object: outside global first, outside local second.
    const QList<ObjectId> rules = childrenOf(project, device, ObjectKind::Rule);
    QCOMPARE(rules.size(), 2);
    const ObjectId outside = rules.at(0);
    QCOMPARE(project.text(outside, Field::direction), QStringLiteral("outside"));
    QCOMPARE(project.text(outside, Field::kind), QStringLiteral("static"));
    QCOMPARE(project.text(outside, Field::insideLocal), QStringLiteral("198.51.100.9"));
    QCOMPARE(project.text(outside, Field::insideGlobal), QStringLiteral("10.9.9.9"));
    QCOMPARE(project.text(rules.at(1), Field::direction), QStringLiteral("inside"));
    QVERIFY(!NatRules::isSimulated(project, outside));
    QVERIFY(NatRules::isSimulated(project, rules.at(1)));
    QCOMPARE(NatRules::notSimulated(project, device), QList<ObjectId>{outside});
    // A note at its line says so; the list rule names a missing access list.
    const ImportIssue *n = noteAt(plan, 1);
    QVERIFY(n);
    QVERIFY2(n->message.contains("not simulated") && n->message.contains("direction outside"),
             qPrintable(n->message));
    QVERIFY(n->text.startsWith("ip nat outside source"));
    QVERIFY(noteAt(plan, 2));
    QVERIFY2(noteAt(plan, 2)->message.contains("access list 5"), qPrintable(noteAt(plan, 2)->message));
    // The engine compiles the inside rule only.
    QStringList warnings;
    const NatDeviceConfig compiled = NatDeviceConfig::fromProject(project, device, &warnings);
    QCOMPARE(compiled.statics.size(), 1);
    QCOMPARE(compiled.statics.first().rule, rules.at(1));
    QVERIFY(compiled.staticPats.isEmpty() && compiled.dynamics.isEmpty());
    // The validator names it at Info level: never an error, never silent.
    int infos = 0;
    for (const ValidationIssue &i : ProjectValidator::validate(project)) {
        if (i.id != outside)
            continue;
        QCOMPARE(i.severity, ValidationIssue::Info);
        QCOMPARE(i.field.toString(), QStringLiteral("direction"));
        QVERIFY2(i.message.contains(project.displayName(outside)) && i.message.contains("not simulated"),
                 qPrintable(i.message));
        QVERIFY(ProjectValidator::format(project, i).startsWith("Info: "));
        ++infos;
    }
    QCOMPARE(infos, 1);
}

void TestIosRobustness::outsideSourceKindsAndPorts()
{
    // Every form maps onto the rule kind its inside twin has, with direction outside.
    const CiscoConfig c = CiscoConfigReader::readText(
        "interface GigabitEthernet0/0\n"
        " ip address 192.168.1.1 255.255.255.0\n"
        " ip nat inside\n"
        "interface GigabitEthernet0/1\n"
        " ip address 203.0.113.2 255.255.255.0\n"
        " ip nat outside\n"
        "access-list 5 permit 198.51.100.0 0.0.0.255\n"
        "ip nat pool OUT 10.9.9.100 10.9.9.110 prefix-length 24\n"
        "ip nat outside source static tcp 198.51.100.9 443 10.9.9.9 8443\n"
        "ip nat outside source list 5 pool OUT\n"
        "ip nat inside source list 5 interface GigabitEthernet0/1 overload\n");
    Project project;
    ImportPlan plan;
    const ObjectId device = importInto(project, c, &plan);
    const QList<ObjectId> rules = childrenOf(project, device, ObjectKind::Rule);
    QCOMPARE(rules.size(), 3);
    const ObjectId pat = rules.at(0), list = rules.at(1);
    QCOMPARE(project.text(pat, Field::kind), QStringLiteral("static-pat"));
    QCOMPARE(project.text(pat, Field::protocol), QStringLiteral("tcp"));
    QCOMPARE(project.text(pat, Field::insideLocal), QStringLiteral("198.51.100.9"));
    QCOMPARE(project.value(pat, Field::localPort).toInt(), 443);
    QCOMPARE(project.text(pat, Field::insideGlobal), QStringLiteral("10.9.9.9"));
    QCOMPARE(project.value(pat, Field::globalPort).toInt(), 8443);
    QCOMPARE(project.text(list, Field::kind), QStringLiteral("dynamic-pat"));
    QCOMPARE(project.text(list, Field::accessList), QStringLiteral("5"));
    QCOMPARE(project.text(list, Field::pool), QStringLiteral("OUT"));
    for (ObjectId r : {pat, list}) {
        QCOMPARE(project.text(r, Field::direction), QStringLiteral("outside"));
        QVERIFY(!NatRules::isSimulated(project, r));
    }
    QCOMPARE(project.text(rules.at(2), Field::direction), QStringLiteral("inside"));
    QVERIFY(noteAt(plan, 9) && noteAt(plan, 10));
    // Only the inside rule is compiled, and no validator error comes of the
    // outside ones (their pool is not on the outside subnet, and need not be).
    QStringList warnings;
    const NatDeviceConfig compiled = NatDeviceConfig::fromProject(project, device, &warnings);
    QVERIFY(warnings.isEmpty());
    QCOMPARE(compiled.dynamics.size(), 1);
    QCOMPARE(compiled.dynamics.first().rule, rules.at(2));
    QVERIFY(compiled.statics.isEmpty() && compiled.staticPats.isEmpty());
    int infos = 0;
    for (const ValidationIssue &i : ProjectValidator::validate(project)) {
        QVERIFY2(i.severity == ValidationIssue::Info, qPrintable(ProjectValidator::format(project, i)));
        ++infos;
    }
    QCOMPARE(infos, 2);
}

namespace {

bool loadSeed(Project *p)
{
    ProjectReader reader;
    if (reader.read(Examples::resourcePath(QStringLiteral("seed-incident")), p))
        return true;
    qWarning("%s", qPrintable(reader.errorString()));
    return false;
}

QByteArray simulationDump(const Project &project)
{
    QByteArray out;
    simdump::dump(*Simulator::run(project), [&](const QByteArray &chunk) { out += chunk; });
    return out;
}

// A static rule whose first address is the IX appliance's: as an inside rule it
// would map the IX 1:1 instead of through the office PAT.
ObjectId addRule(Project &project, const QString &direction)
{
    const ObjectId router = project.findByName(ObjectKind::Device, QStringLiteral("Customer edge router"));
    return project.create(ObjectKind::Rule, router,
                          {{Field::kind, QStringLiteral("static")},
                           {Field::direction, direction},
                           {Field::insideLocal, QStringLiteral("192.19.72.202")},
                           {Field::insideGlobal, QStringLiteral("19.155.80.99")},
                           {Field::overload, false}});
}

} // namespace

void TestIosRobustness::outsideRuleLeavesTheSimulationBitIdentical()
{
    Project seed;
    QVERIFY(loadSeed(&seed));
    const QByteArray without = simulationDump(seed);
    QVERIFY(without.contains("\nE0 "));
    Project withOutside;
    QVERIFY(loadSeed(&withOutside));
    QVERIFY(addRule(withOutside, QStringLiteral("outside")) != NoId);
    QCOMPARE(simulationDump(withOutside), without);
    // The same rule as an inside rule does change the run: the check can fail.
    Project withInside;
    QVERIFY(loadSeed(&withInside));
    QVERIFY(addRule(withInside, QStringLiteral("inside")) != NoId);
    QVERIFY(simulationDump(withInside) != without);
}

void TestIosRobustness::directionSurvivesSaveAndLoad()
{
    Project project;
    QVERIFY(loadSeed(&project));
    const ObjectId rule = addRule(project, QStringLiteral("outside"));
    const QByteArray json = ProjectWriter::toJson(project);
    // Written for the outside rule only: inside rules stay as older files have them.
    QCOMPARE(json.count("\"direction\""), 1);
    QVERIFY(json.contains("\"direction\": \"outside\""));
    Project loaded;
    ProjectReader reader;
    QVERIFY2(reader.readData(json, QStringLiteral("outside.meshnat"), &loaded), qPrintable(reader.errorString()));
    QCOMPARE(loaded.text(rule, Field::direction), QStringLiteral("outside"));
    QVERIFY(!NatRules::isSimulated(loaded, rule));
    QCOMPARE(ProjectWriter::toJson(loaded), json);
    // Back to inside: the field is no longer written.
    QVERIFY(loaded.setValue(rule, Field::direction, QStringLiteral("inside")));
    QVERIFY(!ProjectWriter::toJson(loaded).contains("\"direction\""));
    // A value that is not a direction is refused.
    QString error;
    QVERIFY(!loaded.setValue(rule, Field::direction, QStringLiteral("sideways"), &error));
    QVERIFY(!error.isEmpty());
}

void TestIosRobustness::fileWithoutDirectionReadsAsInside()
{
    // The bundled example predates the field: its rule reads as inside and the
    // file is still written byte for byte as stored.
    QFile file(Examples::resourcePath(QStringLiteral("seed-incident")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    QVERIFY(!stored.contains("\"direction\""));
    Project project;
    QVERIFY(loadSeed(&project));
    const QList<ObjectId> rules = project.objects(ObjectKind::Rule);
    QVERIFY(!rules.isEmpty());
    for (ObjectId r : rules) {
        QCOMPARE(project.text(r, Field::direction), QStringLiteral("inside"));
        QVERIFY(NatRules::isSimulated(project, r));
    }
    QCOMPARE(ProjectWriter::toJson(project), stored);
}

void TestIosRobustness::outsideRuleIsShownMarked()
{
    Project project;
    QVERIFY(loadSeed(&project));
    const ObjectId rule = addRule(project, QStringLiteral("outside"));
    // The property editor has a direction row saying it is not simulated.
    PropertyModel properties(&project);
    properties.setObject(rule);
    int row = -1;
    for (int r = 0; r < properties.rowCount(); ++r) {
        if (properties.index(r, 0).data(PropertyModel::KeyRole).toString() == QLatin1String("direction"))
            row = r;
    }
    QVERIFY(row >= 0);
    const QModelIndex value = properties.index(row, PropertyModel::ValueColumn);
    QCOMPARE(properties.index(row, PropertyModel::LabelColumn).data().toString(), QStringLiteral("Direction"));
    QVERIFY2(value.data().toString().contains("not simulated"), qPrintable(value.data().toString()));
    QVERIFY(value.data(Qt::ToolTipRole).toString().contains(NatRules::notSimulatedNote()));
    QCOMPARE(value.data(PropertyModel::ChoicesRole).toStringList(), (QStringList{"inside", "outside"}));
    QVERIFY(properties.flags(value) & Qt::ItemIsEditable);
    // An inside rule shows the row without the note.
    properties.setObject(project.objects(ObjectKind::Rule).first());
    QVERIFY(!properties.index(row, PropertyModel::ValueColumn).data().toString().contains("not simulated"));
    // The topology tree marks the rule.
    TopologyTreeModel tree(&project);
    const QModelIndex item = tree.indexOf(rule);
    QVERIFY(item.isValid());
    const QString detail = item.siblingAtColumn(TopologyTreeModel::DetailColumn).data().toString();
    QVERIFY2(detail.endsWith(NatRules::notSimulatedMark()), qPrintable(detail));
}

void TestIosRobustness::noIpNatService()
{
    const CiscoConfig c = CiscoConfigReader::readText(
        "no ip nat service sip udp port 5060\n"
        "no ip nat service H225\n"
        "ip nat service ras\n"
        "no ip nat create flow-entries\n");
    QCOMPARE(c.understood, 4);
    QCOMPARE(c.settings.size(), 4);
    QCOMPARE(c.settings.first().text, QStringLiteral("no ip nat service sip udp port 5060"));
    QCOMPARE(linesOf(c, ImportIssue::Note), (QList<int>{1, 2, 3, 4}));
    QVERIFY(c.issues.first().message.contains("ALG"));
    QVERIFY(linesOf(c, ImportIssue::Unknown).isEmpty());
}

void TestIosRobustness::malformedAndTruncatedLines()
{
    // A capture cut off mid-line, and mistyped statements: each an issue at its
    // line; the good lines around them are all read.
    const CiscoConfig c = CiscoConfigReader::readText(
        "interface GigabitEthernet0/0\n"
        " ip address 192.19.72.1 255.255.255.0\n"
        " ip nat inside\n"
        "interface GigabitEthernet0/1\n"
        " ip address 19.155.80.72\n"
        " ip nat outside\n"
        "ip nat inside source static udp 192.19.72.202\n"
        "ip nat inside source static 192.19.72.203 19.155.80.75 extendable\n"
        "ip nat pool X 19.155.80.80 19.155.80.81 prefix-len\n"
        "ip nat inside source list 1 interface GigabitEthernet0/1 overload\n"
        "access-list 1 permit 192.19.72.0 0.0.0.255\n"
        "ip nat inside source list 1 interf");
    QCOMPARE(linesOf(c, ImportIssue::Error), (QList<int>{5, 7, 9, 12}));
    QCOMPARE(c.interfaces.size(), 2);
    QCOMPARE(c.interfaces.at(1).natRole, QStringLiteral("outside"));
    QCOMPARE(c.rules.size(), 2);
    QCOMPARE(c.rules.at(0).line, 8);
    QCOMPARE(c.rules.at(1).line, 10);
    QCOMPARE(c.lines, 12);
    for (const ImportIssue &i : c.issues)
        QVERIFY(!i.text.isEmpty() && !i.message.isEmpty());
}

void TestIosRobustness::abbreviatedInterfaceInARule()
{
    const CiscoConfig c = CiscoConfigReader::readText(
        "interface GigabitEthernet0/1\n"
        " ip address 19.155.80.72 255.255.255.0\n"
        " ip nat outside\n"
        "access-list 1 permit 192.19.72.0 0.0.0.255\n"
        "ip nat inside source list 1 interface Gi0/1 overload\n");
    QVERIFY(c.interface("gi0/1"));
    QVERIFY(!c.interface("Gi0/2"));
    Project project;
    const ObjectId device = importInto(project, c);
    const QList<ObjectId> rules = childrenOf(project, device, ObjectKind::Rule);
    QCOMPARE(rules.size(), 1);
    QCOMPARE(project.text(rules.first(), Field::interface), QStringLiteral("GigabitEthernet0/1"));
}

void TestIosRobustness::ruleOnInterfaceWithoutAddressIsListed()
{
    const CiscoConfig c = CiscoConfigReader::readText(
        "interface Dialer1\n"
        " ip address negotiated\n"
        " ip nat outside\n"
        "interface GigabitEthernet0/3\n"
        " no ip address\n"
        " shutdown\n"
        "access-list 1 permit 192.19.72.0 0.0.0.255\n"
        "ip nat inside source list 1 interface Dialer1 overload\n"
        "ip nat inside source list 1 interface Tunnel9 overload\n");
    Project project;
    ImportPlan plan;
    const ObjectId device = importInto(project, c, &plan);
    QCOMPARE(childrenOf(project, device, ObjectKind::Rule).size(), 0);
    QCOMPARE(childrenOf(project, device, ObjectKind::Interface).size(), 0);
    QVERIFY(noteAt(plan, 1));  // Dialer1: no static address
    QVERIFY(noteAt(plan, 4));  // Gi0/3: no address
    QVERIFY(noteAt(plan, 8));  // its rule, and why
    QVERIFY(noteAt(plan, 8)->message.contains("Dialer1"));
    QVERIFY(noteAt(plan, 9)->message.contains("Tunnel9"));
}

void TestIosRobustness::sniffs()
{
    QCOMPARE(CiscoConfigReader::sniff("Building configuration...\n\nCurrent configuration : 99 bytes\n"), 95);
    QVERIFY(CiscoConfigReader::sniff(Indented) >= 90);
    QVERIFY(CiscoConfigReader::sniff("R1#show run\r\ninterface Gi0/0\r\nip address 10.0.0.1 255.0.0.0\r\n"
                                     "ip nat inside\r\n")
            >= 80);
    QCOMPARE(CiscoConfigReader::sniff("Pro Inside global Inside local Outside local Outside global\n"), 0);
    QCOMPARE(CiscoConfigReader::sniff("*nat\n:PREROUTING ACCEPT [0:0]\n-A POSTROUTING -j MASQUERADE\n"), 0);
}

QTEST_GUILESS_MAIN(TestIosRobustness)
#include "tst_iosrobustness.moc"
