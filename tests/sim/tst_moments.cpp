// Moments of a replay: the seed incident's story in order (NE takes 4500, IX
// given 1543, IX Down), where a project opens, next/previous, bookmarks as
// moments, and the home lab's story.
#include "Bookmark.h"
#include "Examples.h"
#include "Field.h"
#include "Moments.h"
#include "Project.h"
#include "ProjectReader.h"
#include "SimulationSession.h"
#include "Simulator.h"

#include <QtTest>

class TestMoments : public QObject
{
    Q_OBJECT

    static bool load(const QString &key, Project *project)
    {
        return ProjectReader().read(Examples::resourcePath(key), project);
    }
    // Index in `labels` of the first label containing `text` at or after `from`; -1 none.
    static int find(const QStringList &labels, const QString &text, int from = 0)
    {
        for (int i = from; i < labels.size(); ++i) {
            if (labels[i].contains(text))
                return i;
        }
        return -1;
    }
    static QStringList walk(const Moments &m, int from = -1)
    {
        QStringList labels;
        for (int s = m.next(from); s >= 0; s = m.next(s))
            labels << m.labelAt(s);
        return labels;
    }

private Q_SLOTS:
    void seedStory()
    {
        Project project;
        QVERIFY(load(QStringLiteral("seed-incident"), &project));
        const auto result = Simulator::run(project);
        const Moments moments(project, result);
        QVERIFY(!moments.isEmpty());
        // Far fewer stops than steps: office DNS and keepalives are not moments.
        QVERIFY2(moments.all().size() < 100, qPrintable(QString::number(moments.all().size())));
        const QStringList labels = walk(moments);
        const int ne = find(labels, QStringLiteral("NE takes 4500"));
        const int ix = find(labels, QStringLiteral("IX given 1543"), ne + 1);
        const int down = find(labels, QStringLiteral("IX Down"), ix);
        QVERIFY2(ne >= 0 && ix > ne && down >= ix, qPrintable(labels.join(QLatin1Char('\n'))));

        // The collision moment names IX's translation, which asked for 4500.
        const ObjectId ixId = project.findByName(ObjectKind::Appliance, QStringLiteral("HCX-IX-I1"));
        int collision = -1;
        for (const Moments::Moment &m : moments.all()) {
            if (collision < 0 && m.kind == Moments::Collision && m.subject == ixId)
                collision = m.step;
        }
        QVERIFY(collision >= 0);
        const SimEvent &e = result->events[size_t(collision)];
        QCOMPARE(e.type, SimEvent::TranslationCreated);
        QCOMPARE(result->translation(e.translation).requestedPort, quint16(4500));
        QCOMPARE(result->translation(e.translation).insideGlobal.port, quint16(1543));

        // Opens at its first failure, which is part of IX's story, not the last step.
        const int initial = moments.initialStep();
        QCOMPARE(initial, moments.firstFailure());
        QVERIFY(initial >= 0 && initial < int(result->events.size()) - 1);
        QVERIFY2(moments.labelAt(initial).contains(QStringLiteral("IX")),
                 qPrintable(moments.labelAt(initial)));
        QVERIFY(initial <= collision);

        // Next and previous are inverse over the moment steps.
        QCOMPARE(moments.previous(moments.next(initial)), initial);
        QCOMPARE(moments.next(int(result->events.size())), -2);
        QCOMPARE(moments.previous(0), moments.isMoment(-1) ? -1 : -2);
        // Chapters exist and are short.
        int chapters = 0;
        for (const Moments::Moment &m : moments.all()) {
            if (m.chapter) {
                ++chapters;
                QVERIFY2(m.label.size() <= 24, qPrintable(m.label));
            }
        }
        QVERIFY(chapters >= 3);
    }

    void bookmarksAreMoments()
    {
        Project project;
        QVERIFY(load(QStringLiteral("seed-incident"), &project));
        auto result = Simulator::run(project);
        const Moments before(project, result);
        // A quiet step no rule cares about: the last one.
        const int last = int(result->events.size()) - 1;
        QVERIFY(!before.isMoment(last));
        const Bookmark b = Bookmark::fromEvent(*result, last, QStringLiteral("the end"));
        QVERIFY(project.setValue(NoId, Field::bookmarks, Bookmark::toRecords({b})));
        const auto cached = Moments::of(project, result);
        QVERIFY(cached->isMoment(cached->all().last().step));
        QCOMPARE(cached->all().last().kind, Moments::UserBookmark);
        QCOMPARE(cached->all().last().label, QStringLiteral("the end"));
        QVERIFY(!cached->all().last().chapter); // user marks are drawn apart from chapters
        QCOMPARE(Moments::of(project, result).get(), cached.get()); // computed once
    }

    void homeLabStory()
    {
        Project project;
        QVERIFY(load(QStringLiteral("home-lab"), &project));
        const auto result = Simulator::run(project);
        const Moments moments(project, result);
        QVERIFY(!moments.isEmpty());
        QVERIFY(moments.all().size() < int(result->events.size()) / 4);
        const QStringList labels = walk(moments);
        // Both appliances take a port, and every tunnel's settled state is a moment.
        QVERIFY2(find(labels, QStringLiteral("IX takes")) >= 0, qPrintable(labels.join(QLatin1Char('\n'))));
        QVERIFY2(find(labels, QStringLiteral("NE takes")) >= 0, qPrintable(labels.join(QLatin1Char('\n'))));
        int settled = 0;
        for (const Moments::Moment &m : moments.all())
            settled += m.kind == Moments::TunnelState && m.chapter;
        QVERIFY(settled >= 2);
        const int initial = moments.initialStep();
        QVERIFY(initial >= 0);
        QVERIFY(moments.isMoment(initial));
    }

    void sessionOpensAtInitialMoment()
    {
        Project project;
        SimulationSession session(&project);
        session.setInitialPosition([&project](const std::shared_ptr<const SimulationResult> &r) {
            return Moments::of(project, r)->initialStep();
        });
        Project loaded;
        QVERIFY(load(QStringLiteral("seed-incident"), &loaded));
        project.replaceWith(loaded);
        QVERIFY(session.waitUntilIdle(60000));
        const int initial = Moments(project, session.result()).initialStep();
        QVERIFY(initial >= 0);
        QCOMPARE(session.step(), initial);
        // Later results keep the user's place.
        session.seek(initial + 5);
        session.rerun();
        QCOMPARE(session.step(), initial + 5);
    }
};

QTEST_GUILESS_MAIN(TestMoments)
#include "tst_moments.moc"
