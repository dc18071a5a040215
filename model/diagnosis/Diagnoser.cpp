#include "Diagnoser.h"

#include "BlockedPortRule.h"
#include "CloudDnatRule.h"
#include "DiagnosisContext.h"
#include "FortiPortRule.h"
#include "KeepaliveTimeoutRule.h"
#include "MappingChangedRule.h"
#include "MappingReuseRule.h"
#include "OwnershipFlipRule.h"
#include "PatCollisionRule.h"
#include "PortTranslatedRule.h"
#include "RandomPortRule.h"
#include "Simulator.h"
#include "StaticPatPortRule.h"
#include "UnexplainedDownRule.h"
#include "UnsolicitedInboundRule.h"
#include "PoolExhaustedRule.h"
#include "ProbeMismatchRule.h"
#include "UnmatchedApplianceRule.h"
#include "UplinkMtuRule.h"

#include <algorithm>

Diagnoser::Diagnoser()
{
    m_rules.push_back(std::make_unique<PatCollisionRule>());
    m_rules.push_back(std::make_unique<OwnershipFlipRule>());
    m_rules.push_back(std::make_unique<KeepaliveTimeoutRule>());
    m_rules.push_back(std::make_unique<UnmatchedApplianceRule>());
    m_rules.push_back(std::make_unique<BlockedPortRule>());
    m_rules.push_back(std::make_unique<CloudDnatRule>());
    m_rules.push_back(std::make_unique<UplinkMtuRule>());
    m_rules.push_back(std::make_unique<RandomPortRule>());
    m_rules.push_back(std::make_unique<FortiPortRule>());
    m_rules.push_back(std::make_unique<PortTranslatedRule>());
    m_rules.push_back(std::make_unique<MappingReuseRule>());
    m_rules.push_back(std::make_unique<StaticPatPortRule>());
    m_rules.push_back(std::make_unique<MappingChangedRule>());
    m_rules.push_back(std::make_unique<UnsolicitedInboundRule>());
    m_rules.push_back(std::make_unique<PoolExhaustedRule>());
    m_rules.push_back(std::make_unique<ProbeMismatchRule>());
    // Last: it speaks only for Down tunnels no rule above explained.
    m_rules.push_back(std::make_unique<UnexplainedDownRule>());
}

Diagnoser::~Diagnoser() = default;

QList<Finding> Diagnoser::diagnose(const Project &project,
                                   std::shared_ptr<const SimulationResult> result) const
{
    const DiagnosisContext context(project, std::move(result));
    QList<Finding> findings;
    for (const auto &rule : m_rules)
        findings += rule->checkAfter(context, findings);
    const auto firstEvent = [](const Finding &f) {
        int first = INT_MAX;
        for (const Evidence &e : f.evidence) {
            if (e.event >= 0)
                first = std::min(first, e.event);
        }
        return first;
    };
    std::stable_sort(findings.begin(), findings.end(), [&](const Finding &a, const Finding &b) {
        if (a.severity != b.severity)
            return a.severity < b.severity;
        return firstEvent(a) < firstEvent(b);
    });
    return findings;
}

QList<Finding> Diagnoser::diagnose(const Project &project) const
{
    return diagnose(project, Simulator::run(project));
}

bool Diagnoser::hasErrors(const QList<Finding> &findings)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [](const Finding &f) { return f.severity == Finding::Error; });
}

QString Diagnoser::severityName(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Error: return tr("Error");
    case Finding::Warning: return tr("Warning");
    case Finding::Info: return tr("Info");
    }
    return QString();
}

QString Diagnoser::severityKey(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Error: return QStringLiteral("error");
    case Finding::Warning: return QStringLiteral("warning");
    case Finding::Info: return QStringLiteral("info");
    }
    return QString();
}
