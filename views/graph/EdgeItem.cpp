#include "EdgeItem.h"

#include "EdgeLayer.h"

#include "GraphPalette.h"

#include "GraphFonts.h"
#include "GraphItemRole.h"

#include <QFontMetricsF>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace {

constexpr qreal BadgeRadius = 11;
constexpr qreal HitWidth = 10;
// A tunnel runs this far beside the physical link it shares with its device.
constexpr qreal Lane = 7;
// Along the segment beyond the device: the port label, then the Down badge.
constexpr qreal LabelAt = 0.3;
constexpr qreal BadgeAt = 0.62;
// Zoomed out below this height on screen (pixels), a port label's text is not drawn.
constexpr qreal MinLabelHeight = 6;
// Between a port label's marker and its text.
constexpr qreal MarkGap = 4;

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

void setAntialiasing(QPainter *painter, bool on)
{
    // Setting a hint costs even when it does not change it.
    if (painter->testRenderHint(QPainter::Antialiasing) != on)
        painter->setRenderHint(QPainter::Antialiasing, on);
}

// Puts antialiasing back as the painter had it (the canvas does not restore
// the painter between items; the edge image draws its thin lines without).
struct AntialiasingKept
{
    QPainter *painter;
    bool on = painter->testRenderHint(QPainter::Antialiasing);
    ~AntialiasingKept() { setAntialiasing(painter, on); }
};

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

QColor EdgeItem::colour(State state, const QPalette &palette)
{
    switch (state) {
    case Up: return Theme::color(Theme::Up, palette);
    case Down: return Theme::color(Theme::Down, palette);
    case Grey: return Theme::color(Theme::NotDeployed, palette);
    case Unknown: break;
    }
    return Theme::categoryColor(0, palette);
}

QPen EdgeItem::pen(Style style, State state, const QPalette &palette, qreal scale)
{
    QPen pen;
    if (style == PeerPairStyle)
        pen = QPen(colour(state, palette), (state == Up || state == Down ? 3 : 2) * scale,
                   state == Up ? Qt::SolidLine : Qt::DashLine);
    else
        pen = QPen(Theme::mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.2),
                   2 * scale);
    pen.setCapStyle(Qt::RoundCap);
    return pen;
}

QColor EdgeItem::markColour(PortMark mark, const QPalette &palette)
{
    switch (mark) {
    case PortChanged: return Theme::color(Theme::Warning, palette);
    case PortCollision: return Theme::color(Theme::Collision, palette);
    case PortKept: break;
    }
    return graphMutedText(palette);
}

void EdgeItem::setState(State state)
{
    if (state == m_state)
        return;
    changing();
    prepareGeometryChange(); // the Down badge changes the bounds
    m_state = state;
    updateGeometry();
    update();
}

void EdgeItem::setTextScale(qreal scale)
{
    if (qFuzzyCompare(scale, m_scale))
        return;
    changing();
    prepareGeometryChange();
    m_scale = scale;
    updateGeometry();
    update();
}

void EdgeItem::setPortLabel(const QString &label, PortMark mark)
{
    if (label == m_portLabel && mark == m_portMark)
        return;
    changing();
    prepareGeometryChange();
    m_portLabel = label;
    m_portMark = mark;
    updateGeometry();
    update();
}

void EdgeItem::setEnds(const QRectF &a, const QRectF &b, const QRectF &via)
{
    QPolygonF route;
    if (via.isNull() || m_style != PeerPairStyle) {
        route << borderPoint(a, b.center()) << borderPoint(b, a.center());
    } else {
        // Beside the appliance's physical link to the device, then on from the
        // device (which is drawn over the corner) to the peer.
        const QLineF in(a.center(), via.center());
        const QPointF normal = in.length() > 0
                                   ? QPointF(-in.dy(), in.dx()) / in.length() * Lane * m_scale
                                   : QPointF();
        route << borderPoint(a, via.center()) + normal << via.center() + normal
              << borderPoint(b, via.center());
    }
    const QPointF exit = route.size() == 3 ? borderPoint(via, route[2]) : QPointF();
    const QLineF ends(route.first(), route.last());
    if (route == m_route && exit == m_exit)
        return;
    changing();
    m_exit = exit;
    prepareGeometryChange();
    m_route = route;
    setLine(ends);
    updateGeometry();
}

void EdgeItem::setLayer(EdgeLayer *layer)
{
    m_layer = layer;
    if (layer)
        layer->adopt(this);
}

void EdgeItem::changing()
{
    if (m_layer)
        m_layer->edgeChanging(this);
}

QVariant EdgeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSelectedChange || change == ItemVisibleChange)
        changing();
    return QGraphicsLineItem::itemChange(change, value);
}

QSizeF EdgeItem::portLabelSize(const QString &label, qreal scale)
{
    const QFontMetricsF fm(GraphFonts::address(scale, true));
    // Padding, the marker, the gap after it, the text, padding.
    return QSizeF(6 * scale + 10 * scale + MarkGap * scale + fm.horizontalAdvance(label)
                      + 6 * scale,
                  fm.height() + 6 * scale);
}

