#include "ImportPlan.h"

int ImportPlan::add(ObjectKind kind, ObjectId parent, int parentIndex, const FieldValues &values)
{
    return parentIndex >= 0 ? changes.createUnder(kind, parentIndex, values)
                            : changes.create(kind, parent, values);
}

void ImportPlan::note(const QString &message, int line, const QString &text)
{
    ImportIssue i;
    i.severity = ImportIssue::Note;
    i.line = line;
    i.text = text;
    i.message = message;
    notes.append(i);
}
