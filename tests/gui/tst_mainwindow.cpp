// The main window, offscreen: examples, title and modified mark, refused values,
// language switching, selection sync and the unsaved-changes question.

#include "Document.h"
#include "EditController.h"
#include "FileController.h"
#include "LanguageManager.h"
#include "MainMenus.h"
#include "MainWindow.h"
#include "MeshGraphScene.h"
#include "MeshGraphView.h"
#include "NodeItem.h"
#include "ObjectSelection.h"
#include "Project.h"
#include "PropertyEditor.h"
#include "PropertyModel.h"
#include "TopologyTreeView.h"
#include "UserPrompts.h"
#include "ValidationPanel.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTreeWidget>
#include <QUndoStack>
#include "ScriptedPrompts.h"

#include <QtTest>

namespace {

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensExampleWithTitle();
    void titleShowsModifiedMarkAfterEdit();
    void invalidValueRefusedVisibly();
    void languageSwitchRetranslatesMenus();
    void englishAtStartUpHasPluralForms();
    void treeSelectionDrivesPropertyEditorAndGraph();
    void graphSelectionDrivesTree();
    void validationIssueSelectsObject();
    void addAndDeleteAreSingleUndoSteps();
    void unsavedChangesAreAskedAbout();
    void failedOpenLeavesWindowUnchanged();

private:
    ObjectId applianceNamed(const QString &name) const;

    MainWindow *m_window = nullptr;
    ScriptedPrompts *m_prompts = nullptr;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MeshNAT-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    m_window = new MainWindow;
    auto prompts = std::make_unique<ScriptedPrompts>();
    m_prompts = prompts.get();
    m_window->setPrompts(std::move(prompts));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY2(m_window->files()->openExample(QStringLiteral("seed-incident")),
             qPrintable(m_window->document()->errorString()));
}

void TestMainWindow::cleanup()
{
    m_window->language()->setLanguage(QStringLiteral("en"), false);
    // Nothing to ask on close in tests.
    m_window->document()->undoStack()->setClean();
    delete m_window;
    m_window = nullptr;
}

ObjectId TestMainWindow::applianceNamed(const QString &name) const
{
    return m_window->document()->project()->findByName(ObjectKind::Appliance, name);
}

void TestMainWindow::opensExampleWithTitle()
{
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("seed-incident.meshnat[*]")));
    QVERIFY(!m_window->isWindowModified());
    const Project *project = m_window->document()->project();
    // Tree and graph show the example's objects.
    QCOMPARE(m_window->treeView()->model()->rowCount(),
             int(project->objects(ObjectKind::Site).size()));
    for (ObjectId id : project->objects(ObjectKind::Appliance))
        QVERIFY(m_window->graphView()->graphScene()->nodeItem(id));
    for (ObjectId id : project->objects(ObjectKind::Device))
        QVERIFY(m_window->graphView()->graphScene()->nodeItem(id));
    QVERIFY(!m_window->graphView()->graphScene()->pairItems().isEmpty());
}

void TestMainWindow::titleShowsModifiedMarkAfterEdit()
{
    const ObjectId ix = m_window->document()->project()->objects(ObjectKind::Appliance).value(1);
    m_window->selection()->setCurrent(ix);
    PropertyModel *model = m_window->propertyEditor()->propertyModel();
    QCOMPARE(model->object(), ix);
    const QString name = m_window->document()->project()->name(ix);
    QVERIFY(model->setData(model->index(model->rowOf(Field::name),
                                        PropertyModel::ValueColumn),
                           QStringLiteral("IX-renamed")));
    QCOMPARE(m_window->document()->project()->name(ix), QStringLiteral("IX-renamed"));
    QVERIFY(m_window->isWindowModified());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("seed-incident.meshnat")));
    QVERIFY(m_window->menus()->undoAction()->isEnabled());
    m_window->menus()->undoAction()->trigger();
    QVERIFY(!m_window->isWindowModified());
    QCOMPARE(m_window->document()->project()->name(ix), name);
}

void TestMainWindow::invalidValueRefusedVisibly()
{
    Project *project = m_window->document()->project();
    const ObjectId ix = project->objects(ObjectKind::Appliance).value(1);
    const QString before = project->text(ix, Field::uplinkIp);
    m_window->selection()->setCurrent(ix);

    // Through the real editor: the delegate's line edit, then setModelData.
    PropertyEditor *editor = m_window->propertyEditor();
    QTableView *table = editor->tableView();
    const QModelIndex index = editor->propertyModel()->index(
        editor->propertyModel()->rowOf(Field::uplinkIp), PropertyModel::ValueColumn);
    QStyleOptionViewItem option;
    QWidget *widget = table->itemDelegate()->createEditor(table->viewport(), option, index);
    auto *line = qobject_cast<QLineEdit *>(widget);
    QVERIFY(line);
    table->itemDelegate()->setEditorData(line, index);
    QCOMPARE(line->text(), before);
    line->setText(QStringLiteral("192.168.1.999"));
    table->itemDelegate()->setModelData(line, editor->propertyModel(), index);
    delete widget;

    QCOMPARE(project->text(ix, Field::uplinkIp), before);
    QCOMPARE(m_window->document()->undoStack()->count(), 0);
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(editor->isWarningVisible());
    QVERIFY(editor->warningText().contains(QStringLiteral("192.168.1.999")));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("192.168.1.999")));

    // A good value clears the warning.
    QVERIFY(editor->propertyModel()->setData(index, QStringLiteral("192.168.1.99")));
    QVERIFY(!editor->isWarningVisible());
    QCOMPARE(project->text(ix, Field::uplinkIp), QStringLiteral("192.168.1.99"));
}

