#pragma once

#include "DiagnosisRule.h"

#include <QCoreApplication>

// The catch-all, run last: a tunnel that is Down at some step and that no other
// rule explained gets an error finding saying plainly what the log shows.
class UnexplainedDownRule : public DiagnosisRule
{
    Q_DECLARE_TR_FUNCTIONS(UnexplainedDownRule)
public:
    QString key() const override { return QStringLiteral("unexplained-down"); }
    QString title() const override { return tr("Tunnel Down for a reason no other rule covers"); }
    // Every Down tunnel, as if no other rule had spoken.
    QList<Finding> check(const DiagnosisContext &context) const override;
    // Only the Down tunnels that no error finding in `earlier` names with a step where they are Down.
    QList<Finding> checkAfter(const DiagnosisContext &context,
                              const QList<Finding> &earlier) const override;
};
