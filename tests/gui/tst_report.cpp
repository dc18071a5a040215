// The customer report: PDF text (via pdftotext) and HTML, in English and Japanese.
#include "Document.h"
#include "Examples.h"
#include "MainWindow.h"
#include "ReportController.h"
#include "ReportDialog.h"
#include "MeshGraphScene.h"
#include "Project.h"
#include "ProjectReader.h"
#include "ReportFigures.h"
#include "ReportWriter.h"
#include "SimulationSession.h"
#include "TimelinePlot.h"

#include <QComboBox>
#include <QMenuBar>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

class TestReport : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        Project project;
        std::unique_ptr<SimulationSession> session;
        std::unique_ptr<MeshGraphScene> scene;
        std::unique_ptr<TimelinePlot> timeline;
    };

    static void open(Fixture *f, const QString &example)
    {
        ProjectReader reader;
        QVERIFY(reader.read(Examples::resourcePath(example), &f->project));
        f->session = std::make_unique<SimulationSession>(&f->project);
        f->scene = std::make_unique<MeshGraphScene>(&f->project);
        f->scene->setSimulation(f->session.get());
        f->timeline = std::make_unique<TimelinePlot>();
        f->timeline->resize(1000, 420);
        f->timeline->setSession(f->session.get());
    }

    static ReportWriter writer(Fixture &f, const ReportOptions &options)
    {
        ReportWriter w(f.project, f.session->result(), options);
        w.setDiagram(ReportFigures::diagram(f.scene.get()));
        w.setTimeline(ReportFigures::timeline(f.timeline.get()));
        return w;
    }

    static QString pdfText(const QString &pdf)
    {
        QProcess p;
        p.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")),
                {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAllStandardOutput());
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
    }

    void englishPdfHasTheEvidence()
    {
        Fixture f;
        open(&f, QStringLiteral("seed-incident"));
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("seed.pdf"));
        ReportWriter w = writer(f, ReportOptions());
        QVERIFY2(w.writePdf(pdf), qPrintable(w.errorString()));
        const QString text = pdfText(pdf);
        if (qEnvironmentVariableIsSet("MESHNAT_KEEP_REPORT"))
            QFile::copy(pdf, qEnvironmentVariable("MESHNAT_KEEP_REPORT"));
        // Diagram labels (drawn, as text), the verdict, the 1543 row and the fix.
        for (const char *needle : {"HCX-IX-I1", "Customer edge router", "VMware Cloud on AWS",
                                   "Down", "19.155.80.72:1543", "ip nat inside source static"}) {
            QVERIFY2(text.contains(QString::fromLatin1(needle)), needle);
        }
        QVERIFY(!text.contains(QStringLiteral("[[meshnat")));
    }

    void japanesePdfHasJapaneseHeadings()
    {
        Fixture f;
        open(&f, QStringLiteral("seed-incident"));
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("seed-ja.pdf"));
        ReportOptions options;
        options.language = QStringLiteral("ja");
        ReportWriter w = writer(f, options);
        QVERIFY2(w.writePdf(pdf), qPrintable(w.errorString()));
        const QString text = pdfText(pdf);
        if (qEnvironmentVariableIsSet("MESHNAT_KEEP_REPORT"))
            QFile::copy(pdf, qEnvironmentVariable("MESHNAT_KEEP_REPORT"));
        for (const QString &heading : {QStringLiteral("アプライアンスの状態"),
                                       QStringLiteral("診断結果"),
                                       QStringLiteral("付録")})
            QVERIFY2(text.contains(heading), qPrintable(heading));
        QVERIFY(text.contains(QStringLiteral("19.155.80.72:1543")));
        // Findings are written in the report's language too.
        QVERIFY(text.contains(QStringLiteral("エラー")));
        // The UI language is untouched: an English lookup still answers in English.
        QCOMPARE(QCoreApplication::translate("ReportBuilder", "Findings"), QStringLiteral("Findings"));
    }

    void htmlIsSelfContained()
    {
        Fixture f;
        open(&f, QStringLiteral("seed-incident"));
        QTemporaryDir dir;
        const QString html = dir.filePath(QStringLiteral("seed.html"));
        ReportOptions options;
        options.collisionRowsOnly = true;
        ReportWriter w = writer(f, options);
        QVERIFY2(w.writeHtml(html), qPrintable(w.errorString()));
        QFile file(html);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(QStringLiteral("<svg")));
        QVERIFY(text.contains(QStringLiteral("data:image/png;base64,")));
        QVERIFY(text.contains(QStringLiteral("19.155.80.72:1543")));
        // Collision rows only: office PCs' rows (192.19.72.50) are left out, which
        // the full report has.
        QVERIFY(!text.contains(QStringLiteral("192.19.72.50:1030")));
        const QString fullHtml = dir.filePath(QStringLiteral("full.html"));
        ReportWriter full = writer(f, ReportOptions());
        QVERIFY2(full.writeHtml(fullHtml), qPrintable(full.errorString()));
        QFile fullFile(fullHtml);
        QVERIFY(fullFile.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(fullFile.readAll()).contains(QStringLiteral("192.19.72.50:1030")));
    }

    void commandLine()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("cli.pdf"));
        QProcess p;
        p.start(QStringLiteral(MESHNAT_CLI), {QStringLiteral("report"), QStringLiteral("--example"),
                                              QStringLiteral("seed-incident"), QStringLiteral("--lang"),
                                              QStringLiteral("ja"), QStringLiteral("-o"), pdf});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY(pdfText(pdf).contains(QStringLiteral("付録")));
        p.start(QStringLiteral(MESHNAT_CLI), {QStringLiteral("report"), QStringLiteral("--example"),
                                              QStringLiteral("seed-incident"), QStringLiteral("-o"),
                                              dir.filePath(QStringLiteral("x.doc"))});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 2);
    }

    void dialogPreviewsAndExports()
    {
        MainWindow window;
        QVERIFY(window.document()->openExample(QStringLiteral("seed-incident")));
        window.resize(1400, 900);
        window.show();
        QTRY_VERIFY(window.document()->simulation()->stepCount() > 1000); // re-run after loading
        ReportDialog *dialog = window.reports()->openDialog();
        QVERIFY(dialog->previewText().contains(QStringLiteral("Appliance status")));
        QVERIFY(dialog->previewText().contains(QStringLiteral("19.155.80.72:1543")));
        auto *language = dialog->findChild<QComboBox *>();
        QVERIFY(language);
        language->setCurrentIndex(language->findData(QStringLiteral("ja")));
        QVERIFY(dialog->previewText().contains(QStringLiteral("アプライアンスの状態")));
        // The window itself stays in its own language (LanguageChange is a posted
        // event: deliver it before looking).
        QCoreApplication::processEvents();
        QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
        if (qEnvironmentVariableIsSet("MESHNAT_SHOTS"))
            dialog->grab().save(qEnvironmentVariable("MESHNAT_SHOTS") + QStringLiteral("/report-dialog-ja.png"));
        QTemporaryDir dir;
        QVERIFY2(dialog->exportTo(dir.filePath(QStringLiteral("r.pdf"))), qPrintable(dialog->lastError()));
        QVERIFY(pdfText(dir.filePath(QStringLiteral("r.pdf"))).contains(QStringLiteral("付録")));
        dialog->close();
    }

    void unwritablePathFailsCleanly()
    {
        Fixture f;
        open(&f, QStringLiteral("home-lab"));
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        ReportWriter w = writer(f, ReportOptions());
        QVERIFY(!w.writePdf(dir.filePath(QStringLiteral("file/report.pdf"))));
        QVERIFY(w.errorString().contains(QStringLiteral("report.pdf")));
    }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
