#include "CliCommand.h"

#include "Examples.h"
#include "Project.h"
#include "ProjectReader.h"
#include "ProjectValidator.h"

#include <QCommandLineParser>
#include <QCoreApplication>

bool CliCommand::loadProject(const QString &file, const QString &exampleKey, Project *project,
                             QTextStream &err, QString *sourceName, Use use)
{
    QString path = file;
    if (path.isEmpty()) {
        path = Examples::resourcePath(exampleKey);
        if (path.isEmpty()) {
            err << tr("meshnat-cli: unknown example \"%1\" (known: %2)")
                       .arg(exampleKey, Examples::keys().join(QStringLiteral(", ")))
                << Qt::endl;
            return false;
        }
    }
    ProjectReader reader;
    if (!reader.read(path, project)) {
        err << reader.errorString() << Qt::endl;
        return false;
    }
    *sourceName = file.isEmpty() ? exampleKey : file;
    if (use == Use::Simulate && project->hasHeldValues()) {
        const QList<ValidationIssue> issues = ProjectValidator::heldValueIssues(*project);
        err << tr("%1: cannot simulate: %n value(s) are not valid (fix them, e.g. in the "
                  "workbench's property editor; `meshnat-cli validate` lists every problem):",
                  nullptr, int(issues.size()))
                   .arg(*sourceName)
            << Qt::endl;
        for (const ValidationIssue &issue : issues)
            err << "  " << ProjectValidator::format(*project, issue) << Qt::endl;
        return false;
    }
    return true;
}

QString CliCommand::helpText(const QCommandLineParser &parser) const
{
    QString text = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const QString usage = QStringLiteral("Usage: ");
    if (text.startsWith(usage + program))
        text.replace(usage.size(), program.size(), QStringLiteral("meshnat-cli ") + name());
    return text;
}

int CliCommand::parseProjectArguments(QCommandLineParser &parser, const QStringList &arguments,
                                      const QString &usage, QTextStream &out, QTextStream &err,
                                      QString *file, QString *example) const
{
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Project file (.meshnat)"));
    const QCommandLineOption exampleOption(QStringLiteral("example"),
                                           tr("Use a bundled example instead of a file"),
                                           QStringLiteral("KEY"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help"));
    parser.addOption(exampleOption);
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("meshnat-cli ") + name()} + arguments)) {
        err << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        out << helpText(parser);
        return ExitOk;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1 || (files.isEmpty() == !parser.isSet(exampleOption))) {
        err << usage << Qt::endl;
        return ExitUsage;
    }
    *file = files.value(0);
    *example = parser.value(exampleOption);
    return -1;
}