QRectF EdgeItem::portLabelRect() const
{
    if (m_portLabel.isEmpty() || m_route.size() < 3)
        return QRectF();
    // On the outside segment, clear of the device box: at least its own
    // half-diagonal beyond where the segment leaves the device.
    const QLineF out(m_exit, m_route[2]);
    const QSizeF size = portLabelSize(m_portLabel, m_scale);
    const qreal clear = std::hypot(size.width(), size.height()) / 2 + 6 * m_scale;
    const qreal t = out.length() > 0 ? qMax(LabelAt, clear / out.length()) : 0;
    const QPointF at = out.pointAt(qMin(t, 0.5));
    return QRectF(at - QPointF(size.width() / 2, size.height() / 2), size);
}

QPointF EdgeItem::badgeCentre() const
{
    if (m_route.size() == 3)
        return QLineF(m_exit, m_route[2]).pointAt(BadgeAt);
    return line().center();
}

void EdgeItem::updateGeometry()
{
    // Strokes are computed once here, not for every boundingRect() and shape()
    // call: with thousands of edges that dominates moves and repaints.
    m_shape = QPainterPath();
    if (m_route.size() == 2) {
        const QLineF l(m_route[0], m_route[1]);
        const QPointF normal = l.length() > 0
                                   ? QPointF(-l.dy(), l.dx()) / l.length() * HitWidth / 2
                                   : QPointF(HitWidth / 2, 0);
        QPolygonF band;
        band << l.p1() + normal << l.p2() + normal << l.p2() - normal << l.p1() - normal;
        m_shape.addPolygon(band);
        m_shape.closeSubpath();
    } else if (m_route.size() > 2) {
        QPainterPath path;
        path.addPolygon(m_route);
        QPainterPathStroker stroker;
        stroker.setWidth(HitWidth);
        m_shape = stroker.createStroke(path);
    }
    m_bounds = m_shape.boundingRect().adjusted(-2, -2, 2, 2);
    if (m_state == Down) {
        const QPointF c = badgeCentre();
        const qreal r = BadgeRadius * m_scale;
        m_shape.addEllipse(c, r, r);
        m_bounds |= QRectF(c.x() - r - 2, c.y() - r - 2, 2 * r + 4, 2 * r + 4);
    }
    const QRectF label = portLabelRect();
    if (!label.isNull()) {
        m_shape.addRect(label);
        m_bounds |= label.adjusted(-2, -2, 2, 2);
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

void EdgeItem::paintDownBadge(QPainter *painter, const QPointF &c, const QPalette &palette,
                              qreal scale)
{
    const qreal r = BadgeRadius * scale;
    const QColor down = colour(Down, palette);
    painter->setPen(QPen(palette.color(QPalette::Base), 2 * scale));
    painter->setBrush(down);
    painter->drawEllipse(c, r, r);
    painter->setPen(QPen(Theme::badgeText(down), 3 * scale, Qt::SolidLine, Qt::RoundCap));
    const qreal k = r * 0.4;
    painter->drawLine(c + QPointF(-k, -k), c + QPointF(k, k));
    painter->drawLine(c + QPointF(-k, k), c + QPointF(k, -k));
}

void EdgeItem::paintPortLabel(QPainter *painter, const QRectF &box, const QString &label,
                              PortMark mark, const QColor &edge, const QPalette &palette,
                              qreal scale)
{
    // A pill in the tunnel's colour; a changed port gets an amber border and a
    // triangle, a collision a red border and a diamond.
    const QColor markColor = markColour(mark, palette);
    painter->setPen(QPen(mark == PortKept ? edge : markColor, (mark == PortKept ? 1.2 : 2) * scale));
    painter->setBrush(mark == PortKept ? palette.color(QPalette::Base)
                                       : Theme::tint(mark == PortCollision ? Theme::Collision
                                                                           : Theme::Warning,
                                                     palette));
    painter->drawRoundedRect(box, box.height() / 2, box.height() / 2);
    const qreal m = 5 * scale; // marker half size
    const QPointF c(box.left() + 6 * scale + m, box.center().y());
    painter->setPen(Qt::NoPen);
    painter->setBrush(mark == PortKept ? edge : markColor);
    if (mark == PortCollision) {
        painter->drawPolygon(QPolygonF({c + QPointF(0, -m), c + QPointF(m, 0), c + QPointF(0, m),
                                        c + QPointF(-m, 0)}));
    } else if (mark == PortChanged) {
        painter->drawPolygon(
            QPolygonF({c + QPointF(0, -m), c + QPointF(m, m * 0.8), c + QPointF(-m, m * 0.8)}));
    } else {
        painter->drawEllipse(c, m * 0.6, m * 0.6);
    }
    // The text starts after the marker and a gap, left-aligned: centred in
    // the room left, text drawn wider than measured (hinting at the zoom on
    // screen, another font for the language) spread left over the marker
    // (":5117" under the triangle in Japanese). Unclipped, it runs right.
    painter->setFont(GraphFonts::address(scale, true));
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(QRectF(c.x() + m + MarkGap * scale, box.top(), box.width(), box.height()),
                      Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, label);
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    if (m_layer && m_layer->covers(this, widget))
        return; // shown from the canvas's image of all edges
    const AntialiasingKept kept{painter};
    const bool selected = option->state & QStyle::State_Selected;
    const QPalette palette = graphPalette(this);
    QPen pen = EdgeItem::pen(m_style, m_state, palette, m_scale);
    if (selected) {
        pen.setColor(pen.color().darker(140));
        pen.setWidthF(pen.widthF() + 2);
    }
    const bool raster = painter->paintEngine()
                        && painter->paintEngine()->type() == QPaintEngine::Raster;
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const qreal deviceWidth = pen.widthF() * lod;
    // Dashing a long line costs its whole length, visible or not (a thousand
    // tunnels across a zoomed-in view): draw only the exposed part of each
    // segment, with the dash offset that keeps the pattern in place.
    const QRectF exposed = option->exposedRect.adjusted(-4, -4, 4, 4);
    // On screen (the view passes its viewport), or into an image drawn
    // without antialiasing (the overview); exports keep the general path.
    const bool quick = raster && (widget || !painter->testRenderHint(QPainter::Antialiasing));
    if (quick && deviceWidth <= 1) {
        // Zoomed out (a large topology at fit): a line thinner than a pixel.
        // The rasteriser would draw it a pixel wide, antialiased, at the
        // fraction of a pixel's opacity; with thousands of tunnels that is
        // most of a repaint. A one-pixel cosmetic line in the colour that
        // opacity gives over the canvas, without antialiasing, looks the same
        // and takes the rasteriser's direct pixel path (a quarter the cost).
        // Overlapping lines no longer darken each other: a bundle reads as
        // one line of the same weight.
        const qreal weight = selected ? 1 : qBound<qreal>(0.35, deviceWidth, 1);
        QPen hair(Theme::mix(palette.color(QPalette::Base), pen.color(), weight), 0,
                  pen.style());
        if (pen.style() != Qt::SolidLine)
            hair.setDashPattern({3, 2});
        setAntialiasing(painter, false);
        painter->setPen(hair);
        for (int i = 1; i < m_route.size(); ++i) {
            const QLineF l(m_route.at(i - 1), m_route.at(i));
            qreal t0 = 0;
            qreal t1 = 1;
            if (clipLine(l, exposed, &t0, &t1))
                painter->drawLine(QLineF(l.pointAt(t0), l.pointAt(t1)));
        }
    } else {
        // On screen (the raster engine), a round cap sends every line, and every
        // dash, through the general path stroker: ten times the cost of the
        // rasteriser's own line drawing, and most of a repaint. The caps at a
        // line's ends lie under the node boxes drawn over them, so flat caps look
        // the same there; dashes keep their look with the round caps' extent
        // folded into the pattern (4 on, 2 off with half a width of cap at each
        // end is 5 on, 1 off). Only zoomed in far, where a dash's round end shows,
        // and on vector output (exports, print), are round caps drawn.
        const bool roundCaps = deviceWidth >= 4 || !raster;
        qreal dashShift = 0;
        if (!roundCaps) {
            pen.setCapStyle(Qt::FlatCap);
            if (pen.style() == Qt::DashLine) {
                pen.setDashPattern({5, 1});
                dashShift = 0.5;
            }
        }
        setAntialiasing(painter, true);
        qreal travelled = 0;
        for (int i = 1; i < m_route.size(); ++i) {
            const QLineF l(m_route.at(i - 1), m_route.at(i));
            qreal t0 = 0;
            qreal t1 = 1;
            if (clipLine(l, exposed, &t0, &t1)) {
                if (pen.style() != Qt::SolidLine && pen.widthF() > 0)
                    pen.setDashOffset((travelled + l.length() * t0) / pen.widthF() + dashShift);
                painter->setPen(pen);
                painter->drawLine(QLineF(l.pointAt(t0), l.pointAt(t1)));
            }
            travelled += l.length();
        }
    }
    const QRectF label = portLabelRect();
    const bool labelShown = !label.isNull() && label.intersects(exposed);
    if (m_state == Down || labelShown)
        setAntialiasing(painter, true); // the marks, antialiased whatever the lines
    if (m_state == Down)
        paintDownBadge(painter, badgeCentre(), palette, m_scale);
    if (!labelShown)
        return;
    if (raster && label.height() * lod < MinLabelHeight) {
        // Text a few pixels tall cannot be read: the pill alone, in the colour
        // of its mark, still shows where a port was changed or collided.
        painter->fillRect(label, m_portMark == PortKept ? colour(m_state, palette)
                                                        : markColour(m_portMark, palette));
        return;
    }
    paintPortLabel(painter, label, m_portLabel, m_portMark, colour(m_state, palette), palette,
                   m_scale);
}
