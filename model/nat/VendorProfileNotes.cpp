#include "VendorProfileNotes.h"

#include "JuniperSrxBehaviour.h"
#include "YamahaRtxBehaviour.h"

namespace {
// NatBehaviour::portsOption is protected; the same parse for the text.
QString rangeText(const QStringList &options, const QString &fallback)
{
    for (const QString &o : options) {
        if (o.startsWith(QLatin1String("ports=")))
            return o.mid(6);
    }
    return fallback;
}
} // namespace

bool VendorProfileNotes::handles(const QString &profile)
{
    return profile == QLatin1String("juniper-srx") || profile == QLatin1String("yamaha-rtx");
}

QString VendorProfileNotes::summary(const QString &profile, const QStringList &options,
                                    double udpTimeout)
{
    if (profile == QLatin1String("juniper-srx"))
        return tr("Source NAT with port translation gives every session a port of its own from "
                  "%1 (documented: single ports 1024–63487 unless the pool has a port range); the "
                  "inside source port is not kept. A pool with \"port no-translation\" keeps the "
                  "source port and gives each host one pool address. UDP sessions expire after %2 s "
                  "idle.")
            .arg(rangeText(options, QStringLiteral("1024–63487")))
            .arg(udpTimeout);
    return tr("IP masquerade uses the first outer address of the NAT descriptor and gives each "
              "inside address and port an outer port from %1, kept for every destination; "
              "static IP masquerade (nat descriptor masquerade static) and static NAT entries are "
              "explicit mappings. Bindings expire after %2 s idle (nat descriptor timer).")
        .arg(rangeText(options, QStringLiteral("60000–64095")))
        .arg(udpTimeout);
}

QStringList VendorProfileNotes::assumptions(const QString &profile)
{
    if (profile == QLatin1String("juniper-srx"))
        return {tr("Assumed: the port of a PAT session is drawn at random within the range "
                   "(Junos has a port-randomization setting; its default was not quoted from "
                   "Juniper's documentation)."),
                tr("Assumed: a port held on an address is not given to another session, whatever "
                   "its destination."),
                tr("Assumed: inbound packets reach the host only from the remote address and port "
                   "of its session."),
                tr("Assumed: the UDP timeout is the device's UDP timeout field; Junos's default UDP "
                   "inactivity timeout was not found."),
                tr("Simplified: without port translation a second host is refused a pool address "
                   "only when it asks for the same port; Junos gives each host an address of its "
                   "own.")};
    if (profile == QLatin1String("yamaha-rtx"))
        return {tr("Assumed: the default IP masquerade port range is 60000–64095 and the lowest "
                   "free port of the range is given; the source port is not kept."),
                tr("Assumed: inbound packets reach the host only from the remote address and port "
                   "its binding was made for."),
                tr("Assumed: without nat descriptor timer, bindings live 900 s.")};
    return {};
}
