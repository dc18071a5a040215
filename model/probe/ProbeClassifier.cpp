#include "ProbeClassifier.h"

namespace {
const ProbeTransaction *answered(const ProbeResult &r, const char *test)
{
    const ProbeTransaction *t = r.find(QLatin1String(test));
    return t && t->answered && t->mapped ? t : nullptr;
}
const ProbeTransaction *sent(const ProbeResult &r, const char *test)
{
    const ProbeTransaction *t = r.find(QLatin1String(test));
    return t && t->sent > 0 ? t : nullptr;
}
} // namespace

ProbeClassifier::Classification ProbeClassifier::classify(const ProbeResult &r)
{
    Classification c;
    const ProbeTransaction *m1 = answered(r, "mapping-1");
    c.serverAnswered = m1 != nullptr;
    if (!m1) {
        c.reasons << tr("the server at %1 did not answer, so nothing about the NAT is known")
                         .arg(r.server.toString());
        return c;
    }
    c.firstMapped = m1->mapped;
    c.behindNat = *m1->mapped != m1->local;
    c.portPreserved = m1->mapped->port == m1->local.port;

    // Mapping (RFC 5780 §4.3): same mapping toward another address, then toward another port.
    if (!c.behindNat) {
        c.mapping = EndpointIndependent;
        c.mappingChangesWithDestination = false;
    } else if (const ProbeTransaction *m2 = answered(r, "mapping-2")) {
        c.mappingChangesWithDestination = *m2->mapped != *m1->mapped;
        if (*m2->mapped == *m1->mapped)
            c.mapping = EndpointIndependent;
        else if (const ProbeTransaction *m3 = answered(r, "mapping-3"))
            c.mapping = *m3->mapped == *m2->mapped ? AddressDependent : AddressAndPortDependent;
    }

    // Filtering (RFC 5780 §4.4). An answer only counts when it really came
    // from the other address/port: a server ignoring CHANGE-REQUEST would
    // otherwise look like an open NAT.
    const ProbeTransaction *f1 = answered(r, "filtering-1");
    const ProbeTransaction *f2 = sent(r, "filtering-2");
    const ProbeTransaction *f3 = sent(r, "filtering-3");
    if (f1 && f2) {
        const bool f2Changed = f2->answered && f2->answeredFrom.ip != f1->answeredFrom.ip
                               && f2->answeredFrom.port != f1->answeredFrom.port;
        const bool f3Changed = f3 && f3->answered && f3->answeredFrom.ip == f1->answeredFrom.ip
                               && f3->answeredFrom.port != f1->answeredFrom.port;
        if (f2->answered && !f2Changed)
            c.filtering = Unknown; // server did not honour CHANGE-REQUEST
        else if (f2Changed)
            c.filtering = EndpointIndependent;
        else if (f3 && f3->answered && !f3Changed)
            c.filtering = Unknown;
        else if (f3)
            c.filtering = f3Changed ? AddressDependent : AddressAndPortDependent;
    }

    if (const ProbeTransaction *h = sent(r, "hairpin"))
        c.hairpinning = h->answered;
    if (const ProbeTransaction *s = answered(r, "second-other"))
        c.secondOther = s->mapped;
    if (const ProbeTransaction *s = answered(r, "second-same"))
        c.secondSame = s->mapped;

    bool anyParity = false, parity = true;
    for (const ProbeTransaction &t : r.transactions) {
        if (!t.answered || !t.mapped || t.test == QLatin1String("hairpin") || t.mapped->port == t.local.port)
            continue; // a preserved port says nothing about parity
        anyParity = true;
        parity = parity && (t.mapped->port % 2) == (t.local.port % 2);
    }
    if (anyParity)
        c.parityPreserved = parity;

    // Binding lifetime (RFC 5780 §4.6): each idle time used its own binding.
    for (const LifetimeSample &s : r.lifetime) {
        if (s.alive && (c.lifetimeGone < 0 || s.idleSeconds < c.lifetimeGone))
            c.lifetimeAlive = std::max(c.lifetimeAlive, s.idleSeconds);
        if (!s.alive && (c.lifetimeGone < 0 || s.idleSeconds < c.lifetimeGone))
            c.lifetimeGone = s.idleSeconds;
    }

    // The verdict for two HCX appliances, each sending from the port under
    // test to its own peer (different peer addresses, DESIGN.md §1).
    const quint16 port = r.localPort;
    if (!c.behindNat) {
        c.verdict = BothKeepPort;
        c.reasons << tr("there is no NAT between this host and the server: the server saw %1 unchanged")
                         .arg(m1->local.toString());
    } else if (!c.portPreserved) {
        c.verdict = NotBothKeepPort;
        c.reasons << tr("the NAT translated %1 to %2 although no other source was using port %3: "
                        "it does not preserve the source port, so not even one appliance keeps %3")
                         .arg(m1->local.toString(), m1->mapped->toString())
                         .arg(port);
    } else if (!c.secondOther) {
        c.verdict = CannotTell;
        c.reasons << tr("only one inside source was tested: run again with --second-source to see "
                        "what a second appliance using port %1 is given")
                         .arg(port);
    } else if (c.secondOther->port == port) {
        c.verdict = BothKeepPort;
        c.reasons << tr("while the first source held %1, a second inside source on port %2 toward "
                        "another destination kept it (%3): the NAT keeps ports apart per destination, "
                        "and the appliances' peers are different addresses")
                         .arg(m1->mapped->toString())
                         .arg(port)
                         .arg(c.secondOther->toString());
    } else {
        c.verdict = NotBothKeepPort;
        c.reasons << tr("while the first source held %1, a second inside source on port %2 was given "
                        "%3 toward another destination: the NAT reserves a public port whatever the "
                        "destination (as Cisco PAT does), so the second appliance loses port %2")
                         .arg(m1->mapped->toString())
                         .arg(port)
                         .arg(c.secondOther->toString());
    }
    if (c.secondSame && c.secondSame->port != port && c.verdict == BothKeepPort)
        c.reasons << tr("toward the same destination the second source was given %1: two appliances "
                        "sending to one peer address would not both keep port %2")
                         .arg(c.secondSame->toString())
                         .arg(port);
    return c;
}

