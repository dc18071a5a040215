// autosave_editor: a MeshNAT workbench process for tst_autosave to kill.
//   autosave_editor EXAMPLE|FILE NEW-TITLE
// Opens the project like meshnat does (same window, same autosave wiring),
// renames it through the undo stack as the property editor would, prints
// "autosaved <copy>" once the autosave is written and then keeps running until
// it is killed (SIGKILL: a crash) or gets "quit" on stdin (a normal close).

#include "Document.h"
#include "FileController.h"
#include "MainWindow.h"
#include "Project.h"
#include "ScriptedPrompts.h"
#include "autosave/AutosaveStore.h"
#include "autosave/Autosaver.h"
#include "commands/ChangeValue.h"

#include <QApplication>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QUndoStack>

#include <cstdio>
#include <unistd.h>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("MeshNAT"));
    QApplication::setOrganizationName(QStringLiteral("MeshNAT"));
    if (argc != 3) {
        std::fprintf(stderr, "usage: autosave_editor EXAMPLE|FILE NEW-TITLE\n");
        return 2;
    }
    AutosaveStore store;
    if (!store.open()) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
        return 1;
    }
    MainWindow window;
    auto prompts = std::make_unique<ScriptedPrompts>();
    prompts->answer = UserPrompts::Discard; // "quit" closes without saving
    window.setPrompts(std::move(prompts));
    Autosaver *autosaver = Autosaver::attach(&window, &store);
    window.show();
    const QString what = QString::fromLocal8Bit(argv[1]);
    const bool opened = QFileInfo::exists(what) ? window.files()->openFile(what)
                                                : window.files()->openExample(what);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(window.document()->errorString()));
        return 1;
    }
    QObject::connect(autosaver, &Autosaver::saved, [](const QString &copy) {
        std::printf("autosaved %s\n", qPrintable(copy));
        std::fflush(stdout);
    });
    QObject::connect(autosaver, &Autosaver::failed, [](const QString &message) {
        std::fprintf(stderr, "autosave failed: %s\n", qPrintable(message));
    });
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&window] {
        char line[64] = {};
        if (::read(STDIN_FILENO, line, sizeof line - 1) <= 0 || qstrncmp(line, "quit", 4) == 0)
            window.close();
    });

    Project *project = window.document()->project();
    const QVariant old = project->value(NoId, Field::name);
    window.document()->undoStack()->push(
        new ChangeValue(project, NoId, Field::name, old, QString::fromLocal8Bit(argv[2])));
    return app.exec();
}
