#pragma once

#include "TranslatedPortRule.h"

// A NAT whose PAT never keeps the source port (Juniper SRX source NAT with port
// translation, YAMAHA RTX IPマスカレード) gives a tunnel another port than
// UDP 4500 although no other translation holds 4500.
class PortTranslatedRule : public TranslatedPortRule
{
    Q_DECLARE_TR_FUNCTIONS(PortTranslatedRule)
public:
    QString key() const override { return QStringLiteral("port-translated"); }
    QString title() const override { return tr("Source port always translated (SRX, RTX)"); }

    // Whether the profile's PAT translates every source port.
    static bool translatesEveryPort(const QString &profile);

protected:
    bool isCase(const DiagnosisContext &c, int device, const Translation &t) const override;
    QString deviceCause(const DiagnosisContext &c, int device, const Translation &t,
                        const SimulationResult::Tunnel &tunnel) const override;
    QString evidenceText(const QString &appliance, const Translation &t) const override;
    QString findingTitle(const DiagnosisContext &c, int device,
                         const QString &appliances) const override;
    QString whyNotRedeploy() const override;
};
