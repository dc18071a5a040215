#pragma once

#include "ProbeResult.h"

#include <QCoreApplication>
#include <QStringList>

// What a probe result says about the NAT: the RFC 5780 classification
// (mapping §4.3, filtering §4.4, hairpinning §4.5, binding lifetime §4.6)
// plus what HCX needs, and the verdict "two appliances will / will not both
// keep UDP 4500". The one place these rules live: the probe's summary, the
// workbench's import and the diagnosis rule all ask here.
//
// Test names in a ProbeResult (all toward server addresses):
//   mapping-1/2/3   the 4500 socket to primary, alternate-IP, alternate-IP+port
//   filtering-1/2/3 a fresh socket to primary, asking for change IP+port, port
//   hairpin         the fresh socket to the 4500 socket's mapped address
//   second-other    --second-source:4500 to primary IP, alternate port
//   second-same     --second-source:4500 to primary (the first source's server)
class ProbeClassifier
{
    Q_DECLARE_TR_FUNCTIONS(ProbeClassifier)
public:
    enum Behaviour { Unknown, EndpointIndependent, AddressDependent, AddressAndPortDependent };
    enum Verdict { CannotTell, BothKeepPort, NotBothKeepPort };

    struct Classification
    {
        bool serverAnswered = false;
        bool behindNat = false;
        Behaviour mapping = Unknown;
        Behaviour filtering = Unknown;
        std::optional<bool> hairpinning;
        std::optional<Endpoint> firstMapped;    // the port under test, first source
        bool portPreserved = false;
        std::optional<Endpoint> secondOther;    // second source, other destination
        std::optional<Endpoint> secondSame;     // second source, same server
        std::optional<bool> mappingChangesWithDestination;
        std::optional<bool> parityPreserved;
        int lifetimeAlive = -1; // longest idle time (s) a binding survived; -1 unknown
        int lifetimeGone = -1;  // shortest idle time (s) after which it was gone; -1 none
        Verdict verdict = CannotTell;
        QStringList reasons;    // why, in the user's language
    };

    static Classification classify(const ProbeResult &result);

    static QString behaviourKey(Behaviour b);  // "endpoint-independent", for JSON
    static QString behaviourText(Behaviour b); // translated
    // "Two HCX appliances behind this NAT will both keep UDP 4500, because ..."
    static QString verdictSentence(const ProbeResult &result, const Classification &c);
    // The human summary `meshnat-probe run` prints: every finding and the verdict.
    static QString summary(const ProbeResult &result, const Classification &c);
};
