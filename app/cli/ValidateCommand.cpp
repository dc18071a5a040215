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
    QString file, example;
    const int code = parseProjectArguments(
        parser, arguments, tr("usage: meshnat-cli validate FILE | --example KEY"), out, err,
        &file, &example);
    if (code >= 0)
        return code;

    Project project;
    QString source;
    if (!loadProject(file, example, &project, err, &source, Use::Inspect))
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
