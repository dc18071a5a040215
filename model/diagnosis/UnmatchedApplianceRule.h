#pragma once

#include "DiagnosisRule.h"

#include <QCoreApplication>

// An appliance behind a NAT device is matched by no static rule and by no access list of a dynamic rule.
class UnmatchedApplianceRule : public DiagnosisRule
{
    Q_DECLARE_TR_FUNCTIONS(UnmatchedApplianceRule)
public:
    QString key() const override { return QStringLiteral("no-nat-rule"); }
    QString title() const override { return tr("Appliance matched by no NAT rule"); }
    QList<Finding> check(const DiagnosisContext &context) const override;
};
