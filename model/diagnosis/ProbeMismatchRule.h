#pragma once

#include "DiagnosisRule.h"

#include <QCoreApplication>

// A NAT device carries a meshnat-probe result (Field::observedProbe) that its
// configured profile, options or timeout contradict: the simulation then
// models a NAT other than the one measured. Warning, with the proposal
// (ProbeProposal) as the fix.
class ProbeMismatchRule : public DiagnosisRule
{
    Q_DECLARE_TR_FUNCTIONS(ProbeMismatchRule)
public:
    QString key() const override { return QStringLiteral("probe-mismatch"); }
    QString title() const override { return tr("Profile disagrees with the NAT probe"); }
    QList<Finding> check(const DiagnosisContext &context) const override;
};
