#pragma once

#include "ObjectId.h"

#include <QList>
#include <QTreeView>

class KindIconProxyModel;
class Project;
class QAction;
class TopologyTreeModel;

// The topology tree (sites, devices and their parts, appliances) with kind icons
// and a context menu of edit actions. It reports clicks as ids and follows the
// shared selection through setCurrentObject().
class TopologyTreeView : public QTreeView
{
    Q_OBJECT
public:
    explicit TopologyTreeView(Project *project, QWidget *parent = nullptr);

    TopologyTreeModel *treeModel() const { return m_model; }
    ObjectId currentObject() const;
    void setContextActions(const QList<QAction *> &actions) { m_contextActions = actions; }

public slots:
    void setCurrentObject(ObjectId id);

signals:
    void currentObjectChanged(ObjectId id);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    TopologyTreeModel *m_model;
    KindIconProxyModel *m_proxy;
    QList<QAction *> m_contextActions;
    bool m_syncing = false;
};
