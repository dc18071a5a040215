#include "DiagramExporter.h"

#include "Theme.h"

#include "GraphLegend.h"
#include "MeshGraphScene.h"
#include "Project.h"
#include "SimulationOverlay.h"

#include <QDir>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QPdfWriter>
#include <QSignalBlocker>
#include <QSvgGenerator>
#include <QtMath>

namespace {

constexpr qreal Margin = 24;
constexpr qreal TitleBand = 40;
constexpr int CssDpi = 96;
constexpr qreal MaxPngPixels = 400e6; // refuse absurd scales instead of failing to allocate

} // namespace

DiagramExporter::DiagramExporter(MeshGraphScene *scene)
    : m_scene(scene)
{
}

bool DiagramExporter::formatForFile(const QString &fileName, Format *format)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("svg"))
        *format = Svg;
    else if (suffix == QLatin1String("png"))
        *format = Png;
    else if (suffix == QLatin1String("pdf"))
        *format = Pdf;
    else
        return false;
    return true;
}

QRectF DiagramExporter::sourceRect() const
{
    QRectF bounds = m_scene->itemsBoundingRect();
    if (bounds.isEmpty())
        bounds = QRectF(0, 0, 200, 100);
    return bounds.adjusted(-Margin, -Margin, Margin, Margin);
}

int DiagramExporter::legendColumns() const
{
    return GraphLegend::columnsFor(sourceRect().width() - 2 * Margin, 1);
}

qreal DiagramExporter::legendBand() const
{
    return GraphLegend::sizeFor(legendColumns(), 1).height() + Margin;
}

QSizeF DiagramExporter::diagramSize() const
{
    const QRectF source = sourceRect();
    // The legend under the diagram: the key travels with every export.
    const qreal width = qMax(source.width(),
                             GraphLegend::sizeFor(legendColumns(), 1).width() + 2 * Margin);
    return QSizeF(width, source.height() + TitleBand + legendBand());
}

QSize DiagramExporter::pngSize(qreal scale) const
{
    const QSizeF size = diagramSize() * scale;
    return QSize(qCeil(size.width()), qCeil(size.height()));
}

QSizeF DiagramExporter::pdfPageSizePoints() const
{
    return diagramSize() * (72.0 / CssDpi);
}

bool DiagramExporter::fail(const QString &fileName, const QString &why)
{
    m_error = tr("%1: %2").arg(QDir::toNativeSeparators(fileName), why);
    return false;
}

void DiagramExporter::render(QPainter *painter, const QRectF &target)
{
    // What the user selected or is pointing at is not part of the diagram.
    QList<QGraphicsItem *> selected;
    {
        const QSignalBlocker blocker(m_scene);
        selected = m_scene->selectedItems();
        for (QGraphicsItem *item : std::as_const(selected))
            item->setSelected(false);
    }
    m_scene->overlay()->setPacketVisible(false);

    // Paper is light whatever the screen's theme: the scene draws with the
    // print palette while it renders.
    const QPalette print = Theme::printPalette();
    const QPalette screen = m_scene->palette();
    m_scene->setPalette(print);
    const QRectF source = sourceRect();
    const QSizeF whole = diagramSize();
    const qreal scale = qMin(target.width() / whole.width(), target.height() / whole.height());
    painter->save();
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter->fillRect(target, print.color(QPalette::Base));
    QFont font = painter->font();
    font.setPixelSize(qRound(18 * scale));
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(print.color(QPalette::Text));
    const QRectF title(target.left() + Margin * scale, target.top(),
                       target.width() - 2 * Margin * scale, TitleBand * scale);
    painter->drawText(title, Qt::AlignLeft | Qt::AlignBottom,
                      m_scene->project()->name(NoId));
    painter->restore();
    m_scene->render(painter,
                    QRectF(target.left(), target.top() + TitleBand * scale,
                           source.width() * scale, source.height() * scale),
                    source, Qt::KeepAspectRatio);
    painter->save();
    painter->translate(target.left() + Margin * scale,
                       target.top() + (TitleBand + source.height()) * scale);
    painter->scale(scale, scale);
    GraphLegend::paint(painter, QPointF(0, 0), legendColumns(), 1, print);
    painter->restore();
    m_scene->setPalette(screen);

    m_scene->overlay()->setPacketVisible(true);
    const QSignalBlocker blocker(m_scene);
    for (QGraphicsItem *item : std::as_const(selected))
        item->setSelected(true);
}

bool DiagramExporter::exportSvg(const QString &fileName)
{
    const QSizeF size = diagramSize();
    QSvgGenerator svg;
    svg.setFileName(fileName);
    svg.setResolution(CssDpi);
    svg.setSize(size.toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), size));
    svg.setTitle(m_scene->project()->name(NoId));
    svg.setDescription(tr("HCX Service Mesh diagram exported by MeshNAT"));
    QPainter painter;
    if (!painter.begin(&svg))
        return fail(fileName, tr("cannot be written"));
    render(&painter, QRectF(QPointF(0, 0), size));
    painter.end();
    if (!QFileInfo::exists(fileName))
        return fail(fileName, tr("cannot be written"));
    return true;
}

bool DiagramExporter::exportPng(const QString &fileName, qreal scale)
{
    if (!(scale > 0))
        return fail(fileName, tr("the scale must be greater than zero"));
    const QSize size = pngSize(scale);
    if (qreal(size.width()) * size.height() > MaxPngPixels)
        return fail(fileName, tr("%1 × %2 pixels is too large; choose a smaller scale")
                                  .arg(size.width())
                                  .arg(size.height()));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return fail(fileName, tr("not enough memory for %1 × %2 pixels")
                                  .arg(size.width())
                                  .arg(size.height()));
    image.fill(Theme::printPalette().color(QPalette::Base));
    QPainter painter(&image);
    render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    QImageWriter writer(fileName, "png");
    if (!writer.write(image))
        return fail(fileName, writer.errorString());
    return true;
}

bool DiagramExporter::exportPdf(const QString &fileName)
{
    QPdfWriter pdf(fileName);
    pdf.setResolution(CssDpi);
    pdf.setPageSize(QPageSize(pdfPageSizePoints(), QPageSize::Point,
                              tr("MeshNAT diagram"), QPageSize::ExactMatch));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setTitle(m_scene->project()->name(NoId));
    pdf.setCreator(QStringLiteral("MeshNAT %1").arg(QStringLiteral(MESHNAT_VERSION)));
    QPainter painter;
    if (!painter.begin(&pdf))
        return fail(fileName, tr("cannot be written"));
    render(&painter, QRectF(QPointF(0, 0), diagramSize()));
    painter.end();
    if (!QFileInfo::exists(fileName) || QFileInfo(fileName).size() == 0)
        return fail(fileName, tr("cannot be written"));
    return true;
}

bool DiagramExporter::exportTo(const QString &fileName, Format format, qreal scale)
{
    m_error.clear();
    switch (format) {
    case Svg: return exportSvg(fileName);
    case Png: return exportPng(fileName, scale);
    case Pdf: return exportPdf(fileName);
    }
    return false;
}
