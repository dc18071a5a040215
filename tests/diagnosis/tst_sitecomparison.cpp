// Lockstep comparison of two sites: the seed incident against the home lab
// diverges at the second appliance's first UDP 4500 translation.
#include "DiagnosisTestUtil.h"
#include "SiteComparison.h"

using namespace DiagnosisTest;

class TestSiteComparison : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seedAgainstHomeLab()
    {
        Project a, b;
        QVERIFY(load(QStringLiteral("seed-incident"), &a));
        QVERIFY(load(QStringLiteral("home-lab"), &b));
        const auto ra = Simulator::run(a), rb = Simulator::run(b);
        const SiteComparison cmp(a, ra, b, rb);
        QVERIFY(cmp.divergence() >= 0);
        const SiteComparison::Step &s = cmp.steps()[cmp.divergence()];
        QCOMPARE(s.appliance, QStringLiteral("HCX-IX-I1")); // deployed second
        QCOMPARE(s.type, SimEvent::TranslationCreated);
        QCOMPARE(s.occurrence, 0);
        // On both sides the step is the IX's first translation of UDP 4500.
        const SimEvent &ea = ra->events[size_t(s.event[0])];
        const SimEvent &eb = rb->events[size_t(s.event[1])];
        QCOMPARE(ra->translation(ea.translation).insideLocal.port, quint16(4500));
        QCOMPARE(ra->translation(ea.translation).insideGlobal.port, quint16(1543));
        QCOMPARE(rb->translation(eb.translation).insideGlobal.port, quint16(4500));
        QCOMPARE(ea.subject, find(a, ObjectKind::Appliance, "HCX-IX-I1"));
        for (int i = 0; i < int(ea.translation); ++i) {
            // No earlier IX translation on side A: this is its first.
            const Translation &t = ra->translation(quint32(i + 1));
            if (t.id != ea.translation)
                QVERIFY(t.owner != ea.subject || t.isStatic);
        }
        // Everything before it matched.
        for (int i = 0; i < cmp.divergence(); ++i)
            QVERIFY(!cmp.steps()[i].diverges);
        const QString why = cmp.explanation();
        QVERIFY(why.contains(QStringLiteral("HCX-IX-I1's first UDP 4500 translation")));
        QVERIFY(why.contains(QStringLiteral("1543")));
        QVERIFY(why.contains(QStringLiteral("destination included")));
        // Lockstep: each side's replay position at the divergence is that event.
        QCOMPARE(cmp.eventAt(cmp.divergence(), 0), s.event[0]);
        QCOMPARE(cmp.eventAt(cmp.divergence(), 1), s.event[1]);
    }

    void identicalSitesDoNotDiverge()
    {
        Project a, b;
        QVERIFY(load(QStringLiteral("fixed-site"), &a));
        QVERIFY(load(QStringLiteral("fixed-site"), &b));
        const SiteComparison cmp(a, Simulator::run(a), b, Simulator::run(b));
        QCOMPARE(cmp.divergence(), -1);
        QVERIFY(!cmp.steps().isEmpty());
    }

    void stepOnlyOneSideHasDiverges()
    {
        Project a, b;
        QVERIFY(load(QStringLiteral("fixed-site"), &a));
        QVERIFY(load(QStringLiteral("fixed-site"), &b));
        addEvent(&b, "redeploy-appliance", 100, find(b, ObjectKind::Appliance, "HCX-NE-I1"), 5);
        const SiteComparison cmp(a, Simulator::run(a), b, Simulator::run(b));
        QVERIFY(cmp.divergence() >= 0);
        const SiteComparison::Step &s = cmp.steps()[cmp.divergence()];
        QCOMPARE(s.event[0], -1);
        QVERIFY(s.time >= 100);
        // Side A shows its state at that time.
        QVERIFY(cmp.eventAt(cmp.divergence(), 0) >= 0);
    }
};

QTEST_GUILESS_MAIN(TestSiteComparison)
#include "tst_sitecomparison.moc"
