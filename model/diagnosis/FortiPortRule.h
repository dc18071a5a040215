#pragma once

#include "TranslatedPortRule.h"

// A FortiGate translated a tunnel's source port although no other session held
// it: FortiOS keeps only ports 5117-65533 (UDP 4500 never), or the policy does
// not preserve ports (port-preserve disable, a fixed-port-range or port block
// pool). The fix keeps 4500 with a VIP and a fixed-port policy.
class FortiPortRule : public TranslatedPortRule
{
    Q_DECLARE_TR_FUNCTIONS(FortiPortRule)
public:
    QString key() const override { return QStringLiteral("fortigate-port"); }
    QString title() const override { return tr("FortiGate translates the source port"); }

protected:
    bool isCase(const DiagnosisContext &c, int device, const Translation &t) const override;
    QString deviceCause(const DiagnosisContext &c, int device, const Translation &t,
                        const SimulationResult::Tunnel &tunnel) const override;
    QString upStory(const DiagnosisContext &c, const SimulationResult::Tunnel &tunnel) const override;
    QString findingTitle(const DiagnosisContext &c, int device,
                         const QString &appliances) const override;
    QString whyNotRedeploy() const override;
};
