// The import in the workbench: File menu actions, the preview dialog (what was
// understood and what was not), one undo step for the whole import, and the
// Observed Table tab with the collision marked. Set MESHNAT_SHOT_DIR to save
// screenshots of the dialog and the window.
#include "Document.h"
#include "ImportController.h"
#include "ScriptedPrompts.h"
#include "ImportDialog.h"
#include "LanguageManager.h"
#include "MainMenus.h"
#include "MainWindow.h"
#include "ObjectSelection.h"
#include "ObservedTableModel.h"
#include "ObservedTableView.h"
#include "NatRules.h"
#include "Project.h"
#include "PropertyEditor.h"
#include "PropertyModel.h"
#include "TopologyTreeModel.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>
#include <QtTest>

namespace {
QString readData(const char *name)
{
    QFile f(QStringLiteral(MESHNAT_SOURCE_DIR "/tests/io/data/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

void shot(QWidget *w, const char *name)
{
    const QString dir = qEnvironmentVariable("MESHNAT_SHOT_DIR");
    if (dir.isEmpty())
        return;
    w->show();
    QTest::qWait(200);
    w->grab().save(dir + QLatin1Char('/') + QLatin1String(name));
}
// The user fills the import dialog in (fill) and presses OK.
void scripted(MainWindow &window, std::function<void(ImportDialog *)> fill)
{
    auto prompts = std::make_unique<ScriptedPrompts>();
    prompts->onDialog = [fill](QDialog *dialog) {
        auto *import = qobject_cast<ImportDialog *>(dialog);
        if (!import)
            return false;
        fill(import);
        return true;
    };
    window.setPrompts(std::move(prompts));
}
} // namespace

class TestImportGui : public QObject
{
    Q_OBJECT

private slots:
    void menuHasActions();
    void dialogPreview();
    void configurationImportIsOneUndoStep();
    void translationsOntoDevice();
    void outsideRuleInThePropertyEditor_data();
    void outsideRuleInThePropertyEditor();
};

void TestImportGui::menuHasActions()
{
    MainWindow window;
    QVERIFY(window.menus()->fileMenu()->actions().contains(window.imports()->importConfigurationAction()));
    QVERIFY(window.menus()->fileMenu()->actions().contains(window.imports()->importTranslationsAction()));
    QVERIFY(!window.imports()->importConfigurationAction()->shortcut().isEmpty());
    QVERIFY(window.imports()->observedDock());
}

void TestImportGui::dialogPreview()
{
    MainWindow window;
    ImportDialog dialog(ImportDialog::Configuration, window.document()->project(), NoId, &window);
    dialog.setText(readData("cisco-seed-incident.cfg"), "cisco-seed-incident.cfg");
    QVERIFY(dialog.understoodCount() > 30);
    QCOMPARE(dialog.notUnderstoodCount(), 8);
    QVERIFY(!dialog.plan().isEmpty());
    auto *issues = dialog.previewTabs()->widget(dialog.previewTabs()->count() - 1)->findChild<QTableWidget *>();
    if (!issues)
        issues = qobject_cast<QTableWidget *>(dialog.previewTabs()->widget(dialog.previewTabs()->count() - 1));
    QVERIFY(issues);
    QCOMPARE(issues->item(0, 0)->text(), QStringLiteral("7")); // line numbers are shown
    QCOMPARE(window.document()->project()->objects(ObjectKind::Device).size(), 0); // nothing changed
    dialog.previewTabs()->setCurrentIndex(0);
    shot(&dialog, "import-config-understood.png");
    dialog.previewTabs()->setCurrentIndex(1);
    shot(&dialog, "import-config-not-understood.png");
    dialog.setText(QString());
    QVERIFY(dialog.plan().isEmpty());
    QVERIFY(!dialog.loadFile("/nonexistent/router.cfg"));
    QVERIFY(dialog.errorText().contains("/nonexistent/router.cfg"));
}

void TestImportGui::configurationImportIsOneUndoStep()
{
    MainWindow window;
    Project *project = window.document()->project();
    const int before = project->objectCount();
    QUndoStack *stack = window.document()->undoStack();
    scripted(window, [](ImportDialog *d) { d->setText(readData("cisco-seed-incident.cfg"), "edge.cfg"); });
    QVERIFY(window.imports()->runImport(ImportDialog::Configuration));
    QCOMPARE(stack->count(), 1);
    QVERIFY(stack->undoText().contains("CUST-EDGE-01"));
    const ObjectId device = project->findByName(ObjectKind::Device, "CUST-EDGE-01");
    QVERIFY(device != NoId);
    QCOMPARE(window.selection()->current(), device);
    const int after = project->objectCount();
    QVERIFY(after > before + 10);
    stack->undo();
    QCOMPARE(project->objectCount(), before);
    QVERIFY(!project->contains(device));
    stack->redo();
    QCOMPARE(project->objectCount(), after);
    QVERIFY(project->contains(device)); // same id after redo
}

void TestImportGui::translationsOntoDevice()
{
    MainWindow window;
    Project *project = window.document()->project();
    QUndoStack *stack = window.document()->undoStack();
    scripted(window, [](ImportDialog *d) { d->setText(readData("cisco-seed-incident.cfg"), "edge.cfg"); });
    QVERIFY(window.imports()->runImport(ImportDialog::Configuration));
    const ObjectId device = project->findByName(ObjectKind::Device, "CUST-EDGE-01");
    const int appliances = int(project->objects(ObjectKind::Appliance).size());
    scripted(window, [](ImportDialog *d) {
        d->setText(readData("show-nat-seed-incident.txt"), "show-nat.txt");
        QCOMPARE(d->understoodCount(), 5);
        QCOMPARE(d->notUnderstoodCount(), 0);
        shot(d, "import-translations-preview.png");
    });
    QVERIFY(window.imports()->runImport(ImportDialog::Translations));
    QCOMPARE(stack->count(), 2);
    QVERIFY(!project->text(device, Field::observedTranslations).isEmpty());
    QCOMPARE(int(project->objects(ObjectKind::Appliance).size()), appliances + 4);
    ObservedTableView *view = window.imports()->observedView();
    QCOMPARE(view->device(), device);
    QCOMPARE(view->model()->rowCount(), 5);
    QCOMPARE(view->model()->table().collisions().size(), 1);
    QVERIFY(view->summaryText().contains("1543"));
    window.resize(1440, 900);
    shot(&window, "import-observed-tab.png");
    if (!qEnvironmentVariable("MESHNAT_SHOT_DIR").isEmpty()) {
        window.language()->setLanguage("ja");
        shot(&window, "import-observed-tab-ja.png");
        window.language()->setLanguage("en");
    }
    stack->undo();
    QVERIFY(project->text(device, Field::observedTranslations).isEmpty());
    QCOMPARE(view->model()->rowCount(), 0);
    QCOMPARE(int(project->objects(ObjectKind::Appliance).size()), appliances);
}

void TestImportGui::outsideRuleInThePropertyEditor_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("ja") << QStringLiteral("ja");
}

void TestImportGui::outsideRuleInThePropertyEditor()
{
    // The configuration's ip nat outside source line becomes a rule the user
    // selects like any other; its direction row says it is not simulated.
    QFETCH(QString, language);
    MainWindow window;
    window.language()->setLanguage(language, false);
    Project *project = window.document()->project();
    scripted(window, [](ImportDialog *d) { d->setText(readData("cisco-seed-incident.cfg"), "edge.cfg"); });
    QVERIFY(window.imports()->runImport(ImportDialog::Configuration));
    ObjectId outside = NoId;
    for (ObjectId rule : project->objects(ObjectKind::Rule)) {
        if (!NatRules::isSimulated(*project, rule))
            outside = rule;
    }
    QVERIFY(outside != NoId);
    QCOMPARE(project->text(outside, Field::insideLocal), QStringLiteral("198.51.100.9"));
    window.resize(1440, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.selection()->setCurrent(outside);
    PropertyModel *model = window.propertyEditor()->propertyModel();
    const int row = model->rowOf(Field::direction);
    QVERIFY(row >= 0);
    const QModelIndex value = model->index(row, PropertyModel::ValueColumn);
    if (language == QLatin1String("en"))
        QCOMPARE(value.data().toString(), QStringLiteral("NAT outside — not simulated"));
    QVERIFY(value.data(Qt::ToolTipRole).toString().contains(NatRules::notSimulatedNote()));
    // Wide enough to read the row in the screenshot.
    if (auto *dock = qobject_cast<QDockWidget *>(window.propertyEditor()->parentWidget()))
        window.resizeDocks({dock}, {520}, Qt::Horizontal);
    window.propertyEditor()->tableView()->resizeColumnToContents(PropertyModel::ValueColumn);
    window.propertyEditor()->tableView()->scrollTo(value);
    window.propertyEditor()->tableView()->selectRow(row);
    QTest::qWait(50);
    shot(&window, qPrintable(QStringLiteral("outside-rule-properties-%1.png").arg(language)));
}

QTEST_MAIN(TestImportGui)
#include "tst_ciscoconfig_gui.moc"
