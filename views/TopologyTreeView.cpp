#include "TopologyTreeView.h"

#include "RowSelection.h"
#include "KindIconProxyModel.h"
#include "TopologyTreeModel.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QMenu>

TopologyTreeView::TopologyTreeView(Project *project, QWidget *parent)
    : QTreeView(parent)
    , m_model(new TopologyTreeModel(project, this))
    , m_proxy(new KindIconProxyModel(TopologyTreeModel::KindRole, this))
{
    m_proxy->setSourceModel(m_model);
    setModel(m_proxy);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
    expandAll();
    // Keep new objects visible: a freshly loaded project or an added device opens up.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &QTreeView::expandAll);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent) { expand(parent); });
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (!m_syncing)
                    emit currentObjectChanged(currentObject());
                Q_UNUSED(current)
            });
}

ObjectId TopologyTreeView::currentObject() const
{
    const QModelIndex index = m_proxy->mapToSource(currentIndex());
    return index.isValid() ? m_model->idOf(index) : NoId;
}

void TopologyTreeView::setCurrentObject(ObjectId id)
{
    if (currentObject() == id && (id == NoId || selectionModel()->hasSelection()))
        return;
    m_syncing = true;
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(id));
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        expand(p);
    selectRowOrClear(this, index);
    m_syncing = false;
}

void TopologyTreeView::contextMenuEvent(QContextMenuEvent *event)
{
    // Right-click acts on the row under the mouse, like every file manager.
    const QModelIndex index = indexAt(event->pos());
    if (index.isValid())
        setCurrentIndex(index);
    else
        setCurrentIndex(QModelIndex());
    QMenu menu(this);
    for (QAction *action : std::as_const(m_contextActions)) {
        if (!action)
            menu.addSeparator();
        else if (action->isEnabled())
            menu.addAction(action);
    }
    if (!menu.isEmpty())
        menu.exec(event->globalPos());
}

void TopologyTreeView::changeEvent(QEvent *event)
{
    // Labels come from the model's tr() at paint time: repaint after a language switch.
    if (event->type() == QEvent::LanguageChange) {
        emit m_model->headerDataChanged(Qt::Horizontal, 0, TopologyTreeModel::ColumnCount - 1);
        viewport()->update();
    }
    QTreeView::changeEvent(event);
}
