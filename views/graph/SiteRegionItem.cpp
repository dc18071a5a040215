#include "SiteRegionItem.h"

#include "GraphPalette.h"

#include "GraphFonts.h"
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

void SiteRegionItem::setLabels(const QString &title, const QString &subtitle, int tint)
{
    m_title = title;
    m_subtitle = subtitle;
    m_tint = tint;
    setToolTip(subtitle.isEmpty() ? title : QStringLiteral("%1\n%2").arg(title, subtitle));
    update();
}

void SiteRegionItem::setDropTarget(bool on, const QString &caption)
{
    if (on == m_dropTarget && caption == m_dropCaption)
        return;
    m_dropTarget = on;
    m_dropCaption = on ? caption : QString();
    update();
}

void SiteRegionItem::setTextScale(qreal scale)
{
    m_scale = scale;
    update();
}

QSizeF SiteRegionItem::labelSize() const
{
    const QFontMetricsF title(GraphFonts::text(m_scale * 1.1, true));
    const QFontMetricsF small(GraphFonts::text(m_scale * 0.9));
    return QSizeF(24 * m_scale
                      + qMax(title.horizontalAdvance(m_title), small.horizontalAdvance(m_subtitle)),
                  6 * m_scale + title.height() + 1 + small.height() + 8 * m_scale);
}

void SiteRegionItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF r = rect();
    const qreal s = m_scale;
    const bool selected = option->state & QStyle::State_Selected;
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette palette = graphPalette(this);
    const bool neutral = m_tint == Neutral;
    const QColor fill = neutral ? Theme::mix(palette.color(QPalette::Base),
                                             palette.color(QPalette::Text), 0.06)
                                : Theme::categoryFill(m_tint, palette);
    const QColor outline = neutral ? Theme::gridColor(palette) : Theme::categoryColor(m_tint, palette);
    painter->setPen(QPen(selected || m_dropTarget ? Theme::selection(palette) : outline,
                         (m_dropTarget ? 3.5 : selected ? 2.5 : 1.2) * s,
                         selected || m_dropTarget ? Qt::SolidLine : Qt::DashLine));
    painter->setBrush(m_dropTarget ? Theme::mix(fill, outline, 0.15) : fill);
    painter->drawRoundedRect(r, 10 * s, 10 * s);

    QFont titleFont = GraphFonts::text(s * 1.1, true);
    // Zoomed out until the title would be under 4 pixels tall (a large
    // topology at fit, the overview): it cannot be read, and shaping text at
    // that size is not free.
    if (titleFont.pixelSize() * option->levelOfDetailFromTransform(painter->worldTransform()) < 4)
        return;
    painter->setFont(titleFont);
    painter->setPen(palette.color(QPalette::Text));
    const QRectF titleRect = r.adjusted(12 * s, 6 * s, -12 * s, 0);
    const QFontMetricsF fm(titleFont);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignTop,
                      fm.elidedText(m_title, Qt::ElideRight, titleRect.width()));

    const QFont small = GraphFonts::text(s * 0.9);
    painter->setFont(small);
    painter->setPen(graphMutedText(palette));
    const QRectF subRect = titleRect.adjusted(0, fm.height() + 1, 0, 0);
    painter->drawText(subRect, Qt::AlignLeft | Qt::AlignTop,
                      QFontMetricsF(small).elidedText(m_subtitle, Qt::ElideRight, subRect.width()));
}
