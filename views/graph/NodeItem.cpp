#include "NodeItem.h"

#include "GraphItemRole.h"
#include "KindIcons.h"
#include "TypeBadge.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace {

constexpr qreal HandleRadius = 7;
constexpr qreal IconSize = 30;

QFont titleFont()
{
    QFont font;
    font.setBold(true);
    return font;
}

} // namespace

NodeItem::NodeItem(ObjectId id, ObjectKind kind)
    : m_id(id)
    , m_kind(kind)
{
    setData(GraphItemIdKey, id);
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setRect(-MinWidth / 2, -Height / 2, MinWidth, Height);
    setZValue(2);
}

void NodeItem::setLabels(const QString &title, const QString &detail, const QString &typeKey)
{
    if (title == m_title && detail == m_detail && typeKey == m_type)
        return;
    m_title = title;
    m_detail = detail;
    m_type = typeKey;
    // Wide enough for the whole name (exports must carry every label in full).
    QFont detailFont;
    const qreal text = qMax(QFontMetricsF(titleFont()).horizontalAdvance(title),
                            QFontMetricsF(detailFont).horizontalAdvance(detail));
    const qreal width = qBound(MinWidth, IconSize + 30 + text, MaxWidth);
    if (!qFuzzyCompare(width, rect().width())) {
        prepareGeometryChange();
        setRect(-width / 2, -Height / 2, width, Height);
    }
    setToolTip(labelText());
    update();
}

QString NodeItem::labelText() const
{
    return m_detail.isEmpty() ? m_title : m_title + QLatin1Char('\n') + m_detail;
}

void NodeItem::setStatusColour(const QColor &colour)
{
    if (colour == m_status)
        return;
    m_status = colour;
    update();
}

void NodeItem::setHighlighted(bool on)
{
    if (on == m_highlighted)
        return;
    m_highlighted = on;
    update();
}

QPointF NodeItem::handleScenePos() const
{
    return mapToScene(QPointF(rect().right(), 0));
}

bool NodeItem::handleContains(const QPointF &scenePos) const
{
    return QLineF(handleScenePos(), scenePos).length() <= HandleRadius + 3;
}

QRectF NodeItem::boundingRect() const
{
    // Room for the handle, the status dot and the highlight glow.
    return rect().adjusted(-6, -6, HandleRadius + 4, 6);
}

QPainterPath NodeItem::shape() const
{
    QPainterPath path;
    path.addRect(rect());
    path.addEllipse(QPointF(rect().right(), 0), HandleRadius + 3, HandleRadius + 3);
    return path;
}

void NodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    update();
    QGraphicsRectItem::hoverEnterEvent(event);
}

void NodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = false;
    update();
    QGraphicsRectItem::hoverLeaveEvent(event);
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const bool selected = option->state & QStyle::State_Selected;
    const bool device = m_kind == ObjectKind::Device;
    const QColor fill = device ? QColor(0xfd, 0xe8, 0xd0) : QColor(0xdd, 0xe9, 0xf8);
    const QColor border = device ? QColor(0x9a, 0x54, 0x12) : QColor(0x1d, 0x4f, 0x91);
    const QRectF r = rect();
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (lod < 0.3) {
        // Far out (overview, large topologies): a plain box is all one can see.
        painter->setPen(selected ? QPen(QColor(0xd0, 0x30, 0x30), 3 / lod) : Qt::NoPen);
        painter->setBrush(m_status.isValid() ? m_status : border);
        painter->drawRect(r);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    if (m_highlighted) {
        painter->setPen(QPen(QColor(0xff, 0x9f, 0x1a, 170), 8));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(r, 8, 8);
    }
    painter->setPen(QPen(selected ? QColor(0xd0, 0x30, 0x30) : border, selected ? 3 : 1.5));
    painter->setBrush(fill);
    painter->drawRoundedRect(r, 6, 6);

    const QRectF iconRect(r.left() + 9, -IconSize / 2, IconSize, IconSize);
    if (device)
        KindIcons::icon(m_kind).paint(painter, iconRect.toRect());
    else
        TypeBadge::paint(painter, iconRect, m_type);

    const QRectF text = r.adjusted(IconSize + 18, 6, -10, -6);
    QFont font = titleFont();
    painter->setFont(font);
    painter->setPen(QColor(0x1a, 0x1a, 0x1a));
    painter->drawText(QRectF(text.left(), text.top(), text.width(), text.height() / 2),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(font).elidedText(m_title, Qt::ElideRight, text.width()));
    font.setBold(false);
    painter->setFont(font);
    painter->setPen(QColor(0x45, 0x45, 0x45));
    painter->drawText(QRectF(text.left(), text.center().y(), text.width(), text.height() / 2),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(font).elidedText(m_detail, Qt::ElideRight, text.width()));

    if (m_status.isValid()) {
        painter->setPen(QPen(Qt::white, 1.5));
        painter->setBrush(m_status);
        painter->drawEllipse(QPointF(r.right() - 9, r.top() + 9), 5, 5);
    }
    if ((m_hovered || selected) && painter->device()
        && painter->device()->devType() == QInternal::Widget) {
        // The connection handle: only on screen, never in exports.
        painter->setPen(QPen(border, 1.5));
        painter->setBrush(Qt::white);
        painter->drawEllipse(QPointF(r.right(), 0), HandleRadius, HandleRadius);
        painter->drawLine(QPointF(r.right() - 3, 0), QPointF(r.right() + 3, 0));
        painter->drawLine(QPointF(r.right(), -3), QPointF(r.right(), 3));
    }
}
