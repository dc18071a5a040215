#pragma once

#include "DiagnosisRule.h"

#include <QCoreApplication>

// The NAT device forgets a tunnel's translation between two keepalives, so the tunnel flaps.
class KeepaliveTimeoutRule : public DiagnosisRule
{
    Q_DECLARE_TR_FUNCTIONS(KeepaliveTimeoutRule)
public:
    QString key() const override { return QStringLiteral("timeout-keepalive"); }
    QString title() const override { return tr("Translation timeout shorter than the keepalive interval"); }
    QList<Finding> check(const DiagnosisContext &context) const override;
};
