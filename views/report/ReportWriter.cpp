#include "ReportWriter.h"
#include "Project.h"

#include "Diagnoser.h"
#include "ReportBuilder.h"
#include "ReportFigure.h"
#include "ReportLanguageScope.h"
#include "Theme.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <limits>

namespace {
// The first line a reader sees after block: the next block, or for a table the
// first row below its repeated header.
QRectF followerRect(QTextDocument &doc, const QTextBlock &block)
{
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    const QTextBlock next = block.next();
    if (!next.isValid())
        return {};
    if (QTextTable *table = QTextCursor(next).currentTable()) {
        const int row = qMin(table->format().headerRowCount(), table->rows() - 1);
        const QTextBlock first = table->cellAt(row, 0).firstCursorPosition().block();
        return layout->blockBoundingRect(first);
    }
    const QRectF rect = layout->blockBoundingRect(next);
    const QTextLayout *lines = next.layout();
    if (lines && lines->lineCount() > 0)
        return QRectF(rect.topLeft(), QSizeF(rect.width(), lines->lineAt(0).height()));
    return rect;
}

void tablesOf(QTextFrame *frame, QList<QTextTable *> *tables)
{
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child))
            tables->append(table);
        tablesOf(child, tables);
    }
}

// Where the n-th match of `tag` starts in html, -1 if there is none.
qsizetype nthTag(const QString &html, const QRegularExpression &tag, int n, qsizetype from = 0)
{
    QRegularExpressionMatchIterator it = tag.globalMatch(html, from);
    for (int i = 0; it.hasNext(); ++i) {
        const QRegularExpressionMatch m = it.next();
        if (i == n)
            return m.capturedStart();
    }
    return -1;
}

// Something the layout must not do, where it is (to fix the earliest first)
// and what to change in the HTML to fix it.
struct PageProblem
{
    qreal y = -1;
    int heading = -1;         // the n-th heading is left alone: it starts a page
    int table = -1, row = -1; // the n-th table is split before this row (0: first <tr>;
                              // -1: the whole table starts a page)
};

// The first table row that straddles a page break (and would fit on a page):
// Qt's table layout only moves a row whose cells all start on the next page.
PageProblem splitRow(QTextDocument &doc)
{
    const qreal pageHeight = doc.pageSize().height();
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    QList<QTextTable *> tables;
    tablesOf(doc.rootFrame(), &tables);
    for (int t = 0; t < tables.size(); ++t) {
        QTextTable *table = tables[t];
        const int header = table->format().headerRowCount();
        for (int r = header; r < table->rows(); ++r) {
            qreal top = std::numeric_limits<qreal>::max(), bottom = 0;
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                top = qMin(top, layout->blockBoundingRect(cell.firstCursorPosition().block()).top());
                bottom = qMax(bottom,
                              layout->blockBoundingRect(cell.lastCursorPosition().block()).bottom());
            }
            if (bottom - top < pageHeight * 0.8
                && int(top / pageHeight) != int((bottom - 1) / pageHeight)) {
                PageProblem p;
                p.y = top;
                p.table = t;
                p.row = r == header ? -1 : r; // the first row: the whole table moves
                return p;
            }
        }
    }
    return {};
}

// The first heading whose following text starts on a later page.
PageProblem lonelyHeading(QTextDocument &doc)
{
    const qreal pageHeight = doc.pageSize().height();
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    int n = -1;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0)
            continue;
        ++n;
        const QRectF heading = layout->blockBoundingRect(block);
        const QRectF follower = followerRect(doc, block);
        if (follower.isNull())
            continue;
        const int headingPage = int(heading.top() / pageHeight);
        // Already at the top of its page: moving it would not help.
        const bool atTop = heading.top() - headingPage * pageHeight < 40;
        if (int((follower.bottom() - 1) / pageHeight) > headingPage && !atTop) {
            PageProblem p;
            p.y = heading.top();
            p.heading = n;
            return p;
        }
    }
    return {};
}

// The HTML with the problem fixed: a page break before the heading, or the
// table split before the row, its second part starting a page under the same
// header.
QString fixed(const QString &html, const PageProblem &p)
{
    static const QRegularExpression headingTag(QStringLiteral("<h[1-6]"));
    static const QRegularExpression tableTag(QStringLiteral("<table"));
    static const QRegularExpression rowTag(QStringLiteral("<tr[ >]"));
    const QString breakBefore = QStringLiteral(" style=\"page-break-before:always\"");
    QString out = html;
    if (p.heading >= 0) {
        const qsizetype at = nthTag(out, headingTag, p.heading);
        if (at >= 0)
            out.insert(at + 3, breakBefore);
        return out;
    }
    const qsizetype start = nthTag(out, tableTag, p.table);
    if (start < 0)
        return out;
    if (p.row < 0) {
        // A heading right above the table goes with it.
        static const QRegularExpression headingEnd(QStringLiteral("</h[1-6]>\\s*$"));
        const QRegularExpressionMatch above = headingEnd.match(out.left(start));
        if (above.hasMatch()) {
            const qsizetype at = out.lastIndexOf(QStringLiteral("<h"), above.capturedStart());
            if (at >= 0 && !out.mid(at, out.indexOf(QLatin1Char('>'), at) - at).contains(breakBefore)) {
                out.insert(at + 3, breakBefore);
                return out;
            }
        }
        if (!out.mid(start, out.indexOf(QLatin1Char('>'), start) - start).contains(breakBefore))
            out.insert(start + 6, breakBefore);
        return out;
    }
    const qsizetype end = out.indexOf(QLatin1String("</table>"), start);
    const qsizetype row = nthTag(out, rowTag, p.row, start);
    if (end < 0 || row < 0 || row > end)
        return out;
    const QString open = out.mid(start, out.indexOf(QLatin1Char('>'), start) - start + 1);
    QString header;
    const qsizetype thead = out.indexOf(QLatin1String("<thead>"), start);
    if (thead >= 0 && thead < row) {
        const qsizetype theadEnd = out.indexOf(QLatin1String("</thead>"), thead);
        header = out.mid(thead, theadEnd + 8 - thead);
    }
    QString second = open;
    second.insert(6, breakBefore);
    out.insert(row, QStringLiteral("</table>\n") + second + header);
    return out;
}
} // namespace

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
    image.fill(Theme::printPalette().color(QPalette::Base)); // paper
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

