// Autosave and crash recovery: copies only while there are unsaved changes,
// gone after a save or a normal close, never offered while their owner runs;
// a workbench process killed with SIGKILL mid-edit has its edit recovered.

#include "Document.h"
#include "FileController.h"
#include "MainWindow.h"
#include "Project.h"
#include "ScriptedPrompts.h"
#include "autosave/AutosaveStore.h"
#include "autosave/Autosaver.h"
#include "autosave/CrashRecovery.h"
#include "autosave/RecoveryDialog.h"
#include "commands/ChangeValue.h"

#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

#include <csignal>
#include <memory>

namespace {

const QString seedKey = QStringLiteral("seed-incident");

// Records the suggestion Save As was given.
class RecordingPrompts : public ScriptedPrompts
{
public:
    QString suggestion;
    QString saveFileName(QWidget *, const QString &suggested) override
    {
        suggestion = suggested;
        return saveAnswer;
    }
};

void rename(Document *document, const QString &title)
{
    Project *project = document->project();
    document->undoStack()->push(new ChangeValue(project, NoId, Field::name,
                                                project->value(NoId, Field::name), title));
}

QJsonObject record(const QString &copyFile)
{
    QFile file(copyFile.chopped(int(qstrlen(".meshnat"))) + QStringLiteral(".json"));
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                          : QJsonObject();
}

// A window wired for autosave as meshnat's main() wires it.
struct Bench
{
    std::unique_ptr<MainWindow> window = std::make_unique<MainWindow>();
    RecordingPrompts *prompts = nullptr;
    Autosaver *autosaver = nullptr;

    Bench(AutosaveStore *store, int intervalMs)
    {
        auto scripted = std::make_unique<RecordingPrompts>();
        prompts = scripted.get();
        window->setPrompts(std::move(scripted));
        autosaver = Autosaver::attach(window.get(), store);
        autosaver->setIntervalMs(intervalMs);
    }
    Document *document() const { return window->document(); }
};

} // namespace

class TestAutosave : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void noAutosaveWhileUnmodified();
    void autosaveRecordsWhatItIs();
    void autosaveRemovedAfterSave();
    void autosaveRemovedAfterNormalClose();
    void killedMidEditIsRecovered();
    void recoveredFileSuggestsItsOriginalPath();
    void laterKeepsAndDiscardRemoves();
    void liveInstanceWithOldLockNotOffered();
    void meshnatOffersRecoveryAtStart();

private:
    QString autosaveDir() const { return AutosaveStore::defaultDirectory(); }
    QStringList copies() const
    {
        return QDir(autosaveDir()).entryList({QStringLiteral("*.meshnat")}, QDir::Files);
    }
    QProcessEnvironment childEnvironment() const;
    // Starts autosave_editor on what (an example key or a file), renaming the
    // project to title; returns its autosave copy once written.
    QString startEditor(QProcess *process, const QString &what, const QString &title);
    void crash(QProcess *process);
    void screenshot(QWidget *widget, const QString &name);

    std::unique_ptr<QTemporaryDir> m_home;
};

void TestAutosave::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("MeshNAT"));
    QCoreApplication::setApplicationName(QStringLiteral("MeshNAT"));
}

void TestAutosave::init()
{
    // Every test, and the processes it starts, get a home of their own.
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home->filePath(QStringLiteral("data"))));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home->filePath(QStringLiteral("config"))));
    QVERIFY(autosaveDir().startsWith(m_home->path()));
}

void TestAutosave::cleanup()
{
    m_home.reset();
}

QProcessEnvironment TestAutosave::childEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), m_home->path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("MESHNAT_AUTOSAVE_INTERVAL"), QStringLiteral("0.5"));
    return env;
}

QString TestAutosave::startEditor(QProcess *process, const QString &what, const QString &title)
{
    process->setProcessEnvironment(childEnvironment());
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process->start(QStringLiteral(AUTOSAVE_EDITOR), {what, title});
    if (!process->waitForStarted(10000))
        return QString();
    QByteArray line;
    QElapsedTimer clock;
    clock.start();
    while (!line.endsWith('\n') && clock.elapsed() < 60000
           && process->state() == QProcess::Running) {
        if (process->canReadLine() || process->waitForReadyRead(500))
            line += process->readLine();
    }
    if (!line.startsWith("autosaved "))
        return QString();
    return QString::fromLocal8Bit(line.mid(qstrlen("autosaved ")).trimmed());
}

