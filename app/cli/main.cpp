// meshnat-cli: the headless entry point (QtCore only; drawing commands get a GUI
// application object when the GUI is built).
#include "CaptureCommand.h"
#include "CompareCommand.h"
#include "DiagnoseCommand.h"
#include "ImportCommand.h"
#include "ParseTranslationsCommand.h"
#include "PrintableOutput.h"
#include "SimulateCommand.h"
#include "Translations.h"
#include "ValidateCommand.h"
#ifdef MESHNAT_HAVE_GUI
#include "CliGuiApplication.h"
#include "ExportCommand.h"
#include "ReportCommand.h"
#endif

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <memory>
#include <vector>

namespace {

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static void usage(QTextStream &s, const std::vector<std::unique_ptr<CliCommand>> &commands)
    {
        s << tr("Usage: meshnat-cli COMMAND [OPTIONS] [ARGS]") << '\n'
          << tr("       meshnat-cli --help | --version") << "\n\n"
          << tr("Commands:") << '\n';
        // Names as wide as the longest plus two spaces ("parse-translations" is 18).
        qsizetype width = 0;
        for (const auto &c : commands)
            width = qMax(width, c->name().size());
        for (const auto &c : commands)
            s << "  " << c->name().leftJustified(width + 2) << c->summary() << '\n';
        s << '\n'
          << tr("Run 'meshnat-cli COMMAND --help' for a command's options.") << '\n'
          << tr("Exit codes: 0 ok, 1 invalid input, 2 usage error.") << '\n';
        s.flush();
    }
};

// Commands that draw (QtGui and up); built only with the GUI.
void addGuiCommands(std::vector<std::unique_ptr<CliCommand>> *commands)
{
#ifdef MESHNAT_HAVE_GUI
    commands->push_back(std::make_unique<ExportCommand>());
    commands->push_back(std::make_unique<ReportCommand>());
#else
    Q_UNUSED(commands)
#endif
}

// A GUI application object only for a command that needs one (needsGui()).
std::unique_ptr<QCoreApplication>
createApplication(int &argc, char **argv, const std::vector<std::unique_ptr<CliCommand>> &commands)
{
#ifdef MESHNAT_HAVE_GUI
    for (const auto &c : commands) {
        if (argc > 1 && c->needsGui() && c->name() == QString::fromLocal8Bit(argv[1]))
            return CliGuiApplication::create(argc, argv);
    }
#else
    Q_UNUSED(commands)
#endif
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    std::vector<std::unique_ptr<CliCommand>> guiCommands;
    addGuiCommands(&guiCommands);
    const std::unique_ptr<QCoreApplication> application =
        createApplication(argc, argv, guiCommands);
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("meshnat-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MESHNAT_VERSION));
    // Messages follow the system locale (LANG=ja_JP.UTF-8 gives Japanese);
    // English loads its plural forms ("1 translation", "3 translations").
    QTranslator translator;
    if (Translations::load(translator, QLocale().language() == QLocale::Japanese
                                           ? QStringLiteral("ja")
                                           : QStringLiteral("en")))
        QCoreApplication::installTranslator(&translator);
    PrintableOutput stdOut(stdout);
    PrintableOutput stdErr(stderr);
    QTextStream out(&stdOut);
    QTextStream err(&stdErr);

    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<ValidateCommand>());
    commands.push_back(std::make_unique<SimulateCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<ParseTranslationsCommand>());
    commands.push_back(std::make_unique<DiagnoseCommand>());
    commands.push_back(std::make_unique<CompareCommand>());
    commands.push_back(std::make_unique<CaptureCommand>());
    for (auto &c : guiCommands)
        commands.push_back(std::move(c));

    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        Cli::usage(err, commands);
        return ExitUsage;
    }
    const QString first = args.first();
    if (first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("help")) {
        Cli::usage(out, commands);
        return ExitOk;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << "meshnat-cli " << MESHNAT_VERSION << " (Qt " << qVersion() << ")" << Qt::endl;
        return ExitOk;
    }
    for (const auto &c : commands) {
        if (c->name() == first)
            return c->run(args.mid(1), out, err);
    }
    err << Cli::tr("meshnat-cli: unknown command \"%1\"").arg(first) << "\n\n";
    Cli::usage(err, commands);
    return ExitUsage;
}
