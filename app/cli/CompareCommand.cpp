#include "CompareCommand.h"

#include "Project.h"
#include "SiteComparison.h"
#include "Simulator.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QString CompareCommand::summary() const
{
    return tr("Replay two sites in lockstep and explain where their translations diverge");
}

int CompareCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(QStringLiteral("FILE_A"), tr("First project file (.meshnat)"));
    parser.addPositionalArgument(QStringLiteral("FILE_B"), tr("Second project file (.meshnat)"));
    const QCommandLineOption exampleA(QStringLiteral("example-a"),
                                      tr("Use a bundled example as the first project"),
                                      QStringLiteral("KEY"));
    const QCommandLineOption exampleB(QStringLiteral("example-b"),
                                      tr("Use a bundled example as the second project"),
                                      QStringLiteral("KEY"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help"));
    parser.addOptions({exampleA, exampleB, json, help});
    if (!parser.parse(QStringList{QStringLiteral("meshnat-cli compare")} + arguments)) {
        err << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        out << helpText(parser);
        return ExitOk;
    }
    QStringList files = parser.positionalArguments();
    const int needed = 2 - int(parser.isSet(exampleA)) - int(parser.isSet(exampleB));
    if (files.size() != needed) {
        err << tr("usage: meshnat-cli compare FILE_A FILE_B [--json] "
                  "(or --example-a KEY / --example-b KEY in place of a file)")
            << Qt::endl;
        return ExitUsage;
    }
    Project a, b;
    QString sourceA, sourceB;
    const QString fileA = parser.isSet(exampleA) ? QString() : files.takeFirst();
    const QString fileB = parser.isSet(exampleB) ? QString() : files.value(0);
    if (!loadProject(fileA, parser.value(exampleA), &a, err, &sourceA)
        || !loadProject(fileB, parser.value(exampleB), &b, err, &sourceB))
        return ExitInvalidInput;
    const SiteComparison cmp(a, Simulator::run(a), b, Simulator::run(b));

    if (parser.isSet(json)) {
        QJsonObject root;
        root.insert(Field::a, sourceA);
        root.insert(Field::b, sourceB);
        root.insert(QStringLiteral("sideA"), cmp.sideName(0));
        root.insert(QStringLiteral("sideB"), cmp.sideName(1));
        root.insert(QStringLiteral("steps"), int(cmp.steps().size()));
        if (cmp.divergence() >= 0) {
            const SiteComparison::Step &s = cmp.steps()[cmp.divergence()];
            QJsonObject d;
            d.insert(QStringLiteral("step"), cmp.divergence());
            d.insert(QStringLiteral("time"), s.time);
            d.insert(QStringLiteral("appliance"), s.appliance);
            d.insert(QStringLiteral("eventA"), s.event[0]);
            d.insert(QStringLiteral("eventB"), s.event[1]);
            d.insert(Field::a, cmp.describe(cmp.divergence(), 0));
            d.insert(Field::b, cmp.describe(cmp.divergence(), 1));
            root.insert(QStringLiteral("divergence"), d);
        }
        root.insert(QStringLiteral("explanation"), cmp.explanation());
        out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return ExitOk;
    }

    out << tr("A: %1 — %2").arg(sourceA, cmp.sideName(0)) << '\n'
        << tr("B: %1 — %2").arg(sourceB, cmp.sideName(1)) << "\n\n";
    const int last = cmp.divergence() >= 0 ? cmp.divergence() : int(cmp.steps().size()) - 1;
    for (int i = 0; i <= last && i < cmp.steps().size(); ++i) {
        const SiteComparison::Step &s = cmp.steps()[i];
        out << (s.diverges ? "≠ " : "  ") << tr("%1 s").arg(s.time, 7, 'f', 1) << "  " << s.appliance
            << '\n';
        for (int side = 0; side < 2; ++side) {
            const QString text = cmp.describe(i, side);
            out << "      " << (side ? "B: " : "A: ") << (text.isEmpty() ? tr("(nothing)") : text)
                << '\n';
        }
    }
    out << '\n' << cmp.explanation() << '\n';
    out.flush();
    return ExitOk;
}