void TestAutosave::crash(QProcess *process)
{
    ::kill(pid_t(process->processId()), SIGKILL);
    QVERIFY(process->waitForFinished(10000)); // reaped: its pid is gone
    QCOMPARE(process->exitStatus(), QProcess::CrashExit);
}

void TestAutosave::screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("MESHNAT_SHOTS");
    if (dir.isEmpty())
        return;
    widget->show();
    QTest::qWait(200);
    QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
}

void TestAutosave::noAutosaveWhileUnmodified()
{
    AutosaveStore store;
    QVERIFY2(store.open(), qPrintable(store.errorString()));
    Bench wb(&store, 100);
    QVERIFY(wb.window->files()->openExample(seedKey));
    QTest::qWait(500);
    QVERIFY(copies().isEmpty());

    rename(wb.document(), QStringLiteral("Edited"));
    QTRY_VERIFY(QFile::exists(wb.autosaver->copyFile()));
    QCOMPARE(copies().size(), 1);

    // Back at the saved state: nothing unsaved, nothing to recover.
    wb.document()->undoStack()->undo();
    QVERIFY(!wb.document()->isModified());
    QVERIFY(copies().isEmpty());
    QTest::qWait(400);
    QVERIFY(copies().isEmpty());

    wb.autosaver->setIntervalMs(0); // off
    rename(wb.document(), QStringLiteral("Edited again"));
    QTest::qWait(400);
    QVERIFY(copies().isEmpty());
}

