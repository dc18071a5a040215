#pragma once

#include "DiagnosisRule.h"

#include <QCoreApplication>

// A tunnel's packets leave with the mapping an earlier flow of the same inside address and port already had, which is not UDP 4500.
class MappingReuseRule : public DiagnosisRule
{
    Q_DECLARE_TR_FUNCTIONS(MappingReuseRule)
public:
    QString key() const override { return QStringLiteral("mapping-reuse"); }
    QString title() const override { return tr("Mapping of an earlier flow reused"); }
    QList<Finding> check(const DiagnosisContext &context) const override;
};
