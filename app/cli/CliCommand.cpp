#include "CliCommand.h"

#include "Examples.h"
#include "Project.h"
#include "ProjectReader.h"

bool CliCommand::loadProject(const QString &file, const QString &exampleKey, Project *project,
                             QTextStream &err, QString *sourceName)
{
    QString path = file;
    if (path.isEmpty()) {
        path = Examples::resourcePath(exampleKey);
        if (path.isEmpty()) {
            err << tr("meshnat-cli: unknown example \"%1\" (known: %2)")
                       .arg(exampleKey, Examples::keys().join(QStringLiteral(", ")))
                << Qt::endl;
            return false;
        }
    }
    ProjectReader reader;
    if (!reader.read(path, project)) {
        err << reader.errorString() << Qt::endl;
        return false;
    }
    *sourceName = file.isEmpty() ? exampleKey : file;
    return true;
}
