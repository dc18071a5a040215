#include "ObjectSelection.h"

ObjectSelection::ObjectSelection(QObject *parent)
    : QObject(parent)
{
}

void ObjectSelection::setCurrent(ObjectId id)
{
    if (id == m_current)
        return;
    m_current = id;
    emit currentChanged(id);
}
