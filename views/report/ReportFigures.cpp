#include "ReportFigures.h"

#include "DiagramExporter.h"
#include "MeshGraphScene.h"
#include "TimelinePlot.h"

#include <QPainter>
#include <QPicture>
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
        // QCustomPlot draws with its own painter class; record it, then replay.
        QPicture picture;
        {
            QCPPainter qcp(&picture);
            plot->plot()->toPainter(&qcp, size.width(), size.height());
        }
        painter->save();
        painter->translate(target.topLeft());
        painter->scale(target.width() / size.width(), target.height() / size.height());
        painter->drawPicture(0, 0, picture);
        painter->restore();
    };
    return source;
}
