#include "ReportCommand.h"

#include "MeshGraphScene.h"
#include "Project.h"
#include "ReportFigures.h"
#include "ReportWriter.h"
#include "SimulationSession.h"
#include "TimelinePlot.h"

#include <QCommandLineParser>
#include <QFileInfo>

QString ReportCommand::summary() const
{
    return tr("Write the customer report (PDF or HTML) in English or Japanese");
}

int ReportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Report language: en or ja"),
                                  QStringLiteral("LANG"), QStringLiteral("en"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Output file (.pdf or .html)"), QStringLiteral("OUT"));
    const QCommandLineOption at(Field::at,
                                tr("Replay position in simulated seconds (default: the end)"),
                                QStringLiteral("SECONDS"));
    const QCommandLineOption fullTable(
        QStringLiteral("full-table"),
        tr("Add the full NAT table (every row, office traffic too) as an appendix"));
    // Once an option, now what the report always does; still accepted.
    const QCommandLineOption collisions(QStringLiteral("collisions-only"),
                                        tr("Accepted for compatibility: the report always lists "
                                           "the appliance and collision rows"));
    parser.addOptions({lang, output, at, fullTable, collisions});
    QString file, example;
    const int code = parseProjectArguments(
        parser, arguments,
        tr("usage: meshnat-cli report FILE | --example KEY --lang ja|en [--full-table] "
           "-o OUT.pdf|OUT.html"), out,
        err, &file, &example);
    if (code >= 0)
        return code;
    const QString target = parser.value(output);
    const QString suffix = QFileInfo(target).suffix().toLower();
    if (target.isEmpty() || (suffix != QLatin1String("pdf") && suffix != QLatin1String("html"))) {
        err << tr("meshnat-cli report: -o needs a file ending in .pdf or .html") << Qt::endl;
        return ExitUsage;
    }
    ReportOptions options;
    options.language = parser.value(lang);
    if (options.language != QLatin1String("en") && options.language != QLatin1String("ja")) {
        err << tr("meshnat-cli report: --lang must be en or ja, not \"%1\"").arg(options.language)
            << Qt::endl;
        return ExitUsage;
    }
    options.fullTable = parser.isSet(fullTable);

    Project project;
    QString source;
    if (!loadProject(file, example, &project, err, &source))
        return ExitInvalidInput;
    SimulationSession session(&project);
    if (parser.isSet(at)) {
        bool ok = false;
        const double seconds = parser.value(at).toDouble(&ok);
        if (!ok || seconds < 0) {
            err << tr("--at needs a number of seconds, not \"%1\"").arg(parser.value(at)) << Qt::endl;
            return ExitUsage;
        }
        session.seekTime(seconds);
    }
    options.step = session.step();
    MeshGraphScene scene(&project);
    scene.setSimulation(&session);
    TimelinePlot timeline;
    timeline.resize(1000, 420);
    timeline.setSession(&session);
    ReportWriter writer(project, session.result(), options);
    writer.setDiagram(ReportFigures::diagram(&scene));
    writer.setTimeline(ReportFigures::timeline(&timeline));
    const bool ok = suffix == QLatin1String("pdf") ? writer.writePdf(target) : writer.writeHtml(target);
    if (!ok) {
        err << writer.errorString() << Qt::endl;
        return ExitInvalidInput;
    }
    out << tr("%1: report written to %2").arg(source, target) << Qt::endl;
    return ExitOk;
}
