#include "DiagnoseCommand.h"

#include "Diagnoser.h"
#include "Project.h"
#include "ShowNatFormat.h"
#include "Simulator.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QStringList names(const Project &p, const QList<ObjectId> &ids)
{
    QStringList out;
    for (ObjectId id : ids)
        out.append(p.contains(id) ? p.displayName(id) : QString::number(id));
    return out;
}
} // namespace

QString DiagnoseCommand::summary() const
{
    return tr("Diagnose the tunnels: findings with root cause, evidence and a fix (exit code 3 when any finding is an error)");
}

int DiagnoseCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON"));
    parser.addOption(json);
    QString file, example;
    const int code = parseProjectArguments(
        parser, arguments, tr("usage: meshnat-cli diagnose FILE | --example KEY [--json]"), out,
        err, &file, &example);
    if (code >= 0)
        return code;
    Project project;
    QString source;
    if (!loadProject(file, example, &project, err, &source))
        return ExitInvalidInput;
    const auto result = Simulator::run(project);
    const QList<Finding> findings = Diagnoser().diagnose(project, result);
    const int exitCode = Diagnoser::hasErrors(findings) ? ExitFindingErrors : ExitOk;

    if (parser.isSet(json)) {
        QJsonArray list;
        for (const Finding &f : findings) {
            QJsonObject o;
            o.insert(QStringLiteral("rule"), f.rule);
            o.insert(QStringLiteral("severity"), Diagnoser::severityKey(f.severity));
            o.insert(QStringLiteral("title"), f.title);
            o.insert(QStringLiteral("cause"), f.cause);
            o.insert(QStringLiteral("appliances"), QJsonArray::fromStringList(names(project, f.appliances)));
            o.insert(QStringLiteral("devices"), QJsonArray::fromStringList(names(project, f.devices)));
            QJsonArray evidence;
            for (const Evidence &e : f.evidence) {
                QJsonObject x;
                x.insert(QStringLiteral("text"), e.text);
                if (e.event >= 0) {
                    x.insert(QStringLiteral("event"), e.event);
                    x.insert(QStringLiteral("time"), result->events[size_t(e.event)].time);
                }
                if (e.translation)
                    x.insert(QStringLiteral("translation"),
                             ShowNatFormat::row(result->translation(e.translation)));
                if (e.object && project.contains(e.object))
                    x.insert(QStringLiteral("object"), project.displayName(e.object));
                evidence.append(x);
            }
            o.insert(QStringLiteral("evidence"), evidence);
            QJsonObject fix;
            fix.insert(QStringLiteral("vendor"), f.fix.vendor);
            fix.insert(QStringLiteral("summary"), f.fix.summary);
            fix.insert(QStringLiteral("config"), f.fix.config);
            fix.insert(QStringLiteral("note"), f.fix.note);
            fix.insert(QStringLiteral("complete"), f.fix.complete);
            fix.insert(QStringLiteral("projectChanges"), int(f.fix.changes.operations().size()));
            o.insert(QStringLiteral("fix"), fix);
            list.append(o);
        }
        QJsonObject root;
        root.insert(QStringLiteral("project"), project.name(NoId));
        root.insert(QStringLiteral("findings"), list);
        out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return exitCode;
    }

    int errors = 0, warnings = 0;
    for (const Finding &f : findings)
        (f.severity == Finding::Error ? errors : warnings) += f.severity == Finding::Info ? 0 : 1;
    out << tr("%1: %2 finding(s): %3 error(s), %4 warning(s)")
               .arg(source)
               .arg(findings.size())
               .arg(errors)
               .arg(warnings)
        << '\n';
    for (const Finding &f : findings) {
        out << '\n'
            << Diagnoser::severityName(f.severity).toUpper() << "  " << f.title << '\n';
        out << "  " << tr("Appliances: %1").arg(names(project, f.appliances).join(QStringLiteral(", ")))
            << "  " << tr("Devices: %1").arg(names(project, f.devices).join(QStringLiteral(", ")))
            << '\n';
        out << "  " << tr("Why: %1").arg(f.cause) << '\n';
        out << "  " << tr("Evidence:") << '\n';
        for (const Evidence &e : f.evidence) {
            out << "    ";
            if (e.event >= 0)
                out << tr("step %1 at %2 s: ").arg(e.event).arg(result->events[size_t(e.event)].time);
            out << e.text << '\n';
            if (e.translation)
                out << "      " << ShowNatFormat::row(result->translation(e.translation)) << '\n';
        }
        if (!f.fix.isEmpty()) {
            out << "  " << tr("Fix (%1): %2").arg(f.fix.vendor, f.fix.summary) << '\n';
            for (const QString &line : f.fix.config.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                out << "    " << line << '\n';
            out << "  " << f.fix.note << '\n';
        }
    }
    out.flush();
    return exitCode;
}
