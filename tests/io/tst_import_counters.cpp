// Rule hit counters in the import dialogs (issue #16): ASA `show nat detail`
// and SRX `show security nat source` pasted or opened are detected as counters
// (as meshnat-cli import detects them), shown as their own format, their notes
// listed by rule with counts and offered for Copy; Import adds nothing and
// pushes no undo step. The accept button keeps its "Import" text through a
// late LanguageChange. MESHNAT_SHOTS=dir saves the paste dialog, en and ja.
#include "Document.h"
#include "ImportController.h"
#include "ImportDialog.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "Project.h"
#include "ScriptedPrompts.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

namespace {

QString readData(const QString &name)
{
    QFile f(QStringLiteral(MESHNAT_SOURCE_DIR "/tests/io/data/") + name);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QString dataPath(const QString &name)
{
    return QStringLiteral(MESHNAT_SOURCE_DIR "/tests/io/data/") + name;
}

QStringList listed(const ImportDialog &dialog, int column)
{
    QStringList out;
    for (int i = 0; i < dialog.countersList()->topLevelItemCount(); ++i)
        out << dialog.countersList()->topLevelItem(i)->text(column);
    return out;
}

} // namespace

class TestImportCounters : public QObject
{
    Q_OBJECT

private slots:
    void pastedCountersAreListed_data();
    void pastedCountersAreListed();
    void openedInTheConfigurationDialog();
    void formatOverride();
    void importAddsNothing();
    void copyNotes();
    void importButtonSurvivesLanguageChange();
    void screenshots();
};

void TestImportCounters::pastedCountersAreListed_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("rules");
    QTest::addColumn<QStringList>("notes"); // each listed note contains one
    QTest::newRow("asa show nat detail")
        << "asa/show-nat-detail.txt" << "cisco-asa-show-nat" << 4
        << QStringList{"section 1 rule 1 (inside to outside): never hit",
                       "section 1 rule 2 (inside to outside): 12 translated, 0 untranslated",
                       "section 2 rule 1 (inside to outside): 1843 translated, 37 untranslated",
                       "section 3 rule 1 (inside to outside): 5 translated"};
    QTest::newRow("srx summary")
        << "srx/srx-nat-source-summary.txt" << "juniper-srx-nat-source" << 5
        << QStringList{"rule-set RS1 rule R1 (trust → untrust): source-nat interface",
                       "rule-set RS1 rule R2 (trust → untrust): source-nat pool P1",
                       "rule-set RS1 rule R3 (trust → untrust): source-nat off", "pool P1", "pool P2"};
}

void TestImportCounters::pastedCountersAreListed()
{
    QFETCH(QString, file);
    QFETCH(QString, key);
    QFETCH(int, rules);
    QFETCH(QStringList, notes);
    MainWindow window;
    ImportDialog dialog(ImportDialog::Any, window.document()->project(), NoId, &window);
    dialog.setText(readData(file));
    QCOMPARE(dialog.readerKey(), key);
    QVERIFY(dialog.readsCounters());
    QVERIFY(dialog.readerDetected());
    QVERIFY(!dialog.readsTable());
    QVERIFY2(dialog.verdict().isEmpty(), qPrintable(dialog.verdict()));
    QVERIFY(dialog.errorText().isEmpty());
    // Their own format, named in the detected item.
    QVERIFY(dialog.formatCombo()->findData(key) > 0);
    QVERIFY2(dialog.formatCombo()->itemText(0).contains(dialog.readerName()),
             qPrintable(dialog.formatCombo()->itemText(0)));
    QVERIFY(dialog.readerName().contains(key == "cisco-asa-show-nat" ? "ASA show nat" : "SRX show security nat"));
    // One note per rule or pool, naming it with its counts, on the tab shown.
    const QStringList messages = listed(dialog, 1);
    QCOMPARE(messages.size(), rules);
    for (const QString &note : std::as_const(notes))
        QVERIFY2(!messages.filter(note).isEmpty(), qPrintable(note + " not in " + messages.join('|')));
    QVERIFY(dialog.previewTabs()->currentWidget()->isAncestorOf(dialog.countersList()));
    // Nothing to import, and the dialog says so.
    QVERIFY(dialog.plan().isEmpty());
    QVERIFY(!dialog.importButton()->isEnabled());
    bool says = false;
    for (const QLabel *label : dialog.countersList()->parentWidget()->findChildren<QLabel *>())
        says = says || label->text().contains("nothing is added to the project");
    QVERIFY(says);
    QVERIFY(dialog.previewTabs()->tabToolTip(0).contains("nothing is added to the project"));
}

