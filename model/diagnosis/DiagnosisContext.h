#pragma once

#include "EventText.h"
#include "Finding.h"
#include "ReplayCursor.h"
#include "SimulationResult.h"

#include <QCoreApplication>
#include <QHash>

#include <memory>

class Catalogue;
class Project;

// What every diagnosis rule reads: the project, its simulation, the final
// state of the replay and indexes over the event log (where each translation
// was created, which tunnels cross which device), plus shared wording.
class DiagnosisContext
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosisContext)
public:
    DiagnosisContext(const Project &project, std::shared_ptr<const SimulationResult> result);

    const Project &project() const { return m_project; }
    const SimulationResult &result() const { return *m_result; }
    const Catalogue &catalogue() const;
    const EventText &text() const { return m_text; }

    // Tunnel state at the end of the run.
    const ReplayCursor::TunnelStatus &finalStatus(int tunnel) const { return m_end.tunnel(tunnel); }
    // Event that created a translation, -1 if none (statics installed at 0 have one too).
    int creationEvent(quint32 translation) const { return m_created.value(translation, -1); }
    // The first tunnel state change of `tunnel` after event `from` (TunnelChanged or a
    // translation carrying StateChange), -1 if none.
    int nextStateChange(int tunnel, int from) const;
    // First Down of `tunnel` after `from` before it is Up again, -1 if none.
    int downAfter(int tunnel, int from) const;
    // First event after `from` of a type for a tunnel (any tunnel when -1), -1 if none.
    int nextEvent(SimEvent::Type type, int tunnel, int from) const;

    // --- the tunnels' Down story, read from the log
    // Events where a tunnel goes Down from another state: where each Down spell starts.
    const QList<int> &downStarts(int tunnel) const;
    // The endpoint the tunnel's peer sends to when `downStart` set it Down: the
    // learned one, or for a port given under expects-4500 that address's 4500.
    Endpoint peerTarget(int downStart) const;
    // The tunnel's translation in use when `downStart` set it Down, 0 none.
    quint32 mappingAt(int downStart) const;
    // First packet of the tunnel's peer that did not reach the appliance (dropped at
    // the device, or delivered to another inside host) at or after `from`, -1 if none.
    int peerDropAfter(int tunnel, int from) const;
    // The peer's drop that set the tunnel Down at `downStart` (logged just before
    // it; for a port given under expects-4500 the first drop after it), -1 none.
    int dropOf(int downStart) const;
    // The appliance's own outbound packet the NAT device dropped (no rule, no
    // free port) just before `downStart` set its tunnel Down, -1 none.
    int outboundDropOf(int downStart, ObjectId appliance) const;
    // What became of the peer's packets at such a drop: one translated sentence.
    QString dropStory(int drop) const;
    // "Tunnel X is Down." at a step.
    Evidence downEvidence(int tunnel, int event) const;
    // The tunnel's on-premises appliance and its cloud peer.
    QList<ObjectId> pair(int tunnel) const;

    // The translation of the tunnel's flow (its uplink toward its peer, whoever
    // created it) that had `global` before `before` and had ended (expired or
    // cleared) by then; 0 when none.
    quint32 formerMapping(int tunnel, const Endpoint &global, int before) const;
    // A translation of another inside endpoint that got `former`'s global endpoint
    // after `former` ended: an ownership flip. Per-tuple NATs (netfilter, ASA extended)
    // share an endpoint between remotes, so there only one toward the same remote
    // counts. 0 when none.
    quint32 takerOf(quint32 former) const;
    // Translations that ever had this inside global on this device, oldest first.
    QList<quint32> translationsAt(int device, const Endpoint &global) const
    {
        return m_byGlobal.value({device, global});
    }
    // Whether the device keeps mappings unique per destination (netfilter, ASA extended).
    bool perTuple(int device) const;

    // Event that ended a translation (expired or cleared), -1 if it lived on.
    int endEvent(quint32 translation) const { return m_ended.value(translation, -1); }
    // Netfilter's own entry for an unsolicited inbound packet to the router: it
    // delivers nothing inward but holds its tuple.
    bool isRouterEntry(quint32 translation) const;
    // The tunnel whose flow this is (an appliance uplink toward a peer uplink), -1 none.
    int tunnelOfFlow(const Endpoint &local, const Endpoint &remote) const;
    // The appliance or flow a translation belongs to; for a static row or an
    // entry opened inbound, the appliance at its inside local address. NoId when nobody.
    ObjectId ownerOf(quint32 translation) const;
    // Its name for sentences (the inside local endpoint when nobody owns it).
    QString ownerName(quint32 translation) const;
    // "HCX-IX-I1's translation toward 203.0.113.10:4500", "the static PAT of ...".
    QString holderText(quint32 translation) const;

    // Index of a device in the result, -1 if not simulated.
    int deviceIndex(ObjectId device) const;
    QList<int> tunnelsThrough(int device) const;
    bool isTunnelAppliance(ObjectId id) const;
    QString name(ObjectId id) const;
    QString deviceName(int device) const;
    QString profileOf(int device) const;
    QStringList optionsOf(int device) const;

    // Why this profile gave (or kept) a port, one translated sentence.
    static QString profileRule(const QString &profile);
    static QString profileName(const QString &profile);

private:
    const Project &m_project;
    std::shared_ptr<const SimulationResult> m_result;
    EventText m_text;
    ReplayCursor m_end;
    QHash<quint32, int> m_created;
    QHash<quint32, int> m_ended;
    QHash<QPair<int, Endpoint>, QList<quint32>> m_byGlobal; // (device, inside global) -> ids
    QHash<int, QList<int>> m_downStarts; // by tunnel
};
