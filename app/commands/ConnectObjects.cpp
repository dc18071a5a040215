#include "ConnectObjects.h"

#include "Project.h"

#include <QCoreApplication>

ConnectObjects::ConnectObjects(Project *project, ObjectId a, ObjectId b, QUndoCommand *parent)
    : AddObject(project, ObjectKind::Link, NoId,
                {{Field::a, a}, {Field::b, b}}, parent)
{
    setText(QCoreApplication::translate("Commands", "Connect %1 and %2")
                .arg(project->displayName(a), project->displayName(b)));
}

ObjectId ConnectObjects::existingLink(const Project &project, ObjectId a, ObjectId b)
{
    for (ObjectId link : project.objects(ObjectKind::Link)) {
        const ObjectId x = project.value(link, Field::a).toUInt();
        const ObjectId y = project.value(link, Field::b).toUInt();
        if ((x == a && y == b) || (x == b && y == a))
            return link;
    }
    return NoId;
}
