#pragma once

#include "ChangeSet.h"
#include "ObjectId.h"
#include "ProbeClassifier.h"

#include <QCoreApplication>

class Project;

// What a probe result attached to a NAT device (Field::observedProbe) means for
// the project: the profile, options and timeouts that would reproduce what was
// measured, and where the configured ones disagree. Shared by File > Import >
// NAT Probe Result (one undo step), ProbeMismatchRule, the property editor and
// the report.
class ProbeProposal
{
    Q_DECLARE_TR_FUNCTIONS(ProbeProposal)
public:
    struct Attached
    {
        ProbeResult result;
        ProbeClassifier::Classification classification;
    };
    // The device's probe result; nullopt when none (or *error when unreadable).
    static std::optional<Attached> attached(const Project &project, ObjectId device, QString *error = nullptr);

    struct Proposal
    {
        QString profile;
        QStringList options;
        int udpTimeout = -1;          // Cisco/RFC 4787 timer; -1: leave as is
        int conntrackUdpTimeout = -1; // netfilter's unreplied timer; -1: leave as is
        QStringList why;              // translated, one line per choice
        bool decided = false;         // false: the probe did not measure enough
    };
    static Proposal propose(const ProbeClassifier::Classification &c);
    // The project change: the proposal's fields on the device (not the result).
    static ChangeSet changes(const Project &project, ObjectId device, const Proposal &p);

    // Where the device's configuration disagrees with the probe (translated).
    static QStringList mismatches(const Project &project, ObjectId device, const Attached &probe);

    // One line for the property editor: verdict and the key facts.
    static QString shortText(const Attached &probe);
    // The evidence: one translated line per request of the run.
    static QStringList evidence(const ProbeResult &result);
};
