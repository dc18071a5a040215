#pragma once

#include "DiagnosisRule.h"

#include <QCoreApplication>

// A FortiGate translated a tunnel's source port although no other session held
// it: FortiOS keeps only ports 5117-65533 (UDP 4500 never), or the policy does
// not preserve ports (port-preserve disable, a fixed-port-range or port block
// pool). The fix keeps 4500 with a VIP and a fixed-port policy.
class FortiPortRule : public DiagnosisRule
{
    Q_DECLARE_TR_FUNCTIONS(FortiPortRule)
public:
    QString key() const override { return QStringLiteral("fortigate-port"); }
    QString title() const override { return tr("FortiGate translates the source port"); }
    QList<Finding> check(const DiagnosisContext &context) const override;
};
