#include "ImportCommand.h"

#include "NatRules.h"
#include "ObservedTableLoader.h"
#include "Project.h"
#include "ProjectImporter.h"
#include "ProjectReader.h"
#include "ProjectWriter.h"
#include "Printable.h"
#include "ReaderVerdict.h"
#include "RouterDataRegistry.h"
#include "RuleCounters.h"

#include <QCommandLineParser>
#include <QFile>

QString ImportCommand::summary() const
{
    return tr("Build a project from a router configuration and its NAT table");
}

int ImportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const RouterDataRegistry &registry = RouterDataRegistry::instance();
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        tr("Router output of any known format (a configuration or a translation/session table), "
           "detected from its first lines"));
    const QCommandLineOption format(
        QStringLiteral("format"),
        tr("Read the input as this format instead of detecting it (see --list-formats)"),
        QStringLiteral("KEY"), QStringLiteral("auto"));
    const QCommandLineOption listFormats(QStringLiteral("list-formats"),
                                         tr("List the formats and their keys"));
    const QCommandLineOption config(QStringLiteral("config"),
                                    tr("A router configuration (its vendor detected)"),
                                    QStringLiteral("FILE"));
    const QCommandLineOption iptables(QStringLiteral("iptables"), tr("iptables-save output of a Linux router"),
                                      QStringLiteral("FILE"));
    const QCommandLineOption translations(QStringLiteral("translations"),
                                          tr("A translation or session table (its format detected)"),
                                          QStringLiteral("FILE"));
    const QCommandLineOption into(QStringLiteral("into"), tr("Add to this project instead of a new one"),
                                  QStringLiteral("PROJECT"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Project file to write"), QStringLiteral("PROJECT"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help"));
    parser.addOptions({format, listFormats, config, iptables, translations, into, output, help});
    if (!parser.parse(QStringList{QStringLiteral("meshnat-cli import")} + arguments)) {
        err << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        out << helpText(parser);
        return ExitOk;
    }
    if (parser.isSet(listFormats)) {
        for (const QString &key : registry.allKeys()) {
            const bool table = registry.keys().contains(key);
            out << QStringLiteral("%1\t%2\t%3")
                       .arg(key, table ? tr("table") : tr("configuration"),
                            registry.displayName(key))
                << Qt::endl;
        }
        for (const QString &key : RuleCounters::keys())
            out << QStringLiteral("%1\t%2\t%3").arg(key, tr("rule counters"), RuleCounters::displayName(key))
                << Qt::endl;
        return ExitOk;
    }
    const QStringList files = parser.positionalArguments();
    if (!parser.isSet(output)
        || (files.isEmpty() && !parser.isSet(config) && !parser.isSet(iptables)
            && !parser.isSet(translations))) {
        err << tr("usage: meshnat-cli import [FILE…] [--format KEY] [--config FILE] "
                  "[--iptables FILE] [--translations FILE] [--into PROJECT] -o PROJECT\n"
                  "       meshnat-cli import --list-formats")
            << Qt::endl;
        return ExitUsage;
    }
    const QString formatKey = parser.value(format);
    if (formatKey != QLatin1String("auto") && !registry.allKeys().contains(formatKey)
        && !RuleCounters::keys().contains(formatKey)) {
        err << tr("unknown format \"%1\"; known formats: %2")
                   .arg(formatKey, (registry.allKeys() + RuleCounters::keys()).join(QStringLiteral(", ")))
            << Qt::endl;
        return ExitUsage;
    }

    // Every input with the kind its option asks for (positional: either kind).
    struct Input
    {
        QString file;
        QString key; // "auto" or a reader
        bool configOnly = false, tableOnly = false;
    };
    QList<Input> inputs;
    for (const QString &f : files)
        inputs.append({f, formatKey});
    // --format applies to --config and --translations too when it names a reader of that kind.
    const QString auto_ = QStringLiteral("auto");
    if (parser.isSet(config))
        inputs.append({parser.value(config),
                       registry.configKeys().contains(formatKey) ? formatKey : auto_, true, false});
    if (parser.isSet(iptables))
        inputs.append({parser.value(iptables), QStringLiteral("iptables-save"), true, false});
    if (parser.isSet(translations))
        inputs.append({parser.value(translations),
                       registry.keys().contains(formatKey) ? formatKey : auto_, false, true});

    Project project;
    if (parser.isSet(into)) {
        ProjectReader reader;
        if (!reader.read(parser.value(into), &project)) {
            err << reader.errorString() << Qt::endl;
            return ExitInvalidInput;
        }
    }
    int errors = 0;
    // Input that is not the format gets one verdict (naming the reader, and
    // that it was detected) and stops the import; other input lists its first
    // issues and counts the rest.
    const auto report = [&](const QString &source, const QList<ImportIssue> &issues,
                            const QString &verdict, bool detected) {
        if (!verdict.isEmpty()) {
            QString line = tr("%1: %2").arg(source, verdict);
            if (detected)
                line += QLatin1Char(' ')
                        + tr("(the closest known format; --format KEY reads it as another, "
                             "--list-formats lists them)");
            err << Printable::text(line) << Qt::endl;
            return false;
        }
        QList<ImportIssue> listed, notes;
        for (const ImportIssue &i : issues) {
            errors += i.severity == ImportIssue::Error ? 1 : 0;
            (i.severity == ImportIssue::Note ? notes : listed).append(i);
        }
        int omitted = 0;
        for (const ImportIssue &i : ReaderVerdict::shownIssues(listed, ReaderVerdict::ShownIssues, &omitted))
            err << ImportIssues::format(source, i) << Qt::endl;
        if (omitted > 0)
            err << ReaderVerdict::omittedText(omitted) << Qt::endl;
        // What was read but is not (fully) simulated, with its line: on stdout.
        for (const ImportIssue &i : ReaderVerdict::shownIssues(notes, ReaderVerdict::ShownIssues, &omitted))
            out << "  " << ImportIssues::format(source, i) << Qt::endl;
        if (omitted > 0)
            out << "  " << ReaderVerdict::omittedText(omitted) << Qt::endl;
        return true;
    };
    QString error;
    RouterConfig configuration;
    bool haveConfig = false;
    StoredObservedTable observed;
    bool haveTable = false;
    for (const Input &in : std::as_const(inputs)) {
        QByteArray head;
        {
            QFile file(in.file);
            if (!file.open(QIODevice::ReadOnly)) {
                err << tr("%1: cannot open: %2").arg(in.file, file.errorString()) << Qt::endl;
                return ExitInvalidInput;
            }
            head = file.read(RouterDataRegistry::SniffBytes);
        }
        // Rule hit counters (ASA show nat, SRX show security nat source) count
        // rules, not translations: their notes are shown, nothing is imported.
        const QString countersKey = RuleCounters::keys().contains(in.key) ? in.key
                                    : in.key == QLatin1String("auto") && !in.configOnly && !in.tableOnly
                                        ? RuleCounters::detect(head)
                                        : QString();
        if (!countersKey.isEmpty()) {
            QByteArray bytes;
            if (!RouterConfigReader::readBytes(in.file, &bytes, &error)) {
                err << error << Qt::endl;
                return ExitInvalidInput;
            }
            const RuleCounters::Read counters = RuleCounters::read(countersKey, QString::fromUtf8(bytes));
            const QString name = RuleCounters::displayName(countersKey);
            if (!report(in.file, counters.issues + counters.notes, counters.verdict,
                        in.key == QLatin1String("auto")))
                return ExitInvalidInput;
            out << Printable::text(tr("%1: %2").arg(
                       in.file, ReaderVerdict::chosen(name, in.key == QLatin1String("auto"))))
                << Qt::endl;
            out << tr("%1: rule counters, shown above; they count the router's rules and add nothing "
                      "to the project")
                       .arg(in.file)
                << Qt::endl;
            continue;
        }
        RouterDataRegistry::Choice choice;
        if (in.key != QLatin1String("auto")) {
            choice = registry.chooseAny(in.key, head, &error);
        } else {
            // The best reader the option allows (a kind's first reader when none sniffs it).
            for (const RouterDataRegistry::Choice &c : registry.ranking(head)) {
                const bool table = c.kind == RouterDataRegistry::Kind::Table;
                if ((in.configOnly && table) || (in.tableOnly && !table))
                    continue;
                if (!choice.isValid() || (c.score > choice.score))
                    choice = c;
            }
            if (in.configOnly && choice.score == 0)
                choice = registry.chooseAny(QStringLiteral("ios-config"), head);
        }
        const bool detected = in.key == QLatin1String("auto");
        if (choice.kind == RouterDataRegistry::Kind::Configuration) {
            if (haveConfig) {
                err << tr("%1: only one router configuration per import").arg(in.file) << Qt::endl;
                return ExitUsage;
            }
            const RouterConfigReader *reader = registry.config(choice.key);
            if (!reader->readFile(in.file, &configuration, &error)) {
                err << error << Qt::endl;
                return ExitInvalidInput;
            }
            haveConfig = true;
            if (!report(in.file, configuration.issues(), reader->verdict(configuration), detected))
                return ExitInvalidInput;
            out << Printable::text(tr("%1: %2").arg(in.file, ReaderVerdict::chosen(choice.displayName, detected)))
                << Qt::endl;
            if (configuration.shape == RouterConfig::Cisco) {
                const CiscoConfig &cisco = configuration.cisco;
                int outside = 0;
                for (const CiscoConfig::NatRule &r : cisco.rules)
                    outside += r.direction == QLatin1String("outside") ? 1 : 0;
                out << tr("%1: %2 of %3 lines understood; %4 interfaces, %5 access lists, %6 pools, "
                          "%7 NAT rules")
                           .arg(in.file)
                           .arg(cisco.understood)
                           .arg(cisco.lines)
                           .arg(cisco.interfaces.size())
                           .arg(cisco.accessLists.size())
                           .arg(cisco.pools.size())
                           .arg(cisco.rules.size());
                if (outside > 0)
                    out << QStringLiteral(" (")
                        << tr("%n outside source rule(s): read, imported, not simulated", nullptr,
                              outside)
                        << QLatin1Char(')');
                out << Qt::endl;
            } else {
                out << tr("%1: %n NAT rule(s) read", nullptr, int(configuration.linuxNat.rules.size()))
                           .arg(in.file)
                    << Qt::endl;
            }
            continue;
        }
        // A table: streamed from the file (any size) and stored on the device as
        // read, in the project's compact form.
        if (haveTable) {
            err << tr("%1: only one translation table per import").arg(in.file) << Qt::endl;
            return ExitUsage;
        }
        const ObservedTableLoader::Result loaded =
            ObservedTableLoader::readFile(in.file, {}, false, choice.key);
        if (!loaded.error.isEmpty()) {
            err << loaded.error << Qt::endl;
            return ExitInvalidInput;
        }
        observed = loaded.table;
        haveTable = true;
        const ObservedTable &table = observed.table();
        if (!report(in.file, table.translations().issues,
                    ReaderVerdict::translations(table.translations(), choice.displayName), detected))
            return ExitInvalidInput;
        out << Printable::text(tr("%1: %2").arg(in.file, ReaderVerdict::chosen(choice.displayName, detected)))
            << Qt::endl;
        out << tr("%1: %2 translations, %3 appliances on UDP 4500, %4 collisions")
                   .arg(in.file)
                   .arg(table.rowCount())
                   .arg(table.appliances().size())
                   .arg(table.collisions().size())
            << Qt::endl;
        for (int c = 0; c < table.collisions().size(); ++c)
            out << "  " << table.describeCollision(c, &project) << Qt::endl;
    }
    // Only rule counters: nothing to import (the plan would make an empty router).
    const ImportPlan plan = !haveConfig && !haveTable ? ImportPlan() : ProjectImporter::plan(
        project, haveConfig ? configuration.ciscoOrNull() : nullptr,
        haveConfig ? configuration.linuxOrNull() : nullptr, haveTable ? &observed : nullptr,
        ProjectImporter::Options());
    for (const ImportIssue &n : plan.notes)
        out << "  " << ImportIssues::format(tr("import"), n) << Qt::endl;
    ChangeSet::Applied applied;
    if (!plan.changes.apply(&project, &applied, &error)) {
        err << error << Qt::endl;
        return ExitInvalidInput;
    }
    if (project.name(NoId) == QLatin1String("Untitled"))
        project.setValue(NoId, Field::name,
                         tr("Imported %1").arg(haveConfig ? configuration.cisco.hostname : QString()).trimmed());
    ProjectWriter writer;
    if (!writer.write(project, parser.value(output))) {
        err << writer.errorString() << Qt::endl;
        return ExitInvalidInput;
    }
    out << tr("Wrote %1 (%2 objects added)").arg(parser.value(output)).arg(applied.createdIds().size()) << Qt::endl;
    // The rules added that the simulation skips (NatRules): imported, shown, not simulated.
    int notSimulated = 0;
    for (ObjectId id : applied.createdIds())
        notSimulated += project.kind(id) == ObjectKind::Rule && !NatRules::isSimulated(project, id) ? 1 : 0;
    if (notSimulated > 0)
        out << tr("%n NAT rule(s) imported but not simulated (%1)", nullptr, notSimulated)
                   .arg(NatRules::notSimulatedNote())
            << Qt::endl;
    return errors > 0 ? ExitInvalidInput : ExitOk;
}
