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
#include <QRegularExpression>
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

    // One word of `pdftotext -bbox`: its page and box, in PDF points.
    struct Word
    {
        int page = 0;
        QRectF box;
        QString text;
    };
    struct PdfLayout
    {
        QList<QSizeF> pageSizes; // pages may be portrait or landscape
        QList<Word> words;
        int pages = 0;
    };

    static PdfLayout pdfLayout(const QString &pdf)
    {
        QProcess p;
        p.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")),
                {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
        p.waitForFinished(60000);
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        PdfLayout layout;
        static const QRegularExpression pageRe(
            QStringLiteral(R"re(<page width="([\d.]+)" height="([\d.]+)">)re"));
        static const QRegularExpression wordRe(QStringLiteral(
            R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re"));
        for (const QString &line : out.split(QLatin1Char('\n'))) {
            const QRegularExpressionMatch page = pageRe.match(line);
            if (page.hasMatch()) {
                layout.pageSizes.append(QSizeF(page.captured(1).toDouble(), page.captured(2).toDouble()));
                ++layout.pages;
                continue;
            }
            const QRegularExpressionMatch w = wordRe.match(line);
            if (w.hasMatch())
                layout.words.append({layout.pages,
                                     QRectF(QPointF(w.captured(1).toDouble(), w.captured(2).toDouble()),
                                            QPointF(w.captured(3).toDouble(), w.captured(4).toDouble())),
                                     w.captured(5)});
        }
        return layout;
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
        ReportWriter w = writer(f, ReportOptions());
        QVERIFY2(w.writeHtml(html), qPrintable(w.errorString()));
        QFile file(html);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(QStringLiteral("<svg")));
        QVERIFY(text.contains(QStringLiteral("data:image/png;base64,")));
        QVERIFY(text.contains(QStringLiteral("19.155.80.72:1543")));
        // By default the appliances' and collisions' rows only: office PCs' rows
        // (192.19.72.50) are left out; the full-table appendix has them.
        QVERIFY(!text.contains(QStringLiteral("192.19.72.50:1030")));
        QVERIFY(text.contains(QStringLiteral("<thead>"))); // browsers repeat it on each page
        const QString fullHtml = dir.filePath(QStringLiteral("full.html"));
        ReportOptions fullOptions;
        fullOptions.fullTable = true;
        ReportWriter full = writer(f, fullOptions);
        QVERIFY2(full.writeHtml(fullHtml), qPrintable(full.errorString()));
        QFile fullFile(fullHtml);
        QVERIFY(fullFile.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(fullFile.readAll()).contains(QStringLiteral("192.19.72.50:1030")));
    }

    void outsideRuleIsListedNotSimulated()
    {
        // An imported ip nat outside source rule is listed under its router with
        // the note that the simulation skipped it.
        Fixture f;
        ProjectReader reader;
        QVERIFY(reader.read(Examples::resourcePath(QStringLiteral("seed-incident")), &f.project));
        const ObjectId router = f.project.objects(ObjectKind::Device).first();
        QVERIFY(f.project.create(ObjectKind::Rule, router,
                                 {{Field::kind, QStringLiteral("static")},
                                  {Field::direction, QStringLiteral("outside")},
                                  {Field::insideLocal, QStringLiteral("198.51.100.9")},
                                  {Field::insideGlobal, QStringLiteral("10.9.9.9")},
                                  {Field::overload, false}})
                != NoId);
        f.session = std::make_unique<SimulationSession>(&f.project);
        f.scene = std::make_unique<MeshGraphScene>(&f.project);
        f.scene->setSimulation(f.session.get());
        f.timeline = std::make_unique<TimelinePlot>();
        f.timeline->resize(1000, 420);
        f.timeline->setSession(f.session.get());
        QTemporaryDir dir;
        const QString html = dir.filePath(QStringLiteral("outside.html"));
        ReportWriter w = writer(f, ReportOptions());
        QVERIFY2(w.writeHtml(html), qPrintable(w.errorString()));
        QFile file(html);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.contains(QStringLiteral("NAT rule 198.51.100.9 → 10.9.9.9: outside source NAT: shown, "
                                              "not simulated")),
                 qPrintable(text.mid(text.indexOf(QStringLiteral("Appendix")), 3000)));
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
        QVERIFY(!pdfText(pdf).contains(QStringLiteral("192.19.72.50:1030")));
        // --full-table adds the office rows as an appendix.
        const QString fullPdf = dir.filePath(QStringLiteral("cli-full.pdf"));
        p.start(QStringLiteral(MESHNAT_CLI), {QStringLiteral("report"), QStringLiteral("--example"),
                                              QStringLiteral("seed-incident"), QStringLiteral("--full-table"),
                                              QStringLiteral("-o"), fullPdf});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY(pdfText(fullPdf).contains(QStringLiteral("192.19.72.50:1030")));
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

    // Issue #13: the default report of the seed is short, every word (the Owner
    // cells with the sentence that explains the failure included) lies inside the
    // page's margins, the diagram's text is at least 8 pt, and no heading is the
    // last thing on a page. In both languages.
    void defaultReportFitsItsPages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("heldBy"); // a word of the Owner cell of the collided row
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("held");
        QTest::newRow("ja") << QStringLiteral("ja") << QStringLiteral("使用中");
    }

    void defaultReportFitsItsPages()
    {
        QFETCH(QString, language);
        QFETCH(QString, heldBy);
        Fixture f;
        open(&f, QStringLiteral("seed-incident"));
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("seed-%1.pdf").arg(language));
        ReportOptions options;
        options.language = language;
        ReportWriter w = writer(f, options);
        QVERIFY2(w.writePdf(pdf), qPrintable(w.errorString()));
        if (qEnvironmentVariableIsSet("MESHNAT_SHOTS"))
            QFile::copy(pdf, qEnvironmentVariable("MESHNAT_SHOTS") + QStringLiteral("/report-%1.pdf").arg(language));
        const PdfLayout layout = pdfLayout(pdf);
        QVERIFY(layout.pages >= 2);
        QVERIFY2(layout.pages <= 5, qPrintable(QStringLiteral("%1 pages").arg(layout.pages)));
        // A4, 15 mm margins (42.5 pt); a point of slack for rounding.
        const qreal margin = 15 / 25.4 * 72;
        int owners = 0;
        for (const Word &word : layout.words) {
            const QSizeF page = layout.pageSizes.value(word.page - 1);
            const QRectF text(QPointF(margin - 1, margin - 1),
                              QPointF(page.width() - margin + 1, page.height() - margin + 1));
            QVERIFY2(text.contains(word.box),
                     qPrintable(QStringLiteral("\"%1\" on page %2 at x %3–%4 lies outside the text area")
                                    .arg(word.text).arg(word.page).arg(word.box.left())
                                    .arg(word.box.right())));
            if (word.text.contains(heldBy))
                ++owners;
        }
        QVERIFY2(owners > 0, "the Owner cell of the collided row is in the report");
        // The diagram's labels are at least 8 pt: no smaller than the NAT table's
        // header "Pro", which is set in 8 pt (word boxes include ascent and descent).
        qreal eightPoint = 0;
        for (const Word &word : layout.words) {
            if (word.text == QLatin1String("Pro"))
                eightPoint = word.box.height();
        }
        QVERIFY(eightPoint > 0);
        int diagramLabels = 0;
        for (const Word &word : layout.words) {
            if (word.text == QLatin1String("HCX-IX-R1")) {
                ++diagramLabels;
                QVERIFY2(word.box.height() >= eightPoint * 0.97,
                         qPrintable(QStringLiteral("HCX-IX-R1 is %1 pt tall, 8 pt text %2")
                                        .arg(word.box.height()).arg(eightPoint)));
            }
        }
        QVERIFY(diagramLabels > 0);
    }

    // The full table is an appendix by option only; it repeats its header on each page.
    void fullTableIsAnAppendix()
    {
        Fixture f;
        open(&f, QStringLiteral("seed-incident"));
        QTemporaryDir dir;
        const QString brief = dir.filePath(QStringLiteral("brief.pdf"));
        const QString full = dir.filePath(QStringLiteral("full.pdf"));
        ReportWriter w = writer(f, ReportOptions());
        QVERIFY2(w.writePdf(brief), qPrintable(w.errorString()));
        ReportOptions options;
        options.fullTable = true;
        ReportWriter fw = writer(f, options);
        QVERIFY2(fw.writePdf(full), qPrintable(fw.errorString()));
        QVERIFY(!pdfText(brief).contains(QStringLiteral("192.19.72.50:1030")));
        const PdfLayout layout = pdfLayout(full);
        QVERIFY(layout.pages > pdfLayout(brief).pages);
        QSet<int> withBody, withHeader;
        for (const Word &word : layout.words) {
            if (word.text.startsWith(QLatin1String("192.19.72.50:")))
                withBody.insert(word.page);
            if (word.text == QLatin1String("global"))
                withHeader.insert(word.page);
        }
        QVERIFY(withBody.size() >= 2);
        for (int page : withBody)
            QVERIFY2(withHeader.contains(page), qPrintable(QStringLiteral("page %1 has no header").arg(page)));
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
