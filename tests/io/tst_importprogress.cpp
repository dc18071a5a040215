// Import NAT Translations with a table too large for the editor (issue #15):
// the file is read on a worker thread behind a progress dialog; Cancel stops
// it and leaves the dialog's input, its plan and the project as they were; a
// finished read is the input, and applying it is one undo step that shares the
// table read with the project.
// MESHNAT_SHOTS=dir saves screenshots of the progress dialog (English and, with
// MESHNAT_JA_QM=file.qm for strings not yet merged, Japanese).
#include "ImportDialog.h"
#include "ObservedTableLoader.h"
#include "Project.h"
#include "StoredObservedTable.h"
#include "commands/ApplyChangeSet.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QPainter>
#include <QProgressDialog>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>
#include <QtTest>

namespace {

void writeTable(const QString &path, int rows)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QByteArray chunk = "Pro  Inside global         Inside local          Outside local         Outside global\n";
    for (int i = 0; i < rows; ++i) {
        const bool tunnel = i % 500 == 0;
        chunk += QStringLiteral("udp  19.155.80.72:%1     192.19.%2.%3:%4     34.1.%5.2:%6        34.1.%5.2:%6\n")
                     .arg(tunnel && i % 1000 == 0 ? 4500 : 1024 + i % 60000)
                     .arg(i / 250 % 250)
                     .arg(i % 250 + 1)
                     .arg(tunnel ? 4500 : 40000 + i % 20000)
                     .arg(i % 200)
                     .arg(tunnel ? 4500 : 443)
                     .toLatin1();
        if (chunk.size() > (1 << 20)) {
            f.write(chunk);
            chunk.clear();
        }
    }
    f.write(chunk);
}

// The import dialog with the progress dialog over it, as the user sees them.
void shot(QDialog *dialog, QProgressDialog *progress, const QString &name)
{
    const QString dir = qEnvironmentVariable("MESHNAT_SHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QPixmap picture = dialog->grab();
    const QPixmap over = progress->grab();
    QPainter painter(&picture);
    painter.drawPixmap((picture.width() - over.width()) / 2, (picture.height() - over.height()) / 3, over);
    painter.end();
    QVERIFY(picture.save(dir + QLatin1Char('/') + name));
}

// Calls `during` once the progress dialog is up, from the dialog's event loop.
void whileLoading(QWidget *dialog, const std::function<void(QProgressDialog *)> &during)
{
    auto *poll = new QTimer(dialog);
    poll->setInterval(5);
    QObject::connect(poll, &QTimer::timeout, dialog, [dialog, poll, during] {
        auto *progress = dialog->findChild<QProgressDialog *>(QStringLiteral("importProgress"));
        if (!progress || !progress->isVisible() || progress->value() <= 0)
            return;
        poll->stop();
        poll->deleteLater();
        during(progress);
    });
    poll->start();
}

} // namespace

class TestImportProgress : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void largeTableLoadsWithProgress();
    void cancelChangesNothing();
    void importIsOneUndoStepSharingTheTable();
    void japaneseShot();

private:
    QTemporaryDir m_dir;
    QString m_large;
    QString m_huge;
};

void TestImportProgress::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_large = m_dir.filePath(QStringLiteral("edge-nat.txt"));
    writeTable(m_large, 60000); // about 5 MB
    m_huge = m_dir.filePath(QStringLiteral("busy-edge-nat.txt"));
    writeTable(m_huge, 600000); // about 55 MB
    QVERIFY(QFileInfo(m_large).size() > ImportDialog::EditableBytes);
}

void TestImportProgress::largeTableLoadsWithProgress()
{
    Project project;
    ImportDialog dialog(ImportDialog::Translations, &project, NoId);
    dialog.show();
    QList<int> values;
    QString label;
    whileLoading(&dialog, [&](QProgressDialog *progress) {
        values.append(progress->value());
        label = progress->labelText();
        shot(&dialog, progress, QStringLiteral("import-progress-en.png"));
    });
    QVERIFY(dialog.loadFile(m_huge));
    QVERIFY2(!values.isEmpty(), "the progress dialog was not shown");
    QVERIFY2(label.contains(QLatin1String("busy-edge-nat.txt")), qPrintable(label));
    // The phase it was caught in: reading (MB read) or, on a fast machine whose
    // dialog appeared only after the read, the analysis.
    QVERIFY2(label.contains(QLatin1String(" MB")) || label.contains(QLatin1String("rows"))
                 || label.contains(QLatin1String("collisions")),
             qPrintable(label));
    QVERIFY(!dialog.findChild<QProgressDialog *>(QStringLiteral("importProgress"))
                 || !dialog.findChild<QProgressDialog *>(QStringLiteral("importProgress"))->isVisible());
    // The table read is the input: its rows, a plan that stores it, no verdict.
    QCOMPARE(dialog.understoodCount(), 600000);
    if (const QString dir = qEnvironmentVariable("MESHNAT_SHOTS"); !dir.isEmpty())
        QVERIFY(dialog.grab().save(dir + QStringLiteral("/import-loaded-en.png")));
    QVERIFY(dialog.verdict().isEmpty());
    QVERIFY(!dialog.plan().isEmpty());
    QVERIFY(dialog.errorText().isEmpty());
    // Changing the target keeps the table (nothing is read again).
    dialog.refresh();
    QCOMPARE(dialog.understoodCount(), 600000);
    QCOMPARE(project.objectCount(), 0);
}

