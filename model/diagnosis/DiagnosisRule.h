#pragma once

#include "Finding.h"

#include <QList>
#include <QtGlobal>
#include <QString>

class DiagnosisContext;

// One diagnosis check over a project and its simulation (one subclass per file).
class DiagnosisRule
{
public:
    virtual ~DiagnosisRule() = default;
    virtual QString key() const = 0;
    virtual QString title() const = 0; // translated, for lists of rules
    virtual QList<Finding> check(const DiagnosisContext &context) const = 0;
    // The same, seeing what the rules before it found (the catch-all needs that).
    virtual QList<Finding> checkAfter(const DiagnosisContext &context,
                                      const QList<Finding> &earlier) const
    {
        Q_UNUSED(earlier);
        return check(context);
    }
};
