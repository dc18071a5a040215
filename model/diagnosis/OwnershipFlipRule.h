#pragma once

#include "DiagnosisRule.h"

#include <QCoreApplication>

// After a translation expired, another appliance took its global port while the first one's tunnel was still in use.
class OwnershipFlipRule : public DiagnosisRule
{
    Q_DECLARE_TR_FUNCTIONS(OwnershipFlipRule)
public:
    QString key() const override { return QStringLiteral("ownership-flip"); }
    QString title() const override { return tr("Ownership flip under a live tunnel"); }
    QList<Finding> check(const DiagnosisContext &context) const override;
};
