#pragma once

#include "Field.h"
#include "ObjectId.h"

#include <QHash>
#include "WorkbenchPart.h"

class Document;
class ObjectSelection;
class QAction;

// The Edit menu's Add… and Delete actions. Each action is one undo step; the
// target site or device follows the current selection, and new objects get
// unique names and become the selection so their fields can be filled in.
class EditController : public WorkbenchPart
{
    Q_OBJECT
public:
    explicit EditController(const Workbench &wb);

    QAction *addAction(ObjectKind kind) const { return m_addActions.value(int(kind)); }
    QList<QAction *> addActions() const; // in menu order
    QAction *deleteAction() const { return m_deleteAction; }

    // The parent a new object of this kind would get (NoId for sites or when
    // nothing suitable is selected).
    ObjectId targetParent(ObjectKind kind) const;
    // Pushes an AddObject command; returns the new id or NoId.
    ObjectId add(ObjectKind kind);
    bool removeCurrent();
    void retranslate() override;

public slots:
    void updateActions();

private:
    FieldValues defaultValues(ObjectKind kind, ObjectId parent) const;

    ObjectSelection *m_selection;
    QHash<int, QAction *> m_addActions;
    QAction *m_deleteAction;
};
