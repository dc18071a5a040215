#pragma once

#include "ReportWriter.h"

class MeshGraphScene;
class TimelinePlot;

// The report's two figures drawn from the live views: the Service Mesh diagram
// (as DiagramExporter draws it) and the timeline (QCustomPlot, vector).
class ReportFigures
{
public:
    static ReportWriter::FigureSource diagram(MeshGraphScene *scene);
    static ReportWriter::FigureSource timeline(TimelinePlot *plot, const QSize &size = {1000, 420});
};
