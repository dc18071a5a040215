#pragma once

#include <QCoreApplication>
#include <QRectF>
#include <QSize>
#include <QString>

class MeshGraphScene;
class QPainter;

// Writes the Service Mesh diagram as it is shown (tunnel colours at the current
// replay step, no selection or handles) to SVG, PNG or PDF, with the project
// name as a title and the legend underneath. SVG and PDF stay vector with text as text; one scene unit
// is one CSS pixel (1/96 inch), so a PDF page is 0.75 pt per unit.
class DiagramExporter
{
    Q_DECLARE_TR_FUNCTIONS(DiagramExporter)
public:
    enum Format { Svg, Png, Pdf };

    explicit DiagramExporter(MeshGraphScene *scene);

    // By file suffix (.svg, .png, .pdf); false for anything else.
    static bool formatForFile(const QString &fileName, Format *format);

    // The drawn area in scene units (diagram, margins and the title band).
    QSizeF diagramSize() const;
    QSize pngSize(qreal scale) const;
    QSizeF pdfPageSizePoints() const;

    bool exportTo(const QString &fileName, Format format, qreal scale = 1.0);
    bool exportSvg(const QString &fileName);
    bool exportPng(const QString &fileName, qreal scale);
    bool exportPdf(const QString &fileName);
    QString errorString() const { return m_error; }
    // Draws the diagram (title included) into target; the report embeds it.
    void render(QPainter *painter, const QRectF &target);

private:
    QRectF sourceRect() const;
    int legendColumns() const;
    qreal legendBand() const; // height under the diagram, in scene units
    bool fail(const QString &fileName, const QString &why);

    MeshGraphScene *m_scene;
    QString m_error;
};
