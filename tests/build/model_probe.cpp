// Links meshnat_model and nothing else, so its run-time dependencies show
// exactly what the model library pulls in (see CheckNoGui.cmake).
#include "Examples.h"
#include "Project.h"
#include "ProjectReader.h"
#include "Simulator.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Project project;
    ProjectReader reader;
    if (!reader.read(Examples::resourcePath(QStringLiteral("seed-incident")), &project))
        return 1;
    return Simulator::run(project)->events.empty() ? 1 : 0;
}
