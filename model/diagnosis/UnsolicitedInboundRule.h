#pragma once

#include "DiagnosisRule.h"

#include <QCoreApplication>

// Linux netfilter tracked a cloud peer's unsolicited packet to the router
// itself; that entry holds the tuple, so the appliance's own flow to the peer
// is pushed off UDP 4500 (DESIGN.md §3, measured).
class UnsolicitedInboundRule : public DiagnosisRule
{
    Q_DECLARE_TR_FUNCTIONS(UnsolicitedInboundRule)
public:
    QString key() const override { return QStringLiteral("unsolicited-inbound"); }
    QString title() const override { return tr("Unsolicited inbound entry holds UDP 4500"); }
    QList<Finding> check(const DiagnosisContext &context) const override;
};
