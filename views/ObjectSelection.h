#pragma once

#include "ObjectId.h"

#include <QObject>

// The one current object shared by every view (tree, graph, tables, property
// editor). Views set it on user clicks and follow currentChanged(); the equality
// check stops views that echo the change from looping.
class ObjectSelection : public QObject
{
    Q_OBJECT
public:
    explicit ObjectSelection(QObject *parent = nullptr);

    ObjectId current() const { return m_current; }

public slots:
    void setCurrent(ObjectId id);
    void clear() { setCurrent(NoId); }

signals:
    void currentChanged(ObjectId id);

private:
    ObjectId m_current = NoId;
};
