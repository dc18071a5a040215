#pragma once

#include <QAbstractItemView>
#include <QItemSelectionModel>

// Follows the shared selection in one view: makes index the current, selected
// and visible row, or clears the selection when the view has no row for it.
inline void selectRowOrClear(QAbstractItemView *view, const QModelIndex &index)
{
    if (index.isValid()) {
        view->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        view->scrollTo(index);
    } else {
        view->selectionModel()->clear();
    }
}
