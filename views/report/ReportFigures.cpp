#include "ReportFigures.h"

#include "DiagramExporter.h"
#include "MeshGraphScene.h"
#include "Theme.h"
#include "TimelinePlot.h"

#include <QPainter>
#include <QPixmap>
#include <qcustomplot.h>

ReportWriter::FigureSource ReportFigures::diagram(MeshGraphScene *scene)
{
    ReportWriter::FigureSource source;
    source.size = [scene] {
        scene->sync(); // labels in the report's language
        return DiagramExporter(scene).diagramSize();
    };
    source.paint = [scene](QPainter *painter, const QRectF &target) {
        DiagramExporter(scene).render(painter, target);
    };
    return source;
}

ReportWriter::FigureSource ReportFigures::timeline(TimelinePlot *plot, const QSize &size)
{
    ReportWriter::FigureSource source;
    source.size = [size] { return QSizeF(size); };
    source.paint = [plot, size](QPainter *painter, const QRectF &target) {
        // A 2x raster: replaying QCustomPlot's own painter through a QPicture
        // into the PDF engine lost the text laid out after it. Drawn in the
        // light theme (paper is white), then given back the screen's palette.
        const bool ownPalette = plot->testAttribute(Qt::WA_SetPalette);
        const QPalette screen = plot->palette();
        plot->setPalette(Theme::printPalette());
        const QPixmap pixmap = plot->plot()->toPixmap(size.width(), size.height(), 2.0);
        plot->setPalette(ownPalette ? screen : QPalette());
        painter->drawPixmap(target, pixmap, QRectF(pixmap.rect()));
    };
    return source;
}
