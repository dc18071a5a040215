#include "FortiPortRule.h"

#include "DiagnosisContext.h"
#include "FortiGateBehaviour.h"

bool FortiPortRule::isCase(const DiagnosisContext &c, int device, const Translation &t) const
{
    // A port another session held is a collision (PatCollisionRule).
    return !t.heldBy && t.requestedPort != 0 && c.profileOf(device) == QLatin1String("fortigate");
}

QString FortiPortRule::deviceCause(const DiagnosisContext &c, int device, const Translation &t,
                                   const SimulationResult::Tunnel &) const
{
    if (!FortiGateBehaviour::preservable(t.insideLocal.port))
        return tr("%1 is a FortiGate: its source NAT keeps an original port only within "
                  "5117-65533 (Fortinet: \"Anything below 5117 will be translated to a port "
                  "higher than 5117\"), so no HCX appliance keeps UDP %2 unless the policy has "
                  "set fixedport enable.")
            .arg(c.deviceName(device))
            .arg(t.insideLocal.port);
    return tr("%1 is a FortiGate whose policy does not preserve source ports (%2): every session "
              "is given the next port of the range.")
        .arg(c.deviceName(device), c.optionsOf(device).join(QStringLiteral(", ")));
}

QString FortiPortRule::upStory(const DiagnosisContext &c, const SimulationResult::Tunnel &tunnel) const
{
    return tr("Its peer follows the port it sees (%1), so the tunnel works while this session "
              "lives.")
        .arg(c.text().policyText(tunnel.policy));
}

QString FortiPortRule::findingTitle(const DiagnosisContext &c, int device,
                                    const QString &appliances) const
{
    return tr("%1 (FortiGate) translates UDP 4500: port lost for %2")
        .arg(c.deviceName(device), appliances);
}

QString FortiPortRule::whyNotRedeploy() const
{
    return tr("This happens to every appliance whichever is deployed first, so redeploying or "
              "clearing the sessions does not help.");
}
