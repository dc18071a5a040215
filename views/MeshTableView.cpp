#include "MeshTableView.h"

#include "RowSelection.h"
#include "ServiceMeshTableModel.h"

#include <QEvent>
#include <QHeaderView>

MeshTableView::MeshTableView(Project *project, QWidget *parent)
    : QTableView(parent)
    , m_model(new ServiceMeshTableModel(project, this))
{
    setModel(m_model);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (!m_syncing)
            emit currentObjectChanged(currentObject());
    });
}

ObjectId MeshTableView::currentObject() const
{
    return currentIndex().isValid() ? m_model->idOf(currentIndex()) : NoId;
}

void MeshTableView::setCurrentObject(ObjectId id)
{
    m_syncing = true;
    // Another kind of object may be current: then no mesh row is.
    selectRowOrClear(this, m_model->indexOf(id));
    m_syncing = false;
}

void MeshTableView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        emit m_model->headerDataChanged(Qt::Horizontal, 0, ServiceMeshTableModel::ColumnCount - 1);
        viewport()->update();
    }
    QTableView::changeEvent(event);
}
