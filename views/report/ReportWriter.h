#pragma once

#include "Finding.h"
#include "ReportOptions.h"
#include "SimulationResult.h"

#include <QCoreApplication>
#include <QPicture>

#include <functional>
#include <memory>

class Project;
class QPdfWriter;
class QTextDocument;

// Writes the customer report (ReportBuilder's content) as PDF (QPdfWriter,
// A4: a cover page, the vector diagram on a landscape page of its own, the
// rest portrait with the vector timeline; text stays text, tables repeat their
// header, headings stay with what follows them) or as one self-contained
// HTML file (inline SVG diagram, PNG timeline), in the report's own language.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)
public:
    // Draws a figure (diagram or timeline) into a painter of the given size;
    // called while the report language is in force, so labels follow it.
    struct FigureSource
    {
        std::function<QSizeF()> size;
        std::function<void(QPainter *, const QRectF &)> paint;
    };

    // The findings are diagnosed while the report language is in force.
    ReportWriter(const Project &project, std::shared_ptr<const SimulationResult> result,
                 const ReportOptions &options);

    void setDiagram(const FigureSource &source) { m_diagram = source; }
    void setTimeline(const FigureSource &source) { m_timeline = source; }

    bool writePdf(const QString &fileName);
    bool writeHtml(const QString &fileName);
    // The report as HTML with PNG figures, for an on-screen preview.
    QString previewHtml();
    QString errorString() const { return m_error; }

private:
    QString svgOf(const FigureSource &source) const;
    QString pngOf(const FigureSource &source, qreal scale, int maxWidth = 960) const;
    QPicture pictureOf(const FigureSource &source) const;
    void layOut(QTextDocument &doc, const QString &html, QPaintDevice *device,
                const QSizeF &page) const;
    void paintPages(QPainter *painter, QPdfWriter *writer, QTextDocument &doc,
                    bool newPageFirst) const;
    void paintDiagramPage(QPainter *painter, const QSizeF &page) const;
    bool fail(const QString &fileName, const QString &why);
    QList<Finding> findings() const;

    const Project &m_project;
    std::shared_ptr<const SimulationResult> m_result;
    ReportOptions m_options;
    FigureSource m_diagram;
    FigureSource m_timeline;
    QString m_error;
};
