// Presentation mode: presenter-remote keys step the replay, bookmarks are
// undoable project edits, captions narrate the step.
#include "Bookmark.h"
#include "Diagnoser.h"
#include "Document.h"
#include "commands/ApplyChangeSet.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "PresentationController.h"
#include "PresentationWindow.h"
#include "NatTableModel.h"
#include "NatTableView.h"
#include "Project.h"
#include "SimulationSession.h"
#include "FileController.h"
#include "ScriptedPrompts.h"

#include <QAction>
#include <QGraphicsView>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QTableView>
#include <QPointer>
#include <QUndoStack>
#include <QtTest>

class TestPresentation : public QObject
{
    Q_OBJECT

    // The first step where the on-prem IX goes Down (its translation gets the wrong port).
    static int ixDownStep(const SimulationResult &result, ObjectId ix)
    {
        for (size_t i = 0; i < result.events.size(); ++i) {
            if (Bookmark::subjectOf(result, result.events[i]) == ix
                && Bookmark::stateOf(result.events[i]) == QLatin1String("down"))
                return int(i);
        }
        return -1;
    }

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
        QCOMPARE(show->bookmarks().first().label, QStringLiteral("IX Down")); // 1543: IX is lost
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

        // The bookmark is saved in the project, anchored to the event, and undo removes it.
        const QList<Bookmark> saved =
            Bookmark::fromRecords(window.document()->project()->value(NoId, Field::bookmarks));
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().event, QStringLiteral("translation-created"));
        QCOMPARE(saved.first().at, events[size_t(collision)].time);
        QCOMPARE(saved.first().resolve(*session->result()), collision);
        window.document()->undoStack()->undo();
        QCOMPARE(show->bookmarks().size(), 0);
        // B on a bookmarked step removes the bookmark again.
        window.document()->undoStack()->redo();
        QCOMPARE(show->bookmarks().size(), 1);
        QTest::keyClick(show, Qt::Key_1);
        QTest::keyClick(show, Qt::Key_B);
        QCOMPARE(show->bookmarks().size(), 0);
        window.document()->undoStack()->undo();
        QCOMPARE(show->bookmarks().size(), 1);

        // Escape leaves presentation mode: this very window closes and goes away.
        QPointer<PresentationWindow> first(show);
        QTest::keyClick(show, Qt::Key_Escape);
        QVERIFY(!first || !first->isVisible());
        QTRY_VERIFY(!first);
        // Opened again, a new window shows the bookmark from the project.
        QPointer<PresentationWindow> again(window.presenter()->start(false));
        // (`show` is gone: the new window may even reuse its address.)
        QVERIFY(again && again->isVisible());
        QCOMPARE(again->bookmarks().size(), 1);
        QCOMPARE(again->bookmarks().first().step, collision);
        QTest::keyClick(again, Qt::Key_F5); // F5 leaves as well
        QTRY_VERIFY(!again);
    }

    // A bookmark on the step where the IX tunnel goes Down marks that happening:
    // after Apply Fix it no longer applies (and cannot be jumped to); after Undo it
    // finds the IX Down event again.
    void bookmarkFollowsFixAndUndo()
    {
        MainWindow window;
        QVERIFY(window.document()->openExample(QStringLiteral("seed-incident")));
        window.show();
        Project *project = window.document()->project();
        SimulationSession *session = window.document()->simulation();
        session->rerun();
        QVERIFY(session->stepCount() > 1000);
        const ObjectId ix = project->findByName(ObjectKind::Appliance, QStringLiteral("HCX-IX-I1"));
        QVERIFY(ix != NoId);
        const int down = ixDownStep(*session->result(), ix);
        QVERIFY(down > 0);

        PresentationWindow *show = window.presenter()->start(false);
        session->seek(down);
        QTest::keyClick(show, Qt::Key_B);
        QCOMPARE(show->bookmarks().size(), 1);
        QCOMPARE(show->bookmarks().first().step, down);
        QCOMPARE(show->bookmarks().first().label, QStringLiteral("IX Down"));
        auto *list = show->findChild<QListWidget *>(QStringLiteral("bookmarkList"));
        QVERIFY(list);
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->flags() & Qt::ItemIsEnabled);
        QVERIFY(!list->item(0)->text().contains(QStringLiteral("no longer applies")));

        // Apply the PAT-collision fix as the Findings panel does: one undo step.
        QList<Finding> collisions;
        for (const Finding &f : Diagnoser().diagnose(*project, session->result())) {
            if (f.rule == QLatin1String("pat-collision"))
                collisions.append(f);
        }
        QVERIFY(!collisions.isEmpty());
        QUndoStack *undo = window.document()->undoStack();
        QString error;
        QVERIFY2(ApplyChangeSet::push(undo, project, collisions.first().fix.changes,
                                      collisions.first().fix.summary, &error),
                 qPrintable(error));
        session->rerun();
        QCOMPARE(ixDownStep(*session->result(), ix), -1);
        QCOMPARE(show->bookmarks().size(), 1);
        QCOMPARE(show->bookmarks().first().step, -1);
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().contains(QStringLiteral("IX Down")));
        QVERIFY(list->item(0)->text().contains(QStringLiteral("(no longer applies)")));
        QVERIFY(!(list->item(0)->flags() & Qt::ItemIsEnabled));
        // It cannot be jumped to.
        session->seek(3);
        QTest::keyClick(show, Qt::Key_1);
        QTest::keyClick(show, Qt::Key_N);
        QTest::keyClick(show, Qt::Key_P);
        QCOMPARE(session->step(), 3);
        // The bookmark itself is unchanged: it still names the IX going Down.
        const QList<Bookmark> stored =
            Bookmark::fromRecords(project->value(NoId, Field::bookmarks));
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().subject, ix);
        QCOMPARE(stored.first().state, QStringLiteral("down"));

        undo->undo();
        session->rerun();
        QCOMPARE(ixDownStep(*session->result(), ix), down);
        QCOMPARE(show->bookmarks().size(), 1);
        QCOMPARE(show->bookmarks().first().step, down);
        QVERIFY(list->item(0)->flags() & Qt::ItemIsEnabled);
        QVERIFY(!list->item(0)->text().contains(QStringLiteral("no longer applies")));
        QTest::keyClick(show, Qt::Key_1);
        QCOMPARE(session->step(), down);
        // Undo did not touch the bookmark (it was made before the fix).
        QCOMPARE(Bookmark::fromRecords(project->value(NoId, Field::bookmarks)).size(), 1);
    }

    // Issue #13: ready for a projector. At 1280×720 and 1920×1080 the diagram is
    // scaled up to fill its half, the table's shown columns fit without a
    // scroll bar and keep the owner, the caption is large, and the chapters list
    // the key moments (the tunnels going Down, the collision).
    void readyForAProjector_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("720p") << QSize(1280, 720);
        QTest::newRow("1080p") << QSize(1920, 1080);
    }

    void readyForAProjector()
    {
        QFETCH(QSize, size);
        MainWindow window;
        const QString lang = qEnvironmentVariable("MESHNAT_SHOT_LANG", QStringLiteral("en"));
        if (qEnvironmentVariableIsSet("MESHNAT_SHOT_LANG"))
            QVERIFY(window.language()->setLanguage(lang, false));
        QVERIFY(window.document()->openExample(QStringLiteral("seed-incident")));
        window.show();
        SimulationSession *session = window.document()->simulation();
        session->rerun();
        QVERIFY(session->stepCount() > 1000);
        PresentationWindow *show = window.presenter()->start(false);
        show->resize(size);
        QVERIFY(QTest::qWaitForWindowExposed(show));

        // Chapters: the key moments, in order, each one a step of the replay.
        auto *chapters = show->findChild<QListWidget *>(QStringLiteral("chapters"));
        QVERIFY(chapters);
        QVERIFY(show->chapters().size() >= 2);
        QCOMPARE(chapters->count(), show->chapters().size());
        QVERIFY(std::is_sorted(show->chapters().begin(), show->chapters().end()));
        bool collision = false;
        for (int i = 0; i < chapters->count(); ++i)
            collision |= chapters->item(i)->text().contains(QStringLiteral("1543"));
        QVERIFY(collision);
        session->toStart();
        QTest::keyClick(show, Qt::Key_Period);
        QCOMPARE(session->step(), show->chapters().first());
        QVERIFY(chapters->item(0)->isSelected());
        QTest::keyClick(show, Qt::Key_Period);
        QCOMPARE(session->step(), show->chapters().at(1));
        QTest::keyClick(show, Qt::Key_Comma);
        QCOMPARE(session->step(), show->chapters().first());
        // Go to the collision chapter (the caption explains it).
        // The story's chapters come in order: NE takes 4500, then IX given 1543.
        int takes = -1, given = -1;
        for (int i = 0; i < chapters->count(); ++i) {
            const QString text = chapters->item(i)->text();
            if (takes < 0 && text.contains(QStringLiteral("NE takes 4500")))
                takes = i;
            if (given < 0 && text.contains(QStringLiteral("IX given 1543")))
                given = i;
        }
        QVERIFY(takes >= 0);
        QVERIFY(given > takes);
        // Clicking a chapter goes there.
        chapters->scrollToItem(chapters->item(given));
        QTest::mouseClick(chapters->viewport(), Qt::LeftButton, {},
                          chapters->visualItemRect(chapters->item(given)).center());
        QCOMPARE(session->step(), show->chapters().at(given));
        QCoreApplication::processEvents();
        QVERIFY(show->caption().contains(QStringLiteral("1543")));

        // The diagram fills its half: scaled up, and most of the view's width or height used.
        auto *graph = show->findChild<QGraphicsView *>();
        QVERIFY(graph);
        QVERIFY2(graph->width() * graph->height() >= size.width() * size.height() * 3 / 10,
                 qPrintable(QStringLiteral("%1×%2").arg(graph->width()).arg(graph->height())));
        const QRectF items = graph->scene()->itemsBoundingRect();
        const QRect shown = graph->mapFromScene(items).boundingRect();
        // All of it is in view.
        QVERIFY2(graph->viewport()->rect().adjusted(-2, -2, 2, 2).contains(shown),
                 qPrintable(QStringLiteral("the diagram (%1×%2 at %3,%4) is cut by the view (%5×%6)")
                                .arg(shown.width()).arg(shown.height()).arg(shown.x()).arg(shown.y())
                                .arg(graph->viewport()->width()).arg(graph->viewport()->height())));
        // Wide (this mesh) or tall, it gets the half where it is drawn larger
        // than beside the table at this size would give.
        const QSizeF padded = items.adjusted(-20, -20, 20, 20).size();
        const qreal besideScale = qMin(size.width() / 2.0 / padded.width(),
                                       size.height() * 0.8 / padded.height());
        QVERIFY2(graph->transform().m11() >= besideScale * 0.95,
                 qPrintable(QStringLiteral("scale %1 (beside the table: %2), items %3×%4, view %5×%6")
                                .arg(graph->transform().m11()).arg(besideScale)
                                .arg(items.width()).arg(items.height())
                                .arg(graph->viewport()->width()).arg(graph->viewport()->height())));
        QVERIFY2(shown.width() >= graph->viewport()->width() * 0.85
                     || shown.height() >= graph->viewport()->height() * 0.85,
                 qPrintable(QStringLiteral("%1×%2 in %3×%4").arg(shown.width()).arg(shown.height())
                                .arg(graph->viewport()->width()).arg(graph->viewport()->height())));

        // The table's shown columns fit, and the owner is one of them.
        auto *tableView = show->findChild<NatTableView *>();
        QVERIFY(tableView);
        QTableView *table = tableView->table();
        QVERIFY(!table->isColumnHidden(NatTableModel::OwnerColumn));
        QVERIFY(!table->isColumnHidden(NatTableModel::InsideGlobalColumn));
        QVERIFY(!table->isColumnHidden(NatTableModel::OutsideGlobalColumn));
        int used = 0;
        for (int c = 0; c < NatTableModel::ColumnCount; ++c) {
            if (!table->isColumnHidden(c))
                used += table->horizontalHeader()->sectionSize(c);
        }
        QVERIFY2(used <= table->viewport()->width() + 1,
                 qPrintable(QStringLiteral("%1 > %2").arg(used).arg(table->viewport()->width())));
        QVERIFY(table->model()->rowCount() > 0);

        // Type for the back of the room: the caption at least 26 px at 720 lines.
        QLabel *caption = nullptr;
        for (QLabel *label : show->findChildren<QLabel *>()) {
            if (label->text() == show->caption())
                caption = label;
        }
        QVERIFY(caption);
        QVERIFY(caption->font().pixelSize() >= 26 * size.height() / 720);

        if (qEnvironmentVariableIsSet("MESHNAT_SHOTS"))
            show->grab().save(qEnvironmentVariable("MESHNAT_SHOTS")
                              + QStringLiteral("/presentation-%1x%2-%3.png")
                                    .arg(size.width()).arg(size.height()).arg(lang));
        show->close();
    }

    // A bookmark toggled on a bundled example makes it a modified copy with no
    // file name: leaving it asks first, and Save asks for a new file.
    void bookmarkOnAnExampleIsKept()
    {
        MainWindow window;
        auto prompts = std::make_unique<ScriptedPrompts>();
        ScriptedPrompts *asked = prompts.get();
        window.setPrompts(std::move(prompts));
        QVERIFY(window.document()->openExample(QStringLiteral("seed-incident")));
        window.show();
        SimulationSession *session = window.document()->simulation();
        session->rerun();
        QVERIFY(!window.document()->isModified());
        PresentationWindow *show = window.presenter()->start(false);
        session->seek(10);
        QTest::keyClick(show, Qt::Key_B);
        QCOMPARE(show->bookmarks().size(), 1);
        QVERIFY(window.document()->isModified());
        QVERIFY(window.document()->fileName().isEmpty()); // never written over the example
        // Opening another example asks; Cancel keeps the bookmark.
        asked->answer = UserPrompts::Cancel;
        QVERIFY(!window.files()->openExample(QStringLiteral("home-lab")));
        QCOMPARE(asked->asked, 1);
        QCOMPARE(Bookmark::fromRecords(window.document()->project()->value(NoId, Field::bookmarks)).size(), 1);
        // Closing the window asks too and stays open on Cancel.
        show->close();
        QVERIFY(!window.close());
        QCOMPARE(asked->asked, 2);
        QVERIFY(window.isVisible());
        // Save goes to Save As (a new file), not to the bundled example.
        QTemporaryDir dir;
        asked->saveAnswer = dir.filePath(QStringLiteral("mine.meshnat"));
        QVERIFY(window.files()->save());
        QCOMPARE(window.document()->fileName(), QFileInfo(asked->saveAnswer).absoluteFilePath());
        QVERIFY(!window.document()->isModified());
        asked->answer = UserPrompts::Discard;
    }
};

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
