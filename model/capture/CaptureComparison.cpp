#include "CaptureComparison.h"

#include "Field.h"
#include "Project.h"
#include "SimulationResult.h"

namespace {
constexpr quint16 NatTPort = 4500;
// Longer than this from the first IKE_SA_INIT to the IKE_AUTH answer means
// retransmissions or a stall: the simulation brings a tunnel Up at once.
constexpr qint64 SlowUpNs = 5LL * 1000000000;

SimEvent::TunnelState finalState(const SimulationResult &r, int tunnel)
{
    SimEvent::TunnelState state = SimEvent::NotDeployed;
    for (const SimEvent &e : r.events) {
        // As ReplayCursor applies them: TunnelChanged, or a translation event
        // that also sets the state.
        if (e.tunnel == tunnel
            && (e.type == SimEvent::TunnelChanged || (e.flags & SimEvent::StateChange)))
            state = e.state;
    }
    return state;
}

// The appliance's mapping of its tunnel port at the end of the simulation.
Endpoint simulatedGlobal(const SimulationResult &r, const SimulationResult::Tunnel &t)
{
    Endpoint global;
    for (const Translation &tr : r.translations) {
        if (tr.owner == t.appliance && tr.insideLocal == t.local && tr.outside.ip == t.remote.ip)
            global = tr.insideGlobal;
    }
    return global;
}

} // namespace

CaptureComparison::CaptureComparison(const Project &project, const SimulationResult &result,
                                     const CaptureReconstruction &capture)
{
    Q_UNUSED(project)
    QList<bool> used(capture.tunnels.size(), false);
    for (int s = 0; s < result.tunnels.size(); ++s) {
        const SimulationResult::Tunnel &st = result.tunnels[s];
        Row row;
        row.simulatedTunnel = s;
        row.name = st.name;
        row.simulatedGlobal = simulatedGlobal(result, st);
        row.simulatedUp = finalState(result, s) == SimEvent::Up;
        // The captured tunnel whose initiator is this appliance's uplink (inside
        // local when the inside was captured, else the global it appears as).
        for (int c = 0; c < capture.tunnels.size(); ++c) {
            const ReconstructedTunnel &ct = capture.tunnels[c];
            const CaptureEndpoint &who = ct.hasInside ? ct.insideLocal : ct.insideGlobal;
            const bool match = ct.hasInside ? who.address == CaptureAddress::ipv4(st.local.ip)
                                            : ct.peer.address == CaptureAddress::ipv4(st.remote.ip);
            if (!used[c] && match) {
                row.capturedTunnel = c;
                used[c] = true;
                break;
            }
        }
        if (row.capturedTunnel < 0) {
            m_rows.append(row);
            CaptureDisagreement d;
            d.kind = CaptureDisagreement::NotCaptured;
            d.severity = CaptureDisagreement::Warning;
            d.simulatedTunnel = s;
            d.subject = st.name;
            d.simulated = row.simulatedUp ? tr("Up") : tr("Down");
            d.captured = tr("no packets of %1").arg(st.local.toString());
            add(d);
            continue;
        }
        const ReconstructedTunnel &ct = capture.tunnels[row.capturedTunnel];
        row.capturedGlobal = ct.insideGlobal;
        row.capturedUp = ct.up();
        m_rows.append(row);
        if (ct.hasInside && ct.hasOutside && ct.insideLocal.port == NatTPort
            && row.simulatedGlobal.port != 0) {
            const bool simMoved = row.simulatedGlobal.port != NatTPort;
            const bool capMoved = ct.insideGlobal.port != NatTPort;
            CaptureDisagreement d;
            d.simulatedTunnel = s;
            d.capturedTunnel = row.capturedTunnel;
            d.subject = st.name;
            d.simulated = row.simulatedGlobal.toString();
            d.captured = ct.insideGlobal.toString();
            if (simMoved != capMoved) {
                d.kind = CaptureDisagreement::PortKeptVsMoved;
                d.severity = CaptureDisagreement::Error;
                add(d);
            } else if (simMoved && row.simulatedGlobal.port != ct.insideGlobal.port) {
                d.kind = CaptureDisagreement::PortNumber;
                d.severity = CaptureDisagreement::Info;
                add(d);
            }
        }
        if (row.simulatedUp != row.capturedUp) {
            CaptureDisagreement d;
            d.kind = CaptureDisagreement::TunnelState;
            d.severity = CaptureDisagreement::Error;
            d.simulatedTunnel = s;
            d.capturedTunnel = row.capturedTunnel;
            d.subject = st.name;
            d.simulated = row.simulatedUp ? tr("Up") : tr("Down");
            d.captured = (row.capturedUp ? tr("Up") : tr("Down")) + QStringLiteral(" — ")
                         + ct.view().stateText();
            if (!ct.lossText().isEmpty())
                d.captured += QStringLiteral("; ") + ct.lossText();
            add(d);
        }
        const CapturedTunnel &v = ct.view();
        if (v.state() == CapturedTunnel::Established && v.initRequest
            && v.establishedNs - v.firstNs > SlowUpNs) {
            CaptureDisagreement d;
            d.kind = CaptureDisagreement::TimeToUp;
            d.severity = CaptureDisagreement::Warning;
            d.simulatedTunnel = s;
            d.capturedTunnel = row.capturedTunnel;
            d.subject = st.name;
            d.simulated = tr("Up at once");
            d.captured = tr("Up after %1 s, %n IKE retransmission(s)", nullptr, v.retransmissions)
                             .arg(double(v.establishedNs - v.firstNs) / 1e9, 0, 'f', 1);
            add(d);
        }
    }
    for (int c = 0; c < capture.tunnels.size(); ++c) {
        const ReconstructedTunnel &ct = capture.tunnels[c];
        if (used[c] || !ct.hasInside || ct.insideLocal.address.v6)
            continue;
        CaptureDisagreement d;
        d.kind = CaptureDisagreement::NotModelled;
        d.severity = CaptureDisagreement::Warning;
        d.capturedTunnel = c;
        d.subject = ct.insideLocal.toString();
        d.simulated = tr("no appliance with uplink %1").arg(ct.insideLocal.address.toString());
        d.captured = ct.view().stateText();
        add(d);
    }
}

