#include "MeshGraphView.h"

#include "MeshGraphScene.h"

#include <QEvent>
#include <QPainter>

MeshGraphView::MeshGraphView(Project *project, QWidget *parent)
    : QGraphicsView(parent)
    , m_scene(new MeshGraphScene(project, this))
{
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setAlignment(Qt::AlignCenter);
    setBackgroundBrush(QColor(0xfb, 0xfb, 0xfb));
    setDragMode(QGraphicsView::NoDrag);
    connect(m_scene, &MeshGraphScene::currentObjectChanged, this,
            &MeshGraphView::currentObjectChanged);
    connect(m_scene, &MeshGraphScene::synced, this, &MeshGraphView::fitToWindow);
}

void MeshGraphView::setCurrentObject(ObjectId id)
{
    m_scene->setCurrentObject(id);
    if (QGraphicsItem *item = m_scene->itemFor(id))
        ensureVisible(item, 20, 20);
}

void MeshGraphView::fitToWindow()
{
    const QRectF scene = m_scene->sceneRect();
    if (scene.isEmpty())
        return;
    const qreal sx = viewport()->width() / scene.width();
    const qreal sy = viewport()->height() / scene.height();
    // Shrink to fit, but not below a readable size: past that, scroll.
    const qreal s = qBound<qreal>(0.7, qMin(sx, sy), 1.0);
    setTransform(QTransform::fromScale(s, s));
    viewport()->update();
}

void MeshGraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    fitToWindow();
}

void MeshGraphView::changeEvent(QEvent *event)
{
    // Site kinds and appliance details are translated labels.
    if (event->type() == QEvent::LanguageChange)
        m_scene->sync();
    QGraphicsView::changeEvent(event);
}

void MeshGraphView::drawForeground(QPainter *painter, const QRectF &rect)
{
    Q_UNUSED(rect)
    if (!m_scene->items().isEmpty())
        return;
    painter->save();
    painter->resetTransform();
    painter->setPen(QColor(0x80, 0x80, 0x80));
    painter->drawText(viewport()->rect().adjusted(20, 20, -20, -20),
                      Qt::AlignCenter | Qt::TextWordWrap,
                      tr("The project has no sites yet.\nUse Edit ▸ Add Site to start, or open "
                         "an example from the File menu."));
    painter->restore();
}
