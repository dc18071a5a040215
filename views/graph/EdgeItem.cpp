#include "EdgeItem.h"

#include "GraphItemRole.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace {

constexpr qreal BadgeRadius = 11;
constexpr qreal HitWidth = 10;

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

// The part of a line inside a rectangle (Liang-Barsky); false if none.
bool clipLine(const QLineF &line, const QRectF &rect, qreal *t0, qreal *t1)
{
    const qreal dx = line.dx();
    const qreal dy = line.dy();
    const qreal p[4] = {-dx, dx, -dy, dy};
    const qreal q[4] = {line.x1() - rect.left(), rect.right() - line.x1(),
                        line.y1() - rect.top(), rect.bottom() - line.y1()};
    *t0 = 0;
    *t1 = 1;
    for (int i = 0; i < 4; ++i) {
        if (qFuzzyIsNull(p[i])) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const qreal r = q[i] / p[i];
        if (p[i] < 0)
            *t0 = qMax(*t0, r);
        else
            *t1 = qMin(*t1, r);
    }
    return *t0 <= *t1;
}

} // namespace

EdgeItem::EdgeItem(ObjectId id, Style style)
    : m_id(id)
    , m_style(style)
{
    setData(GraphItemIdKey, id);
    setData(GraphItemPairKey, style == PeerPairStyle);
    // exposedRect lets paint() draw only the visible part of long lines.
    setFlag(ItemUsesExtendedStyleOption);
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setZValue(style == PeerPairStyle ? 1.5 : 1);
    setPen(QPen(Qt::NoPen));
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
    updateGeometry();
    update();
}

void EdgeItem::setEnds(const QRectF &a, const QRectF &b)
{
    const QLineF ends(borderPoint(a, b.center()), borderPoint(b, a.center()));
    if (ends == line())
        return;
    prepareGeometryChange();
    setLine(ends);
    updateGeometry();
}

void EdgeItem::updateGeometry()
{
    // QGraphicsLineItem strokes its path for every boundingRect() and shape()
    // call; with thousands of edges that dominates moves and repaints, so the
    // hit area (a band around the line) and the bounds are computed once here.
    const QLineF l = line();
    QPointF normal = l.length() > 0 ? QPointF(-l.dy(), l.dx()) / l.length() * HitWidth / 2
                                    : QPointF(HitWidth / 2, 0);
    QPolygonF band;
    band << l.p1() + normal << l.p2() + normal << l.p2() - normal << l.p1() - normal;
    m_shape = QPainterPath();
    m_shape.addPolygon(band);
    m_shape.closeSubpath();
    m_bounds = band.boundingRect().adjusted(-2, -2, 2, 2);
    if (m_state == Down) {
        const QPointF c = l.center();
        m_shape.addEllipse(c, BadgeRadius, BadgeRadius);
        m_bounds |= QRectF(c.x() - BadgeRadius - 2, c.y() - BadgeRadius - 2, 2 * BadgeRadius + 4,
                           2 * BadgeRadius + 4);
    }
}

QRectF EdgeItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath EdgeItem::shape() const
{
    return m_shape;
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
    // Dashing a long line costs its whole length, visible or not (a thousand
    // tunnels across a zoomed-in view): draw only the exposed part, with the
    // dash offset that keeps the pattern in place.
    qreal t0 = 0;
    qreal t1 = 1;
    const QLineF l = line();
    if (!clipLine(l, option->exposedRect.adjusted(-4, -4, 4, 4), &t0, &t1)) {
        t0 = t1 = -1;
    } else if (pen.style() != Qt::SolidLine && pen.widthF() > 0) {
        pen.setDashOffset(l.length() * t0 / pen.widthF());
    }
    painter->setPen(pen);
    if (t0 >= 0)
        painter->drawLine(QLineF(l.pointAt(t0), l.pointAt(t1)));
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
