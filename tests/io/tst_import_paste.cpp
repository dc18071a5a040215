// File > Paste Router Output (issue #16): the dialog starts from the
// clipboard's text, shows the format it detected as the text changes, lets the
// user choose another, gives one verdict naming the reader for text no reader
// understands, and imports through the same plan and single undo step as a
// file import. MESHNAT_SHOTS=dir saves the dialog in English and Japanese.
#include "Document.h"
#include "ImportController.h"
#include "ImportDialog.h"
#include "LanguageManager.h"
#include "MainMenus.h"
#include "MainWindow.h"
#include "ObservedTableView.h"
#include "Project.h"
#include "ScriptedPrompts.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QMenu>
#include <QPlainTextEdit>
#include <QUndoStack>
#include <QtTest>

namespace {

QString readData(const char *name)
{
    QFile f(QStringLiteral(MESHNAT_SOURCE_DIR "/tests/io/data/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

void shot(QWidget *w, const QString &name)
{
    QString dir = qEnvironmentVariable("MESHNAT_SHOTS");
    if (dir.isEmpty())
        dir = qEnvironmentVariable("MESHNAT_SHOT_DIR");
    if (dir.isEmpty())
        return;
    w->show();
    QTest::qWait(200);
    QVERIFY(w->grab().save(dir + QLatin1Char('/') + name));
}

// The user presses OK on what the dialog holds, after `check` looked at it.
void scripted(MainWindow &window, std::function<void(ImportDialog *)> check)
{
    auto prompts = std::make_unique<ScriptedPrompts>();
    prompts->onDialog = [check](QDialog *dialog) {
        auto *import = qobject_cast<ImportDialog *>(dialog);
        if (!import)
            return false;
        check(import);
        return true;
    };
    window.setPrompts(std::move(prompts));
}

// A show running-config capture as a terminal gives it, pasted.
QString capturedConfig()
{
    QString text = QStringLiteral("CUST-EDGE-01#show running-config\r\n");
    for (const QString &line : readData("cisco-seed-incident.cfg").split(QLatin1Char('\n')))
        text += line + QStringLiteral("\r\n");
    return text + QStringLiteral("CUST-EDGE-01#");
}

} // namespace

class TestImportPaste : public QObject
{
    Q_OBJECT

private slots:
    void menuHasPasteAction();
    void detectsAsTheTextChanges();
    void formatOverride();
    void unknownTextGetsOneVerdict();
    void pasteFromClipboardIsOneUndoStep();
    void pastedTableGoesToTheObservedTab();
    void screenshots();
};

void TestImportPaste::menuHasPasteAction()
{
    MainWindow window;
    QAction *paste = window.imports()->pasteRouterOutputAction();
    QVERIFY(paste);
    QVERIFY(window.menus()->fileMenu()->actions().contains(paste));
    QVERIFY(!paste->text().isEmpty());
}

void TestImportPaste::detectsAsTheTextChanges()
{
    MainWindow window;
    ImportDialog dialog(ImportDialog::Any, window.document()->project(), NoId, &window);
    dialog.setText(capturedConfig());
    QCOMPARE(dialog.readerKey(), QStringLiteral("ios-config"));
    QVERIFY(dialog.readerDetected());
    QVERIFY(!dialog.readsTable());
    QVERIFY(dialog.formatCombo()->itemText(0).contains("Cisco IOS configuration"));
    QVERIFY(dialog.verdict().isEmpty());
    QVERIFY(!dialog.plan().isEmpty());
    QCOMPARE(dialog.plan().count(ObjectKind::Device), 1);
    // Typing (here: replacing) the text re-detects it: now a translation table.
    dialog.findChild<QPlainTextEdit *>("importInput")->setPlainText(readData("show-nat-seed-incident.txt"));
    dialog.refresh(); // what the debounce timer does after an edit
    QCOMPARE(dialog.readerKey(), QStringLiteral("cisco-show"));
    QVERIFY(dialog.readsTable());
    QCOMPARE(dialog.understoodCount(), 5);
    QVERIFY(dialog.formatCombo()->itemText(0).contains("Cisco show ip nat translations"));
    // iptables-save.
    dialog.setText(readData("iptables-save-home-lab.txt"));
    QCOMPARE(dialog.readerKey(), QStringLiteral("iptables-save"));
    QVERIFY(!dialog.plan().isEmpty());
}

void TestImportPaste::formatOverride()
{
    MainWindow window;
    ImportDialog dialog(ImportDialog::Any, window.document()->project(), NoId, &window);
    dialog.setText(capturedConfig());
    // Every reader of both kinds can be chosen.
    QVERIFY(dialog.formatCombo()->findData("conntrack") > 0);
    QVERIFY(dialog.formatCombo()->findData("iptables-save") > 0);
    QVERIFY(dialog.setFormat("cisco-show"));
    QCOMPARE(dialog.readerKey(), QStringLiteral("cisco-show"));
    QVERIFY(!dialog.readerDetected());
    QVERIFY2(dialog.verdict().contains("does not look like Cisco show ip nat translations"),
             qPrintable(dialog.verdict()));
    QVERIFY(!dialog.errorText().contains("detected")); // chosen, not detected
    QVERIFY(dialog.plan().isEmpty());
    QVERIFY(dialog.setFormat("auto"));
    QCOMPARE(dialog.readerKey(), QStringLiteral("ios-config"));
    QVERIFY(dialog.verdict().isEmpty());
    QVERIFY(!dialog.setFormat("no-such-format"));
    // The configuration dialog offers configurations only.
    ImportDialog config(ImportDialog::Configuration, window.document()->project(), NoId, &window);
    QCOMPARE(config.formatCombo()->findData("cisco-show"), -1);
    QVERIFY(config.formatCombo()->findData("ios-config") > 0);
}

void TestImportPaste::unknownTextGetsOneVerdict()
{
    MainWindow window;
    ImportDialog dialog(ImportDialog::Any, window.document()->project(), NoId, &window);
    dialog.setText(QStringLiteral("Hi,\nthe HCX tunnel went down at 10:42 again.\nCan you check the "
                                  "firewall?\nThanks\n"));
    QVERIFY(dialog.readerDetected());
    QVERIFY2(dialog.verdict().startsWith("this does not look like " + dialog.readerName() + ": 0 of 4"),
             qPrintable(dialog.verdict()));
    QVERIFY2(dialog.errorText().contains("detected"), qPrintable(dialog.errorText()));
    QVERIFY(dialog.plan().isEmpty());
}

void TestImportPaste::pasteFromClipboardIsOneUndoStep()
{
    MainWindow window;
    Project *project = window.document()->project();
    QUndoStack *stack = window.document()->undoStack();
    const int before = project->objectCount();
    QGuiApplication::clipboard()->setText(capturedConfig());
    QString seen;
    scripted(window, [&seen](ImportDialog *d) { seen = d->readerKey(); });
    window.imports()->pasteRouterOutputAction()->trigger();
    QCOMPARE(seen, QStringLiteral("ios-config")); // prefilled from the clipboard
    QCOMPARE(stack->count(), 1);
    QVERIFY(stack->undoText().contains("CUST-EDGE-01"));
    const ObjectId device = project->findByName(ObjectKind::Device, "CUST-EDGE-01");
    QVERIFY(device != NoId);
    QVERIFY(project->objectCount() > before + 10);
    stack->undo();
    QCOMPARE(project->objectCount(), before);
}

void TestImportPaste::pastedTableGoesToTheObservedTab()
{
    MainWindow window;
    Project *project = window.document()->project();
    QGuiApplication::clipboard()->setText(readData("show-nat-seed-incident.txt"));
    scripted(window, [](ImportDialog *) {});
    QVERIFY(window.imports()->runImport(ImportDialog::Any));
    QCOMPARE(window.document()->undoStack()->count(), 1);
    QVERIFY(window.document()->undoStack()->undoText().contains("translations"));
    const ObjectId device = project->objects(ObjectKind::Device).first();
    QVERIFY(!project->text(device, Field::observedTranslations).isEmpty());
    QCOMPARE(window.imports()->observedView()->device(), device);
}

void TestImportPaste::screenshots()
{
    if (qEnvironmentVariable("MESHNAT_SHOTS").isEmpty() && qEnvironmentVariable("MESHNAT_SHOT_DIR").isEmpty())
        QSKIP("MESHNAT_SHOTS not set");
    MainWindow window;
    for (const char *lang : {"en", "ja"}) {
        window.language()->setLanguage(QString::fromLatin1(lang));
        const QString suffix = QLatin1String(lang) == QLatin1String("en") ? QString()
                                                                           : QStringLiteral("-ja");
        {
            ImportDialog dialog(ImportDialog::Any, window.document()->project(), NoId, &window);
            dialog.setText(capturedConfig());
            shot(&dialog, "h4-paste-ios" + suffix + ".png");
        }
        {
            ImportDialog dialog(ImportDialog::Any, window.document()->project(), NoId, &window);
            dialog.setText(QStringLiteral("Hi,\nthe HCX tunnel went down at 10:42 again.\nCan you "
                                          "check the firewall?\nThanks\n"));
            shot(&dialog, "h4-paste-unknown" + suffix + ".png");
        }
    }
    window.language()->setLanguage("en");
}

QTEST_MAIN(TestImportPaste)
#include "tst_import_paste.moc"
