#include "EdgeLayer.h"

#include "EdgeItem.h"
#include "GraphPalette.h"

#include <QGraphicsScene>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QWidget>

namespace {

// Changes come one by one while dragging or renaming; this long after the
// last, the live edges go back into the image.
constexpr int SettleMs = 400;
// More live edges than this (a replay step recolouring every tunnel): the
// image is drawn again with all of them instead.
constexpr int MaxLive = 64;

} // namespace

EdgeLayer::EdgeLayer()
{
    // Between site regions (0) and links (1), tunnels (1.5).
    setZValue(0.99);
    setAcceptedMouseButtons(Qt::NoButton);
    setFlag(ItemHasNoContents, false);
    m_settle.setSingleShot(true);
    m_settle.setInterval(SettleMs);
    QObject::connect(&m_settle, &QTimer::timeout, [this] { settle(); });
}

EdgeLayer::~EdgeLayer() = default;

bool EdgeLayer::covers(const EdgeItem *edge, const QWidget *widget) const
{
    return widget && widget == m_viewport && !m_rendering && isVisible()
           && !m_live.contains(edge) && !m_pinned.contains(edge);
}

void EdgeLayer::edgeChanging(EdgeItem *edge)
{
    if (m_pinned.contains(edge))
        return;
    if (m_live.contains(edge)) {
        m_settle.start();
        return;
    }
    // Nothing shown from the image yet, nor anything moving: the next
    // image draws the edge as it will be (building the scene is free).
    if (!m_valid && !m_settle.isActive()) {
        boundsChanging();
        return;
    }
    if (m_live.size() >= MaxLive)
        m_live.clear();
    m_live.insert(edge);
    invalidate();
    m_settle.start();
}

void EdgeLayer::setPinned(const QSet<const EdgeItem *> &edges)
{
    if (edges == m_pinned)
        return;
    m_pinned = edges;
    invalidate();
}

void EdgeLayer::forget(EdgeItem *edge)
{
    m_live.remove(edge);
    m_pinned.remove(edge);
    invalidate();
}

void EdgeLayer::boundsChanging()
{
    // The layer must be painted wherever an edge in the image is.
    if (!m_boundsDirty) {
        prepareGeometryChange();
        m_boundsDirty = true;
    }
}

void EdgeLayer::invalidate()
{
    boundsChanging();
    m_valid = false;
    update();
}

void EdgeLayer::settle()
{
    if (m_live.isEmpty())
        return;
    m_live.clear();
    invalidate();
}

QRectF EdgeLayer::boundingRect() const
{
    if (m_boundsDirty && scene()) {
        // Only the edges' extent: the scene's own extent (itemsBoundingRect) must not grow by it.
        m_bounds = QRectF();
        for (QGraphicsItem *item : scene()->items()) {
            if (auto *edge = dynamic_cast<EdgeItem *>(item))
                m_bounds |= edge->sceneBoundingRect();
        }
        m_boundsDirty = false;
    }
    return m_bounds;
}

void EdgeLayer::render(QPainter *viewPainter, QWidget *widget)
{
    const qreal dpr = widget->devicePixelRatioF();
    const QSize size = (QSizeF(widget->size()) * dpr).toSize();
    if (m_image.size() != size)
        m_image = QPixmap(size);
    m_image.setDevicePixelRatio(dpr);
    m_image.fill(Qt::transparent);
    m_transform = viewPainter->worldTransform();
    const QTransform view = sceneTransform().inverted() * m_transform;
    const QRectF visible = view.inverted().mapRect(QRectF(widget->rect()));
    QPainter painter(&m_image);
    // A clip the size of the image changes no pixel, but lets the raster
    // engine draw thin lines straight into the image (its fast path needs a
    // rectangular clip); without one each pixel goes through span blending,
    // twice the cost of drawing every edge.
    painter.setClipRect(QRect(QPoint(0, 0), size));
    const QPainter::RenderHints hints = viewPainter->renderHints();
    m_rendering = true;
    // The edges the view would draw, in its stacking order, as it draws them.
    const QList<QGraphicsItem *> items =
        scene()->items(visible, Qt::IntersectsItemBoundingRect, Qt::AscendingOrder);
    for (QGraphicsItem *item : items) {
        auto *edge = dynamic_cast<EdgeItem *>(item);
        if (!edge || m_live.contains(edge) || m_pinned.contains(edge) || !edge->isVisible())
            continue;
        QStyleOptionGraphicsItem option;
        option.state = QStyle::State_Enabled;
        if (edge->isSelected())
            option.state |= QStyle::State_Selected;
        option.rect = edge->boundingRect().toAlignedRect();
        option.exposedRect = edge->boundingRect() & edge->mapRectFromScene(visible);
        option.palette = widget->palette();
        // Not save() and restore() around each edge: restoring replays the
        // clip. An edge sets the pen, brush and font it draws with; what it
        // may leave changed is set again here.
        if (painter.renderHints() != hints) {
            painter.setRenderHints(~hints, false);
            painter.setRenderHints(hints);
        }
        painter.setOpacity(edge->effectiveOpacity());
        painter.setWorldTransform(edge->sceneTransform() * view);
        edge->paint(&painter, &option, widget);
    }
    m_rendering = false;
    m_paletteKey = graphPalette(scene()).cacheKey();
    m_valid = true;
}

void EdgeLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *widget)
{
    if (!widget || widget != m_viewport)
        return;
    const qreal dpr = widget->devicePixelRatioF();
    if (!m_valid || painter->worldTransform() != m_transform
        || m_image.size() != (QSizeF(widget->size()) * dpr).toSize()
        || m_image.devicePixelRatio() != dpr
        || graphPalette(scene()).cacheKey() != m_paletteKey)
        render(painter, widget);
    painter->save();
    painter->resetTransform();
    painter->setOpacity(1);
    painter->drawPixmap(QPointF(0, 0), m_image);
    painter->restore();
}
