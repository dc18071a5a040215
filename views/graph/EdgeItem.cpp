#include "EdgeItem.h"

#include "GraphItemRole.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace {

// Where the segment from the centre of box towards target leaves the box.
QPointF borderPoint(const QRectF &box, const QPointF &target)
{
    const QPointF c = box.center();
    const QPointF d = target - c;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return c;
    const qreal sx = qFuzzyIsNull(d.x()) ? 1e9 : (box.width() / 2) / qAbs(d.x());
    const qreal sy = qFuzzyIsNull(d.y()) ? 1e9 : (box.height() / 2) / qAbs(d.y());
    const qreal s = qMin(1.0, qMin(sx, sy));
    return c + d * s;
}

} // namespace

EdgeItem::EdgeItem(ObjectId id, Style style)
    : m_id(id)
    , m_style(style)
{
    setData(GraphItemIdKey, id);
    setFlag(ItemIsSelectable);
    setZValue(style == PeerPairStyle ? 1.5 : 1);
    // A wide invisible pen gives the thin line a comfortable hit area.
    setPen(QPen(Qt::transparent, 10));
}

void EdgeItem::setEnds(const QRectF &a, const QRectF &b)
{
    setLine(QLineF(borderPoint(a, b.center()), borderPoint(b, a.center())));
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const bool selected = option->state & QStyle::State_Selected;
    QPen pen;
    if (m_style == PeerPairStyle) {
        pen = QPen(QColor(0x1d, 0x4f, 0x91), 2, Qt::DashLine);
    } else {
        pen = QPen(QColor(0x40, 0x40, 0x40), 2);
    }
    if (selected) {
        pen.setColor(QColor(0xd0, 0x30, 0x30));
        pen.setWidthF(pen.widthF() + 1.5);
    }
    pen.setCapStyle(Qt::RoundCap);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(pen);
    painter->drawLine(line());
}
