#pragma once

#include "Finding.h"
#include "SimulationResult.h"

#include <QMap>
#include <QStringList>

class Project;

// The diagnosis completeness invariant over one simulated project: every
// tunnel that is ever Down has an error finding naming it (its appliance and
// peer, the NAT device it crosses, a step where it is Down, a translation row
// when it had one), and every finding agrees with its own evidence (the
// addresses, ports and times it states are those of its evidence events; it
// never says the router drops what the log shows delivered to another host).
class CompletenessCheck
{
public:
    // Sums over many seeds; problems and notes carry their seed for replay.
    struct Totals
    {
        int projects = 0, downTunnels = 0, silent = 0, incomplete = 0, inconsistent = 0,
            catchAllOnly = 0, invalid = 0;
        QStringList problems, catchAllNotes;
        QMap<QString, int> findings; // "rule severity" -> how many
    };
    // Generates (ProjectGenerator), validates, simulates, diagnoses and checks
    // one seed, adding to totals.
    static void checkSeed(quint32 seed, Totals *totals);

    CompletenessCheck(const Project &project, const SimulationResult &result,
                      const QList<Finding> &findings);

    int downTunnels() const { return m_down; }
    int silentTunnels() const { return m_silent; }        // no error finding names them
    int incompleteTunnels() const { return m_incomplete; } // named, but without pair/device/step/row
    int inconsistentFindings() const { return m_inconsistent; }
    // Tunnels whose only error finding is the catch-all.
    int catchAllOnly() const { return m_catchAllOnly; }
    // One line per violation: the tunnel (or finding), the step and what is missing.
    const QStringList &problems() const { return m_problems; }
    // Catch-all-only tunnels, for the figures (not violations by themselves).
    const QStringList &catchAllNotes() const { return m_catchAllNotes; }

private:
    void checkTunnels();
    void checkFinding(const Finding &f);
    QString where(int event) const;
    QString why(int event) const; // the Down reason, profile and policy, for the reader

    const Project &m_project;
    const SimulationResult &m_result;
    const QList<Finding> &m_findings;
    int m_down = 0, m_silent = 0, m_incomplete = 0, m_inconsistent = 0, m_catchAllOnly = 0;
    QStringList m_problems, m_catchAllNotes;
};
