#include "MeshGraphView.h"

#include "GraphPalette.h"

#include "EdgeItem.h"
#include "GraphLegend.h"
#include "MeshGraphScene.h"
#include "MiniMapView.h"
#include "NodeItem.h"
#include "Project.h"
#include "SimulationOverlay.h"
#include "SiteRegionItem.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>

#include <cmath>

namespace {

constexpr qreal MinZoom = 0.02;
constexpr qreal MaxZoom = 4.0;
constexpr qreal ZoomStep = 1.25;

} // namespace

MeshGraphView::MeshGraphView(Project *project, QWidget *parent)
    : QGraphicsView(parent)
    , m_scene(new MeshGraphScene(project, this))
{
    setObjectName(QStringLiteral("graphView"));
    setScene(m_scene);
    m_scene->setEdgeImageViewport(viewport());
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setAlignment(Qt::AlignCenter);
    followPalette();
    setDragMode(QGraphicsView::RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    // Every item sets the pen, brush and font it draws with and restores the
    // render hints it changes (the scene sets each one's transform and
    // opacity): no save() and restore() around each of thousands of items
    // (restoring replays the clip; a tenth of a repaint at fit).
    setOptimizationFlag(QGraphicsView::DontSavePainterState);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    m_overview = new MiniMapView(this, this);
    m_overview->hide();
    m_legend = new GraphLegend(viewport());
    m_legend->setScale(0.85); // a key, smaller than the drawing's own text
    connect(m_scene, &MeshGraphScene::currentObjectChanged, this,
            &MeshGraphView::currentObjectChanged);
    connect(m_scene, &MeshGraphScene::rebuilt, this, [this] {
        m_autoFit = true;
        // After layouts settle, so the viewport has its final size.
        QTimer::singleShot(0, this, [this] {
            if (m_autoFit)
                fitToView();
        });
        fitToView();
    });
    connect(m_scene, &MeshGraphScene::synced, this, &MeshGraphView::placeOverview);
    // What else the overview shows: selected nodes, tunnel states.
    connect(m_scene, &QGraphicsScene::selectionChanged, m_overview, &MiniMapView::refit);
    connect(m_scene->overlay(), &SimulationOverlay::statesApplied, m_overview,
            &MiniMapView::refit);
}

void MeshGraphView::setCurrentObject(ObjectId id)
{
    m_scene->setCurrentObject(id);
    if (QGraphicsItem *item = m_scene->itemFor(id))
        ensureVisible(item, 20, 20);
}

void MeshGraphView::setZoom(qreal factor)
{
    factor = qBound(MinZoom, factor, MaxZoom);
    setTransform(QTransform::fromScale(factor, factor));
    placeOverview();
    emit zoomChanged(factor);
}

void MeshGraphView::zoomIn()
{
    m_autoFit = false;
    setZoom(zoom() * ZoomStep);
}

void MeshGraphView::zoomOut()
{
    m_autoFit = false;
    setZoom(zoom() / ZoomStep);
}

void MeshGraphView::fitToView()
{
    m_scene->flush();
    // The whole scene rect (the drawing and its margin): no scroll bars at the fit.
    const QRectF bounds = m_scene->sceneRect();
    if (bounds.isEmpty() || viewport()->width() < 10)
        return;
    const qreal vw = viewport()->width();
    const qreal vh = viewport()->height();
    // The legend takes the side the drawing leaves free: beside it (one
    // column, the drawing aligned right) or under it (in rows, the drawing at
    // the top), whichever shows the drawing larger; over it only when the
    // window is too small for either.
    const QSizeF column = GraphLegend::sizeFor(1, m_legend->scale()) + QSizeF(16, 16);
    const int rowColumns = GraphLegend::columnsFor(vw - 16, m_legend->scale());
    const QSizeF rows = GraphLegend::sizeFor(rowColumns, m_legend->scale()) + QSizeF(16, 16);
    const qreal plain = qMin(vw / bounds.width(), vh / bounds.height());
    const qreal beside = qMin((vw - column.width()) / bounds.width(), vh / bounds.height());
    const qreal under = qMin(vw / bounds.width(), (vh - rows.height()) / bounds.height());
    qreal zoom = plain;
    if (qMax(beside, under) >= plain * 0.6) {
        zoom = qMax(beside, under);
        m_legend->setColumns(beside >= under ? 1 : rowColumns);
        setAlignment(beside >= under ? Qt::AlignRight | Qt::AlignVCenter
                                     : Qt::AlignHCenter | Qt::AlignTop);
    } else {
        m_legend->setColumns(0);
        setAlignment(Qt::AlignCenter);
    }
    // Shrink to fit; never enlarge a small drawing past 1:1.
    setZoom(qMin(1.0, zoom));
    centerOn(bounds.center());
    m_autoFit = true;
    viewport()->update();
}

void MeshGraphView::setOverviewEnabled(bool on)
{
    m_overviewEnabled = on;
    placeOverview();
}

void MeshGraphView::placeOverview()
{
    // Only worth its space when the drawing does not fit the window.
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    // Not itemsBoundingRect(): a walk over thousands of items on each zoom step.
    const QRectF bounds = m_scene->drawingRect();
    const bool needed = m_overviewEnabled && !bounds.isEmpty()
                        && !visible.contains(bounds.adjusted(5, 5, -5, -5));
    m_overview->setVisible(needed);
    if (!needed)
        return;
    const QSize size(qMin(240, viewport()->width() / 3), qMin(170, viewport()->height() / 3));
    const QRect area = viewport()->geometry();
    m_overview->setGeometry(QRect(area.right() - size.width() - 8,
                                  area.bottom() - size.height() - 8, size.width(),
                                  size.height()));
    m_overview->raise();
    m_overview->refit();
}

void MeshGraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_autoFit)
        fitToView();
    placeOverview();
}

