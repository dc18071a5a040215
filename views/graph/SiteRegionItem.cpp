#include "SiteRegionItem.h"

#include "GraphItemRole.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

SiteRegionItem::SiteRegionItem(ObjectId id)
    : m_id(id)
{
    setData(GraphItemIdKey, id);
    setFlag(ItemIsSelectable);
    setZValue(0);
}

void SiteRegionItem::setLabels(const QString &title, const QString &subtitle, const QColor &tint)
{
    m_title = title;
    m_subtitle = subtitle;
    m_tint = tint;
    setToolTip(subtitle.isEmpty() ? title : QStringLiteral("%1\n%2").arg(title, subtitle));
    update();
}

void SiteRegionItem::setDropTarget(bool on)
{
    if (on == m_dropTarget)
        return;
    m_dropTarget = on;
    update();
}

void SiteRegionItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF r = rect();
    const bool selected = option->state & QStyle::State_Selected;
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(selected || m_dropTarget ? QColor(0x1d, 0x4f, 0x91) : m_tint.darker(160),
                         selected || m_dropTarget ? 2.5 : 1.2,
                         selected ? Qt::SolidLine : Qt::DashLine));
    painter->setBrush(m_dropTarget ? m_tint.darker(108) : m_tint);
    painter->drawRoundedRect(r, 10, 10);

    QFont titleFont = painter->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    painter->setFont(titleFont);
    painter->setPen(QColor(0x20, 0x20, 0x20));
    const QRectF titleRect = r.adjusted(12, 6, -12, 0);
    const QFontMetricsF fm(titleFont);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignTop,
                      fm.elidedText(m_title, Qt::ElideRight, titleRect.width()));

    QFont small = titleFont;
    small.setBold(false);
    small.setPointSizeF(titleFont.pointSizeF() / 1.1 * 0.9);
    painter->setFont(small);
    painter->setPen(QColor(0x50, 0x50, 0x50));
    const QRectF subRect = titleRect.adjusted(0, fm.height() + 1, 0, 0);
    painter->drawText(subRect, Qt::AlignLeft | Qt::AlignTop,
                      QFontMetricsF(small).elidedText(m_subtitle, Qt::ElideRight, subRect.width()));
}
