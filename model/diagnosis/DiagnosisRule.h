#pragma once

#include "Finding.h"

#include <QList>
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
};
