#include "NatBehaviour.h"

#include "CiscoAsaBehaviour.h"
#include "CiscoIosBehaviour.h"
#include "FortiGateBehaviour.h"
#include "LinuxNetfilterBehaviour.h"
#include "Rfc4787Behaviour.h"

double NatBehaviour::timeout(Protocol p, bool, const Timeouts &device) const
{
    switch (p) {
    case Protocol::Tcp: return device.tcp;
    case Protocol::Icmp: return device.icmp;
    default: return device.udp;
    }
}

std::unique_ptr<NatBehaviour> NatBehaviour::create(const QString &profile,
                                                   const QStringList &options)
{
    if (profile == QLatin1String("cisco-ios"))
        return std::make_unique<CiscoIosBehaviour>();
    // Option keys as ModelEnums::profileOptionKeys() lists them (the validator
    // refuses any other).
    if (profile == QLatin1String("cisco-asa"))
        return std::make_unique<CiscoAsaBehaviour>(CiscoAsaBehaviour::parse(options));
    if (profile == QLatin1String("linux-netfilter"))
        return std::make_unique<LinuxNetfilterBehaviour>(
            options.contains(QStringLiteral("random"))
            || options.contains(QStringLiteral("random-fully")));
    if (profile == QLatin1String("rfc4787-eim"))
        return std::make_unique<Rfc4787Behaviour>();
    if (profile == QLatin1String("fortigate"))
        return FortiGateBehaviour::fromOptions(options);
    return nullptr;
}