void TestAutosave::autosaveRecordsWhatItIs()
{
    AutosaveStore store;
    QVERIFY(store.open());
    Bench wb(&store, 100);
    QVERIFY(wb.window->files()->openExample(seedKey));
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    rename(wb.document(), QStringLiteral("Title in the record"));
    QTRY_VERIFY(QFile::exists(wb.autosaver->copyFile()));

    const QJsonObject about = record(wb.autosaver->copyFile());
    QCOMPARE(about.value(QStringLiteral("title")).toString(), QStringLiteral("Title in the record"));
    QCOMPARE(about.value(QStringLiteral("displayName")).toString(),
             QStringLiteral("seed-incident.meshnat"));
    QVERIFY(about.value(QStringLiteral("originalPath")).toString().isEmpty());
    const QDateTime savedAt =
        QDateTime::fromString(about.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
    QVERIFY(savedAt >= before && savedAt <= QDateTime::currentDateTimeUtc());

    // The copy is a project file holding the edit.
    Document copy;
    QVERIFY2(copy.load(wb.autosaver->copyFile()), qPrintable(copy.errorString()));
    QCOMPARE(copy.project()->text(NoId, Field::name), QStringLiteral("Title in the record"));
}

void TestAutosave::autosaveRemovedAfterSave()
{
    AutosaveStore store;
    QVERIFY(store.open());
    Bench wb(&store, 100);
    QVERIFY(wb.window->files()->openExample(seedKey));
    rename(wb.document(), QStringLiteral("Saved soon"));
    QTRY_VERIFY(QFile::exists(wb.autosaver->copyFile()));

    const QString saved = m_home->filePath(QStringLiteral("saved.meshnat"));
    wb.prompts->saveAnswer = saved;
    QVERIFY(wb.window->files()->save());
    QVERIFY(!wb.document()->isModified());
    QVERIFY(copies().isEmpty());
    QVERIFY(record(wb.autosaver->copyFile()).isEmpty()); // its record went too

    // The next unsaved change records the file it belongs to.
    rename(wb.document(), QStringLiteral("Changed after saving"));
    QTRY_VERIFY(QFile::exists(wb.autosaver->copyFile()));
    QCOMPARE(record(wb.autosaver->copyFile()).value(QStringLiteral("originalPath")).toString(),
             QFileInfo(saved).absoluteFilePath());
    QVERIFY(wb.window->files()->save());
    QVERIFY(copies().isEmpty());
}

void TestAutosave::autosaveRemovedAfterNormalClose()
{
    QProcess editor;
    const QString copy = startEditor(&editor, seedKey, QStringLiteral("Closed normally"));
    QVERIFY2(QFile::exists(copy), qPrintable(copy));
    QCOMPARE(QDir(autosaveDir()).entryList({QStringLiteral("*.lock")}).size(), 1);

    editor.write("quit\n"); // closes the window; unsaved changes discarded
    QVERIFY(editor.waitForFinished(20000));
    QCOMPARE(editor.exitStatus(), QProcess::NormalExit);
    QCOMPARE(editor.exitCode(), 0);
    // No copy, no record, no lock: nothing left to offer.
    QCOMPARE(QDir(autosaveDir()).entryList(QDir::Files), QStringList());
}

void TestAutosave::killedMidEditIsRecovered()
{
    const QString edit = QStringLiteral("Edited before the crash");
    QProcess editor;
    const QString copy = startEditor(&editor, seedKey, edit);
    QVERIFY2(QFile::exists(copy), qPrintable(copy));

    // While the editor runs, its copy is not offered to anybody else.
    {
        AutosaveStore store;
        QVERIFY(store.open());
        Bench wb(&store, 100);
        int asked = 0;
        wb.prompts->onDialog = [&asked](QDialog *) { ++asked; return false; };
        QVERIFY(!CrashRecovery::offer(wb.window.get(), &store, wb.autosaver));
        QCOMPARE(asked, 0);
        QVERIFY(QFile::exists(copy));
    }

    crash(&editor);
    QVERIFY(QFile::exists(copy)); // a crash leaves the copy behind
    const QDateTime copyTime = QFileInfo(copy).lastModified();

    AutosaveStore store;
    QVERIFY(store.open());
    Bench wb(&store, 60000);
    int rows = 0;
    QStringList shown;
    wb.prompts->onDialog = [&](QDialog *dialog) {
        auto *recovery = qobject_cast<RecoveryDialog *>(dialog);
        if (!recovery)
            return false;
        rows = recovery->list()->topLevelItemCount();
        for (int column = 0; column < 3; ++column)
            shown << recovery->list()->topLevelItem(0)->text(column);
        screenshot(recovery, QStringLiteral("recovery-dialog.png"));
        recovery->button(RecoveryDialog::Recover)->click();
        return recovery->result() == QDialog::Accepted;
    };
    QVERIFY(CrashRecovery::offer(wb.window.get(), &store, wb.autosaver));
    QCOMPARE(rows, 1);
    QCOMPARE(shown.value(0), edit);
    QVERIFY2(shown.value(1).contains(QStringLiteral("seed-incident.meshnat")), qPrintable(shown.value(1)));
    // When it was saved: the copy's own time, to the second.
    const QDateTime shownTime = QDateTime::fromString(shown.value(2), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    QVERIFY2(shownTime.isValid(), qPrintable(shown.value(2)));
    QVERIFY(qAbs(shownTime.secsTo(copyTime)) <= 1);

    Document *document = wb.document();
    QCOMPARE(document->project()->text(NoId, Field::name), edit);
    QVERIFY(document->isModified());
    QVERIFY(document->fileName().isEmpty()); // untitled until saved
    QCOMPARE(document->displayName(), QStringLiteral("seed-incident.meshnat (recovered)"));
    QVERIFY(wb.window->isWindowModified());
    screenshot(wb.window.get(), QStringLiteral("recovered-window.png"));
    // The crashed instance's copy is gone once this instance has its own.
    QVERIFY(!QFile::exists(copy));
    QVERIFY(QFile::exists(wb.autosaver->copyFile()));
    QCOMPARE(copies().size(), 1);
    // Modified even with nothing to undo: no file holds this project yet.
    QCOMPARE(document->undoStack()->count(), 0);

    // Save asks for a name; then the copy goes.
    wb.prompts->saveAnswer = m_home->filePath(QStringLiteral("recovered.meshnat"));
    QVERIFY(wb.window->files()->save());
    // Never saved before: the name it had, in the home folder.
    QCOMPARE(wb.prompts->suggestion, QDir::home().filePath(QStringLiteral("seed-incident.meshnat")));
    QVERIFY(!document->isModified());
    QVERIFY(copies().isEmpty());
    Document reread;
    QVERIFY(reread.load(wb.prompts->saveAnswer));
    QCOMPARE(reread.project()->text(NoId, Field::name), edit);
}

void TestAutosave::recoveredFileSuggestsItsOriginalPath()
{
    const QString original = m_home->filePath(QStringLiteral("customer.meshnat"));
    {
        Document document;
        QVERIFY(document.openExample(seedKey));
        QVERIFY(document.saveAs(original));
    }
    QFile file(original);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray onDisk = file.readAll();
    file.close();

    QProcess editor;
    QVERIFY(QFile::exists(startEditor(&editor, original, QStringLiteral("Customer, edited"))));
    crash(&editor);

    AutosaveStore store;
    QVERIFY(store.open());
    Bench wb(&store, 60000);
    QString origin;
    wb.prompts->onDialog = [&origin](QDialog *dialog) {
        auto *recovery = qobject_cast<RecoveryDialog *>(dialog);
        origin = recovery->list()->topLevelItem(0)->text(1);
        recovery->button(RecoveryDialog::Recover)->click();
        return true;
    };
    QVERIFY(CrashRecovery::offer(wb.window.get(), &store, wb.autosaver));
    QCOMPARE(origin, QDir::toNativeSeparators(original));
    Document *document = wb.document();
    QVERIFY(document->fileName().isEmpty());
    QCOMPARE(document->originalPath(), original);
    QCOMPARE(document->displayName(), QStringLiteral("customer.meshnat (recovered)"));
    // The original file is untouched until the user saves over it.
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), onDisk);
    file.close();

    // Save asks, suggesting the original file; cancelling keeps it unsaved.
    wb.prompts->saveAnswer.clear();
    QVERIFY(!wb.window->files()->save());
    QCOMPARE(wb.prompts->suggestion, original);
    QVERIFY(document->isModified());
    QCOMPARE(copies().size(), 1);
    // A second crash would offer the same origin, under the same name.
    QCOMPARE(record(wb.autosaver->copyFile()).value(QStringLiteral("originalPath")).toString(),
             original);
    QCOMPARE(record(wb.autosaver->copyFile()).value(QStringLiteral("displayName")).toString(),
             QStringLiteral("customer.meshnat"));

    wb.prompts->saveAnswer = original;
    QVERIFY(wb.window->files()->save());
    QCOMPARE(document->fileName(), original);
    QVERIFY(copies().isEmpty());
    Document reread;
    QVERIFY(reread.load(original));
    QCOMPARE(reread.project()->text(NoId, Field::name), QStringLiteral("Customer, edited"));
}

