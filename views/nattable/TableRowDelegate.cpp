#include "TableRowDelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QIcon>
#include <QPainter>

qreal TableRowDelegate::quickWidth(const QFontMetricsF &metrics, const QString &text) const
{
    qreal width = 0;
    for (QChar c : text) {
        const ushort u = c.unicode();
        if (u > 0xff)
            return metrics.horizontalAdvance(text); // not Latin-1: measure it properly
        width += m_advance[u];
    }
    return width;
}

void TableRowDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = !(option.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (option.state & QStyle::State_Active) ? QPalette::Active
                                                                               : QPalette::Inactive;
    QRect rect = option.rect;
    if (selected) {
        painter->fillRect(rect, option.palette.brush(group, QPalette::Highlight));
    } else {
        const QVariant background = index.data(Qt::BackgroundRole);
        if (background.isValid())
            painter->fillRect(rect, background.value<QBrush>());
    }

    const QVariant decoration = index.data(Qt::DecorationRole);
    if (decoration.isValid()) {
        const QSize size = option.decorationSize;
        const QRect iconRect(rect.left() + 3, rect.top() + (rect.height() - size.height()) / 2,
                             size.width(), size.height());
        const QIcon icon = decoration.value<QIcon>();
        icon.paint(painter, iconRect, Qt::AlignCenter,
                   selected ? QIcon::Selected : QIcon::Normal);
        rect.setLeft(iconRect.right() + 4);
    }

    const QString text = index.data(Qt::DisplayRole).toString();
    if (!text.isEmpty()) {
        painter->save();
        const QVariant fontValue = index.data(Qt::FontRole);
        QFont font = option.font;
        if (fontValue.isValid())
            font = fontValue.value<QFont>().resolve(option.font);
        painter->setFont(font);
        QColor colour = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        if (!selected) {
            const QVariant foreground = index.data(Qt::ForegroundRole);
            if (foreground.isValid())
                colour = foreground.value<QBrush>().color();
        }
        painter->setPen(colour);
        const QVariant alignValue = index.data(Qt::TextAlignmentRole);
        const Qt::Alignment align = alignValue.isValid()
                                        ? Qt::Alignment(alignValue.toInt())
                                        : Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter);
        const int margin = QApplication::style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr,
                                                              option.widget) + 1;
        const QRect textRect = rect.adjusted(margin, 0, -margin, 0);
        const QFontMetricsF metrics(font, painter->device());
        if (!m_advanceValid || m_advanceFont != font) {
            m_advanceFont = font;
            for (int c = 0; c < 256; ++c)
                m_advance[size_t(c)] = metrics.horizontalAdvance(QChar(c));
            m_advanceValid = true;
        }
        QString shown = text;
        qreal width = quickWidth(metrics, text);
        if (width > textRect.width()) {
            shown = metrics.elidedText(text, Qt::ElideRight, textRect.width());
            width = metrics.horizontalAdvance(shown);
        }
        // One line, no layout: the baseline from the font's metrics.
        qreal x = textRect.left();
        if (align & Qt::AlignRight)
            x = textRect.right() + 1 - width;
        else if (align & Qt::AlignHCenter)
            x = textRect.left() + (textRect.width() - width) / 2;
        const qreal y = textRect.top() + (textRect.height() - metrics.height()) / 2 + metrics.ascent();
        painter->drawText(QPointF(x, y), shown);
        painter->restore();
    }

    if (option.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(option);
        focus.rect = option.rect;
        focus.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
        focus.backgroundColor = option.palette.color(group, selected ? QPalette::Highlight : QPalette::Window);
        const QWidget *widget = option.widget;
        (widget ? widget->style() : QApplication::style())
            ->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
}
