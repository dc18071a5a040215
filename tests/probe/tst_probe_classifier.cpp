// ProbeClassifier: RFC 5780 classification and the HCX verdict from
// observations shaped like the three NATs the field meets; ProbeResult's JSON.
#include "ProbeClassifier.h"

#include <QtTest>

namespace {
Endpoint ep(const char *ip, quint16 port)
{
    Endpoint e{0, port};
    Ipv4::parse(QString::fromLatin1(ip), &e.ip);
    return e;
}

const Endpoint primary = ep("198.18.0.20", 3478), altIp = ep("198.18.0.21", 3478),
               altBoth = ep("198.18.0.21", 3479), primaryAltPort = ep("198.18.0.20", 3479);

ProbeTransaction tx(const char *test, Endpoint local, Endpoint dest, std::optional<Endpoint> mapped,
                    Endpoint from = primary, quint32 change = 0)
{
    ProbeTransaction t;
    t.test = QLatin1String(test);
    t.local = local;
    t.destination = dest;
    t.changeRequest = change;
    t.sent = 1;
    t.answered = mapped.has_value();
    t.mapped = mapped;
    t.answeredFrom = from;
    t.responseOrigin = from;
    t.otherAddress = altBoth;
    return t;
}

// A NAT at 192.0.2.1: first flow keeps 4500 (mapping), second source as given,
// mapping toward other addresses as given; filtering APDF.
ProbeResult result(quint16 firstPort, quint16 toAltIp, quint16 toAltBoth, std::optional<quint16> secondOther,
                   std::optional<quint16> secondSame)
{
    ProbeResult r;
    r.runId = QStringLiteral("test");
    r.server = primary;
    r.alternate = altBoth;
    r.localPort = 4500;
    const Endpoint a = ep("10.0.0.2", 4500), b = ep("10.0.0.3", 4500), f = ep("10.0.0.2", 40001);
    const quint32 nat = ep("192.0.2.1", 0).ip;
    r.transactions << tx("mapping-1", a, primary, Endpoint{nat, firstPort})
                   << tx("mapping-2", a, altIp, Endpoint{nat, toAltIp}, altIp)
                   << tx("mapping-3", a, altBoth, Endpoint{nat, toAltBoth}, altBoth)
                   << tx("filtering-1", f, primary, Endpoint{nat, 40001})
                   << tx("filtering-2", f, primary, std::nullopt, primary, 6)
                   << tx("filtering-3", f, primary, std::nullopt, primary, 2)
                   << tx("hairpin", f, Endpoint{nat, firstPort}, std::nullopt);
    if (secondOther) {
        r.secondSource = QStringLiteral("10.0.0.3");
        r.transactions << tx("second-other", b, primaryAltPort, Endpoint{nat, *secondOther}, primaryAltPort);
    }
    if (secondSame)
        r.transactions << tx("second-same", b, primary, Endpoint{nat, *secondSame});
    r.lifetimeBound = 8;
    r.lifetime = {{1, true}, {2, true}, {4, false}, {8, false}};
    return r;
}
} // namespace

class TestProbeClassifier : public QObject
{
    Q_OBJECT
private slots:
    void linuxMasqueradeKeepsBothPorts()
    {
        // Linux: port kept per full tuple, so toward another destination the
        // second source keeps 4500 too; toward the same server it gets another.
        const ProbeResult r = result(4500, 4500, 4500, 4500, 31337);
        const auto c = ProbeClassifier::classify(r);
        QVERIFY(c.behindNat);
        QCOMPARE(c.mapping, ProbeClassifier::EndpointIndependent);
        QCOMPARE(c.filtering, ProbeClassifier::AddressAndPortDependent);
        QVERIFY(c.portPreserved);
        QCOMPARE(c.hairpinning, std::optional<bool>(false));
        QCOMPARE(c.mappingChangesWithDestination, std::optional<bool>(false));
        QCOMPARE(c.verdict, ProbeClassifier::BothKeepPort);
        QCOMPARE(c.lifetimeAlive, 2);
        QCOMPARE(c.lifetimeGone, 4);
        QCOMPARE(c.reasons.size(), 2); // and the same-destination caveat
        QVERIFY(c.reasons.at(1).contains(QLatin1String("192.0.2.1:31337")));
        QVERIFY(ProbeClassifier::verdictSentence(r, c).startsWith(
            QLatin1String("Two HCX appliances behind this NAT will both keep UDP 4500, because")));
        const QString text = ProbeClassifier::summary(r, c);
        QVERIFY(text.contains(QLatin1String("between 2 s and 4 s")));
    }

