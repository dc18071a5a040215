#pragma once

#include "DiagnosisRule.h"
#include "Finding.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

class Project;
struct SimulationResult;

// Runs every diagnosis rule over a project and its simulation and returns the
// findings, errors first, each in the order its proof appears in the log.
class Diagnoser
{
    Q_DECLARE_TR_FUNCTIONS(Diagnoser)
public:
    Diagnoser();
    ~Diagnoser();

    const std::vector<std::unique_ptr<DiagnosisRule>> &rules() const { return m_rules; }
    QList<Finding> diagnose(const Project &project,
                            std::shared_ptr<const SimulationResult> result) const;
    // Simulates the project first.
    QList<Finding> diagnose(const Project &project) const;

    static bool hasErrors(const QList<Finding> &findings);
    static QString severityName(Finding::Severity severity); // translated
    static QString severityKey(Finding::Severity severity);  // "error", "warning", "info"

private:
    std::vector<std::unique_ptr<DiagnosisRule>> m_rules;
};
