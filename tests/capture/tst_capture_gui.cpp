// File → Import Packet Captures on the capture lab's project: the dialog
// assigns each file to a capture point, the Captured dock shows the captured
// NAT table, the captured timeline and the comparison with the simulation,
// whose item models pass QAbstractItemModelTester. MESHNAT_SHOTS=dir saves
// screenshots in English and Japanese.
#include "CaptureImportController.h"
#include "CaptureImportDialog.h"
#include "CaptureView.h"
#include "Document.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "Project.h"
#include "ScriptedPrompts.h"
#include "SimulationSession.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDockWidget>
#include <QStatusBar>
#include <QTest>

namespace {
const QString Data = QStringLiteral(MESHNAT_SOURCE_DIR "/tests/capture/data/");

void shot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("MESHNAT_SHOTS");
    if (!dir.isEmpty())
        QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name));
}
} // namespace

class TestCaptureGui : public QObject
{
    Q_OBJECT
private slots:
    void importLabCaptures_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ja") << QStringLiteral("ja");
    }

    void importLabCaptures()
    {
        QFETCH(QString, language);
        MainWindow window;
        auto prompts = std::make_unique<ScriptedPrompts>();
        ScriptedPrompts *p = prompts.get();
        window.setPrompts(std::move(prompts));
        window.language()->setLanguage(language, false);
        QVERIFY(window.document()->load(Data + "lab.meshnat"));
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *action = window.findChild<QAction *>(QStringLiteral("importCaptureAction"));
        QVERIFY(action);
        QVERIFY(!action->text().isEmpty());
        auto *controller = window.findChild<CaptureImportController *>();
        QVERIFY(controller);
        QVERIFY(!controller->dock()->isVisible());

        bool sawDialog = false;
        p->onDialog = [&](QDialog *d) {
            auto *dialog = qobject_cast<CaptureImportDialog *>(d);
            if (!dialog)
                return false;
            sawDialog = true;
            const auto a = dialog->assignments();
            // Guessed from the names: inside, then outside, on the one router.
            if (a.size() != 2 || a[0].point != CaptureImportDialog::Inside
                || a[1].point != CaptureImportDialog::Outside || a[0].device != a[1].device)
                return false;
            dialog->show();
            QTest::qWait(50);
            shot(dialog, QStringLiteral("capture-import-%1.png").arg(language));
            return true;
        };
        QVERIFY(controller->runImport({Data + "lab-inside.pcap", Data + "lab-outside.pcap"}));
        QVERIFY(sawDialog);
        QVERIFY2(p->errors.isEmpty(), qPrintable(p->errors.join('\n')));
        QVERIFY(controller->dock()->isVisible());
        CaptureView *view = controller->view();
        QAbstractItemModelTester t1(view->translations(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(view->timeline(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(view->comparison(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The captured NAT table: each initiator's 500 and 4500 translation.
        QCOMPARE(view->translations()->rowCount(), 4);
        const auto &r = view->evidence()->reconstruction;
        QCOMPARE(view->timeline()->rowCount(), int(r.inside.packets.size() + r.outside.packets.size()));
        QCOMPARE(view->timeline()->index(0, CapturedTimelineModel::What).data().toString(),
                 CapturedTimelineModel::describe(r.inside.packets.first()));
        // The simulation agrees: only the moved port's number differs (Info).
        QVERIFY(view->evidence()->comparison);
        QVERIFY(view->evidence()->comparison->agrees());
        QCOMPARE(view->comparison()->rowCount(), 1);
        QCOMPARE(view->comparison()->index(0, CaptureComparisonModel::Kind).data().toString(),
                 CaptureComparison::kindName(CaptureDisagreement::PortNumber));
        QVERIFY(!view->comparison()->index(0, 0).data(Qt::ToolTipRole).toString().isEmpty());
        view->showTab(CaptureView::TimelineTab);
        QTest::qWait(50);
        shot(&window, QStringLiteral("capture-timeline-%1.png").arg(language));

        // An edit the captures contradict: the NE's uplink is moved to an
        // address the capture never saw. The comparison follows the new result.
        Project *project = window.document()->project();
        const ObjectId ne = project->findByName(ObjectKind::Appliance, QStringLiteral("HCX-NE-I1"));
        QVERIFY(ne != NoId);
        QVERIFY(project->setValue(ne, Field::uplinkIp, QStringLiteral("10.99.1.9")));
        window.document()->simulation()->rerun();
        QTRY_VERIFY(view->comparison()->rowCount() >= 2);
        QVERIFY(!view->evidence()->comparison->agrees());
        view->showTab(CaptureView::ComparisonTab);
        QTest::qWait(50);
        shot(&window, QStringLiteral("capture-comparison-%1.png").arg(language));
        QVERIFY(view->summaryText().contains(language == QLatin1String("en") ? QStringLiteral("disagrees")
                                                                             : QString()));
        // The import's sentence in the status bar ("agrees") follows the new comparison.
        QCOMPARE(window.statusBar()->currentMessage(), view->summaryText());
    }
};

QTEST_MAIN(TestCaptureGui)
#include "tst_capture_gui.moc"
