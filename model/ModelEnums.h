#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Enumerations of the project model with their file-format keys and display names.
// Keys are stable (they are written to .meshnat files); display names are translated.

enum class SiteKind { OnPrem, CloudSddc, Internet, HomeLab };
enum class DeviceKind { Router, Firewall };
enum class InterfaceRole { None, Inside, Outside };
enum class NatRuleKind { Static, StaticPat, DynamicPat };
enum class Protocol { Udp, Tcp, Icmp, Esp, Any };
enum class ApplianceType { Manager, CloudManager, IX, NE, WO, SGW, SDR };

class ModelEnums
{
    Q_DECLARE_TR_FUNCTIONS(ModelEnums)
public:
    static QStringList siteKindKeys();
    static QStringList deviceKindKeys();
    static QStringList interfaceRoleKeys();
    static QStringList natRuleKindKeys();
    // ip nat inside source / ip nat outside source (NatRules says which are simulated).
    static QStringList natRuleDirectionKeys();
    static QStringList protocolKeys();
    static QStringList applianceTypeKeys();
    static QStringList profileKeys();     // NAT behaviour profiles (DESIGN.md §3)
    // The options a profile has ("random", "random-fully" for linux-netfilter;
    // "extended" for cisco-asa); empty for a profile without options.
    static QStringList profileOptionKeys(const QString &profile);
    // Whether an option is valid for a profile: one of profileOptionKeys(), or
    // for juniper-srx / yamaha-rtx "ports=LOW-HIGH" with real numbers.
    static bool isProfileOption(const QString &profile, const QString &option);
    static QStringList peerPolicyKeys();  // IPsec peer port policies; "" = catalogue default
    // Scripted scenario actions: redeploy an appliance (target) or a mesh (target),
    // clear a NAT device's table (target), silence an appliance for a duration,
    // let the cloud peers of the target's tunnels send first for a duration.
    static QStringList scenarioActionKeys();

    // Display name for a key of any of the lists above (translated).
    static QString displayName(const QString &key);
};

template<typename E>
inline QString enumKey(E value, const QStringList &keys)
{
    return keys.value(static_cast<int>(value));
}

// Returns false when key is not one of keys.
template<typename E>
inline bool enumFromKey(const QString &key, const QStringList &keys, E *out)
{
    const int i = keys.indexOf(key);
    if (i < 0)
        return false;
    *out = static_cast<E>(i);
    return true;
}
