// Presentation mode: presenter-remote keys step the replay, bookmarks are
// undoable project edits, captions narrate the step.
#include "Document.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "PresentationController.h"
#include "PresentationWindow.h"
#include "Project.h"
#include "SimulationSession.h"

#include <QUndoStack>
#include <QtTest>

class TestPresentation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void walkThroughWithRemoteAndBookmarks()
    {
        MainWindow window;
        if (qEnvironmentVariableIsSet("MESHNAT_SHOT_LANG")) // screenshots in another language
            QVERIFY(window.language()->setLanguage(qEnvironmentVariable("MESHNAT_SHOT_LANG"), false));
        QVERIFY(window.document()->openExample(QStringLiteral("seed-incident")));
        window.show();
        SimulationSession *session = window.document()->simulation();
        QTRY_VERIFY(session->stepCount() > 1000);
        session->toStart();
        PresentationWindow *show = window.presenter()->start(false);
        show->resize(1600, 900);
        QVERIFY(show->caption().contains(QStringLiteral("PageDown")));

        QTest::keyClick(show, Qt::Key_PageDown);
        QCOMPARE(session->step(), 0);
        QTest::keyClick(show, Qt::Key_PageDown);
        QCOMPARE(session->step(), 1);
        QTest::keyClick(show, Qt::Key_PageUp);
        QCOMPARE(session->step(), 0);
        QVERIFY(!show->caption().isEmpty());

        // Bookmark the step where IX is given 1543 (the collision).
        int collision = -1;
        const auto &events = session->result()->events;
        for (int i = 0; i < int(events.size()); ++i) {
            if (events[size_t(i)].type == SimEvent::TranslationCreated && events[size_t(i)].mapped.port == 1543) {
                collision = i;
                break;
            }
        }
        QVERIFY(collision > 0);
        session->seek(collision);
        QVERIFY(show->caption().contains(QStringLiteral("1543")));
        const int undoBefore = window.document()->undoStack()->count();
        QTest::keyClick(show, Qt::Key_B);
        QCOMPARE(window.document()->undoStack()->count(), undoBefore + 1);
        QCOMPARE(show->bookmarks().size(), 1);
        QCOMPARE(show->bookmarks().first().step, collision);
        if (qEnvironmentVariableIsSet("MESHNAT_SHOTS"))
            show->grab().save(qEnvironmentVariable("MESHNAT_SHOTS") + QStringLiteral("/presentation.png"));

        // Jump away and back with the bookmark keys.
        QTest::keyClick(show, Qt::Key_Home);
        QCOMPARE(session->step(), -1);
        QTest::keyClick(show, Qt::Key_1);
        QTRY_COMPARE(session->step(), collision);
        QTest::keyClick(show, Qt::Key_Home);
        QTest::keyClick(show, Qt::Key_N);
        QTRY_COMPARE(session->step(), collision);

        // The bookmark is saved in the project and undo removes it.
        QVERIFY(window.document()->project()->value(NoId, Field::bookmarks).toStringList()
                    .first().startsWith(QString::number(collision)));
        window.document()->undoStack()->undo();
        QCOMPARE(show->bookmarks().size(), 0);
        QTest::keyClick(show, Qt::Key_Escape);
        QTRY_VERIFY(!window.presenter()->start(false)->bookmarks().size());
    }
};

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
