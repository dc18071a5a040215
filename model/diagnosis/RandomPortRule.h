#pragma once

#include "TranslatedPortRule.h"

// Linux netfilter with --random or --random-fully gives a tunnel a random source port instead of UDP 4500.
class RandomPortRule : public TranslatedPortRule
{
    Q_DECLARE_TR_FUNCTIONS(RandomPortRule)
public:
    QString key() const override { return QStringLiteral("random-port"); }
    QString title() const override { return tr("Random source port (netfilter --random)"); }

protected:
    bool isCase(const DiagnosisContext &c, int device, const Translation &t) const override;
    QString deviceCause(const DiagnosisContext &c, int device, const Translation &t,
                        const SimulationResult::Tunnel &tunnel) const override;
    QString upStory(const DiagnosisContext &c, const SimulationResult::Tunnel &tunnel) const override;
    QString evidenceText(const QString &appliance, const Translation &t) const override;
    QString findingTitle(const DiagnosisContext &c, int device,
                         const QString &appliances) const override;
    QString whyNotRedeploy() const override;
    Fix fix(const DiagnosisContext &c, ObjectId device,
            const QList<ObjectId> &appliances) const override;
};
