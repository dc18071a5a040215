#include "ImportCommand.h"

#include "CiscoConfigReader.h"
#include "IptablesSaveReader.h"
#include "ObservedTableLoader.h"
#include "Project.h"
#include "ProjectImporter.h"
#include "ProjectReader.h"
#include "ProjectWriter.h"
#include "Printable.h"
#include "ReaderVerdict.h"

#include <QCommandLineParser>
#include <QFile>

QString ImportCommand::summary() const
{
    return tr("Build a project from a router configuration and its NAT table");
}

int ImportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption config(QStringLiteral("config"), tr("Cisco IOS configuration"), QStringLiteral("FILE"));
    const QCommandLineOption iptables(QStringLiteral("iptables"), tr("iptables-save output of a Linux router"),
                                      QStringLiteral("FILE"));
    const QCommandLineOption translations(QStringLiteral("translations"),
                                          tr("show ip nat translations or conntrack -L output"),
                                          QStringLiteral("FILE"));
    const QCommandLineOption into(QStringLiteral("into"), tr("Add to this project instead of a new one"),
                                  QStringLiteral("PROJECT"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Project file to write"), QStringLiteral("PROJECT"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help"));
    parser.addOptions({config, iptables, translations, into, output, help});
    if (!parser.parse(QStringList{QStringLiteral("meshnat-cli import")} + arguments)) {
        err << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        out << helpText(parser);
        return ExitOk;
    }
    if (!parser.isSet(output) || !parser.positionalArguments().isEmpty()
        || (!parser.isSet(config) && !parser.isSet(iptables) && !parser.isSet(translations))) {
        err << tr("usage: meshnat-cli import [--config FILE] [--iptables FILE] [--translations FILE] "
                  "[--into PROJECT] -o PROJECT")
            << Qt::endl;
        return ExitUsage;
    }

    Project project;
    if (parser.isSet(into)) {
        ProjectReader reader;
        if (!reader.read(parser.value(into), &project)) {
            err << reader.errorString() << Qt::endl;
            return ExitInvalidInput;
        }
    }
    int errors = 0;
    // Input that is not the format gets one verdict and stops the import; other
    // input lists its first issues and counts the rest.
    const auto report = [&](const QString &source, const QList<ImportIssue> &issues,
                            const QString &verdict) {
        if (!verdict.isEmpty()) {
            err << Printable::text(tr("%1: %2").arg(source, verdict)) << Qt::endl;
            return false;
        }
        QList<ImportIssue> listed;
        for (const ImportIssue &i : issues) {
            errors += i.severity == ImportIssue::Error ? 1 : 0;
            if (i.severity != ImportIssue::Note)
                listed.append(i);
        }
        int omitted = 0;
        for (const ImportIssue &i : ReaderVerdict::shownIssues(listed, ReaderVerdict::ShownIssues, &omitted))
            err << ImportIssues::format(source, i) << Qt::endl;
        if (omitted > 0)
            err << ReaderVerdict::omittedText(omitted) << Qt::endl;
        return true;
    };
    QString error;
    CiscoConfig cisco;
    if (parser.isSet(config)) {
        if (!CiscoConfigReader::readFile(parser.value(config), &cisco, &error)) {
            err << error << Qt::endl;
            return ExitInvalidInput;
        }
        if (!report(parser.value(config), cisco.issues, ReaderVerdict::ciscoConfig(cisco)))
            return ExitInvalidInput;
        out << tr("%1: %2 of %3 lines understood; %4 interfaces, %5 access lists, %6 pools, %7 NAT rules")
                   .arg(parser.value(config))
                   .arg(cisco.understood)
                   .arg(cisco.lines)
                   .arg(cisco.interfaces.size())
                   .arg(cisco.accessLists.size())
                   .arg(cisco.pools.size())
                   .arg(cisco.rules.size())
            << Qt::endl;
    }
    LinuxNatConfig linuxNat;
    if (parser.isSet(iptables)) {
        if (!IptablesSaveReader::readFile(parser.value(iptables), &linuxNat, &error)) {
            err << error << Qt::endl;
            return ExitInvalidInput;
        }
        if (!report(parser.value(iptables), linuxNat.issues,
                    ReaderVerdict::iptablesSave(linuxNat)))
            return ExitInvalidInput;
    }
    // The table is streamed from the file (any size) and stored on the device
    // as read, in the project's compact form.
    StoredObservedTable observed;
    if (parser.isSet(translations)) {
        const ObservedTableLoader::Result loaded = ObservedTableLoader::readFile(parser.value(translations));
        if (!loaded.error.isEmpty()) {
            err << loaded.error << Qt::endl;
            return ExitInvalidInput;
        }
        observed = loaded.table;
        const ObservedTable &table = observed.table();
        if (!report(parser.value(translations), table.translations().issues,
                    ReaderVerdict::translations(table.translations())))
            return ExitInvalidInput;
        out << tr("%1: %2 translations, %3 appliances on UDP 4500, %4 collisions")
                   .arg(parser.value(translations))
                   .arg(table.rowCount())
                   .arg(table.appliances().size())
                   .arg(table.collisions().size())
            << Qt::endl;
        for (int c = 0; c < table.collisions().size(); ++c)
            out << "  " << table.describeCollision(c, &project) << Qt::endl;
    }
    const ImportPlan plan = ProjectImporter::plan(
        project, parser.isSet(config) ? &cisco : nullptr, parser.isSet(iptables) ? &linuxNat : nullptr,
        parser.isSet(translations) ? &observed : nullptr, ProjectImporter::Options());
    for (const ImportIssue &n : plan.notes)
        out << "  " << ImportIssues::format(tr("import"), n) << Qt::endl;
    ChangeSet::Applied applied;
    if (!plan.changes.apply(&project, &applied, &error)) {
        err << error << Qt::endl;
        return ExitInvalidInput;
    }
    if (project.name(NoId) == QLatin1String("Untitled"))
        project.setValue(NoId, Field::name, tr("Imported %1").arg(cisco.hostname).trimmed());
    ProjectWriter writer;
    if (!writer.write(project, parser.value(output))) {
        err << writer.errorString() << Qt::endl;
        return ExitInvalidInput;
    }
    out << tr("Wrote %1 (%2 objects added)").arg(parser.value(output)).arg(applied.createdIds().size()) << Qt::endl;
    return errors > 0 ? ExitInvalidInput : ExitOk;
}
