#pragma once

#include "DiagnosisRule.h"

#include <QCoreApplication>

// A NAT device filters a port that the catalogue lists as required for an appliance.
class BlockedPortRule : public DiagnosisRule
{
    Q_DECLARE_TR_FUNCTIONS(BlockedPortRule)
public:
    QString key() const override { return QStringLiteral("blocked-port"); }
    QString title() const override { return tr("Required port blocked"); }
    QList<Finding> check(const DiagnosisContext &context) const override;
};