void TestMainWindow::languageSwitchRetranslatesMenus()
{
    MainMenus *menus = m_window->menus();
    QCOMPARE(menus->fileMenu()->title(), QStringLiteral("&File"));
    QVERIFY(m_window->language()->setLanguage(QStringLiteral("ja"), false));
    QCoreApplication::processEvents(); // LanguageChange is delivered as an event
    QCOMPARE(menus->fileMenu()->title(), QStringLiteral("ファイル(&F)"));
    QCOMPARE(menus->editMenu()->title(), QStringLiteral("編集(&E)"));
    QCOMPARE(menus->undoAction()->text(), QStringLiteral("元に戻す(&U)"));
    QCOMPARE(m_window->propertyEditor()->parentWidget()->windowTitle(),
             QStringLiteral("プロパティ"));
    QVERIFY(menus->languageAction(QStringLiteral("ja"))->isChecked());
    // Model texts follow too (schema labels come from the model's tr()).
    PropertyModel *model = m_window->propertyEditor()->propertyModel();
    QCOMPARE(model->index(model->rowOf(Field::name), PropertyModel::LabelColumn)
                 .data()
                 .toString(),
             QStringLiteral("プロジェクト名"));

    QVERIFY(m_window->language()->setLanguage(QStringLiteral("en"), false));
    QCoreApplication::processEvents();
    QCOMPARE(menus->fileMenu()->title(), QStringLiteral("&File"));
    QCOMPARE(m_window->propertyEditor()->parentWidget()->windowTitle(),
             QStringLiteral("Properties"));
    QVERIFY(menus->languageAction(QStringLiteral("en"))->isChecked());
}

// main() applies the preferred language, English by default, to a window
// that already says "en": its counts must still read "1 error", not "(s)".
void TestMainWindow::englishAtStartUpHasPluralForms()
{
    MainWindow window;
    QVERIFY(window.language()->setLanguage(QStringLiteral("en"), false));
    QVERIFY(window.files()->openExample(QStringLiteral("seed-incident")));
    QLabel *count = nullptr;
    for (QLabel *l : window.statusBar()->findChildren<QLabel *>()) {
        if (l->text().contains(QLatin1String("warning")))
            count = l;
    }
    QVERIFY(count);
    // The language change reaches the widgets as an event.
    QTRY_VERIFY2(!count->text().contains(QLatin1String("(s)")), qPrintable(count->text()));
    static const QRegularExpression plural(QStringLiteral("^\\d+ errors? · \\d+ warnings?$"));
    QVERIFY2(plural.match(count->text()).hasMatch(), qPrintable(count->text()));
    window.document()->undoStack()->setClean();
}

void TestMainWindow::treeSelectionDrivesPropertyEditorAndGraph()
{
    const ObjectId ne = m_window->document()->project()->objects(ObjectKind::Appliance).value(2);
    QVERIFY(ne != NoId);
    TopologyTreeView *tree = m_window->treeView();
    tree->expandAll();
    // Find the row of the appliance and click it like a user.
    QModelIndex target;
    for (int s = 0; s < tree->model()->rowCount() && !target.isValid(); ++s) {
        const QModelIndex site = tree->model()->index(s, 0);
        for (int r = 0; r < tree->model()->rowCount(site); ++r) {
            const QModelIndex child = tree->model()->index(r, 0, site);
            if (child.data().toString() == m_window->document()->project()->displayName(ne))
                target = child;
        }
    }
    QVERIFY(target.isValid());
    tree->scrollTo(target);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(target).center());
    QCOMPARE(tree->currentObject(), ne);
    QCOMPARE(m_window->selection()->current(), ne);
    QCOMPARE(m_window->propertyEditor()->object(), ne);
    QCOMPARE(m_window->graphView()->graphScene()->currentObject(), ne);
    QVERIFY(m_window->graphView()->graphScene()->nodeItem(ne)->isSelected());

    // Clicking empty space shows the project's own fields again.
    m_window->selection()->clear();
    QCOMPARE(m_window->propertyEditor()->object(), NoId);
    QVERIFY(m_window->propertyEditor()->propertyModel()->rowOf(Field::customer) >= 0);
}

void TestMainWindow::graphSelectionDrivesTree()
{
    const Project *project = m_window->document()->project();
    const ObjectId device = project->objects(ObjectKind::Device).first();
    NodeItem *node = m_window->graphView()->graphScene()->nodeItem(device);
    QVERIFY(node);
    node->setSelected(true);
    QCOMPARE(m_window->selection()->current(), device);
    QCOMPARE(m_window->treeView()->currentObject(), device);
    QCOMPARE(m_window->propertyEditor()->object(), device);
}

