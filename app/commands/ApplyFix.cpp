#include "ApplyFix.h"

#include "AddObject.h"
#include "ChangeValue.h"
#include "Project.h"
#include "RemoveObject.h"

#include <QCoreApplication>

ApplyFix::ApplyFix(Project *project, const Fix &fix, QUndoCommand *parent)
    : QUndoCommand(parent)
{
    setText(QCoreApplication::translate("Commands", "Apply Fix: %1").arg(fix.summary));
    for (const FixOperation &op : fix.operations) {
        switch (op.type) {
        case FixOperation::Add:
            new AddObject(project, op.kind, op.parent, op.values, this);
            break;
        case FixOperation::Set:
            new ChangeValue(project, op.id, op.key, project->value(op.id, op.key), op.value, this);
            break;
        case FixOperation::Remove:
            new RemoveObject(project, op.id, this);
            break;
        }
    }
}
