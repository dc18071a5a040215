#include "MiniMapView.h"

#include "Theme.h"

#include <QGraphicsScene>
#include <QGraphicsView>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>

MiniMapView::MiniMapView(QGraphicsView *main, QWidget *parent)
    : QWidget(parent)
    , m_main(main)
    , m_renderTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("graphOverview"));
    setCursor(Qt::PointingHandCursor);
    m_renderTimer->setSingleShot(true);
    m_renderTimer->setInterval(150);
    connect(m_renderTimer, &QTimer::timeout, this, &MiniMapView::render);
    // The main view's scrolling and zooming move the frame drawn on top.
    for (QScrollBar *bar : {main->horizontalScrollBar(), main->verticalScrollBar()})
        connect(bar, &QScrollBar::valueChanged, this, qOverload<>(&QWidget::update));
    // Not QGraphicsScene::changed: connecting to it turns off the scene's
    // direct updates to its views (every item update becomes a list of rects
    // sent through a signal), and it fires for hovering too. The main view
    // calls refit() when the drawing's geometry, states or selection change.
    connect(main->scene(), &QGraphicsScene::sceneRectChanged, this, &MiniMapView::refit);
}

void MiniMapView::refit()
{
    if (isVisible())
        m_renderTimer->start();
    update();
}

void MiniMapView::resizeEvent(QResizeEvent *)
{
    render();
}

QRectF MiniMapView::target() const
{
    const QRectF scene = m_main->scene()->sceneRect();
    if (scene.isEmpty())
        return QRectF();
    const QRectF area = QRectF(rect()).adjusted(3, 3, -3, -3);
    const qreal s = qMin(area.width() / scene.width(), area.height() / scene.height());
    QRectF r(0, 0, scene.width() * s, scene.height() * s);
    r.moveCenter(area.center());
    return r;
}

QPointF MiniMapView::toScene(const QPointF &widgetPos) const
{
    const QRectF t = target();
    const QRectF scene = m_main->scene()->sceneRect();
    if (t.isEmpty())
        return scene.center();
    return scene.topLeft() + (widgetPos - t.topLeft()) * (scene.width() / t.width());
}

void MiniMapView::render()
{
    const QRectF t = target();
    if (t.isEmpty() || !isVisible()) {
        m_image = QImage();
        return;
    }
    m_image = QImage(t.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    m_image.fill(palette().color(QPalette::Base));
    QPainter painter(&m_image);
    m_main->scene()->render(&painter, QRectF(QPointF(0, 0), t.size()),
                            m_main->scene()->sceneRect());
    update();
}

void MiniMapView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    QColor base = palette().color(QPalette::Base);
    base.setAlpha(235);
    painter.fillRect(rect(), base);
    painter.setPen(Theme::gridColor(palette()));
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
    const QRectF t = target();
    if (t.isEmpty())
        return;
    // Rendering thousands of items is the timer's job, never a paint's.
    if (m_image.isNull() || m_image.size() != t.size().toSize())
        m_renderTimer->start();
    else
        painter.drawImage(t.topLeft(), m_image);
    // The part the main view shows.
    const QRectF scene = m_main->scene()->sceneRect();
    const QRectF visible = m_main->mapToScene(m_main->viewport()->rect()).boundingRect();
    const qreal s = t.width() / scene.width();
    const QRectF frame((visible.left() - scene.left()) * s + t.left(),
                       (visible.top() - scene.top()) * s + t.top(), visible.width() * s,
                       visible.height() * s);
    painter.setPen(QPen(Theme::color(Theme::Highlight, palette()), 1.5));
    painter.setBrush(Theme::tint(Theme::Highlight, palette()));
    painter.drawRect(frame.intersected(t));
}

void MiniMapView::mousePressEvent(QMouseEvent *event)
{
    m_main->centerOn(toScene(event->position()));
    update();
}

void MiniMapView::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        mousePressEvent(event);
}
