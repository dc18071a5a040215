#include "RenameObject.h"

#include "Project.h"
#include "ProjectSchema.h"

#include <QCoreApplication>

RenameObject::RenameObject(Project *project, ObjectId id, const QString &newName,
                           QUndoCommand *parent)
    : ChangeValue(project, id, Field::name, project->value(id, Field::name),
                  newName, parent)
{
    setText(QCoreApplication::translate("Commands", "Rename %1")
                .arg(ProjectSchema::kindDisplayName(project->kind(id))));
}
