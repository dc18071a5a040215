#include "ValidateCommand.h"

#include "Project.h"
#include "ProjectValidator.h"

#include <QCommandLineParser>

QString ValidateCommand::summary() const
{
    return tr("Check a project file and list its problems");
}

int ValidateCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Project file (.meshnat)"));
    const QCommandLineOption example(QStringLiteral("example"),
                                     tr("Validate a bundled example instead of a file"),
                                     QStringLiteral("KEY"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help"));
    parser.addOption(example);
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("meshnat-cli validate")} + arguments)) {
        err << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        return ExitOk;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1 || (files.isEmpty() == !parser.isSet(example))) {
        err << tr("usage: meshnat-cli validate FILE | --example KEY") << Qt::endl;
        return ExitUsage;
    }

    Project project;
    QString source;
    if (!loadProject(files.value(0), parser.value(example), &project, err, &source))
        return ExitInvalidInput;

    out << tr("%1: %2").arg(source, project.name(NoId)) << Qt::endl;
    out << "  "
        << tr("Sites: %1, NAT devices: %2, appliances: %3, service meshes: %4")
               .arg(project.objects(ObjectKind::Site).size())
               .arg(project.objects(ObjectKind::Device).size())
               .arg(project.objects(ObjectKind::Appliance).size())
               .arg(project.objects(ObjectKind::Mesh).size())
        << Qt::endl;
    const QList<ValidationIssue> issues = ProjectValidator::validate(project);
    if (issues.isEmpty())
        out << "  " << tr("No problems found.") << Qt::endl;
    for (const ValidationIssue &issue : issues) {
        QTextStream &stream = issue.severity == ValidationIssue::Error ? err : out;
        stream << "  " << ProjectValidator::format(project, issue) << Qt::endl;
    }
    return ProjectValidator::hasErrors(issues) ? ExitInvalidInput : ExitOk;
}
