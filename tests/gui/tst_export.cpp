// Diagram export: SVG that parses and carries every label as text (Japanese
// included), PNG at the chosen scale, PDF with the diagram's page size and
// extractable text, and `meshnat-cli export` with its exit codes.

#include "DiagramExporter.h"
#include "Document.h"
#include "MeshGraphScene.h"
#include "NodeItem.h"
#include "Project.h"
#include "SimulationSession.h"

#include <QApplication>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include "Theme.h"

#include <QtTest>

class TestExport : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void svgParsesAndHasEveryLabel();
    void pngHasChosenScale();
    void pdfHasPageSizeAndText();
    void unknownSuffixIsRefused();
    void cliExports();
    void cliUsageAndInputErrors();

private:
    QStringList labels() const;

    Document *m_document = nullptr;
    MeshGraphScene *m_scene = nullptr;
    QTemporaryDir m_dir;
};

void TestExport::init()
{
    m_document = new Document;
    QVERIFY(m_document->openExample(QStringLiteral("seed-incident")));
    // Japanese names must come out as text too.
    Project *project = m_document->project();
    project->setValue(project->objects(ObjectKind::Device).first(), Field::name,
                      QStringLiteral("顧客エッジルーター"));
    m_scene = new MeshGraphScene(project);
    m_document->simulation()->rerun();
    m_document->simulation()->toEnd();
    m_scene->setSimulation(m_document->simulation());
}

void TestExport::cleanup()
{
    delete m_scene;
    delete m_document;
}

QStringList TestExport::labels() const
{
    const Project *project = m_document->project();
    QStringList names{project->name(NoId)};
    for (ObjectKind kind : {ObjectKind::Site, ObjectKind::Device, ObjectKind::Appliance}) {
        for (ObjectId id : project->objects(kind))
            names.append(project->displayName(id));
    }
    return names;
}

void TestExport::svgParsesAndHasEveryLabel()
{
    const QString file = m_dir.filePath(QStringLiteral("d.svg"));
    DiagramExporter exporter(m_scene);
    // Exported with a node selected, as from the window.
    NodeItem *router = m_scene->nodeItem(m_document->project()->objects(ObjectKind::Device).first());
    QVERIFY(router);
    router->setSelected(true);
    QVERIFY2(exporter.exportTo(file, DiagramExporter::Svg), qPrintable(exporter.errorString()));
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&in);
    // One drawText() of mixed scripts (kanji, katakana) becomes one <text> per
    // script run in the same group: join the runs of a group.
    QStringList texts{QString()};
    bool inText = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("text"))
            inText = true;
        else if (xml.isEndElement() && xml.name() == QLatin1String("text"))
            inText = false;
        else if (xml.isEndElement() && xml.name() == QLatin1String("g"))
            texts.append(QString());
        else if (inText && xml.isCharacters())
            texts.last() += xml.text().toString();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    const QString all = texts.join(QLatin1Char('\n'));
    for (const QString &label : labels())
        QVERIFY2(all.contains(label), qPrintable(label));
    QVERIFY(all.contains(QStringLiteral("顧客エッジルーター")));
    // The selection survives the export and does not leak into the drawing: the
    // same diagram without a selection is the very same file.
    QVERIFY(router->isSelected());
    QCOMPARE(m_scene->selectedItems().size(), 1);
    router->setSelected(false);
    const QString unselected = m_dir.filePath(QStringLiteral("d-unselected.svg"));
    QVERIFY2(exporter.exportTo(unselected, DiagramExporter::Svg),
             qPrintable(exporter.errorString()));
    QFile a(file);
    QFile b(unselected);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QVERIFY(a.readAll() == b.readAll());
}

void TestExport::pngHasChosenScale()
{
    DiagramExporter exporter(m_scene);
    for (qreal scale : {1.0, 2.5}) {
        const QString file = m_dir.filePath(QStringLiteral("d%1.png").arg(scale));
        QVERIFY2(exporter.exportTo(file, DiagramExporter::Png, scale),
                 qPrintable(exporter.errorString()));
        const QImage image(file);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), exporter.pngSize(scale));
        const QSizeF expected = exporter.diagramSize() * scale;
        QVERIFY(qAbs(image.width() - expected.width()) < 1.01);
        QVERIFY(qAbs(image.height() - expected.height()) < 1.01);
        // Something is drawn: the Down tunnel, in the print palette's Down
        // colour (paper is light whatever the screen's theme).
        const QColor down = Theme::color(Theme::Down, Theme::printPalette());
        bool found = false;
        for (int y = 0; y < image.height() && !found; y += 2) {
            for (int x = 0; x < image.width() && !found; x += 2) {
                const QColor c = image.pixelColor(x, y);
                found = qAbs(c.red() - down.red()) + qAbs(c.green() - down.green())
                            + qAbs(c.blue() - down.blue()) < 24;
            }
        }
        QVERIFY(found);
    }
    QVERIFY(!exporter.exportTo(m_dir.filePath(QStringLiteral("x.png")), DiagramExporter::Png, 0));

    // A dark canvas still exports on light paper, and keeps its own palette.
    const QPalette before = m_scene->palette();
    m_scene->setPalette(Theme::darkPalette());
    const QString dark = m_dir.filePath(QStringLiteral("dark.png"));
    QVERIFY(exporter.exportTo(dark, DiagramExporter::Png, 1));
    const QImage image(dark);
    QCOMPARE(image.pixelColor(2, image.height() - 3), Theme::printPalette().color(QPalette::Base));
    QCOMPARE(m_scene->palette().color(QPalette::Base), Theme::darkPalette().color(QPalette::Base));
    m_scene->setPalette(before);
}