void TestAutosave::laterKeepsAndDiscardRemoves()
{
    QProcess first;
    QProcess second;
    const QString copyA = startEditor(&first, seedKey, QStringLiteral("First crash"));
    const QString copyB = startEditor(&second, QStringLiteral("home-lab"), QStringLiteral("Second crash"));
    QVERIFY(QFile::exists(copyA) && QFile::exists(copyB));
    crash(&first);
    crash(&second);

    auto answer = [](RecoveryDialog::Choice choice, int *rows) {
        return [choice, rows](QDialog *dialog) {
            auto *recovery = qobject_cast<RecoveryDialog *>(dialog);
            *rows = recovery->list()->topLevelItemCount();
            recovery->button(choice)->click();
            return recovery->result() == QDialog::Accepted;
        };
    };
    int rows = 0;
    {
        AutosaveStore store;
        QVERIFY(store.open());
        Bench wb(&store, 60000);
        wb.prompts->onDialog = answer(RecoveryDialog::Later, &rows);
        QVERIFY(!CrashRecovery::offer(wb.window.get(), &store, wb.autosaver));
        QCOMPARE(rows, 2);
        QVERIFY(QFile::exists(copyA) && QFile::exists(copyB));
        QVERIFY(!wb.document()->isModified());
    }
    {
        // Closing the dialog (not answered) counts as Later too.
        AutosaveStore store;
        QVERIFY(store.open());
        Bench wb(&store, 60000);
        wb.prompts->onDialog = [](QDialog *) { return false; };
        QVERIFY(!CrashRecovery::offer(wb.window.get(), &store, wb.autosaver));
        QVERIFY(QFile::exists(copyA) && QFile::exists(copyB));
    }
    {
        AutosaveStore store;
        QVERIFY(store.open());
        Bench wb(&store, 60000);
        rows = 0;
        wb.prompts->onDialog = answer(RecoveryDialog::Discard, &rows);
        QVERIFY(!CrashRecovery::offer(wb.window.get(), &store, wb.autosaver));
        QCOMPARE(rows, 2);
        QVERIFY(!QFile::exists(copyA) && !QFile::exists(copyB));
        QVERIFY(!wb.document()->isModified());
    }
    // Nothing is left to offer, and no crashed instance's lock either.
    AutosaveStore store;
    QVERIFY(store.open());
    Bench wb(&store, 60000);
    rows = -1;
    wb.prompts->onDialog = answer(RecoveryDialog::Later, &rows);
    QVERIFY(!CrashRecovery::offer(wb.window.get(), &store, wb.autosaver));
    QCOMPARE(rows, -1);
    QCOMPARE(QDir(autosaveDir()).entryList(QDir::Files),
             QStringList{store.instanceId() + QStringLiteral(".lock")});
}

