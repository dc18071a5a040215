#include "ExportCommand.h"

#include "DiagramExporter.h"
#include "MeshGraphScene.h"
#include "Project.h"
#include "SimulationSession.h"

#include <QCommandLineParser>
#include <QDir>

QString ExportCommand::summary() const
{
    return tr("Export the Service Mesh diagram as SVG, PNG or PDF");
}

int ExportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption svg(QStringLiteral("svg"), tr("Write an SVG drawing"),
                                 QStringLiteral("OUT"));
    const QCommandLineOption png(QStringLiteral("png"), tr("Write a PNG image"),
                                 QStringLiteral("OUT"));
    const QCommandLineOption pdf(QStringLiteral("pdf"), tr("Write a PDF document"),
                                 QStringLiteral("OUT"));
    const QCommandLineOption scale(QStringLiteral("scale"),
                                   tr("PNG scale, 0.1 to 16 (default 2)"), QStringLiteral("N"),
                                   QStringLiteral("2"));
    const QCommandLineOption at(Field::at,
                                tr("Show tunnel states at this simulated time (default: the end)"),
                                QStringLiteral("SECONDS"));
    parser.addOptions({svg, png, pdf, scale, at});
    const QString usage = tr("usage: meshnat-cli export FILE | --example KEY "
                             "--svg OUT | --png OUT | --pdf OUT [--scale N] [--at SECONDS]");
    QString file, example;
    const int code = parseProjectArguments(parser, arguments, usage, out, err, &file, &example);
    if (code >= 0)
        return code;
    if (!(parser.isSet(svg) || parser.isSet(png) || parser.isSet(pdf))) {
        err << usage << Qt::endl;
        return ExitUsage;
    }
    bool ok = false;
    const qreal pngScale = parser.value(scale).toDouble(&ok);
    if (!ok || pngScale < 0.1 || pngScale > 16) {
        err << tr("--scale needs a number from 0.1 to 16, not \"%1\"").arg(parser.value(scale))
            << Qt::endl;
        return ExitUsage;
    }
    double atTime = -1;
    if (parser.isSet(at)) {
        atTime = parser.value(at).toDouble(&ok);
        if (!ok || atTime < 0) {
            err << tr("--at needs a number of seconds, not \"%1\"").arg(parser.value(at))
                << Qt::endl;
            return ExitUsage;
        }
    }

    Project project;
    QString source;
    if (!loadProject(file, example, &project, err, &source, Use::Inspect))
        return ExitInvalidInput;
    SimulationSession session(&project);
    session.setAutoRerun(false);
    session.rerun();
    if (atTime >= 0)
        session.seekTime(atTime);
    else
        session.toEnd();
    MeshGraphScene scene(&project);
    scene.setSimulation(&session);
    DiagramExporter exporter(&scene);

    const QList<QPair<const QCommandLineOption *, DiagramExporter::Format>> outputs = {
        {&svg, DiagramExporter::Svg}, {&png, DiagramExporter::Png}, {&pdf, DiagramExporter::Pdf}};
    for (const auto &output : outputs) {
        if (!parser.isSet(*output.first))
            continue;
        const QString file = parser.value(*output.first);
        if (!exporter.exportTo(file, output.second, pngScale)) {
            err << exporter.errorString() << Qt::endl;
            return ExitInvalidInput;
        }
        if (output.second == DiagramExporter::Png) {
            const QSize size = exporter.pngSize(pngScale);
            out << tr("%1: wrote %2 (%3 × %4 pixels)")
                       .arg(source, QDir::toNativeSeparators(file))
                       .arg(size.width())
                       .arg(size.height())
                << Qt::endl;
        } else {
            out << tr("%1: wrote %2").arg(source, QDir::toNativeSeparators(file)) << Qt::endl;
        }
    }
    return ExitOk;
}
