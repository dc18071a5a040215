#pragma once

#include "NatBehaviour.h"
#include "NatDeviceConfig.h"
#include "Translation.h"

#include <QHash>

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
    bool isLive(quint32 id) const { return m_live.contains(id); }
    const TranslationState &state(quint32 id) const { return m_live.find(id).value(); }
    void remove(quint32 id);
    QList<quint32> dynamicIds() const;
    int liveCount() const { return int(m_live.size()); }

    // NatBehaviour::Occupancy
    quint32 holderAnyDestination(Protocol p, const Endpoint &global,
                                 const Endpoint &exceptLocal) const override;
    quint32 holderToward(Protocol p, const Endpoint &global, const Endpoint &remote) const override;
    QList<Endpoint> mappingsOf(Protocol p, const Endpoint &local) const override;
    Endpoint newestMappingOf(Protocol p, const Endpoint &local) const override;

private:
    struct Key
    {
        quint8 protocol;
        Endpoint a, b;
        bool operator==(const Key &o) const
        {
            return protocol == o.protocol && a == o.a && b == o.b;
        }
        friend size_t qHash(const Key &k, size_t seed = 0)
        {
            return qHashMulti(seed, k.protocol, k.a, k.b);
        }
    };
    static Key key(Protocol p, const Endpoint &a, const Endpoint &b = {})
    {
        return {quint8(p), a, b};
    }
    quint32 create(Translation t, double now);
    const Translation &translation(quint32 id) const { return (*m_store)[id - 1]; }

    int m_index;
    NatDeviceConfig m_config;
    std::unique_ptr<NatBehaviour> m_behaviour;
    std::vector<Translation> *m_store;
    std::mt19937 m_rng;
    QHash<quint32, TranslationState> m_live;
    QHash<Key, quint32> m_byFlow;              // (local, remote) -> id
    QHash<Key, QList<quint32>> m_byGlobal;     // (global) -> ids holding it
    QHash<Key, quint32> m_byGlobalRemote;      // (global, remote) -> id, router entries too
    QHash<Key, QList<quint32>> m_byLocal;      // (local) -> ids
    QHash<Key, quint32> m_staticPatByGlobal;   // static PAT rows
    QHash<quint32, quint32> m_staticByGlobalIp; // static 1:1 rows
};
