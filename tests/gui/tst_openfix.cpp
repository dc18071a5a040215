// What a newcomer trips over (issue #19), in the workbench:
// - a project with a mistyped IP opens; the validation panel and the property
//   editor name the field and what is expected; the replay says why nothing is
//   simulated; fixing it in the property editor (an undo step) makes the
//   simulation run, undo brings the refusal back, saving writes the fixed value;
// - the import dialog gives one verdict for random bytes;
// - the Compare window closes with Escape and with its Close button;
// - a mesh's services show their names, not catalogue keys;
// - Add Appliance (toolbar) and a palette drop name a new appliance alike.
// MESHNAT_SHOTS=dir saves screenshots (English and Japanese).
#include "CompareWindow.h"
#include "DiagnosisController.h"
#include "Document.h"
#include "EditController.h"
#include "FileController.h"
#include "GraphController.h"
#include "ImportDialog.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "MeshRules.h"
#include "ObjectSelection.h"
#include "Project.h"
#include "PropertyEditor.h"
#include "PropertyModel.h"
#include "ReplayBar.h"
#include "ReplayController.h"
#include "SimulationSession.h"
#include "ValidationPanel.h"

#include <QDockWidget>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

namespace {
void shot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("MESHNAT_SHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::processEvents();
    QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name));
}

QByteArray seedWith(const QByteArray &from, const QByteArray &to)
{
    QFile f(QStringLiteral(MESHNAT_SOURCE_DIR "/resources/examples/seed-incident.meshnat"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray json = f.readAll();
    if (!json.contains(from))
        return {};
    return json.replace(from, to);
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return !data.isEmpty() && f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QString readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}
} // namespace

class TestOpenFix : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("MeshNAT-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_openfix"));
        QVERIFY(m_dir.isValid());
    }
    void badIpOpensAndIsFixed();
    void danglingReferencesOpen();
    void importDialogVerdict();
    void compareWindowCloses();
    void servicesShowNames();
    void addApplianceNamedLikePalette();

private:
    QTemporaryDir m_dir;
};

