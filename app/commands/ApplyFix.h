#pragma once

#include "Finding.h"

#include <QUndoCommand>

class Project;

// Applies a diagnosis fix's project changes as one undo step: one child
// command (AddObject, ChangeValue, RemoveObject) per operation, in order.
class ApplyFix : public QUndoCommand
{
public:
    ApplyFix(Project *project, const Fix &fix, QUndoCommand *parent = nullptr);
};
