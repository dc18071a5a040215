#pragma once

#include "DiagnosisRule.h"

#include <QCoreApplication>

// An appliance's translation ended (expired or cleared) under a live tunnel, and its peer's packets went to an endpoint the appliance no longer had.
class MappingChangedRule : public DiagnosisRule
{
    Q_DECLARE_TR_FUNCTIONS(MappingChangedRule)
public:
    QString key() const override { return QStringLiteral("mapping-changed"); }
    QString title() const override { return tr("Translation ended under a live tunnel"); }
    QList<Finding> check(const DiagnosisContext &context) const override;
};
