#pragma once

#include "DiagnosisRule.h"

#include <QCoreApplication>

// The NAT device had no free global port for an appliance: every port of the
// group its source port falls in was held by other translations (a busy PAT
// address), so the packet was dropped and the tunnel went Down.
class PoolExhaustedRule : public DiagnosisRule
{
    Q_DECLARE_TR_FUNCTIONS(PoolExhaustedRule)
public:
    QString key() const override { return QStringLiteral("pool-exhausted"); }
    QString title() const override { return tr("NAT ports exhausted"); }
    QList<Finding> check(const DiagnosisContext &context) const override;
};