void TestAutosave::liveInstanceWithOldLockNotOffered()
{
    // A second running instance does not offer the first one's copy, however
    // long the first has been running (QLockFile's age rule would call it stale).
    QProcess editor;
    const QString copy = startEditor(&editor, seedKey, QStringLiteral("Still running"));
    QVERIFY(QFile::exists(copy));
    const QStringList locks = QDir(autosaveDir()).entryList({QStringLiteral("*.lock")});
    QCOMPARE(locks.size(), 1);
    QFile lock(QDir(autosaveDir()).filePath(locks.first()));
    QVERIFY(lock.open(QIODevice::ReadWrite));
    QVERIFY(lock.setFileTime(QDateTime::currentDateTime().addDays(-1), QFileDevice::FileModificationTime));
    lock.close();

    AutosaveStore store;
    QVERIFY(store.open());
    QVERIFY(store.claimCrashed().isEmpty());
    store.releaseClaims();
    QVERIFY(QFile::exists(copy));
    QVERIFY(QFile::exists(lock.fileName()));

    editor.kill(); // SIGKILL
    QVERIFY(editor.waitForFinished(10000));
    const QList<AutosaveEntry> crashed = store.claimCrashed();
    QCOMPARE(crashed.size(), 1);
    QCOMPARE(crashed.first().copyFile, copy);
    QCOMPARE(crashed.first().title, QStringLiteral("Still running"));
}

void TestAutosave::meshnatOffersRecoveryAtStart()
{
    // The real workbench offers the copy at start; --screenshot takes the dialog
    // and, exiting, leaves the copy for later.
    QProcess editor;
    const QString copy = startEditor(&editor, seedKey, QStringLiteral("Offered by meshnat"));
    crash(&editor);

    const QString dir = qEnvironmentVariable("MESHNAT_SHOTS");
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ja")}) {
        const QString shot = dir.isEmpty()
                                 ? m_home->filePath(QStringLiteral("start-%1.png").arg(lang))
                                 : QDir(dir).filePath(QStringLiteral("recovery-start-%1.png").arg(lang));
        QProcess meshnat;
        meshnat.setProcessEnvironment(childEnvironment());
        meshnat.setProcessChannelMode(QProcess::ForwardedChannels);
        meshnat.start(QStringLiteral(MESHNAT_GUI),
                      {QStringLiteral("--lang"), lang, QStringLiteral("--screenshot"), shot});
        QVERIFY(meshnat.waitForFinished(60000));
        QCOMPARE(meshnat.exitCode(), 0);
        const QImage image(shot);
        QVERIFY(!image.isNull());
        QVERIFY2(image.width() < 1000, "the screenshot shows the window, not the recovery dialog");
        QVERIFY(QFile::exists(copy)); // not answered: kept
    }
    // Both meshnat runs let go of their locks; only the crashed copy remains.
    QCOMPARE(QDir(autosaveDir()).entryList({QStringLiteral("*.lock")}), QStringList());
    QCOMPARE(copies().size(), 1);
}

QTEST_MAIN(TestAutosave)
#include "tst_autosave.moc"
