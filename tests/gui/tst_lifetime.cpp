// The document outlives every view and part that observes it (issue #11): open
// a window, edit, re-simulate, open the presentation, the comparison and the
// report dialog, close, again and again. Meant to be run under ASan + UBSan
// (./meshnat.sh test does), where any teardown order bug is a report.
#include "commands/ChangeValue.h"
#include "DiagnosisController.h"
#include "Document.h"
#include "FileController.h"
#include "MainWindow.h"
#include "PresentationController.h"
#include "Project.h"
#include "ReportController.h"
#include "ScriptedPrompts.h"
#include "SimulationSession.h"

#include <QUndoStack>
#include <QtTest>

class TestLifetime : public QObject
{
    Q_OBJECT
private slots:
    void openEditSimulateCloseRepeatedly();
    void documentSharedBeyondTheWindow();
};

void TestLifetime::openEditSimulateCloseRepeatedly()
{
    for (int round = 0; round < 4; ++round) {
        auto window = std::make_unique<MainWindow>();
        auto prompts = std::make_unique<ScriptedPrompts>();
        prompts->answer = UserPrompts::Discard;
        window->setPrompts(std::move(prompts));
        QVERIFY(window->files()->openExample(QStringLiteral("seed-incident")));
        window->show();
        Project *project = window->document()->project();
        const ObjectId ix = project->findByName(ObjectKind::Appliance, QStringLiteral("HCX-IX-I1"));
        QVERIFY(ix != NoId);
        window->document()->undoStack()->push(
            new ChangeValue(project, ix, Field::uplinkIp, project->value(ix, Field::uplinkIp),
                            QStringLiteral("192.19.72.%1").arg(210 + round)));
        window->document()->simulation()->rerun();
        QVERIFY(window->presenter()->start(false));
        QVERIFY(window->diagnosis()->compareWithExample(QStringLiteral("home-lab")));
        QVERIFY(window->reports()->openDialog());
        QTest::qWait(20);
        // Leave with an edit whose re-simulation may still be under way.
        project->setValue(ix, Field::deployAt, 20.0 + round);
        QVERIFY(window->close());
        if (round % 2)
            window->document()->undoStack()->undo(); // while closed, before destruction
        window.reset();
    }
}

void TestLifetime::documentSharedBeyondTheWindow()
{
    auto document = std::make_shared<Document>();
    QVERIFY(document->openExample(QStringLiteral("home-lab")));
    const int objects = document->project()->objectCount();
    QSignalSpy modified(document.get(), &Document::modifiedChanged);
    {
        MainWindow window(document);
        QCOMPARE(window.document(), document.get());
        QCOMPARE(document->project()->objectCount(), objects); // the window took it as it was
        window.show();
        window.presenter()->start(false);
        QTest::qWait(20);
    }
    // The window and its parts are gone; the document still works and is heard.
    const ObjectId site = document->project()->objects(ObjectKind::Site).value(0);
    document->undoStack()->push(new ChangeValue(document->project(), site, Field::name,
                                                document->project()->name(site),
                                                QStringLiteral("Renamed")));
    QCOMPARE(modified.size(), 1);
    document->simulation()->rerun();
    QVERIFY(document->simulation()->stepCount() > 0);
}

QTEST_MAIN(TestLifetime)
#include "tst_lifetime.moc"