void TestOpenFix::badIpOpensAndIsFixed()
{
    const QString file = m_dir.filePath(QStringLiteral("bad-ip.meshnat"));
    QVERIFY(writeFile(file, seedWith("\"uplinkIp\": \"192.19.72.202\"",
                                     "\"uplinkIp\": \"192.19.72.2022\"")));
    MainWindow window;
    window.resize(1440, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.files()->openFile(file));
    Project *project = window.document()->project();
    QVERIFY(project->objectCount() > 10);
    const ObjectId ix = project->findByName(ObjectKind::Appliance, QStringLiteral("HCX-IX-I1"));
    QVERIFY(ix != NoId);
    QCOMPARE(project->heldValue(ix, Field::uplinkIp).toString(), QStringLiteral("192.19.72.2022"));
    SimulationSession *session = window.document()->simulation();
    QVERIFY(session->waitUntilIdle(60000));
    QCOMPARE(session->stepCount(), 0);
    QVERIFY(window.validationPanel()->isVisible()); // its dock tab was raised

    // The validation panel names the field, the value and what is expected.
    ValidationPanel *panel = window.validationPanel();
    panel->refresh();
    QVERIFY(panel->issueCount() >= 1);
    QTreeWidgetItem *first = panel->issueList()->topLevelItem(0);
    const QString message = first->text(2);
    QVERIFY2(message.contains(QStringLiteral("HCX-IX-I1 › uplinkIp"))
                 && message.contains(QStringLiteral("\"192.19.72.2022\""))
                 && message.contains(QStringLiteral("expected a.b.c.d")),
             qPrintable(message));
    // Activating the issue opens the field in the property editor.
    emit panel->issueList()->itemActivated(first, 0);
    QCOMPARE(window.selection()->current(), ix);
    PropertyEditor *editor = window.propertyEditor();
    PropertyModel *model = editor->propertyModel();
    const int row = model->rowOf(Field::uplinkIp);
    QCOMPARE(editor->tableView()->currentIndex().row(), row);
    const QModelIndex value = model->index(row, PropertyModel::ValueColumn);
    QCOMPARE(value.data().toString(), QStringLiteral("192.19.72.2022"));
    QCOMPARE(value.data(Qt::EditRole).toString(), QStringLiteral("192.19.72.2022"));
    QVERIFY(!value.data(PropertyModel::ProblemRole).toString().isEmpty());
    QVERIFY2(editor->problemText().contains(QStringLiteral("uplinkIp"))
                 && editor->problemText().contains(QStringLiteral("expected a.b.c.d")),
             qPrintable(editor->problemText()));
    // The replay says why there is nothing to replay, linking to the field.
    ReplayBar *bar = window.replay()->replayBar();
    QVERIFY2(bar->missingLabel()->text().contains(QStringLiteral("Uplink IP")),
             qPrintable(bar->missingLabel()->text()));
    QVERIFY(bar->missingLabel()->text().contains(QStringLiteral("object:%1:uplinkIp").arg(ix)));
    QVERIFY2(!bar->missingLabel()->text().contains(QStringLiteral("; uplink IP of HCX-IX-I1")),
             qPrintable(bar->missingLabel()->text())); // said once, not also as "empty"
    if (auto *dock = qobject_cast<QDockWidget *>(panel->parentWidget()))
        dock->raise(); // the pictures show the panel and the property editor together
    shot(&window, QStringLiteral("openfix-bad-ip-en.png"));
    QVERIFY(window.language()->setLanguage(QStringLiteral("ja"), false));
    QCoreApplication::processEvents();
    QVERIFY(!editor->problemText().isEmpty());
    shot(&window, QStringLiteral("openfix-bad-ip-ja.png"));
    QVERIFY(window.language()->setLanguage(QStringLiteral("en"), false));

    // Fixing it in the property editor is one undo step; the simulation runs.
    QUndoStack *stack = window.document()->undoStack();
    const int before = stack->count();
    QVERIFY(model->setData(value, QStringLiteral("192.19.72.202")));
    QCOMPARE(stack->count(), before + 1);
    QVERIFY(!project->hasHeldValues());
    QVERIFY(editor->problemText().isEmpty());
    QVERIFY(session->waitUntilIdle(60000));
    QVERIFY(session->stepCount() > 100);
    panel->refresh();
    for (int i = 0; i < panel->issueCount(); ++i)
        QVERIFY(!panel->issueList()->topLevelItem(i)->text(2).contains(QStringLiteral("2022")));

    // Undo brings the value as written back, and the refusal with it; redo fixes.
    stack->undo();
    QCOMPARE(project->heldValue(ix, Field::uplinkIp).toString(), QStringLiteral("192.19.72.2022"));
    QVERIFY(session->waitUntilIdle(60000));
    QCOMPARE(session->stepCount(), 0);
    stack->redo();
    QVERIFY(!project->hasHeldValues());
    QVERIFY(session->waitUntilIdle(60000));
    QVERIFY(session->stepCount() > 100);

    // Saving writes the fixed value.
    QVERIFY(window.files()->save());
    const QString saved = readFile(file);
    QVERIFY(saved.contains(QStringLiteral("\"uplinkIp\": \"192.19.72.202\"")));
    QVERIFY(!saved.contains(QStringLiteral("192.19.72.2022")));
}

void TestOpenFix::danglingReferencesOpen()
{
    // A dangling link end and peer open too (the canvas copes) and are listed.
    QByteArray json = seedWith("\"peer\": 14", "\"peer\": 999");
    QVERIFY(!json.isEmpty());
    const QString file = m_dir.filePath(QStringLiteral("dangling.meshnat"));
    QVERIFY(writeFile(file, json));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.files()->openFile(file));
    QVERIFY(window.document()->project()->hasHeldValues());
    window.validationPanel()->refresh();
    QVERIFY(window.validationPanel()->issueList()->topLevelItem(0)->text(2).contains(
        QStringLiteral("#999 does not exist")));
    QVERIFY(window.document()->simulation()->waitUntilIdle(60000));
    QCOMPARE(window.document()->simulation()->stepCount(), 0);
}

