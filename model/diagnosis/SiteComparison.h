#pragma once

#include "SimulationResult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

class Project;

// Two simulations of the same Service Mesh behind different NAT devices or
// profiles, aligned step by step: the appliances' own translations, expiries,
// ownership flips and tunnel state changes, matched by appliance name and
// occurrence. The first step where the sides differ is the divergence, with a
// plain-language explanation of why the two NATs decided differently.
class SiteComparison
{
    Q_DECLARE_TR_FUNCTIONS(SiteComparison)
public:
    struct Step
    {
        double time = 0;
        int event[2] = {-1, -1}; // index into each side's events; -1: nothing on that side
        QString appliance;       // the on-premises appliance the step is about
        SimEvent::Type type = SimEvent::TranslationCreated;
        int occurrence = 0;      // 0: the first such step for this appliance
        bool diverges = false;
    };

    SiteComparison(const Project &a, std::shared_ptr<const SimulationResult> resultA,
                   const Project &b, std::shared_ptr<const SimulationResult> resultB);

    const QList<Step> &steps() const { return m_steps; }
    int divergence() const { return m_divergence; } // index into steps(), -1: none
    QString explanation() const;                    // translated; says so when none
    // One side's event at a step, translated; empty when the side has none.
    QString describe(int step, int side) const;
    // Lockstep: the event a side's replay shows at a step (the step's own event,
    // or the last one at or before its time).
    int eventAt(int step, int side) const;
    // "Customer edge router (Cisco IOS)"; the project name when no device.
    QString sideName(int side) const;
    const Project &project(int side) const { return *m_project[side]; }
    std::shared_ptr<const SimulationResult> result(int side) const { return m_result[side]; }

private:
    struct Milestone
    {
        int event;
        QString appliance;
        SimEvent::Type type;
        int occurrence;
    };
    QList<Milestone> milestones(int side) const;
    bool differ(const Step &step) const;
    QString portStory(int side, int event) const;
    QString finalState(int side, const QString &appliance) const;

    const Project *m_project[2];
    std::shared_ptr<const SimulationResult> m_result[2];
    QList<Step> m_steps;
    int m_divergence = -1;
};
