#pragma once

#include "DiagnosisRule.h"

#include <QCoreApplication>

// A static PAT rule maps an appliance to a global port other than 4500 while its peer expects 4500.
class StaticPatPortRule : public DiagnosisRule
{
    Q_DECLARE_TR_FUNCTIONS(StaticPatPortRule)
public:
    QString key() const override { return QStringLiteral("static-pat-port"); }
    QString title() const override { return tr("Static PAT on a port other than 4500"); }
    QList<Finding> check(const DiagnosisContext &context) const override;
};
