#pragma once

#include "ObjectId.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

class Project;
struct SimulationResult;

// The steps of a replay that tell the story, above the raw event log: tunnel
// state changes, port collisions involving an HCX appliance, an appliance's
// translations, the evidence of diagnosis findings and the user's bookmarks.
// Computed once per result (and bookmark list); the replay steps between them.
class Moments
{
    Q_DECLARE_TR_FUNCTIONS(Moments)
public:
    // Also the order of moments that share a step.
    enum Kind { ApplianceTranslation, Collision, TunnelState, FindingEvidence, UserBookmark };
    struct Moment
    {
        int step = -1;
        Kind kind = ApplianceTranslation;
        ObjectId subject = NoId; // the appliance (or device) it concerns
        quint32 translation = 0; // the translation row involved, 0 none
        QString label;           // short and translated: "IX given 1543", "IX Down"
        bool failure = false;    // something breaks here (Down, a collision, a port taken over)
        bool chapter = false;    // worth an automatic mark in the timeline and event list
    };

    Moments() = default;
    // Diagnoses the result too (findings' evidence), so call it once per result.
    Moments(const Project &project, std::shared_ptr<const SimulationResult> result);
    // The moments of `result`, computed on the first call for it and reused while
    // the result and the project's bookmarks stay the same (GUI thread).
    static std::shared_ptr<const Moments> of(const Project &project,
                                             const std::shared_ptr<const SimulationResult> &result);

    // Sorted by step; moments of one step keep the order of their kinds.
    const QList<Moment> &all() const { return m_moments; }
    bool isEmpty() const { return m_moments.isEmpty(); }
    // The first moment step after / before `step`; -2 when there is none.
    int next(int step) const;
    int previous(int step) const;
    // The moments at one step (empty when the step is not a moment).
    QList<Moment> at(int step) const;
    // Their labels joined: "IX given 1543 · IX Down" (a finding's long title only
    // where no chapter or bookmark is at that step).
    QString labelAt(int step) const;
    bool isMoment(int step) const;
    // Where a project opens: its first failure moment, else the first finding's
    // evidence, else its first moment, else -2.
    int initialStep() const;
    int firstFailure() const;

private:
    QList<Moment> m_moments;
};