void TestOpenFix::importDialogVerdict()
{
    Project project;
    QByteArray noise(64 * 1024, Qt::Uninitialized);
    QRandomGenerator generator(19);
    for (char &c : noise)
        c = char(generator.bounded(256));
    for (const ImportDialog::Mode mode : {ImportDialog::Translations, ImportDialog::Configuration}) {
        ImportDialog dialog(mode, &project, NoId);
        const QString file = m_dir.filePath(QStringLiteral("noise.bin"));
        QVERIFY(writeFile(file, noise));
        QVERIFY(dialog.loadFile(file));
        dialog.refresh();
        QVERIFY2(dialog.verdict().contains(QStringLiteral("does not look like")),
                 qPrintable(dialog.verdict()));
        QVERIFY(dialog.errorText().contains(QStringLiteral("0 of")));
        // The issue list is capped, its last row counts the rest; nothing raw in it.
        auto *issues = dialog.findChild<QTableWidget *>();
        QVERIFY(issues);
        QVERIFY(issues->rowCount() <= 201);
        QVERIFY(issues->item(issues->rowCount() - 1, 2)->text().contains(QStringLiteral("more issue")));
        for (int r = 0; r < issues->rowCount() - 1; ++r) {
            for (QChar c : issues->item(r, 3)->text())
                QVERIFY2(c.unicode() >= 0x20 || c == QLatin1Char('\t'), qPrintable(QString::number(c.unicode())));
        }
        shot(&dialog, QStringLiteral("openfix-import-verdict-%1.png").arg(int(mode)));
    }
}

void TestOpenFix::compareWindowCloses()
{
    MainWindow window;
    window.show();
    QVERIFY(window.files()->openExample(QStringLiteral("seed-incident")));
    CompareWindow *compare = window.diagnosis()->compareWithExample(QStringLiteral("fixed-site"));
    QVERIFY(compare);
    QVERIFY(QTest::qWaitForWindowExposed(compare));
    QVERIFY(compare->closeButton()->isVisible());
    QCOMPARE(compare->closeButton()->text(), QStringLiteral("Close"));
    shot(compare, QStringLiteral("openfix-compare-en.png"));
    QPointer<CompareWindow> guard(compare);
    QTest::keyClick(compare, Qt::Key_Escape);
    QTRY_VERIFY(guard.isNull()); // WA_DeleteOnClose
    compare = window.diagnosis()->compareWithExample(QStringLiteral("fixed-site"));
    QVERIFY(compare);
    QVERIFY(QTest::qWaitForWindowExposed(compare));
    guard = compare;
    QTest::mouseClick(compare->closeButton(), Qt::LeftButton);
    QTRY_VERIFY(guard.isNull());
}

void TestOpenFix::servicesShowNames()
{
    MainWindow window;
    QVERIFY(window.files()->openExample(QStringLiteral("seed-incident")));
    Project *project = window.document()->project();
    const ObjectId mesh = project->objects(ObjectKind::Mesh).value(0);
    QVERIFY(mesh != NoId);
    QVERIFY(project->setValue(mesh, Field::services,
                              QStringList{QStringLiteral("interconnect"), QStringLiteral("sentinel-gateway")}));
    window.selection()->setCurrent(mesh);
    PropertyModel *model = window.propertyEditor()->propertyModel();
    const QString shown =
        model->index(model->rowOf(Field::services), PropertyModel::ValueColumn).data().toString();
    QCOMPARE(shown, MeshRules::serviceDisplayName(QStringLiteral("interconnect")) + QStringLiteral(", ")
                        + MeshRules::serviceDisplayName(QStringLiteral("sentinel-gateway")));
    QVERIFY2(!shown.contains(QStringLiteral("sentinel-")), qPrintable(shown));
}

void TestOpenFix::addApplianceNamedLikePalette()
{
    MainWindow window;
    QVERIFY(window.files()->openExample(QStringLiteral("seed-incident")));
    Project *project = window.document()->project();
    const ObjectId site = project->parentOf(
        project->findByName(ObjectKind::Appliance, QStringLiteral("HCX-IX-I1")));
    window.selection()->setCurrent(site);
    const QString expected = MeshRules::newName(*project, ObjectKind::Appliance, site,
                                                {{Field::type, QStringLiteral("IX")}});
    QCOMPARE(expected, QStringLiteral("HCX-IX-I2"));
    const ObjectId fromToolbar = window.edits()->add(ObjectKind::Appliance);
    QVERIFY(fromToolbar != NoId);
    QCOMPARE(project->name(fromToolbar), expected);
    window.document()->undoStack()->undo();
    const ObjectId fromPalette = window.graphs()->addElement(
        ObjectKind::Appliance, {{Field::type, QStringLiteral("IX")}}, site, QPointF(), false);
    QCOMPARE(project->name(fromPalette), expected);
}

QTEST_MAIN(TestOpenFix)
#include "tst_openfix.moc"
