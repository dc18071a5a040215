#include "ReportWriter.h"
#include "Project.h"

#include "Diagnoser.h"
#include "ReportBuilder.h"
#include "ReportFigure.h"
#include "ReportLanguageScope.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTextCursor>
#include <QTextDocument>

ReportWriter::ReportWriter(const Project &project, std::shared_ptr<const SimulationResult> result,
                           const ReportOptions &options)
    : m_project(project)
    , m_result(std::move(result))
    , m_options(options)
{
}

QList<Finding> ReportWriter::findings() const
{
    return Diagnoser().diagnose(m_project, m_result);
}

bool ReportWriter::fail(const QString &fileName, const QString &why)
{
    m_error = tr("%1: %2").arg(QFileInfo(fileName).fileName(), why);
    return false;
}

QPicture ReportWriter::pictureOf(const FigureSource &source) const
{
    QPicture picture;
    if (!source.paint)
        return picture;
    QPainter painter(&picture);
    source.paint(&painter, QRectF(QPointF(0, 0), source.size()));
    return picture;
}

QString ReportWriter::svgOf(const FigureSource &source) const
{
    if (!source.paint)
        return QString();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    const QSizeF size = source.size();
    svg.setSize(size.toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), size));
    {
        QPainter painter(&svg);
        source.paint(&painter, QRectF(QPointF(0, 0), size));
    }
    QByteArray data = buffer.data();
    // Inline <svg>: drop the XML prologue so the fragment sits in HTML.
    const int start = int(data.indexOf("<svg"));
    return QStringLiteral("<div class=\"figure\">%1</div>\n")
        .arg(QString::fromUtf8(start >= 0 ? data.mid(start) : data));
}

QString ReportWriter::pngOf(const FigureSource &source, qreal scale, int maxWidth) const
{
    if (!source.paint)
        return QString();
    const QSizeF size = source.size();
    QImage image((size * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(scale, scale);
        source.paint(&painter, QRectF(QPointF(0, 0), size));
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    const int width = qMin(int(size.width()), maxWidth);
    return QStringLiteral("<p><img width=\"%1\" src=\"data:image/png;base64,%2\"></p>\n")
        .arg(width)
        .arg(QString::fromLatin1(png.toBase64()));
}

bool ReportWriter::writeHtml(const QString &fileName)
{
    ReportLanguageScope language(m_options.language);
    if (!language.isValid())
        return fail(fileName, tr("no translation for the report language \"%1\"")
                                  .arg(m_options.language));
    const ReportBuilder builder(m_project, m_result, findings(), m_options);
    const QString html = builder.html(svgOf(m_diagram), pngOf(m_timeline, 1.5));
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return fail(fileName, file.errorString());
    file.write(html.toUtf8());
    if (!file.commit())
        return fail(fileName, file.errorString());
    return true;
}

QString ReportWriter::previewHtml()
{
    ReportLanguageScope language(m_options.language);
    const ReportBuilder builder(m_project, m_result, findings(), m_options);
    return builder.html(pngOf(m_diagram, 1.0, 820), pngOf(m_timeline, 1.0, 820));
}

bool ReportWriter::writePdf(const QString &fileName)
{
    ReportLanguageScope language(m_options.language);
    if (!language.isValid())
        return fail(fileName, tr("no translation for the report language \"%1\"")
                                  .arg(m_options.language));
    // Write to a temporary file first: a failed export never leaves half a PDF.
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return fail(fileName, file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        // One device unit per CSS pixel, as the diagram and the screen use: fonts
        // (in points) and drawings (in scene units) keep their proportions.
        writer.setResolution(96);
        writer.setTitle(tr("HCX Service Mesh NAT report: %1").arg(m_project.name(NoId)));
        writer.setCreator(QStringLiteral("MeshNAT %1").arg(QStringLiteral(MESHNAT_VERSION)));

        QTextDocument doc;
        doc.documentLayout()->setPaintDevice(&writer);
        auto *figures = new ReportFigure(&doc);
        doc.documentLayout()->registerHandler(ReportFigure::ObjectType, figures);
        const ReportBuilder builder(m_project, m_result, findings(), m_options);
        doc.setHtml(builder.html());

        // Put the vector figures where the builder left placeholders.
        const auto place = [&](const QString &marker, const FigureSource &source) {
            QTextCursor cursor = doc.find(marker);
            if (cursor.isNull())
                return;
            cursor.removeSelectedText();
            if (!source.paint)
                return;
            QTextCharFormat format;
            format.setObjectType(ReportFigure::ObjectType);
            format.setProperty(ReportFigure::PictureIndex,
                               figures->addPicture(pictureOf(source), source.size()));
            cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
        };
        place(ReportBuilder::DiagramPlaceholder, m_diagram);
        place(ReportBuilder::TimelinePlaceholder, m_timeline);
        // Paginate only now, over the finished content: the layout is lazy and
        // blocks changed after an earlier pagination were left unlaid.
        doc.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
        doc.documentLayout()->documentSize();
        // Page by page ourselves: QTextDocument::print() lost the blocks that
        // follow a table spanning several pages.
        QPainter painter(&writer);
        const QSizeF page = doc.pageSize();
        for (int i = 0; i < doc.pageCount(); ++i) {
            if (i > 0)
                writer.newPage();
            painter.save();
            painter.translate(0, -i * page.height());
            doc.drawContents(&painter, QRectF(QPointF(0, i * page.height()), page));
            painter.restore();
        }
    }
    if (!file.commit())
        return fail(fileName, file.errorString());
    return true;
}
