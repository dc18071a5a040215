#include "ParseTranslationsCommand.h"

#include "ConntrackReader.h"
#include "ObservedTable.h"
#include "Printable.h"
#include "ReaderVerdict.h"
#include "ShowNatTranslationsReader.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QString ParseTranslationsCommand::summary() const
{
    return tr("Read show ip nat translations or conntrack -L output");
}

int ParseTranslationsCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Router output (text)"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help"));
    parser.addOption(json);
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("meshnat-cli parse-translations")} + arguments)) {
        err << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        out << helpText(parser);
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1) {
        err << tr("usage: meshnat-cli parse-translations FILE [--json]") << Qt::endl;
        return ExitUsage;
    }
    const QString fileName = parser.positionalArguments().first();
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        err << tr("%1: cannot open: %2").arg(fileName, file.errorString()) << Qt::endl;
        return ExitInvalidInput;
    }
    // Sniff the format from the start, then stream the whole file.
    const QString head = QString::fromUtf8(file.peek(4096));
    ObservedTranslations data;
    QString error;
    const bool ok = ConntrackReader::looksLikeConntrack(head)
                        ? ConntrackReader::readFile(fileName, &data, &error)
                        : ShowNatTranslationsReader::readDevice(&file, fileName, &data, &error);
    if (!ok) {
        err << error << Qt::endl;
        return ExitInvalidInput;
    }
    // Not a translation table at all: one verdict, not an issue per line.
    const QString verdict = ReaderVerdict::translations(data);
    int omitted = 0;
    // JSON lists more for tools, but not thousands of lines of noise.
    const int limit = parser.isSet(json) && verdict.isEmpty() ? ReaderVerdict::ShownIssues * 50
                                                              : ReaderVerdict::ShownIssues;
    const QList<ImportIssue> shownIssues = ReaderVerdict::shownIssues(data.issues, limit, &omitted);
    if (!verdict.isEmpty() && !parser.isSet(json)) {
        err << Printable::text(tr("%1: %2").arg(fileName, verdict)) << Qt::endl;
        return ExitInvalidInput;
    }
    const ObservedTable table(std::move(data));
    const ObservedTranslations &t = table.translations();
    if (parser.isSet(json)) {
        QJsonArray rows;
        for (int i = 0; i < t.size(); ++i) {
            QJsonObject row{{"line", t.rows.at(i).line},
                            {"protocol", t.protocolText(i)},
                            {"inside_global", t.addressText(i, ObservedRow::InsideGlobal)},
                            {"inside_local", t.addressText(i, ObservedRow::InsideLocal)},
                            {"outside_local", t.addressText(i, ObservedRow::OutsideLocal)},
                            {"outside_global", t.addressText(i, ObservedRow::OutsideGlobal)}};
            if (!t.vrf(i).isEmpty())
                row.insert("vrf", t.vrf(i));
            if (!t.details(i).isEmpty())
                row.insert("details", QJsonObject::fromVariantMap(t.details(i)));
            rows.append(row);
        }
        QJsonArray issues;
        for (const ImportIssue &i : shownIssues)
            issues.append(QJsonObject{{"line", i.line},
                                      {"severity", ImportIssues::severityName(i.severity)},
                                      {"message", i.message},
                                      {"text", i.text}});
        QJsonArray collisions;
        for (int c = 0; c < table.collisions().size(); ++c) {
            const ObservedTable::Collision &col = table.collisions().at(c);
            QJsonArray locals, moved;
            for (quint32 a : col.insideLocals)
                locals.append(Ipv4::toString(a));
            for (int r : col.movedRows)
                moved.append(t.rows.at(r).line);
            collisions.append(QJsonObject{
                {"inside_global", Ipv4::toString(col.insideGlobal)},
                {"inside_locals", locals},
                {"holder_line", col.holderRow >= 0 ? t.rows.at(col.holderRow).line : 0},
                {"moved_lines", moved},
                {"summary", table.describeCollision(c, nullptr)}});
        }
        QJsonObject root{{"file", fileName},
                         {"format", t.format == ObservedTranslations::Conntrack ? "conntrack" : "cisco-show"},
                         {"rows", rows},
                         {"issues", issues},
                         {"collisions", collisions}};
        if (t.total >= 0)
            root.insert("total", t.total);
        root.insert("issues_not_listed", omitted);
        if (!verdict.isEmpty())
            root.insert("verdict", verdict);
        out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return verdict.isEmpty() ? ExitOk : ExitInvalidInput;
    }
    out << Printable::text(tr("%1: %n translation(s)", nullptr, t.size()).arg(fileName))
        << Qt::endl;
    const int shown = qMin(t.size(), 200);
    for (int i = 0; i < shown; ++i) {
        out << Printable::text(QStringLiteral("  %1  %2 %3 %4 %5 %6")
                                   .arg(t.rows.at(i).line, 6)
                                   .arg(t.protocolText(i), -4)
                                   .arg(t.addressText(i, ObservedRow::InsideGlobal), -21)
                                   .arg(t.addressText(i, ObservedRow::InsideLocal), -21)
                                   .arg(t.addressText(i, ObservedRow::OutsideLocal), -21)
                                   .arg(t.addressText(i, ObservedRow::OutsideGlobal)))
            << Qt::endl;
    }
    if (shown < t.size())
        out << "  " << tr("… %1 more (use --json for all)").arg(t.size() - shown) << Qt::endl;
    for (const ImportIssue &i : shownIssues)
        err << ImportIssues::format(fileName, i) << Qt::endl;
    if (omitted > 0)
        err << ReaderVerdict::omittedText(omitted) << Qt::endl;
    for (int c = 0; c < table.collisions().size(); ++c)
        out << tr("Collision: %1").arg(table.describeCollision(c, nullptr)) << Qt::endl;
    return ExitOk;
}
