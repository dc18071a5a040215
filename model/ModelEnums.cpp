#include "ModelEnums.h"

QStringList ModelEnums::siteKindKeys()
{
    return {QStringLiteral("on-prem"), QStringLiteral("cloud-sddc"), QStringLiteral("internet"),
            QStringLiteral("home-lab")};
}

QStringList ModelEnums::deviceKindKeys()
{
    return {QStringLiteral("router"), QStringLiteral("firewall")};
}

QStringList ModelEnums::interfaceRoleKeys()
{
    return {QStringLiteral("none"), QStringLiteral("inside"), QStringLiteral("outside")};
}

QStringList ModelEnums::natRuleKindKeys()
{
    return {QStringLiteral("static"), QStringLiteral("static-pat"), QStringLiteral("dynamic-pat")};
}

QStringList ModelEnums::natRuleDirectionKeys()
{
    return {QStringLiteral("inside"), QStringLiteral("outside")};
}

QStringList ModelEnums::protocolKeys()
{
    return {QStringLiteral("udp"), QStringLiteral("tcp"), QStringLiteral("icmp"),
            QStringLiteral("esp"), QStringLiteral("any")};
}

QStringList ModelEnums::applianceTypeKeys()
{
    return {QStringLiteral("manager"), QStringLiteral("cloud-manager"), QStringLiteral("IX"),
            QStringLiteral("NE"),      QStringLiteral("WO"),            QStringLiteral("SGW"),
            QStringLiteral("SDR")};
}

QStringList ModelEnums::profileKeys()
{
    return {QStringLiteral("cisco-ios"), QStringLiteral("cisco-asa"),
            QStringLiteral("linux-netfilter"), QStringLiteral("rfc4787-eim"),
            QStringLiteral("fortigate"), QStringLiteral("juniper-srx"), QStringLiteral("yamaha-rtx")};
}

QStringList ModelEnums::profileOptionKeys(const QString &profile)
{
    if (profile == QLatin1String("linux-netfilter"))
        return {QStringLiteral("random"), QStringLiteral("random-fully")};
    if (profile == QLatin1String("cisco-asa"))
        return {QStringLiteral("extended"), QStringLiteral("flat"),
                QStringLiteral("include-reserve"), QStringLiteral("round-robin")};
    if (profile == QLatin1String("fortigate"))
        return {QStringLiteral("fixedport"), QStringLiteral("no-port-preserve"),
                QStringLiteral("one-to-one"), QStringLiteral("fixed-port-range"),
                QStringLiteral("port-block-allocation")};
    if (profile == QLatin1String("juniper-srx") || profile == QLatin1String("yamaha-rtx"))
        return {QStringLiteral("ports=LOW-HIGH")};
    return {};
}

bool ModelEnums::isProfileOption(const QString &profile, const QString &option)
{
    // "ports=LOW-HIGH": the port range a PAT rule draws from (SRX source pool
    // "port range", RTX "nat descriptor masquerade port range").
    if (profile == QLatin1String("juniper-srx") || profile == QLatin1String("yamaha-rtx")) {
        if (!option.startsWith(QLatin1String("ports=")))
            return false;
        const QStringList bounds = option.mid(6).split(QLatin1Char('-'));
        bool okLow = false, okHigh = false;
        const int low = bounds.value(0).toInt(&okLow), high = bounds.value(1).toInt(&okHigh);
        return bounds.size() == 2 && okLow && okHigh && low >= 1 && low <= high && high <= 65535;
    }
    return profileOptionKeys(profile).contains(option);
}

QStringList ModelEnums::peerPolicyKeys()
{
    return {QString(), QStringLiteral("expects-4500"), QStringLiteral("learned")};
}

QStringList ModelEnums::scenarioActionKeys()
{
    return {QStringLiteral("redeploy-appliance"), QStringLiteral("redeploy-mesh"),
            QStringLiteral("clear-nat"), QStringLiteral("silence"),
            QStringLiteral("peer-initiates")};
}

QString ModelEnums::displayName(const QString &key)
{
    static const struct {
        const char *key;
        const char *name;
    } names[] = {
        {"on-prem", QT_TR_NOOP("On-premises")},
        {"cloud-sddc", QT_TR_NOOP("Cloud SDDC")},
        {"internet", QT_TR_NOOP("Internet / transit")},
        {"home-lab", QT_TR_NOOP("Home lab")},
        {"router", QT_TR_NOOP("Router")},
        {"firewall", QT_TR_NOOP("Firewall")},
        {"none", QT_TR_NOOP("No NAT role")},
        {"inside", QT_TR_NOOP("NAT inside")},
        {"outside", QT_TR_NOOP("NAT outside")},
        {"static", QT_TR_NOOP("Static NAT (1:1)")},
        {"static-pat", QT_TR_NOOP("Static PAT")},
        {"dynamic-pat", QT_TR_NOOP("Dynamic PAT (overload)")},
        {"udp", QT_TR_NOOP("UDP")},
        {"tcp", QT_TR_NOOP("TCP")},
        {"icmp", QT_TR_NOOP("ICMP")},
        {"esp", QT_TR_NOOP("ESP")},
        {"any", QT_TR_NOOP("Any")},
        {"manager", QT_TR_NOOP("HCX Manager (Connector)")},
        {"cloud-manager", QT_TR_NOOP("HCX Cloud Manager")},
        {"IX", QT_TR_NOOP("IX (Interconnect)")},
        {"NE", QT_TR_NOOP("NE (Network Extension)")},
        {"WO", QT_TR_NOOP("WO (WAN Optimization)")},
        {"SGW", QT_TR_NOOP("SGW (Sentinel Gateway)")},
        {"SDR", QT_TR_NOOP("SDR (Sentinel Data Receiver)")},
        {"cisco-ios", QT_TR_NOOP("Cisco IOS / IOS-XE PAT")},
        {"cisco-asa", QT_TR_NOOP("Cisco ASA")},
        {"linux-netfilter", QT_TR_NOOP("Linux netfilter (consumer router)")},
        {"rfc4787-eim", QT_TR_NOOP("RFC 4787 endpoint-independent")},
        {"fortigate", QT_TR_NOOP("Fortinet FortiGate (FortiOS policy NAT)")},
        {"juniper-srx", QT_TR_NOOP("Juniper SRX source NAT")},
        {"yamaha-rtx", QT_TR_NOOP("YAMAHA RTX NAT descriptor")},
        {"expects-4500", QT_TR_NOOP("Peer expects source port 4500")},
        {"learned", QT_TR_NOOP("Peer learns the observed port")},
        {"redeploy-appliance", QT_TR_NOOP("Redeploy appliance")},
        {"redeploy-mesh", QT_TR_NOOP("Redeploy service mesh")},
        {"clear-nat", QT_TR_NOOP("Clear NAT translations")},
        {"silence", QT_TR_NOOP("Silence appliance")},
        {"peer-initiates", QT_TR_NOOP("Cloud peer initiates")},
    };
    if (key.isEmpty())
        return tr("Catalogue default");
    for (const auto &n : names) {
        if (key == QLatin1String(n.key))
            return tr(n.name);
    }
    return key;
}
