#include "ProfileFacts.h"

#include "CiscoAsaBehaviour.h"

namespace {
// Sources as named in docs/profiles.md (not translated: they are titles).
const char *const FtdShowNatPool = "Cisco FTD command reference, show nat pool";
const char *const TechNote115993 = "Cisco tech note 115993 (ASA xlate per-session)";
const char *const FortiSnatPorts = "FortiOS 7.4 New Features, Fine-tuning source port behavior for SNAT";
const char *const FortiDynamicSnat = "FortiOS Administration Guide, Dynamic SNAT";
const char *const FortiFixedPort = "FortiOS 6.0 Handbook, Fixed port";
const char *const FortiFullCone = "FortiOS 7.6 Administration Guide, Full cone NAT";
const char *const FortiKb192079 = "Fortinet KB 192079 (one-to-one pools)";
const char *const SrxPat = "Junos Security, Understanding Source NAT Pools with PAT";
const char *const SrxNoPat = "Junos, Understanding Source NAT Pools Without PAT";
const char *const RtxOverview = "YAMAHA, NATディスクリプター機能 概要";
const char *const RtxOuterAddress = "YAMAHA RTX command reference 15.3";
const char *const RtxTimer = "YAMAHA RTX command reference 23.9 (nat descriptor timer)";

using Fact = ProfileFacts::Fact;

Fact documented(const QString &text, const char *source)
{
    return {text, ProfileFacts::Documented, QString::fromUtf8(source)};
}

Fact assumed(const QString &text)
{
    return {text, ProfileFacts::Assumed, QString()};
}

// "ports=LOW-HIGH" as shown, else the profile's default range.
QString rangeText(const QStringList &options, const QString &fallback)
{
    for (const QString &o : options) {
        if (o.startsWith(QLatin1String("ports=")))
            return o.mid(6);
    }
    return fallback;
}

} // namespace

QList<ProfileFacts::Fact> ProfileFacts::of(const QString &profile, const QStringList &options)
{
    if (profile == QLatin1String("cisco-asa"))
        return ciscoAsa(options);
    if (profile == QLatin1String("fortigate"))
        return fortiGate(options);
    if (profile == QLatin1String("juniper-srx"))
        return juniperSrx(options);
    if (profile == QLatin1String("yamaha-rtx"))
        return yamahaRtx(options);
    return {};
}

QList<ProfileFacts::Fact> ProfileFacts::fortiGate(const QStringList &options)
{
    QList<Fact> facts;
    facts.append(documented(tr("Ports are unique per NAT address, destination address, destination "
                               "port and protocol: hosts toward different peers may share a port."),
                            FortiDynamicSnat));
    if (options.contains(QLatin1String("fixedport")))
        facts.append(documented(tr("The source port is never translated (fixedport); a second "
                                   "session on the same address, destination and port is refused."),
                                FortiFixedPort));
    else if (options.contains(QLatin1String("no-port-preserve")))
        facts.append(documented(tr("Every source port is translated to the next free port of the "
                                   "range (port-preserve disable)."),
                                FortiSnatPorts));
    else
        facts.append(documented(tr("An original port is kept only when free and within 5117–65533, "
                                   "so UDP 4500 is always translated without fixedport."),
                                FortiSnatPorts));
    facts.append(assumed(tr("A translated port is the first free one from the start of its range "
                            "(512–1023 or 5117–65532); Fortinet documents the sequential search, "
                            "not where it starts.")));
    if (options.contains(QLatin1String("one-to-one")))
        facts.append(documented(tr("A one-to-one pool gives each inside host an address of its own, "
                                   "first come first served; that it keeps the port is assumed."),
                                FortiKb192079));
    if (options.contains(QLatin1String("fixed-port-range"))
        || options.contains(QLatin1String("port-block-allocation")))
        facts.append(assumed(tr("The port block or range of each source is not modelled: the next "
                                "free port of 5117–65532 is given.")));
    facts.append(documented(tr("Inbound packets reach an inside host only from its session's own "
                               "remote address and port (full cone is off by default)."),
                            FortiFullCone));
    facts.append(assumed(tr("A new session does not reuse an earlier session's mapping.")));
    facts.append(assumed(tr("The UDP idle timer is 180 s when the configuration does not set "
                            "udp-idle-timer (Fortinet's texts disagree: 60 or 180 s).")));
    return facts;
}

