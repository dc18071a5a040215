#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class Project;
class QCommandLineParser;

// Exit codes shared by every meshnat-cli command.
enum CliExit { ExitOk = 0, ExitInvalidInput = 1, ExitUsage = 2 };

// One meshnat-cli sub-command ("validate", "simulate", ...). run() gets the
// arguments after the command name and returns a CliExit code.
class CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliCommand)
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0; // one line for the command list (translated)
    virtual int run(const QStringList &arguments, QTextStream &out, QTextStream &err) = 0;
    // Commands that draw (export, report) need a GUI application object; main()
    // creates one (offscreen when there is no display) only for them.
    virtual bool needsGui() const { return false; }

protected:
    // The parser's help with this command's own usage line ("Usage: meshnat-cli
    // simulate [options] FILE"; Qt would name the program's path only).
    QString helpText(const QCommandLineParser &parser) const;
    // The common "FILE | --example KEY" form: adds those and --help to parser,
    // parses `arguments`. Returns -1 to go on (file or example set), or the exit
    // code to return at once (help printed, or a usage error reported).
    int parseProjectArguments(QCommandLineParser &parser, const QStringList &arguments,
                              const QString &usage, QTextStream &out, QTextStream &err,
                              QString *file, QString *example) const;
    // What a command does with the project: Simulate refuses a project holding
    // values its fields refuse (Project::holdValue), naming each; Inspect opens it.
    enum class Use { Simulate, Inspect };
    // Loads FILE, or the bundled example KEY when file is empty; on failure
    // writes the reader's message to err and returns false.
    static bool loadProject(const QString &file, const QString &exampleKey, Project *project,
                            QTextStream &err, QString *sourceName, Use use = Use::Simulate);
};