void TestImportCounters::openedInTheConfigurationDialog()
{
    // File → Import Router Configuration handed show nat detail: counters, not "not this format".
    MainWindow window;
    ImportDialog dialog(ImportDialog::Configuration, window.document()->project(), NoId, &window);
    QVERIFY(dialog.loadFile(dataPath("asa/show-nat-detail.txt")));
    QCOMPARE(dialog.readerKey(), QStringLiteral("cisco-asa-show-nat"));
    QVERIFY(dialog.readsCounters());
    QVERIFY2(dialog.verdict().isEmpty(), qPrintable(dialog.verdict()));
    QCOMPARE(dialog.countersList()->topLevelItemCount(), 4);
    // A configuration is still read as one.
    dialog.setText(readData("asa/seed-incident-asa.cfg"));
    QVERIFY(!dialog.readsCounters());
    QCOMPARE(dialog.countersList()->topLevelItemCount(), 0);
    QVERIFY(!dialog.plan().isEmpty());
}

void TestImportCounters::formatOverride()
{
    MainWindow window;
    ImportDialog dialog(ImportDialog::Any, window.document()->project(), NoId, &window);
    dialog.setText(readData("asa/show-nat-detail.txt"));
    // Chosen as the other vendor's counters: that reader's verdict, nothing listed.
    QVERIFY(dialog.setFormat("juniper-srx-nat-source"));
    QVERIFY(dialog.readsCounters());
    QVERIFY(!dialog.readerDetected());
    QVERIFY2(dialog.verdict().contains("does not look like Juniper SRX"), qPrintable(dialog.verdict()));
    QCOMPARE(dialog.countersList()->topLevelItemCount(), 0);
    // Chosen as a table: not counters any more.
    QVERIFY(dialog.setFormat("cisco-show"));
    QVERIFY(!dialog.readsCounters());
    QVERIFY(dialog.setFormat("auto"));
    QCOMPARE(dialog.readerKey(), QStringLiteral("cisco-asa-show-nat"));
    // SRX summary text read as ASA counters when chosen so.
    dialog.setText(readData("srx/srx-nat-source-summary.txt"));
    QCOMPARE(dialog.readerKey(), QStringLiteral("juniper-srx-nat-source"));
    QVERIFY(dialog.setFormat("cisco-asa-show-nat"));
    QVERIFY2(dialog.verdict().contains("does not look like Cisco ASA show nat"), qPrintable(dialog.verdict()));
}

void TestImportCounters::importAddsNothing()
{
    MainWindow window;
    QVERIFY(window.document()->openExample(QStringLiteral("seed-incident")));
    Project *project = window.document()->project();
    QUndoStack *stack = window.document()->undoStack();
    const int objects = project->objectCount();
    const int steps = stack->count();
    const bool clean = stack->isClean();
    for (const char *file : {"asa/show-nat-detail.txt", "srx/srx-nat-source-summary.txt"}) {
        QGuiApplication::clipboard()->setText(readData(QString::fromLatin1(file)));
        int notes = -1;
        auto prompts = std::make_unique<ScriptedPrompts>();
        prompts->onDialog = [&notes](QDialog *dialog) {
            auto *import = qobject_cast<ImportDialog *>(dialog);
            if (!import)
                return false;
            notes = import->readsCounters() ? import->countersList()->topLevelItemCount() : -1;
            return true; // the user presses Import anyway (what Enter does)
        };
        window.setPrompts(std::move(prompts));
        QVERIFY(!window.imports()->runImport(ImportDialog::Any));
        QVERIFY2(notes > 0, file);
        QCOMPARE(project->objectCount(), objects);
        QCOMPARE(stack->count(), steps);
        QCOMPARE(stack->isClean(), clean);
    }
}

