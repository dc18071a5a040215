// File > Import NAT Probe Result in the workbench: the result attached to the
// seed's router, the proposed profile applied as one undo step, the property
// editor's row, the diagnosis warning while the profile disagrees, and the
// report section. MESHNAT_SHOTS=dir saves screenshots in English and Japanese.
#include "Diagnoser.h"
#include "Document.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "ObjectSelection.h"
#include "ProbeImportDialog.h"
#include "ProbeReportSection.h"
#include "Project.h"
#include "PropertyEditor.h"
#include "PropertyModel.h"
#include "ReportBuilder.h"
#include "ScriptedPrompts.h"
#include "Simulator.h"

#include <QAction>
#include <QDockWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QUndoStack>
#include <QtTest>

namespace {
const QString Result = QStringLiteral(MESHNAT_SOURCE_DIR "/tests/probe/data/linux-masquerade.json");

void shot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("MESHNAT_SHOTS");
    if (!dir.isEmpty())
        QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name));
}

QList<Finding> probeFindings(const Project &p)
{
    QList<Finding> out;
    for (const Finding &f : Diagnoser().diagnose(p)) {
        if (f.rule == QLatin1String("probe-mismatch"))
            out.append(f);
    }
    return out;
}
} // namespace

class TestProbeImport : public QObject
{
    Q_OBJECT
private slots:
    void importOntoTheSeedRouter_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ja") << QStringLiteral("ja");
    }

    void importOntoTheSeedRouter()
    {
        QFETCH(QString, language);
        MainWindow window;
        auto prompts = std::make_unique<ScriptedPrompts>();
        ScriptedPrompts *p = prompts.get();
        window.setPrompts(std::move(prompts));
        window.language()->setLanguage(language, false);
        QVERIFY(window.document()->openExample(QStringLiteral("seed-incident")));
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Project *project = window.document()->project();
        const ObjectId router = project->objects(ObjectKind::Device).first();
        QCOMPARE(project->text(router, Field::profile), QStringLiteral("cisco-ios"));
        auto *action = window.findChild<QAction *>(QStringLiteral("importProbeAction"));
        QVERIFY(action);
        QVERIFY(!action->text().isEmpty());

        // First without the proposal: the result is attached and diagnosis warns.
        p->openAnswer = Result;
        bool sawDialog = false;
        p->onDialog = [&](QDialog *d) {
            auto *dialog = qobject_cast<ProbeImportDialog *>(d);
            if (!dialog)
                return false;
            sawDialog = true;
            dialog->setApplyProposal(false);
            return true;
        };
        window.selection()->setCurrent(router);
        action->trigger();
        QVERIFY(sawDialog);
        QVERIFY(p->errors.isEmpty());
        QVERIFY(!project->text(router, Field::observedProbe).isEmpty());
        QCOMPARE(project->text(router, Field::profile), QStringLiteral("cisco-ios"));
        QCOMPARE(probeFindings(*project).size(), 1);
        window.document()->undoStack()->undo();
        QVERIFY(project->text(router, Field::observedProbe).isEmpty());

        // Then with it: one undo step sets the result and the measured profile.
        p->onDialog = [&](QDialog *d) {
            auto *dialog = qobject_cast<ProbeImportDialog *>(d);
            if (!dialog)
                return false;
            dialog->show();
            QTest::qWait(50);
            shot(dialog, QStringLiteral("probe-import-%1.png").arg(language));
            return dialog->applyProposal(); // ticked by default: the profile disagrees
        };
        const int before = window.document()->undoStack()->index();
        action->trigger();
        QCOMPARE(window.document()->undoStack()->index(), before + 1); // one step
        QCOMPARE(project->text(router, Field::profile), QStringLiteral("linux-netfilter"));
        QVERIFY(probeFindings(*project).isEmpty());

        // The property editor shows the measurement, read-only, evidence in the tooltip.
        window.selection()->setCurrent(router);
        PropertyModel *model = window.propertyEditor()->propertyModel();
        const int row = model->rowOf(Field::observedProbe);
        QVERIFY(row >= 0);
        const QModelIndex value = model->index(row, PropertyModel::ValueColumn);
        QVERIFY(!(model->flags(value) & Qt::ItemIsEditable));
        const QString text = value.data().toString();
        QVERIFY2(!text.isEmpty() && !text.contains(u'{'), qPrintable(text));
        QVERIFY(value.data(Qt::ToolTipRole).toString().contains(QLatin1String("mapping-1: 10.99.1.2:4500")));
        window.propertyEditor()->tableView()->scrollTo(value);
        window.propertyEditor()->tableView()->selectRow(row);
        QTest::qWait(50);
        shot(&window, QStringLiteral("probe-properties-%1.png").arg(language));

        // The report carries the section with its evidence.
        const auto result = Simulator::run(*project);
        const QString html = ReportBuilder(*project, result, Diagnoser().diagnose(*project, result), ReportOptions()).html();
        QVERIFY(html.contains(ProbeReportSection::tr("Measured NAT behaviour").toHtmlEscaped()));
        QVERIFY(html.contains(QLatin1String("mapping-1: 10.99.1.2:4500")));
        QTextBrowser browser;
        browser.setHtml(ProbeReportSection::html(*project));
        browser.resize(900, 900);
        browser.show();
        QTest::qWait(50);
        shot(&browser, QStringLiteral("probe-report-%1.png").arg(language));

        // Undo takes the result and the profile back together.
        window.document()->undoStack()->undo();
        QCOMPARE(project->text(router, Field::profile), QStringLiteral("cisco-ios"));
        QVERIFY(project->text(router, Field::observedProbe).isEmpty());
    }

    void notAProbeResultIsRefused()
    {
        MainWindow window;
        auto prompts = std::make_unique<ScriptedPrompts>();
        ScriptedPrompts *p = prompts.get();
        window.setPrompts(std::move(prompts));
        QVERIFY(window.document()->openExample(QStringLiteral("seed-incident")));
        p->openAnswer = QStringLiteral(MESHNAT_SOURCE_DIR "/resources/examples/home-lab.meshnat");
        const int before = window.document()->undoStack()->count();
        window.findChild<QAction *>(QStringLiteral("importProbeAction"))->trigger();
        QCOMPARE(p->errors.size(), 1);
        QVERIFY2(p->errors.first().contains(QLatin1String("home-lab.meshnat is not a meshnat-probe result")),
                 qPrintable(p->errors.first()));
        QCOMPARE(window.document()->undoStack()->count(), before);
    }
};

QTEST_MAIN(TestProbeImport)
#include "tst_probe_import.moc"
