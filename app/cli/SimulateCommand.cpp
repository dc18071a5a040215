#include "SimulateCommand.h"

#include "EventText.h"
#include "Project.h"
#include "ReplayCursor.h"
#include "ShowNatFormat.h"
#include "Simulator.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QString SimulateCommand::summary() const
{
    return tr("Simulate the HCX traffic through every NAT device; print tunnels and NAT tables");
}

int SimulateCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON"));
    const QCommandLineOption until(QStringLiteral("until"),
                                   tr("Simulated seconds (default: the project's duration)"),
                                   QStringLiteral("SECONDS"));
    const QCommandLineOption all(QStringLiteral("all"),
                                 tr("Print every NAT row (default: the appliances' rows, static "
                                    "rows and both sides of each port collision; JSON has every row)"));
    parser.addOptions({json, until, all});
    QString file, example;
    const int code = parseProjectArguments(
        parser, arguments,
        tr("usage: meshnat-cli simulate FILE | --example KEY [--json] [--until SECONDS] [--all]"), out,
        err, &file, &example);
    if (code >= 0)
        return code;
    Simulator::Options options;
    if (parser.isSet(until)) {
        bool ok = false;
        options.until = parser.value(until).toDouble(&ok);
        if (!ok || options.until < 0) {
            err << tr("--until needs a number of seconds, not \"%1\"").arg(parser.value(until))
                << Qt::endl;
            return ExitUsage;
        }
    }

    Project project;
    QString source;
    if (!loadProject(file, example, &project, err, &source))
        return ExitInvalidInput;
    const auto result = Simulator::run(project, options);
    ReplayCursor cursor(result);
    cursor.toEnd();
    const EventText text(project, *result);

    for (const QString &w : result->warnings)
        err << tr("warning: %1").arg(w) << Qt::endl;

    if (parser.isSet(json)) {
        QJsonObject root;
        root.insert(QStringLiteral("project"), project.name(NoId));
        root.insert(QStringLiteral("simulatedSeconds"), result->duration);
        root.insert(QStringLiteral("events"), qint64(result->events.size()));
        QJsonArray tunnels;
        for (int i = 0; i < result->tunnels.size(); ++i) {
            const auto &t = result->tunnels[i];
            const auto &status = cursor.tunnel(i);
            QJsonObject o;
            o.insert(Field::name, t.name);
            o.insert(QStringLiteral("appliance"), project.displayName(t.appliance));
            o.insert(Field::peer, project.displayName(t.peer));
            o.insert(Field::type, t.applianceType);
            o.insert(QStringLiteral("policy"), t.policy);
            o.insert(QStringLiteral("state"),
                     QStringList{QStringLiteral("not-deployed"), QStringLiteral("connecting"),
                                 QStringLiteral("up"), QStringLiteral("down")}
                         .value(status.state));
            if (status.event >= 0) {
                const SimEvent &e = result->events[size_t(status.event)];
                o.insert(QStringLiteral("since"), e.time);
                o.insert(QStringLiteral("reason"), text.tunnelReason(e));
                if (e.translation)
                    o.insert(Field::insideGlobal,
                             result->translation(e.translation).insideGlobal.toString());
            }
            tunnels.append(o);
        }
        root.insert(QStringLiteral("tunnels"), tunnels);
        QJsonArray devices;
        for (int d = 0; d < result->devices.size(); ++d) {
            QJsonObject o;
            o.insert(Field::name, result->devices[d].name);
            o.insert(Field::profile, result->devices[d].profile);
            QJsonArray rows;
            for (quint32 id : cursor.liveTranslations(d)) {
                const Translation &t = result->translation(id);
                const TranslationState &s = cursor.live().value(id);
                QJsonObject r;
                r.insert(QStringLiteral("pro"), ShowNatFormat::protocolName(t));
                r.insert(Field::insideGlobal, ShowNatFormat::insideGlobal(t));
                r.insert(Field::insideLocal, ShowNatFormat::insideLocal(t));
                r.insert(QStringLiteral("outsideLocal"), ShowNatFormat::outside(t));
                r.insert(QStringLiteral("outsideGlobal"), ShowNatFormat::outside(t));
                r.insert(Field::kind, t.isStatic ? QStringLiteral("static")
                                                            : QStringLiteral("dynamic"));
                if (t.owner)
                    r.insert(QStringLiteral("owner"), project.displayName(t.owner));
                r.insert(QStringLiteral("created"), t.created);
                r.insert(QStringLiteral("lastUsed"), s.lastUsed);
                if (s.expires >= 0)
                    r.insert(QStringLiteral("expires"), s.expires);
                rows.append(r);
            }
            o.insert(QStringLiteral("translations"), rows);
            devices.append(o);
        }
        root.insert(QStringLiteral("devices"), devices);
        QJsonArray warnings;
        for (const QString &w : result->warnings)
            warnings.append(w);
        root.insert(QStringLiteral("warnings"), warnings);
        out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return ExitOk;
    }

    out << tr("%1: simulated %2 s, %3 events").arg(source).arg(result->duration)
               .arg(result->events.size())
        << "\n\n" << tr("Tunnels:") << '\n';
    for (int i = 0; i < result->tunnels.size(); ++i) {
        const auto &status = cursor.tunnel(i);
        out << "  " << result->tunnels[i].name << "  " << EventText::stateName(status.state);
        if (status.event >= 0)
            out << "\n    " << text.tunnelReason(result->events[size_t(status.event)]);
        out << '\n';
    }
    // The office's own flows can be hundreds of rows (521 DNS rows in the seed
    // incident): by default only the evidence, and how many rows were left out.
    for (int d = 0; d < result->devices.size(); ++d) {
        const QList<quint32> live = cursor.liveTranslations(d);
        const QList<quint32> rows =
            parser.isSet(all) ? live : ShowNatFormat::evidenceRows(project, *result, live);
        out << '\n'
            << tr("%1 (%2) — show ip nat translations at %3 s:")
                   .arg(result->devices[d].name, result->devices[d].profile)
                   .arg(cursor.time())
            << '\n';
        if (rows.size() < live.size())
            out << tr("  (the appliances' rows, static rows and port collisions: %1 of %2 rows; "
                      "%3 other rows left out, --all prints every row)")
                       .arg(rows.size())
                       .arg(live.size())
                       .arg(live.size() - rows.size())
                << '\n';
        out << ShowNatFormat::header() << '\n';
        for (quint32 id : rows)
            out << ShowNatFormat::row(result->translation(id)) << '\n';
    }
    out.flush();
    return ExitOk;
}
