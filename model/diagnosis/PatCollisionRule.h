#pragma once

#include "DiagnosisRule.h"

#include <QCoreApplication>

// Several appliances behind one inside global with dynamic PAT: one of them
// asked for UDP 4500 and was given another port because another appliance's
// translation held it (the seed incident).
class PatCollisionRule : public DiagnosisRule
{
    Q_DECLARE_TR_FUNCTIONS(PatCollisionRule)
public:
    QString key() const override { return QStringLiteral("pat-collision"); }
    QString title() const override { return tr("PAT collision on UDP 4500"); }
    QList<Finding> check(const DiagnosisContext &context) const override;
};
