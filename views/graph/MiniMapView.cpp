#include "MiniMapView.h"

#include <QMouseEvent>
#include <QScrollBar>

MiniMapView::MiniMapView(QGraphicsView *main, QWidget *parent)
    : QGraphicsView(main->scene(), parent)
    , m_main(main)
{
    setObjectName(QStringLiteral("graphOverview"));
    setInteractive(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setRenderHints(QPainter::Antialiasing);
    setBackgroundBrush(QColor(0xff, 0xff, 0xff, 235));
    setFrameShape(QFrame::Box);
    setFocusPolicy(Qt::NoFocus);
    // The main view's scrolling and zooming move the frame drawn on top.
    for (QScrollBar *bar : {main->horizontalScrollBar(), main->verticalScrollBar()})
        connect(bar, &QScrollBar::valueChanged, viewport(), qOverload<>(&QWidget::update));
    connect(scene(), &QGraphicsScene::sceneRectChanged, this, &MiniMapView::refit);
}

void MiniMapView::refit()
{
    if (scene())
        fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
    viewport()->update();
}

void MiniMapView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    refit();
}

void MiniMapView::drawForeground(QPainter *painter, const QRectF &)
{
    const QRectF visible = m_main->mapToScene(m_main->viewport()->rect()).boundingRect();
    painter->setPen(QPen(QColor(0xd0, 0x30, 0x30), 0)); // cosmetic: one pixel at any scale
    painter->setBrush(QColor(0xd0, 0x30, 0x30, 30));
    painter->drawRect(visible);
}

void MiniMapView::mousePressEvent(QMouseEvent *event)
{
    m_main->centerOn(mapToScene(event->position().toPoint()));
    viewport()->update();
}

void MiniMapView::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        mousePressEvent(event);
}

void MiniMapView::wheelEvent(QWheelEvent *event)
{
    event->ignore(); // no scrolling of its own
}
