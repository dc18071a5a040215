// meshnat: the MeshNAT workbench.
//   meshnat [FILE] [--example KEY] [--lang en|ja] [--theme system|light|dark] [--screenshot OUT.png]
//           [--autosave-interval SECONDS]

#include "Examples.h"
#include "Document.h"
#include "FileController.h"
#include "LanguageManager.h"
#include "LayoutController.h"
#include "MainWindow.h"
#include "ThemeManager.h"
#include "autosave/AutosaveStore.h"
#include "autosave/Autosaver.h"
#include "autosave/CrashRecovery.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QPixmap>
#include <QTimer>

#include <cstdio>

namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "meshnat: %s\n", qPrintable(message));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("MeshNAT"));
    QApplication::setOrganizationName(QStringLiteral("MeshNAT"));
    QApplication::setApplicationVersion(QStringLiteral(MESHNAT_VERSION));
    // The installed desktop entry and icon (packaging/): Wayland app id, task bar.
    QGuiApplication::setDesktopFileName(QStringLiteral(MESHNAT_DESKTOP_ID));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("meshnat")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Workbench for HCX Service Mesh tunnels behind NAT."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QStringLiteral("Project file (.meshnat) to open."),
                                 QStringLiteral("[FILE]"));
    const QCommandLineOption exampleOption(
        QStringLiteral("example"),
        QStringLiteral("Open a bundled example: %1.")
            .arg(Examples::keys().join(QStringLiteral(", "))),
        QStringLiteral("key"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("User-interface language: en or ja."),
                                        QStringLiteral("code"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QStringLiteral("Save a PNG of the main window to this file and exit."),
        QStringLiteral("file"));
    const QCommandLineOption autosaveOption(
        QStringLiteral("autosave-interval"),
        QStringLiteral("Seconds between autosaves of unsaved changes (0: off)."),
        QStringLiteral("seconds"));
    parser.addOptions({exampleOption, langOption, screenshotOption, autosaveOption});
    const QCommandLineOption themeOption(
        QStringLiteral("theme"),
        QStringLiteral("Colour theme for this run: system, light or dark (View > Theme keeps one)."),
        QStringLiteral("theme"));
    parser.addOption(themeOption);
    parser.process(app);

    // Before any window: --theme is a one-off choice (screenshots), else the saved one.
    ThemeManager::Mode theme = ThemeManager::preferredMode();
    if (parser.isSet(themeOption) && !ThemeManager::fromKey(parser.value(themeOption), &theme)) {
        printError(QStringLiteral("unknown theme \"%1\"; use system, light or dark")
                       .arg(parser.value(themeOption)));
        return 2;
    }
    ThemeManager::instance()->setMode(theme, false);

    AutosaveStore autosaves; // outlives the window: its copies go first on a normal close
    if (!autosaves.open())
        printError(autosaves.errorString());
    MainWindow window;
    Autosaver *autosaver = Autosaver::attach(&window, &autosaves);
    if (parser.isSet(autosaveOption))
        autosaver->setIntervalMs(int(parser.value(autosaveOption).toDouble() * 1000));
    // --lang is a one-off choice; the saved preference stays as it was.
    const QString lang = parser.isSet(langOption) ? parser.value(langOption)
                                                  : LanguageManager::preferredLanguage();
    if (!window.language()->setLanguage(lang, false)) {
        printError(QStringLiteral("unknown or unavailable language \"%1\"; using English")
                       .arg(lang));
    }

    // A failed load on the command line still opens the workbench, with the error
    // on stderr and (through FileController) in the window.
    window.layoutMemory()->restore(); // how the user left it last time
    window.show();
    const QString example = parser.value(exampleOption);
    const QStringList files = parser.positionalArguments();
    bool loaded = true;
    if (!example.isEmpty())
        loaded = window.files()->openExample(example);
    else if (!files.isEmpty())
        loaded = window.files()->openFile(QDir::current().absoluteFilePath(files.first()));
    if (!loaded)
        printError(window.document()->errorString());
    // Once the window is up: copies a crashed instance left behind.
    QTimer::singleShot(0, &window, [&window, &autosaves, autosaver] {
        CrashRecovery::offer(&window, &autosaves, autosaver);
    });

    if (parser.isSet(screenshotOption)) {
        const QString out = parser.value(screenshotOption);
        // Let layouts, the graph's fit-to-window and pending validation settle first.
        QTimer::singleShot(700, &window, [&window, out] {
            QApplication::processEvents();
            QWidget *dialog = QApplication::activeModalWidget(); // e.g. crash recovery
            const QPixmap shot = dialog ? dialog->grab() : window.grab();
            if (!shot.save(out)) {
                printError(QStringLiteral("cannot write screenshot %1").arg(out));
                QApplication::exit(1);
                return;
            }
            QApplication::exit(0);
        });
    }
    return app.exec();
}