void MeshGraphView::contextMenuEvent(QContextMenuEvent *event)
{
    const QPointF at = mapToScene(event->pos());
    ObjectId id = NoId;
    for (QGraphicsItem *item : items(event->pos())) {
        if (const auto *node = dynamic_cast<const NodeItem *>(item))
            id = node->id();
        else if (const auto *edge = dynamic_cast<const EdgeItem *>(item))
            id = edge->id();
        if (id != NoId)
            break;
    }
    if (id == NoId)
        id = graphScene()->siteAt(at);
    if (id != NoId)
        emit currentObjectChanged(id); // the menu acts on what was clicked
    emit contextMenuRequested(id, event->globalPos(), at);
    event->accept();
}

void MeshGraphView::wheelEvent(QWheelEvent *event)
{
    // The wheel zooms around the cursor; Shift+wheel scrolls as usual.
    if (event->modifiers() & Qt::ShiftModifier) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    const int delta = event->angleDelta().y();
    if (delta == 0)
        return;
    m_autoFit = false;
    setZoom(zoom() * std::pow(ZoomStep, delta / 120.0));
    event->accept();
}

bool MeshGraphView::event(QEvent *event)
{
    // Claim the keys the graph acts on before window shortcuts take them.
    if (event->type() == QEvent::ShortcutOverride && !m_editor) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace
             || key->key() == Qt::Key_F2)
            && key->modifiers() == Qt::NoModifier) {
            event->accept();
            return true;
        }
    }
    return QGraphicsView::event(event);
}

bool MeshGraphView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        finishRename(false);
        return true;
    }
    return QGraphicsView::eventFilter(watched, event);
}

void MeshGraphView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        emit deleteRequested();
        return;
    case Qt::Key_F2:
        startRename(m_scene->currentObject());
        return;
    case Qt::Key_Space:
        if (!event->isAutoRepeat()) {
            m_spaceHeld = true;
            viewport()->setCursor(Qt::OpenHandCursor);
        }
        return;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void MeshGraphView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        viewport()->unsetCursor();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void MeshGraphView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton
        || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_panning = true;
        m_panFrom = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void MeshGraphView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint delta = event->position().toPoint() - m_panFrom;
        m_panFrom = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        m_autoFit = false;
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void MeshGraphView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        if (m_spaceHeld)
            viewport()->setCursor(Qt::OpenHandCursor);
        else
            viewport()->unsetCursor();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

bool MeshGraphView::startRename(ObjectId id)
{
    Project *project = m_scene->project();
    const ObjectKind kind = project->kind(id);
    if (kind != ObjectKind::Site && kind != ObjectKind::Device && kind != ObjectKind::Appliance)
        return false;
    finishRename(false);
    const QRectF box = m_scene->boxOf(id);
    // Over the title line: nodes have it beside the icon, sites at the top.
    const QRectF title = kind == ObjectKind::Site
                             ? QRectF(box.left() + 8, box.top() + 4, box.width() - 16, 26)
                             : QRectF(box.left() + 44, box.top() + 4, box.width() - 52, 24);
    const QRect at = mapFromScene(title).boundingRect();
    m_editor = new QLineEdit(viewport());
    m_editor->setObjectName(QStringLiteral("graphRenameEditor"));
    m_editor->setText(project->name(id));
    m_editor->selectAll();
    m_editor->setGeometry(at.left(), at.top(), qMax(160, at.width()),
                          qMax(m_editor->sizeHint().height(), at.height()));
    m_editing = id;
    connect(m_editor, &QLineEdit::returnPressed, this, [this] { finishRename(true); });
    connect(m_editor, &QLineEdit::editingFinished, this, [this] { finishRename(true); });
    m_editor->installEventFilter(this);
    m_editor->show();
    m_editor->setFocus();
    return true;
}

void MeshGraphView::finishRename(bool commit)
{
    if (!m_editor)
        return;
    QLineEdit *editor = m_editor;
    m_editor = nullptr;
    const ObjectId id = std::exchange(m_editing, NoId);
    const QString name = editor->text().trimmed();
    editor->hide();
    editor->deleteLater();
    setFocus();
    if (commit && m_scene->project()->contains(id) && name != m_scene->project()->name(id))
        emit renameRequested(id, name);
}

void MeshGraphView::changeEvent(QEvent *event)
{
    // Site kinds and appliance details are translated labels.
    if (event->type() == QEvent::LanguageChange)
        m_scene->sync();
    if (event->type() == QEvent::PaletteChange)
        followPalette();
    QGraphicsView::changeEvent(event);
}

void MeshGraphView::followPalette()
{
    // The scene's items draw with the scene's palette (graphPalette()).
    setBackgroundBrush(palette().color(QPalette::Base));
    m_scene->setPalette(palette());
    m_scene->update();
}

void MeshGraphView::drawForeground(QPainter *painter, const QRectF &rect)
{
    Q_UNUSED(rect)
    if (!m_scene->project()->objects(ObjectKind::Site).isEmpty())
        return;
    painter->save();
    painter->resetTransform();
    painter->setPen(graphMutedText(palette()));
    painter->drawText(viewport()->rect().adjusted(20, 20, -20, -20),
                      Qt::AlignCenter | Qt::TextWordWrap,
                      tr("The project has no sites yet.\nDrag a site from the palette, use "
                         "Edit ▸ Add Site, or open an example from the File menu."));
    painter->restore();
}
