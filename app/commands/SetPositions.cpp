#include "SetPositions.h"

#include "Project.h"

#include <QCoreApplication>

SetPositions::SetPositions(Project *project, const QHash<ObjectId, QPointF> &positions,
                           QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_project(project)
{
    for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
        const QPointF old = project->value(it.key(), Field::position).toPointF();
        const QPointF now = storable(it.value());
        if (project->contains(it.key()) && old != now) {
            m_old.insert(it.key(), old);
            m_new.insert(it.key(), now);
        }
    }
    setText(QCoreApplication::translate("Commands", "Move %n item(s)", nullptr,
                                        int(m_new.size())));
}

QPointF SetPositions::storable(const QPointF &p)
{
    return p.isNull() ? QPointF(1, 1) : p;
}

void SetPositions::redo()
{
    if (m_new.isEmpty()) {
        setObsolete(true); // nothing moved: no undo step
        return;
    }
    for (auto it = m_new.cbegin(); it != m_new.cend(); ++it)
        m_project->setValue(it.key(), Field::position, it.value());
}

void SetPositions::undo()
{
    for (auto it = m_old.cbegin(); it != m_old.cend(); ++it)
        m_project->setValue(it.key(), Field::position, it.value());
}
