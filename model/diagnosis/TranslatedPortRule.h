#pragma once

#include "DiagnosisRule.h"
#include "FixGenerator.h"
#include "SimulationResult.h"

#include <QCoreApplication>

// A NAT gave a tunnel another source port than it asked for although no other
// translation held it: the port policy of the device itself (netfilter
// --random, FortiGate's preserve range, SRX/RTX PAT) and not a collision
// (PatCollisionRule). One finding per device, because the policy and its fix
// are one setting; the story of each tunnel is its first translation that
// takes it Down, else its first one. Subclasses say which translations are
// theirs and how their vendor explains it.
class TranslatedPortRule : public DiagnosisRule
{
    Q_DECLARE_TR_FUNCTIONS(TranslatedPortRule)
public:
    QList<Finding> check(const DiagnosisContext &context) const final;

protected:
    // Whether a dynamic translation on `device` whose port changed is this rule's case.
    virtual bool isCase(const DiagnosisContext &c, int device, const Translation &t) const = 0;
    // Why the device does it, from its first case.
    virtual QString deviceCause(const DiagnosisContext &c, int device, const Translation &t,
                                const SimulationResult::Tunnel &tunnel) const = 0;
    // What happens while the tunnel stays Up with the port it was given (empty: nothing said).
    virtual QString upStory(const DiagnosisContext &c, const SimulationResult::Tunnel &tunnel) const;
    virtual QString evidenceText(const QString &appliance, const Translation &t) const;
    virtual QString findingTitle(const DiagnosisContext &c, int device,
                                 const QString &appliances) const = 0;
    // Why redeploying does not help, added when a tunnel is Down.
    virtual QString whyNotRedeploy() const = 0;
    virtual Fix fix(const DiagnosisContext &c, ObjectId device,
                    const QList<ObjectId> &appliances) const;
};
