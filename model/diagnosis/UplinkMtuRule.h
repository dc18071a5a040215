#pragma once

#include "DiagnosisRule.h"

#include <QCoreApplication>

// The path through the NAT device carries smaller packets than the appliance's uplink MTU.
class UplinkMtuRule : public DiagnosisRule
{
    Q_DECLARE_TR_FUNCTIONS(UplinkMtuRule)
public:
    QString key() const override { return QStringLiteral("uplink-mtu"); }
    QString title() const override { return tr("Uplink MTU too small for the encrypted packets"); }
    QList<Finding> check(const DiagnosisContext &context) const override;

    // Bytes encryption adds to every packet (Broadcom KB 383237, DESIGN.md §2).
    static constexpr int EncryptionOverhead = 28;
};
