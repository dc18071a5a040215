#pragma once

#include "DiagnosisRule.h"

#include <QCoreApplication>

// A NAT device in a cloud SDDC site translates a cloud-side appliance (DNAT), which HCX does not support.
class CloudDnatRule : public DiagnosisRule
{
    Q_DECLARE_TR_FUNCTIONS(CloudDnatRule)
public:
    QString key() const override { return QStringLiteral("cloud-dnat"); }
    QString title() const override { return tr("NAT in front of the cloud side"); }
    QList<Finding> check(const DiagnosisContext &context) const override;
};