void CaptureComparison::add(CaptureDisagreement d)
{
    d.diagnosis = rule(d.kind);
    m_disagreements.append(d);
}

bool CaptureComparison::agrees() const
{
    for (const CaptureDisagreement &d : m_disagreements) {
        if (d.severity != CaptureDisagreement::Info)
            return false;
    }
    return true;
}

QString CaptureComparison::kindName(CaptureDisagreement::Kind kind)
{
    switch (kind) {
    case CaptureDisagreement::PortKeptVsMoved: return tr("Port kept or moved");
    case CaptureDisagreement::PortNumber: return tr("Moved port number");
    case CaptureDisagreement::TunnelState: return tr("Tunnel state");
    case CaptureDisagreement::TimeToUp: return tr("Time to come Up");
    case CaptureDisagreement::NotCaptured: return tr("Not in the capture");
    case CaptureDisagreement::NotModelled: return tr("Not in the project");
    }
    return {};
}

QString CaptureComparison::rule(CaptureDisagreement::Kind kind)
{
    switch (kind) {
    case CaptureDisagreement::PortKeptVsMoved:
        return tr("The device kept or moved UDP 4500 unlike its profile predicts. Either another "
                  "flow the project does not know held 4500 behind the same global address (add "
                  "it as background traffic), or the device is not the profile chosen (check the "
                  "model and firmware, and try another profile).");
    case CaptureDisagreement::PortNumber:
        return tr("Both moved the port, to different numbers. Which free port a NAT picks is not "
                  "predictable (Linux netfilter picks it at random: three runs of the capture lab "
                  "gave three different ports), so only the fact that it moved is compared.");
    case CaptureDisagreement::TunnelState:
        return tr("The simulation and the real tunnel end in different states. When the capture "
                  "is Down and the simulation Up, something outside the model stops the tunnel: "
                  "see where the packets were lost (a firewall, the peer's policy, a second NAT). "
                  "When the capture is Up and the simulation Down, the peer is more tolerant than "
                  "the simulated peer port policy: set the cloud appliance's policy to \"learned\".");
    case CaptureDisagreement::TimeToUp:
        return tr("The real tunnel needed IKE retransmissions before it came Up; the simulation "
                  "has no loss. Look for packet loss or a rate limit on the path of UDP 500/4500.");
    case CaptureDisagreement::NotCaptured:
        return tr("The capture has no IKE or ESP of this appliance: it was taken at another point "
                  "of the path, with a filter that excludes it, or the appliance did not try.");
    case CaptureDisagreement::NotModelled:
        return tr("An IPsec initiator in the capture is not an appliance of the project. Add it "
                  "(as an appliance or as background traffic): it competes for the same ports.");
    }
    return {};
}