void TestMainWindow::validationIssueSelectsObject()
{
    // Break something so there is an issue to click: a peer-less IX.
    Project *project = m_window->document()->project();
    const ObjectId ix = project->objects(ObjectKind::Appliance).value(1);
    m_window->selection()->setCurrent(ix);
    PropertyModel *model = m_window->propertyEditor()->propertyModel();
    QVERIFY(model->setData(model->index(model->rowOf(Field::peer),
                                        PropertyModel::ValueColumn),
                           QVariant::fromValue(NoId)));
    m_window->selection()->clear();
    ValidationPanel *panel = m_window->validationPanel();
    panel->refresh();
    QVERIFY(panel->issueCount() > 0);
    QTreeWidgetItem *hit = nullptr;
    for (int i = 0; i < panel->issueList()->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = panel->issueList()->topLevelItem(i);
        if (item->text(1).startsWith(project->displayName(ix)))
            hit = item;
    }
    QVERIFY(hit);
    panel->issueList()->setCurrentItem(hit);
    QCOMPARE(m_window->selection()->current(), ix);
    QCOMPARE(m_window->propertyEditor()->object(), ix);
}

void TestMainWindow::addAndDeleteAreSingleUndoSteps()
{
    Project *project = m_window->document()->project();
    QUndoStack *stack = m_window->document()->undoStack();
    const ObjectId router = project->objects(ObjectKind::Device).first();
    m_window->selection()->setCurrent(router);
    const int interfaces = int(project->children(router).size());
    QAction *addInterface = m_window->edits()->addAction(ObjectKind::Interface);
    QVERIFY(addInterface->isEnabled());
    addInterface->trigger();
    QCOMPARE(stack->count(), 1);
    const ObjectId added = m_window->selection()->current();
    QCOMPARE(project->kind(added), ObjectKind::Interface);
    QCOMPARE(project->parentOf(added), router);
    QCOMPARE(int(project->children(router).size()), interfaces + 1);
    QCOMPARE(m_window->propertyEditor()->object(), added);

    // Delete the router: one step that takes its parts along, undone in one.
    m_window->selection()->setCurrent(router);
    m_window->edits()->deleteAction()->trigger();
    QVERIFY(!project->contains(router));
    QVERIFY(!project->contains(added));
    QCOMPARE(stack->count(), 2);
    QVERIFY(!m_window->graphView()->graphScene()->nodeItem(router));
    m_window->menus()->undoAction()->trigger();
    QVERIFY(project->contains(router));
    QVERIFY(project->contains(added));
    QVERIFY(m_window->graphView()->graphScene()->nodeItem(router));

    // Nothing selected: parts of a device cannot be added.
    m_window->selection()->clear();
    QVERIFY(!m_window->edits()->addAction(ObjectKind::Rule)->isEnabled());
    QVERIFY(!m_window->edits()->deleteAction()->isEnabled());
}

void TestMainWindow::unsavedChangesAreAskedAbout()
{
    Project *project = m_window->document()->project();
    const ObjectId site = project->objects(ObjectKind::Site).first();
    m_window->selection()->setCurrent(site);
    PropertyModel *model = m_window->propertyEditor()->propertyModel();
    QVERIFY(model->setData(model->index(model->rowOf(Field::name),
                                        PropertyModel::ValueColumn),
                           QStringLiteral("DC-renamed")));
    QVERIFY(m_window->isWindowModified());

    m_prompts->answer = UserPrompts::Cancel;
    QVERIFY(!m_window->files()->openExample(QStringLiteral("home-lab")));
    QCOMPARE(m_prompts->asked, 1);
    QCOMPARE(project->name(site), QStringLiteral("DC-renamed"));
    QVERIFY(!m_window->close()); // closing is refused as well
    QCOMPARE(m_prompts->asked, 2);

    m_prompts->answer = UserPrompts::Discard;
    QVERIFY(m_window->files()->openExample(QStringLiteral("home-lab")));
    QCOMPARE(m_prompts->asked, 3);
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("home-lab.meshnat")));
    QVERIFY(!m_window->isWindowModified());

    // Unmodified: no question.
    QVERIFY(m_window->files()->newProject());
    QCOMPARE(m_prompts->asked, 3);
}

void TestMainWindow::failedOpenLeavesWindowUnchanged()
{
    const QString title = m_window->windowTitle();
    const int sites = m_window->treeView()->model()->rowCount();
    QVERIFY(!m_window->files()->openFile(QStringLiteral("/nonexistent/dir/x.meshnat")));
    QCOMPARE(m_window->windowTitle(), title);
    QCOMPARE(m_window->treeView()->model()->rowCount(), sites);
    QCOMPARE(m_prompts->errors.size(), 1);
    QVERIFY(m_prompts->errors.first().contains(QStringLiteral("x.meshnat")));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("x.meshnat")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