    void ciscoPatGivesTheSecondSourceAnotherPort()
    {
        const auto c = ProbeClassifier::classify(result(4500, 4500, 4500, 1543, 1544));
        QCOMPARE(c.mapping, ProbeClassifier::EndpointIndependent);
        QCOMPARE(c.verdict, ProbeClassifier::NotBothKeepPort);
        QVERIFY(c.reasons.first().contains(QLatin1String("192.0.2.1:1543")));
    }

    void randomPortsLoseEvenTheFirstAppliance()
    {
        const ProbeResult r = result(51234, 40212, 61111, 33333, 22221);
        const auto c = ProbeClassifier::classify(r);
        QCOMPARE(c.mapping, ProbeClassifier::AddressAndPortDependent);
        QVERIFY(!c.portPreserved);
        QCOMPARE(c.verdict, ProbeClassifier::NotBothKeepPort);
        QVERIFY(ProbeClassifier::verdictSentence(r, c).contains(QLatin1String("will not both keep UDP 4500")));
        QCOMPARE(c.mappingChangesWithDestination, std::optional<bool>(true));
    }

    void addressDependentMapping()
    {
        const auto c = ProbeClassifier::classify(result(4500, 1025, 1025, std::nullopt, std::nullopt));
        QCOMPARE(c.mapping, ProbeClassifier::AddressDependent);
        QCOMPARE(c.verdict, ProbeClassifier::CannotTell); // no second source
        QVERIFY(c.reasons.first().contains(QLatin1String("--second-source")));
    }

    void filteringNeedsTheAnswerFromTheOtherAddress()
    {
        ProbeResult r = result(4500, 4500, 4500, 4500, 4501);
        // Endpoint-independent filtering: the change-IP-and-port answer came.
        r.transactions[4] = tx("filtering-2", ep("10.0.0.2", 40001), primary, ep("192.0.2.1", 40001), altBoth, 6);
        QCOMPARE(ProbeClassifier::classify(r).filtering, ProbeClassifier::EndpointIndependent);
        // A server that ignores CHANGE-REQUEST answers from the primary: unknown, not "open".
        r.transactions[4] = tx("filtering-2", ep("10.0.0.2", 40001), primary, ep("192.0.2.1", 40001), primary, 6);
        QCOMPARE(ProbeClassifier::classify(r).filtering, ProbeClassifier::Unknown);
        // Address-dependent: only the change-port answer came.
        r.transactions[4] = tx("filtering-2", ep("10.0.0.2", 40001), primary, std::nullopt, primary, 6);
        r.transactions[5] = tx("filtering-3", ep("10.0.0.2", 40001), primary, ep("192.0.2.1", 40001), primaryAltPort, 2);
        QCOMPARE(ProbeClassifier::classify(r).filtering, ProbeClassifier::AddressDependent);
    }

    void silentServerCannotTell()
    {
        ProbeResult r = result(4500, 4500, 4500, 4500, 4501);
        r.transactions[0].answered = false;
        r.transactions[0].mapped.reset();
        const auto c = ProbeClassifier::classify(r);
        QVERIFY(!c.serverAnswered);
        QCOMPARE(c.verdict, ProbeClassifier::CannotTell);
        QVERIFY(ProbeClassifier::verdictSentence(r, c).contains(QLatin1String("did not answer")));
    }

    void jsonRoundTrip()
    {
        const ProbeResult r = result(4500, 4500, 4500, 4500, 31337);
        QString error;
        const auto back = ProbeResult::fromJson(r.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->transactions.size(), r.transactions.size());
        QCOMPARE(back->toJson(), r.toJson());
        const auto c = ProbeClassifier::classify(*back);
        QCOMPARE(c.verdict, ProbeClassifier::BothKeepPort);
        QCOMPARE(*c.secondSame, ep("192.0.2.1", 31337));
    }

    void badJsonNamesTheField()
    {
        QString error;
        QVERIFY(!ProbeResult::fromJson("{\"format\":\"something else\"}", &error));
        QVERIFY(error.contains(QLatin1String("format")));
        QVERIFY(!ProbeResult::fromJson("not json", &error));
        QVERIFY(error.contains(QLatin1String("not JSON")));
        QByteArray json = result(4500, 4500, 4500, 4500, 1).toJson();
        json.replace("\"192.0.2.1:4500\"", "\"192.0.2.1:99999\"");
        QVERIFY(!ProbeResult::fromJson(json, &error));
        QVERIFY2(error.startsWith(QLatin1String("transactions[0].mapped")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestProbeClassifier)
#include "tst_probe_classifier.moc"
