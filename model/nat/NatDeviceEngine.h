#pragma once

#include "NatBehaviour.h"
#include "NatDeviceConfig.h"
#include "Translation.h"

#include "FlatMap.h"

#include <random>
#include <vector>

// The live translation table of one NAT device during a simulation, with the
// indexes its behaviour needs (by flow, by global port, by full tuple, by
// inside endpoint). Translations are appended to a store shared by all
// devices so that ids are unique in the whole event log.
class NatDeviceEngine : public NatBehaviour::Occupancy
{
public:
    struct Outbound
    {
        enum Status { Translated, NoRule, Exhausted };
        Status status = NoRule;
        quint32 id = 0;
        bool created = false;
        Endpoint global;
    };
    struct Inbound
    {
        quint32 id = 0; // 0: no translation matched; the packet is dropped
        bool created = false;
        Endpoint local;
        // The entry is the router's own (Translation::toRouter): nothing is
        // delivered inward, the packet dies at the router.
        bool toRouter = false;
    };

    NatDeviceEngine(int index, NatDeviceConfig config, std::vector<Translation> *store,
                    quint32 seed);

    const NatDeviceConfig &config() const { return m_config; }
    const NatBehaviour &behaviour() const { return *m_behaviour; }
    bool isValid() const { return m_behaviour != nullptr; }

    // Static rows that exist from the start (never expire).
    QList<quint32> installStatics(double now);
    Outbound outbound(Protocol p, const Endpoint &local, const Endpoint &remote, double now,
                      ObjectId owner);
    // An inbound packet from remote to global: the translation it matches (a
    // static 1:1 rule opens one), else id 0. A match with the router's own entry
    // (toRouter) delivers nothing inward.
    Inbound inbound(Protocol p, const Endpoint &remote, const Endpoint &global, double now);
    // After inbound() matched nothing: when the profile tracks unsolicited
    // inbound packets and no INPUT firewall drops them, the packet to the
    // device's own address leaves an entry of the router's own holding the tuple
    // (Translation::toRouter); returns its id, else 0.
    quint32 trackUnsolicited(Protocol p, const Endpoint &remote, const Endpoint &global, double now);
    // Where the outside reaches inside endpoint `local` before it has sent
    // anything: its static NAT/PAT global, else the first address of the first
    // dynamic rule covering it, with local's port. Null when no rule covers it.
    Endpoint publicEndpointOf(Protocol p, const Endpoint &local) const;
    // Marks use of a translation; reply = the packet came back from outside.
    const TranslationState &touch(quint32 id, double now, bool reply);
    bool isLive(quint32 id) const { return id && id <= m_nodes.size() && node(id).live; }
    const TranslationState &state(quint32 id) const { return node(id).state; }
    void remove(quint32 id);
    QList<quint32> dynamicIds() const;
    int liveCount() const { return m_liveCount; }

    // NatBehaviour::Occupancy
    quint32 holderAnyDestination(Protocol p, const Endpoint &global,
                                 const Endpoint &exceptLocal) const override;
    quint32 holderToward(Protocol p, const Endpoint &global, const Endpoint &remote) const override;
    QList<Endpoint> mappingsOf(Protocol p, const Endpoint &local) const override;
    Endpoint newestMappingOf(Protocol p, const Endpoint &local) const override;

private:
    // Packed (protocol, endpoint a, endpoint b) for the flat indexes.
    static PackedKey key(Protocol p, const Endpoint &a, const Endpoint &b = {})
    {
        return {(quint64(a.ip) << 32) | (quint64(a.port) << 16) | quint64(quint8(p)),
                (quint64(b.ip) << 32) | quint64(b.port)};
    }
    // Ids holding one key, in creation order: a list threaded through the
    // translations' nodes (no allocation per entry).
    struct IdList
    {
        quint32 head = 0, tail = 0;
    };
    // Per translation id of the shared store: the live state and the links of
    // the two ordered lists it is in. Present for this device's ids only.
    struct Node
    {
        TranslationState state;
        quint32 nextGlobal = 0, prevGlobal = 0;
        quint32 nextLocal = 0, prevLocal = 0;
        bool live = false;
    };
    enum Chain { ByGlobal, ByLocal };
    Node &node(quint32 id) { return m_nodes[id - 1]; }
    const Node &node(quint32 id) const { return m_nodes[id - 1]; }
    void append(FlatMap<PackedKey, IdList> &index, Chain chain, const PackedKey &k, quint32 id);
    void unlink(FlatMap<PackedKey, IdList> &index, Chain chain, const PackedKey &k, quint32 id);
    quint32 create(Translation t, double now);
    const Translation &translation(quint32 id) const { return (*m_store)[id - 1]; }

    int m_index;
    NatDeviceConfig m_config;
    std::unique_ptr<NatBehaviour> m_behaviour;
    std::vector<Translation> *m_store;
    std::mt19937 m_rng;
    std::vector<Node> m_nodes;                       // by id - 1 (ids of every device)
    int m_liveCount = 0;
    FlatMap<PackedKey, quint32> m_byFlow;            // (local, remote) -> id
    FlatMap<PackedKey, IdList> m_byGlobal;           // (global) -> ids holding it
    FlatMap<PackedKey, quint32> m_byGlobalRemote;    // (global, remote) -> id, router entries too
    FlatMap<PackedKey, IdList> m_byLocal;            // (local) -> ids
    FlatMap<PackedKey, quint32> m_staticPatByGlobal; // static PAT rows
    FlatMap<PackedKey, quint32> m_staticPatByLocal;  // the same rows by inside endpoint
    FlatMap<quint64, quint32> m_staticByGlobalIp;    // static 1:1 rows
};