void TestExport::pdfHasPageSizeAndText()
{
    const QString file = m_dir.filePath(QStringLiteral("d.pdf"));
    DiagramExporter exporter(m_scene);
    QVERIFY2(exporter.exportTo(file, DiagramExporter::Pdf), qPrintable(exporter.errorString()));
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray data = in.readAll();
    QVERIFY(data.startsWith("%PDF-"));
    const QRegularExpression box(QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"));
    const QRegularExpressionMatch m = box.match(QString::fromLatin1(data));
    QVERIFY(m.hasMatch());
    const QSizeF page = exporter.pdfPageSizePoints();
    QVERIFY2(qAbs(m.captured(1).toDouble() - page.width()) < 1.5,
             qPrintable(m.captured(1) + QStringLiteral(" vs %1").arg(page.width())));
    QVERIFY(qAbs(m.captured(2).toDouble() - page.height()) < 1.5);
    QCOMPARE(data.count("/Type /Page\n") + data.count("/Type /Page "), 1);

    // Text stays text: pdftotext (poppler) gets the labels back.
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext not installed");
    QProcess p;
    p.start(pdftotext, {file, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(30000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
    for (const QString &label : labels())
        QVERIFY2(text.contains(label.simplified()), qPrintable(label));
}

void TestExport::unknownSuffixIsRefused()
{
    DiagramExporter::Format format;
    QVERIFY(!DiagramExporter::formatForFile(QStringLiteral("a.jpg"), &format));
    QVERIFY(DiagramExporter::formatForFile(QStringLiteral("A.SVG"), &format));
    QCOMPARE(format, DiagramExporter::Svg);
    // An unwritable place is an error with the file name, not a crash.
    DiagramExporter exporter(m_scene);
    QVERIFY(!exporter.exportTo(QStringLiteral("/nonexistent/dir/d.png"), DiagramExporter::Png));
    QVERIFY(exporter.errorString().contains(QStringLiteral("d.png")));
}

void TestExport::cliExports()
{
    const QString svg = m_dir.filePath(QStringLiteral("cli.svg"));
    const QString png = m_dir.filePath(QStringLiteral("cli.png"));
    const QString pdf = m_dir.filePath(QStringLiteral("cli.pdf"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // No display: the command must pick the offscreen platform itself.
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MESHNAT_CLI),
            {QStringLiteral("export"), QStringLiteral("--example"), QStringLiteral("seed-incident"),
             QStringLiteral("--svg"), svg, QStringLiteral("--png"), png, QStringLiteral("--pdf"),
             pdf, QStringLiteral("--scale"), QStringLiteral("1")});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QVERIFY(QFileInfo(svg).size() > 1000);
    QVERIFY(QFileInfo(pdf).size() > 1000);
    QVERIFY(!QImage(png).isNull());
    QFile in(svg);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QString content = QString::fromUtf8(in.readAll());
    QVERIFY(content.contains(QStringLiteral("HCX-IX-I1")));
    QVERIFY(content.contains(QStringLiteral("Customer edge router")));
}

void TestExport::cliUsageAndInputErrors()
{
    const auto run = [](const QStringList &args) {
        QProcess p;
        p.start(QStringLiteral(MESHNAT_CLI), args);
        p.waitForFinished(60000);
        return p.exitCode();
    };
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--example"),
                  QStringLiteral("seed-incident")}),
             2); // no output named
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--example"),
                  QStringLiteral("seed-incident"), QStringLiteral("--png"),
                  m_dir.filePath(QStringLiteral("x.png")), QStringLiteral("--scale"),
                  QStringLiteral("zero")}),
             2);
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("/nonexistent.meshnat"),
                  QStringLiteral("--svg"), m_dir.filePath(QStringLiteral("x.svg"))}),
             1);
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--example"),
                  QStringLiteral("seed-incident"), QStringLiteral("--svg"),
                  QStringLiteral("/nonexistent/dir/x.svg")}),
             1);
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"
