#pragma once

#include <QStyledItemDelegate>

#include <array>

// Paints a cell of a big read-only table with a handful of QPainter calls:
// background (selection or BackgroundRole), a DecorationRole icon, one line of
// text in the cell's FontRole, ForegroundRole and TextAlignmentRole, elided
// only when it does not fit. QStyledItemDelegate lays every cell out with a
// QTextLayout (line breaking, per-cell style options) on every frame, which
// was most of the time per frame when scrolling a million-row table.
class TableRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    // A text's width in the painter's font from a per-character advance table
    // (no shaping; Latin-1 digits, dots and letters of these tables do not kern),
    // measured properly when it has other characters.
    qreal quickWidth(const QFontMetricsF &metrics, const QString &text) const;

    mutable QFont m_advanceFont;
    mutable std::array<qreal, 256> m_advance{};
    mutable bool m_advanceValid = false;
};
