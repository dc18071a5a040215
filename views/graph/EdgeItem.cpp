#include "EdgeItem.h"

#include "GraphItemRole.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace {

constexpr qreal BadgeRadius = 11;

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
    setData(GraphItemPairKey, style == PeerPairStyle);
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setZValue(style == PeerPairStyle ? 1.5 : 1);
    // A wide invisible pen gives the thin line a comfortable hit area.
    setPen(QPen(Qt::transparent, 10));
}

void EdgeItem::setId(ObjectId id)
{
    m_id = id;
    setData(GraphItemIdKey, id);
}

QColor EdgeItem::colour(State state)
{
    switch (state) {
    case Up: return QColor(0x1e, 0x8e, 0x3e);
    case Down: return QColor(0xd0, 0x26, 0x26);
    case Grey: return QColor(0x8a, 0x8a, 0x8a);
    case Unknown: break;
    }
    return QColor(0x1d, 0x4f, 0x91);
}

void EdgeItem::setState(State state)
{
    if (state == m_state)
        return;
    prepareGeometryChange(); // the Down badge changes the bounds
    m_state = state;
    update();
}

void EdgeItem::setEnds(const QRectF &a, const QRectF &b)
{
    setLine(QLineF(borderPoint(a, b.center()), borderPoint(b, a.center())));
}

QRectF EdgeItem::boundingRect() const
{
    QRectF r = QGraphicsLineItem::boundingRect();
    if (m_state == Down) {
        const QPointF c = line().center();
        r |= QRectF(c.x() - BadgeRadius - 2, c.y() - BadgeRadius - 2, 2 * BadgeRadius + 4,
                    2 * BadgeRadius + 4);
    }
    return r;
}

QPainterPath EdgeItem::shape() const
{
    QPainterPath path = QGraphicsLineItem::shape();
    if (m_state == Down)
        path.addEllipse(line().center(), BadgeRadius, BadgeRadius);
    return path;
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const bool selected = option->state & QStyle::State_Selected;
    QPen pen;
    if (m_style == PeerPairStyle) {
        pen = QPen(colour(m_state), m_state == Up || m_state == Down ? 3 : 2,
                   m_state == Up ? Qt::SolidLine : Qt::DashLine);
    } else {
        pen = QPen(QColor(0x40, 0x40, 0x40), 2);
    }
    if (selected) {
        pen.setColor(pen.color().darker(140));
        pen.setWidthF(pen.widthF() + 2);
    }
    pen.setCapStyle(Qt::RoundCap);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(pen);
    painter->drawLine(line());
    if (m_state == Down) {
        const QPointF c = line().center();
        painter->setPen(QPen(Qt::white, 2));
        painter->setBrush(colour(Down));
        painter->drawEllipse(c, BadgeRadius, BadgeRadius);
        painter->setPen(QPen(Qt::white, 3, Qt::SolidLine, Qt::RoundCap));
        const qreal k = BadgeRadius * 0.4;
        painter->drawLine(c + QPointF(-k, -k), c + QPointF(k, k));
        painter->drawLine(c + QPointF(-k, k), c + QPointF(k, -k));
    }
}
