#include "RandomPortRule.h"

#include "DiagnosisContext.h"

namespace {

// The option in force ("random-fully" wins, as in iptables), empty when none.
QString randomOption(const DiagnosisContext &c, int device)
{
    if (c.profileOf(device) != QLatin1String("linux-netfilter"))
        return QString();
    const QStringList options = c.optionsOf(device);
    for (const char *o : {"random-fully", "random"}) {
        if (options.contains(QLatin1String(o)))
            return QLatin1String(o);
    }
    return QString();
}

} // namespace

bool RandomPortRule::isCase(const DiagnosisContext &c, int device, const Translation &t) const
{
    // Only dynamic PAT draws.
    return t.requestedPort != 0 && !randomOption(c, device).isEmpty();
}

QString RandomPortRule::deviceCause(const DiagnosisContext &c, int device, const Translation &,
                                    const SimulationResult::Tunnel &tunnel) const
{
    return tr("%1 runs Linux netfilter with --%2 on its source NAT: netfilter then draws a random "
              "source port for every new flow, even when the original port is free toward the "
              "destination, so no HCX appliance keeps UDP %3.")
        .arg(c.deviceName(device), randomOption(c, device))
        .arg(tunnel.local.port);
}

QString RandomPortRule::upStory(const DiagnosisContext &c, const SimulationResult::Tunnel &tunnel) const
{
    return tr("Its peer follows the port it sees (%1), so the tunnel works while this translation "
              "lives; after an expiry or a clear the next translation draws another random port, "
              "and the peer's packets go to the old one until IKE runs again.")
        .arg(c.text().policyText(tunnel.policy));
}

QString RandomPortRule::evidenceText(const QString &appliance, const Translation &t) const
{
    // With expects-4500 the port given is also the step where the tunnel goes Down.
    return tr("%1 asks for %2 and is given %3, a random port.")
        .arg(appliance, t.insideLocal.toString(), t.insideGlobal.toString());
}

QString RandomPortRule::findingTitle(const DiagnosisContext &c, int device,
                                     const QString &appliances) const
{
    return tr("%1 randomises source ports (--%2): UDP 4500 lost for %3")
        .arg(c.deviceName(device), randomOption(c, device), appliances);
}

QString RandomPortRule::whyNotRedeploy() const
{
    return tr("Every new translation draws another port, so redeploying the appliances or "
              "clearing the translations does not help.");
}

Fix RandomPortRule::fix(const DiagnosisContext &c, ObjectId device,
                        const QList<ObjectId> &appliances) const
{
    return FixGenerator(c.project()).withoutRandom(device, appliances);
}