void TestImportCounters::copyNotes()
{
    MainWindow window;
    ImportDialog dialog(ImportDialog::Any, window.document()->project(), NoId, &window);
    dialog.setText(readData("asa/show-nat-detail.txt"), QStringLiteral("edge-asa-show-nat.txt"));
    QPushButton *copy = dialog.findChild<QPushButton *>("copyCounterNotes");
    QVERIFY(copy);
    QVERIFY(copy->isEnabled());
    QGuiApplication::clipboard()->clear();
    copy->click();
    const QStringList lines = QGuiApplication::clipboard()->text().split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(2).startsWith("edge-asa-show-nat.txt:14: "), qPrintable(lines.at(2)));
    QVERIFY2(lines.at(2).contains("1843 translated, 37 untranslated"), qPrintable(lines.at(2)));
    QVERIFY2(lines.at(2).contains("HCX-SEGMENT"), qPrintable(lines.at(2))); // the statement
    // The selected note only.
    dialog.countersList()->topLevelItem(1)->setSelected(true);
    copy->click();
    QCOMPARE(QGuiApplication::clipboard()->text().count('\n'), 1);
    QVERIFY(QGuiApplication::clipboard()->text().contains("12 translated"));
    // Not counters: no Copy Notes.
    dialog.setText(readData("show-nat-seed-incident.txt"));
    QVERIFY(!copy->isVisibleTo(&dialog));
}

void TestImportCounters::importButtonSurvivesLanguageChange()
{
    MainWindow window;
    for (int mode : {ImportDialog::Configuration, ImportDialog::Translations, ImportDialog::Any}) {
        ImportDialog dialog(ImportDialog::Mode(mode), window.document()->project(), NoId, &window);
        QCOMPARE(dialog.importButton()->text(), QStringLiteral("Import"));
        QCOMPARE(dialog.findChild<QDialogButtonBox *>()->buttonRole(dialog.importButton()),
                 QDialogButtonBox::AcceptRole);
        // What QCoreApplication sends every widget when a translator is installed late.
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(dialog.findChild<QDialogButtonBox *>(), &change);
        QCoreApplication::sendEvent(&dialog, &change);
        QCOMPARE(dialog.importButton()->text(), QStringLiteral("Import"));
    }
    // And in Japanese after a language switch with the dialog open.
    ImportDialog dialog(ImportDialog::Any, window.document()->project(), NoId, &window);
    window.language()->setLanguage(QStringLiteral("ja"));
    QCoreApplication::sendPostedEvents();
    const QString ja = dialog.importButton()->text();
    window.language()->setLanguage(QStringLiteral("en"));
    QCoreApplication::sendPostedEvents();
    QVERIFY2(ja != QStringLiteral("OK") && ja != QStringLiteral("Import"), qPrintable(ja));
    QCOMPARE(dialog.importButton()->text(), QStringLiteral("Import"));
}

void TestImportCounters::screenshots()
{
    QString dir = qEnvironmentVariable("MESHNAT_SHOTS");
    if (dir.isEmpty())
        QSKIP("MESHNAT_SHOTS not set");
    MainWindow window;
    for (const char *lang : {"en", "ja"}) {
        window.language()->setLanguage(QString::fromLatin1(lang));
        ImportDialog dialog(ImportDialog::Any, window.document()->project(), NoId, &window);
        dialog.setText(readData("asa/show-nat-detail.txt"));
        dialog.show();
        QTest::qWait(200);
        QVERIFY(dialog.grab().save(dir + QStringLiteral("/h12-paste-asa-counters%1.png")
                                             .arg(QLatin1String(lang) == QLatin1String("en") ? "" : "-ja")));
    }
    window.language()->setLanguage(QStringLiteral("en"));
}

QTEST_MAIN(TestImportCounters)
#include "tst_import_counters.moc"