// Lays the HTML out on pages of the given size with the vector timeline in
// place; then, as long as a heading is left alone at the bottom of a page or a
// table row is split by a page break, fixes the earliest in the HTML and lays
// it out again (each fix only moves what follows it down).
void ReportWriter::layOut(QTextDocument &doc, const QString &html, QPaintDevice *device,
                          const QSizeF &page) const
{
    doc.documentLayout()->setPaintDevice(device);
    auto *figures = new ReportFigure(&doc);
    doc.documentLayout()->registerHandler(ReportFigure::ObjectType, figures);
    const int timeline = m_timeline.paint && html.contains(ReportBuilder::TimelinePlaceholder)
                             ? figures->addPicture(pictureOf(m_timeline), m_timeline.size())
                             : -1;
    QString current = html;
    for (int pass = 0; pass < 60; ++pass) {
        doc.setPageSize(QSizeF());
        doc.setHtml(current);
        QTextCursor cursor = doc.find(ReportBuilder::TimelinePlaceholder);
        if (!cursor.isNull()) {
            cursor.removeSelectedText();
            if (timeline >= 0) {
                QTextCharFormat format;
                format.setObjectType(ReportFigure::ObjectType);
                format.setProperty(ReportFigure::PictureIndex, timeline);
                cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
            }
        }
        // Paginate only now, over the finished content: the layout is lazy and
        // blocks changed after an earlier pagination were left unlaid.
        doc.setPageSize(page);
        doc.documentLayout()->documentSize();
        const PageProblem row = splitRow(doc);
        const PageProblem heading = lonelyHeading(doc);
        if (row.y < 0 && heading.y < 0)
            return;
        const PageProblem &first = row.y < 0       ? heading
                                   : heading.y < 0 ? row
                                   : row.y < heading.y ? row
                                                       : heading;
        const QString next = fixed(current, first);
        if (next == current)
            return;
        current = next;
    }
}

// Page by page ourselves: QTextDocument::print() lost the blocks that follow a
// table spanning several pages.
void ReportWriter::paintPages(QPainter *painter, QPdfWriter *writer, QTextDocument &doc,
                              bool newPageFirst) const
{
    const QSizeF page = doc.pageSize();
    for (int i = 0; i < doc.pageCount(); ++i) {
        if (i > 0 || newPageFirst)
            writer->newPage();
        painter->save();
        painter->translate(0, -i * page.height());
        doc.drawContents(painter, QRectF(QPointF(0, i * page.height()), page));
        painter->restore();
    }
}

void ReportWriter::paintDiagramPage(QPainter *painter, const QSizeF &page) const
{
    QFont heading; // as the report's h2
    heading.setFamilies({QStringLiteral("IPAPGothic"), QStringLiteral("DejaVu Sans")});
    heading.setPointSizeF(14);
    heading.setBold(true);
    painter->save();
    painter->setFont(heading);
    const QRectF title(QPointF(0, 0), QSizeF(page.width(), QFontMetricsF(heading).height() * 1.6));
    painter->drawText(title, Qt::AlignLeft | Qt::AlignTop, ReportBuilder::diagramHeading());
    // The whole diagram in the rest of the page, centred, aspect kept.
    const QSizeF size = m_diagram.size();
    const QRectF area(0, title.height(), page.width(), page.height() - title.height());
    const qreal scale = qMin(area.width() / size.width(), area.height() / size.height());
    const QSizeF drawn = size * scale;
    const QRectF target(area.left() + (area.width() - drawn.width()) / 2, area.top(),
                        drawn.width(), drawn.height());
    const QPicture picture = pictureOf(m_diagram);
    painter->translate(target.topLeft());
    painter->scale(scale, scale);
    painter->drawPicture(0, 0, picture);
    painter->restore();
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

        const ReportBuilder builder(m_project, m_result, findings(), m_options);
        const QSizeF portrait = writer.pageLayout().paintRectPixels(writer.resolution()).size();
        QTextDocument cover;
        layOut(cover, builder.coverHtml(), &writer, portrait);
        QTextDocument body;
        layOut(body, builder.bodyHtml(), &writer, portrait);

        QPainter painter(&writer);
        paintPages(&painter, &writer, cover, false);
        if (m_diagram.paint) {
            // The diagram on a landscape page of its own: as large as A4 allows,
            // so its labels stay readable.
            writer.setPageOrientation(QPageLayout::Landscape);
            writer.newPage();
            paintDiagramPage(&painter,
                             writer.pageLayout().paintRectPixels(writer.resolution()).size());
            writer.setPageOrientation(QPageLayout::Portrait);
        }
        paintPages(&painter, &writer, body, true);
    }
    if (!file.commit())
        return fail(fileName, file.errorString());
    return true;
}