void TestImportProgress::cancelChangesNothing()
{
    Project project;
    QVERIFY(project.create(ObjectKind::Site, NoId, {{Field::name, QStringLiteral("Office")},
                                                    {Field::kind, QStringLiteral("on-prem")}})
            != NoId);
    ImportDialog dialog(ImportDialog::Translations, &project, NoId);
    dialog.show();
    QVERIFY(dialog.loadFile(m_large));
    const int before = dialog.understoodCount();
    const int operations = int(dialog.plan().changes.operations().size());
    QCOMPARE(before, 60000);

    QSignalSpy cancelled(&dialog, &ImportDialog::importCancelled);
    QElapsedTimer clicked;
    whileLoading(&dialog, [&](QProgressDialog *progress) {
        auto *button = progress->findChild<QPushButton *>();
        QVERIFY(button);
        clicked.start();
        button->click();
    });
    QVERIFY(!dialog.loadFile(m_huge));
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(clicked.isValid());
    // The worker stopped within a step of input, not at the end of the file.
    QVERIFY2(clicked.elapsed() < 5000, qPrintable(QString::number(clicked.elapsed())));
    QCOMPARE(dialog.understoodCount(), before);
    QCOMPARE(int(dialog.plan().changes.operations().size()), operations);
    QVERIFY(dialog.errorText().isEmpty());
    QCOMPARE(project.objectCount(), 1);
}

void TestImportProgress::importIsOneUndoStepSharingTheTable()
{
    Project project;
    const ObjectId site = project.create(ObjectKind::Site, NoId, {{Field::name, QStringLiteral("Office")},
                                                                  {Field::kind, QStringLiteral("on-prem")}});
    const ObjectId router = project.create(ObjectKind::Device, site, {{Field::name, QStringLiteral("edge")}});
    ImportDialog dialog(ImportDialog::Translations, &project, router);
    QVERIFY(dialog.loadFile(m_large));
    QUndoStack stack;
    QString error;
    QVERIFY2(ApplyChangeSet::push(&stack, &project, dialog.plan().changes, dialog.undoText(), &error),
             qPrintable(error));
    QCOMPARE(stack.count(), 1);
    const StoredObservedTable stored = StoredObservedTable::of(project, router);
    QCOMPARE(stored.rowCount(), 60000);
    // The same table the dialog read (not a copy), already compressed for saving.
    const ChangeSet::Operation &set = [&]() -> const ChangeSet::Operation & {
        for (const ChangeSet::Operation &o : dialog.plan().changes.operations())
            if (o.type == ChangeSet::Operation::Set && o.key == Field::observedTranslations)
                return o;
        return dialog.plan().changes.operations().first();
    }();
    QCOMPARE(set.value.value<StoredObservedTable>(), stored);
    stack.undo();
    QVERIFY(StoredObservedTable::of(project, router).isEmpty());
    stack.redo();
    QCOMPARE(StoredObservedTable::of(project, router), stored);
}

void TestImportProgress::japaneseShot()
{
    if (qEnvironmentVariable("MESHNAT_SHOTS").isEmpty())
        QSKIP("screenshots only (MESHNAT_SHOTS)");
    QTranslator app, qt, extra;
    QVERIFY(app.load(QStringLiteral(":/i18n/meshnat_ja.qm")));
    qApp->installTranslator(&app);
    if (qt.load(QStringLiteral("qtbase_ja"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        qApp->installTranslator(&qt);
    if (!qEnvironmentVariable("MESHNAT_JA_QM").isEmpty() && extra.load(qEnvironmentVariable("MESHNAT_JA_QM")))
        qApp->installTranslator(&extra);
    Project project;
    ImportDialog dialog(ImportDialog::Translations, &project, NoId);
    dialog.show();
    bool shown = false;
    whileLoading(&dialog, [&](QProgressDialog *progress) {
        shown = true;
        shot(&dialog, progress, QStringLiteral("import-progress-ja.png"));
    });
    QVERIFY(dialog.loadFile(m_huge));
    QVERIFY(shown);
    if (const QString dir = qEnvironmentVariable("MESHNAT_SHOTS"); !dir.isEmpty())
        QVERIFY(dialog.grab().save(dir + QStringLiteral("/import-loaded-ja.png")));
    qApp->removeTranslator(&extra);
    qApp->removeTranslator(&qt);
    qApp->removeTranslator(&app);
}

QTEST_MAIN(TestImportProgress)
#include "tst_importprogress.moc"
