#pragma once

#include "Endpoint.h"
#include "ModelEnums.h"

#include <QList>

#include <memory>
#include <random>

// A vendor's NAT behaviour (DESIGN.md §3): how a new outbound flow is given its
// inside global endpoint, how inbound packets are matched, and timeouts. One
// subclass per profile key; chosen by the device's "profile" field.
class NatBehaviour
{
public:
    // Questions a behaviour asks of the live translation table.
    class Occupancy
    {
    public:
        virtual ~Occupancy() = default;
        // Id of a live translation of another inside endpoint holding global
        // (for this protocol), whatever its destination; 0 if none.
        virtual quint32 holderAnyDestination(Protocol p, const Endpoint &global,
                                             const Endpoint &exceptLocal) const = 0;
        // Id of a live translation holding the full tuple global <-> remote; 0 if none.
        virtual quint32 holderToward(Protocol p, const Endpoint &global,
                                     const Endpoint &remote) const = 0;
        // Global endpoints of live translations of this inside endpoint, oldest
        // first, each endpoint once.
        virtual QList<Endpoint> mappingsOf(Protocol p, const Endpoint &local) const = 0;
        // Global endpoint of the newest live translation of this inside endpoint
        // (even when an older one has the same endpoint); null if none.
        virtual Endpoint newestMappingOf(Protocol p, const Endpoint &local) const = 0;
    };

    struct Request
    {
        Protocol protocol = Protocol::Udp;
        Endpoint local;
        Endpoint remote;
        QList<quint32> globals; // candidate inside global addresses, in order
        // false: the rule translates the address only (SRX "port no-translation",
        // a dynamic rule without overload). Profiles that model it read it.
        bool translatePort = true;
    };

    struct Result
    {
        bool ok = false;      // false: every candidate port is taken
        Endpoint global;
        quint32 heldBy = 0;   // translation holding the requested port, if it was not kept
    };

    struct Timeouts
    {
        double udp = 300, tcp = 86400, icmp = 60;
        // Netfilter's two UDP timers (nf_conntrack_udp_timeout, _stream); only
        // profiles with an unreplied/assured distinction read them.
        double udpUnreplied = 30, udpStream = 120;
    };

    virtual ~NatBehaviour() = default;
    virtual QString key() const = 0;
    virtual Result allocate(const Request &request, const Occupancy &table,
                            std::mt19937 &rng) const = 0;
    // Endpoint-independent filtering: inbound to a mapped global endpoint is
    // delivered whatever the remote. Otherwise the remote must match the entry.
    virtual bool endpointIndependentFiltering() const { return false; }
    // Whether a translation counts as assured (longer timeout): by default as
    // soon as a reply has been seen; age = seconds since it was created.
    virtual bool isAssured(bool replied, double age) const
    {
        Q_UNUSED(age);
        return replied;
    }
    // Idle timeout of a translation.
    virtual double timeout(Protocol p, bool assured, const Timeouts &device) const;
    // Whether an inbound packet to the device's own address that matches no
    // translation leaves an entry of its own holding its tuple (netfilter
    // conntrack, unless an INPUT rule drops the packet before it is confirmed).
    virtual bool tracksUnsolicitedInbound() const { return false; }

    // nullptr for an unknown profile key.
    static std::unique_ptr<NatBehaviour> create(const QString &profile, const QStringList &options);

protected:
    struct PortRange
    {
        quint16 first, last;
    };
    // First port from range.first upward (wrapping inside the range from start)
    // that free() accepts; 0 when none.
    template<typename Free>
    static quint16 probe(PortRange range, quint16 start, Free free)
    {
        const int span = range.last - range.first + 1;
        for (int i = 0; i < span; ++i) {
            const quint16 port = quint16(range.first + (start - range.first + i) % span);
            if (port != 0 && free(port)) // 0 is no source port: never handed out
                return port;
        }
        return 0;
    }
    // The "ports=LOW-HIGH" option (ModelEnums::isProfileOption), else fallback.
    static PortRange portsOption(const QStringList &options, PortRange fallback);
    static quint16 randomIn(PortRange range, std::mt19937 &rng)
    {
        return quint16(std::uniform_int_distribution<int>(range.first, range.last)(rng));
    }
};