QString ProbeClassifier::behaviourKey(Behaviour b)
{
    switch (b) {
    case EndpointIndependent: return QStringLiteral("endpoint-independent");
    case AddressDependent: return QStringLiteral("address-dependent");
    case AddressAndPortDependent: return QStringLiteral("address-and-port-dependent");
    case Unknown: break;
    }
    return QStringLiteral("unknown");
}

QString ProbeClassifier::behaviourText(Behaviour b)
{
    switch (b) {
    case EndpointIndependent: return tr("endpoint-independent");
    case AddressDependent: return tr("address-dependent");
    case AddressAndPortDependent: return tr("address-and-port-dependent");
    case Unknown: break;
    }
    return tr("not determined");
}

QString ProbeClassifier::verdictSentence(const ProbeResult &r, const Classification &c)
{
    const QString because = c.reasons.value(0);
    switch (c.verdict) {
    case BothKeepPort:
        return tr("Two HCX appliances behind this NAT will both keep UDP %1, because %2.").arg(r.localPort).arg(because);
    case NotBothKeepPort:
        return tr("Two HCX appliances behind this NAT will not both keep UDP %1, because %2.").arg(r.localPort).arg(because);
    case CannotTell:
        break;
    }
    return tr("Whether two HCX appliances behind this NAT both keep UDP %1 cannot be told, because %2.")
        .arg(r.localPort)
        .arg(because);
}

QString ProbeClassifier::summary(const ProbeResult &r, const Classification &c)
{
    const QString yes = tr("yes"), no = tr("no"), unknown = tr("not measured");
    const auto yn = [&](const std::optional<bool> &b) { return b ? (*b ? yes : no) : unknown; };
    QStringList lines;
    lines << tr("NAT behaviour probe against %1 (run %2)").arg(r.server.toString(), r.runId);
    if (c.serverAnswered) {
        QList<std::pair<QString, QString>> rows;
        rows << std::pair{tr("Behind a NAT"), c.behindNat ? yes : no}
             << std::pair{tr("Mapping"), behaviourText(c.mapping)}
             << std::pair{tr("Filtering"), behaviourText(c.filtering)}
             << std::pair{tr("Source port %1 preserved").arg(r.localPort),
                          QStringLiteral("%1 (%2)").arg(c.portPreserved ? yes : no, c.firstMapped->toString())}
             << std::pair{tr("Mapping changes with destination"), yn(c.mappingChangesWithDestination)}
             << std::pair{tr("Second source, other destination"), c.secondOther ? c.secondOther->toString() : unknown}
             << std::pair{tr("Second source, same server"), c.secondSame ? c.secondSame->toString() : unknown}
             << std::pair{tr("Hairpinning"), yn(c.hairpinning)}
             << std::pair{tr("Port parity preserved"), yn(c.parityPreserved)};
        QString lifetime = unknown;
        if (c.lifetimeGone >= 0)
            lifetime = tr("between %1 s and %2 s").arg(std::max(0, c.lifetimeAlive)).arg(c.lifetimeGone);
        else if (c.lifetimeAlive >= 0)
            lifetime = tr("more than %1 s (the longest idle time probed)").arg(c.lifetimeAlive);
        rows << std::pair{tr("Binding lifetime"), lifetime};
        qsizetype width = 0;
        for (const auto &row : std::as_const(rows))
            width = std::max(width, row.first.size());
        for (const auto &row : std::as_const(rows))
            lines << QStringLiteral("  %1  %2").arg(row.first + u':', -int(width) - 1).arg(row.second);
    }
    lines << QString() << verdictSentence(r, c);
    for (int i = 1; i < c.reasons.size(); ++i)
        lines << tr("Also: %1.").arg(c.reasons.at(i));
    return lines.join(u'\n') + u'\n';
}