QList<ProfileFacts::Fact> ProfileFacts::juniperSrx(const QStringList &options)
{
    return {
        documented(tr("Source NAT with port translation gives every session a port of its own from "
                      "%1; the inside source port is not kept, even when free.")
                       .arg(rangeText(options, QStringLiteral("1024–63487"))),
                   SrxPat),
        documented(tr("A pool with \"port no-translation\" keeps the source port and gives each "
                      "host one pool address; the packet is dropped when no address is left."),
                   SrxNoPat),
        assumed(tr("The port of a PAT session is drawn at random within the range (Junos has a "
                   "port-randomization setting; its default was not found in Juniper's "
                   "documentation).")),
        assumed(tr("A port held on an address is not given to another session, whatever its "
                   "destination.")),
        assumed(tr("Inbound packets reach the host only from the remote address and port of its "
                   "session.")),
        assumed(tr("The UDP timeout is the device's UDP timeout field; Junos's default UDP "
                   "inactivity timeout was not found.")),
        assumed(tr("Simplified: without port translation a second host is refused a pool address "
                   "only when it asks for the same port; Junos gives each host an address of its "
                   "own.")),
    };
}

QList<ProfileFacts::Fact> ProfileFacts::yamahaRtx(const QStringList &options)
{
    const bool rangeSet = rangeText(options, QString()).size() > 0;
    QList<Fact> facts{
        documented(tr("IP masquerade uses the first outer address of the NAT descriptor."),
                   RtxOuterAddress),
        documented(tr("Static IP masquerade (nat descriptor masquerade static) and static NAT "
                      "entries are explicit mappings that always exist."),
                   RtxOverview),
        documented(tr("Bindings expire after the nat descriptor timer's idle time; protocol=udp "
                      "sets UDP's own timer."),
                   RtxTimer),
    };
    facts.append(rangeSet ? assumed(tr("Each inside address and port is given the lowest free outer "
                                       "port of %1 (nat descriptor masquerade port range), kept for "
                                       "every destination; the source port is not kept.")
                                        .arg(rangeText(options, QString())))
                          : assumed(tr("The default IP masquerade port range is 60000–64095 and the "
                                       "lowest free port of the range is given, kept for every "
                                       "destination; the source port is not kept.")));
    facts.append(assumed(tr("Inbound packets reach the host only from the remote address and port "
                            "its binding was made for.")));
    facts.append(assumed(tr("Without nat descriptor timer, bindings live 900 s.")));
    return facts;
}

QList<ProfileFacts::Fact> ProfileFacts::ciscoAsa(const QStringList &options)
{
    QList<Fact> facts;
    const CiscoAsaBehaviour::Options o = CiscoAsaBehaviour::parse(options);
    facts.append({tr("Keeps the real source port when no other translation holds it on the mapped "
                     "address."),
                  Assumed, QString()});
    if (!o.flat)
        facts.append({tr("Otherwise a port of the real port's range: 1–511, 512–1023 or 1024–65535."),
                      Documented, QString::fromLatin1(FtdShowNatPool)});
    else if (!o.includeReserve)
        facts.append({tr("Otherwise a port of the flat range 1024–65535 (flat)."), Documented,
                      QString::fromLatin1(FtdShowNatPool)});
    else
        facts.append({tr("Otherwise a port of 1–65535, reserved ports included (flat include-reserve)."),
                      Documented, QString::fromLatin1(FtdShowNatPool)});
    facts.append({tr("The port is drawn at random within that range."), Assumed, QString()});
    facts.append(o.extended
                     ? Fact{tr("A mapped port is unique per destination: hosts toward different "
                               "peers may share it (extended)."),
                            Assumed, QString()}
                     : Fact{tr("The destination is not considered: a mapped port held toward one "
                               "peer is taken for every peer."),
                            Assumed, QString()});
    facts.append(o.roundRobin
                     ? Fact{tr("New translations take the pool addresses in turn (round-robin); a "
                               "host keeps its address for its next flows."),
                            Assumed, QString()}
                     : Fact{tr("Pool addresses are used in order: the next one when a range is full "
                               "on the first."),
                            Assumed, QString()});
    facts.append({tr("A UDP PAT translation outlives its connection by pat-xlate (30 s); the "
                     "connection ends timeout udp after its last packet (2 min when the "
                     "configuration does not say: assumed). The UDP timeout holds the sum."),
                  Documented, QString::fromLatin1(TechNote115993)});
    facts.append({tr("Inbound packets reach an inside host only from the remote of a live "
                     "translation, or through a static rule."),
                  Assumed, QString()});
    return facts;
}

QString ProfileFacts::evidenceName(Evidence evidence)
{
    switch (evidence) {
    case Documented: return tr("documented");
    case Measured: return tr("measured");
    case Assumed: break;
    }
    return tr("assumed");
}

QString ProfileFacts::line(const Fact &fact)
{
    if (fact.source.isEmpty())
        return tr("%1 (%2)").arg(fact.text, evidenceName(fact.evidence));
    return tr("%1 (%2: %3)").arg(fact.text, evidenceName(fact.evidence), fact.source);
}
