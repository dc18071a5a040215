#include "ProfileFacts.h"

#include "CiscoAsaBehaviour.h"

namespace {
const char *const FtdShowNatPool = "Cisco FTD command reference, show nat pool";
const char *const TechNote115993 = "Cisco tech note 115993 (ASA xlate per-session)";
} // namespace

QList<ProfileFacts::Fact> ProfileFacts::of(const QString &profile, const QStringList &options)
{
    QList<Fact> facts;
    if (profile != QLatin1String("cisco-asa"))
        return facts;
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
