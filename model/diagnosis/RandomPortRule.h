#pragma once

#include "DiagnosisRule.h"

#include <QCoreApplication>

// Linux netfilter with --random or --random-fully gives a tunnel a random source port instead of UDP 4500.
class RandomPortRule : public DiagnosisRule
{
    Q_DECLARE_TR_FUNCTIONS(RandomPortRule)
public:
    QString key() const override { return QStringLiteral("random-port"); }
    QString title() const override { return tr("Random source port (netfilter --random)"); }
    QList<Finding> check(const DiagnosisContext &context) const override;
};
