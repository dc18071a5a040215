#pragma once

#include "DiagnosisRule.h"

#include <QCoreApplication>

// A NAT whose PAT never keeps the source port (Juniper SRX source NAT with port
// translation, YAMAHA RTX IPマスカレード) gives a tunnel another port than
// UDP 4500 although no other translation holds 4500.
class PortTranslatedRule : public DiagnosisRule
{
    Q_DECLARE_TR_FUNCTIONS(PortTranslatedRule)
public:
    QString key() const override { return QStringLiteral("port-translated"); }
    QString title() const override { return tr("Source port always translated (SRX, RTX)"); }
    QList<Finding> check(const DiagnosisContext &context) const override;

    // Whether the profile's PAT translates every source port.
    static bool translatesEveryPort(const QString &profile);
};
