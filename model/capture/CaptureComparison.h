#pragma once

#include "CaptureReconstruction.h"
#include "Endpoint.h"

#include <QCoreApplication>

class Project;
struct SimulationResult;

// Where a capture and the simulation of the same project disagree, per
// tunnel, each kind with the rule that says what it means (issue #18). The
// simulation models the NAT-T flow (UDP 4500) of each appliance; the capture
// side is the reconstructed tunnel whose initiator is the appliance's uplink.
struct CaptureDisagreement
{
    enum Kind {
        PortKeptVsMoved, // one kept 4500, the other moved it
        PortNumber,      // both moved it, to different ports
        TunnelState,     // Up in one, Down in the other
        TimeToUp,        // the capture took much longer to come Up (retransmissions)
        NotCaptured,     // a simulated tunnel with no packets in the capture
        NotModelled,     // a captured initiator that is no appliance of the project
    };
    enum Severity { Info, Warning, Error };

    Kind kind = TunnelState;
    Severity severity = Warning;
    int simulatedTunnel = -1;  // index into SimulationResult::tunnels
    int capturedTunnel = -1;   // index into CaptureReconstruction::tunnels
    QString subject;           // the tunnel or initiator, as named in the project
    QString simulated, captured; // the two values, as text
    QString diagnosis;         // the rule's explanation (translated)
};

class CaptureComparison
{
    Q_DECLARE_TR_FUNCTIONS(CaptureComparison)
public:
    // What the capture says about one simulated tunnel.
    struct Row
    {
        int simulatedTunnel = -1, capturedTunnel = -1;
        QString name;
        Endpoint simulatedGlobal;    // the appliance's 4500 mapping at the end
        CaptureEndpoint capturedGlobal;
        bool simulatedUp = false, capturedUp = false;
    };

    CaptureComparison(const Project &project, const SimulationResult &result,
                      const CaptureReconstruction &capture);

    const QList<Row> &rows() const { return m_rows; }
    const QList<CaptureDisagreement> &disagreements() const { return m_disagreements; }
    // No disagreement above Info.
    bool agrees() const;
    static QString kindName(CaptureDisagreement::Kind kind); // translated column text
    // The rule for a kind, as a sentence (the same text every disagreement of
    // that kind carries in `diagnosis`).
    static QString rule(CaptureDisagreement::Kind kind);

private:
    void add(CaptureDisagreement d);
    QList<Row> m_rows;
    QList<CaptureDisagreement> m_disagreements;
};
