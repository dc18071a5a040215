#include "PortTranslatedRule.h"

#include "DiagnosisContext.h"

bool PortTranslatedRule::translatesEveryPort(const QString &profile)
{
    return profile == QLatin1String("juniper-srx") || profile == QLatin1String("yamaha-rtx");
}

bool PortTranslatedRule::isCase(const DiagnosisContext &c, int device, const Translation &t) const
{
    // A port held by another translation is a collision (PatCollisionRule).
    return !t.heldBy && translatesEveryPort(c.profileOf(device));
}

QString PortTranslatedRule::deviceCause(const DiagnosisContext &c, int device, const Translation &,
                                        const SimulationResult::Tunnel &tunnel) const
{
    if (c.profileOf(device) == QLatin1String("juniper-srx"))
        return tr("%1 is a Juniper SRX: source NAT with port translation gives every session a "
                  "port of its own from the pool's range, whether or not the original port is "
                  "free, so no HCX appliance keeps UDP %2.")
            .arg(c.deviceName(device))
            .arg(tunnel.local.port);
    return tr("%1 is a YAMAHA RTX: IP masquerade gives each inside address and port an outer port "
              "from its port range, whether or not the original port is free, so no HCX "
              "appliance keeps UDP %2.")
        .arg(c.deviceName(device))
        .arg(tunnel.local.port);
}

QString PortTranslatedRule::evidenceText(const QString &appliance, const Translation &t) const
{
    return tr("%1 asks for %2 and is given %3: the port is translated.")
        .arg(appliance, t.insideLocal.toString(), t.insideGlobal.toString());
}

QString PortTranslatedRule::findingTitle(const DiagnosisContext &c, int device,
                                         const QString &appliances) const
{
    return tr("%1 translates every source port: UDP 4500 lost for %2")
        .arg(c.deviceName(device), appliances);
}

QString PortTranslatedRule::whyNotRedeploy() const
{
    return tr("Redeploying the appliances does not help: only an explicit mapping per appliance "
              "keeps UDP 4500.");
}
