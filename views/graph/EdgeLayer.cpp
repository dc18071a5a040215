#include "EdgeLayer.h"

#include "EdgeItem.h"
#include "GraphPalette.h"

#include <QGraphicsScene>
#include <QPainter>
#include <QRunnable>
#include <QStyleOptionGraphicsItem>
#include <QThread>
#include <QThreadPool>
#include <QWidget>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

#include <array>
#include <cstring>
#include <limits>
#include <memory>
#include <utility>
#include <vector>

namespace {

// Changes come one by one while dragging or renaming; this long after the
// last, the live edges go back into the image.
constexpr int SettleMs = 400;
// More live edges than this (a replay step recolouring every tunnel): the
// image is drawn again with all of them instead.
constexpr int MaxLive = 64;

// The image's pixels, mapped apart from the heap (Linux): the kernel hands
// them out zeroed, so the first drawing need not clear them, and in 2 MB
// pages when asked (a view's image is megabytes: 4 KB pages cost the first
// paint one page fault each, some 1,500 for a 1600x1000 view). Elsewhere, or
// if the mapping fails, a plain QImage, cleared when drawn.
QImage newImage(const QSize &size, bool *zeroed, bool prefault)
{
    constexpr QImage::Format format = QImage::Format_ARGB32_Premultiplied;
    *zeroed = false;
#ifdef Q_OS_LINUX
    // Unmapped when the image, and the prefaulting below if any, are done with it.
    struct Mapping
    {
        void *start;
        size_t bytes;
        ~Mapping() { munmap(start, bytes); }
    };
    using Shared = std::shared_ptr<Mapping>;
    constexpr size_t Huge = size_t(2) << 20;
    const qsizetype bytesPerLine = qsizetype(size.width()) * 4;
    const size_t used = (size_t(bytesPerLine) * size_t(qMax(0, size.height())) + Huge - 1)
                        & ~(Huge - 1);
    // Room to start on a 2 MB boundary: only aligned 2 MB become huge pages.
    void *start = used ? mmap(nullptr, used + Huge, PROT_READ | PROT_WRITE,
                              MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
                       : MAP_FAILED;
    if (start != MAP_FAILED) {
        const Shared mapping(new Mapping{start, used + Huge}); // no temporary to unmap it
        auto *bits = reinterpret_cast<uchar *>((quintptr(start) + Huge - 1) & ~quintptr(Huge - 1));
        madvise(bits, used, MADV_HUGEPAGE);
#ifdef MADV_POPULATE_WRITE
        // Made while nothing is drawn into it (the canvas's first paint, before
        // a project's edges): its pages are made now, on the pool, not by the
        // first paint with edges. In a VM a band meeting fresh 2 MB pages took
        // 4-9 ms instead of 3 (the host backs each one). The contents stay
        // zero; a paint meanwhile only waits for the page it touches.
        if (prefault)
            QThreadPool::globalInstance()->start(
                [mapping, bits, used] { madvise(bits, used, MADV_POPULATE_WRITE); });
#else
        Q_UNUSED(prefault)
#endif
        *zeroed = true;
        return QImage(
            bits, size.width(), size.height(), bytesPerLine, format,
            [](void *info) { delete static_cast<Shared *>(info); }, new Shared(mapping));
    }
#else
    Q_UNUSED(prefault)
#endif
    return QImage(size, format);
}

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
    return widget && widget == m_viewport && !m_rendering
           && (edge->flags() & ItemHasNoContents);
}

void EdgeLayer::setCovered(EdgeItem *edge)
{
    // Without a canvas there is no image: every edge draws itself.
    edge->setFlag(ItemHasNoContents,
                  m_viewport && !m_live.contains(edge) && !m_pinned.contains(edge));
}

void EdgeLayer::setViewport(QWidget *viewport)
{
    m_viewport = viewport;
    if (scene()) {
        for (QGraphicsItem *item : scene()->items()) {
            if (auto *edge = dynamic_cast<EdgeItem *>(item))
                setCovered(edge);
        }
    }
    invalidate();
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
    if (m_live.size() >= MaxLive) {
        for (EdgeItem *back : std::exchange(m_live, {}))
            setCovered(back);
    }
    m_live.insert(edge);
    setCovered(edge);
    invalidate();
    m_settle.start();
}

void EdgeLayer::setPinned(const QSet<EdgeItem *> &edges)
{
    if (edges == m_pinned)
        return;
    const QSet<EdgeItem *> before = std::exchange(m_pinned, edges);
    for (EdgeItem *edge : before | edges)
        setCovered(edge);
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

EdgeLayer::Image EdgeLayer::releaseImage()
{
    return {std::exchange(m_image, QImage()), m_zeroed};
}

void EdgeLayer::adoptImage(Image image)
{
    m_image = std::move(image.pixels);
    m_zeroed = image.zeroed;
    invalidate();
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
    for (EdgeItem *edge : std::exchange(m_live, {}))
        setCovered(edge);
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

QList<EdgeItem *> EdgeLayer::imageEdges(const QRectF &visible) const
{
    // The edges the image draws (no contents for the scene), as the scene
    // would draw them: those in `visible`, in stacking order.
    QList<EdgeItem *> edges;
    for (QGraphicsItem *item :
         scene()->items(visible, Qt::IntersectsItemBoundingRect, Qt::AscendingOrder)) {
        auto *edge = dynamic_cast<EdgeItem *>(item);
        if (edge && (edge->flags() & ItemHasNoContents) && edge->isVisible())
            edges.append(edge);
    }
    return edges;
}

// One edge to draw into the image, with what the view would give its paint().
struct EdgeLayer::Job
{
    EdgeItem *edge;
    QTransform transform; // item to image (logical pixels)
    QRectF device;        // where it may draw in the image, device pixels
    qreal opacity;
    QStyleOptionGraphicsItem option;
};

QList<EdgeLayer::Job> EdgeLayer::jobs(const QRectF &visible, const QTransform &view,
                                      QWidget *widget) const
{
    // The edges the view would draw, in its stacking order, as it draws them;
    // read here on the GUI thread, drawn by the bands' threads.
    const qreal dpr = widget->devicePixelRatioF();
    const QTransform toDevice = view * QTransform::fromScale(dpr, dpr);
    QList<Job> jobs;
    const QList<EdgeItem *> edges = imageEdges(visible);
    // Room for all at once: grown step by step, thousands of jobs are copied
    // to ever larger fresh blocks (hundreds of page faults on a first paint).
    jobs.reserve(edges.size());
    for (EdgeItem *edge : edges) {
        Job job{edge, edge->sceneTransform() * view,
                toDevice.mapRect(edge->sceneBoundingRect()).adjusted(-2, -2, 2, 2),
                edge->effectiveOpacity(), {}};
        job.option.state = QStyle::State_Enabled;
        if (edge->isSelected())
            job.option.state |= QStyle::State_Selected;
        job.option.rect = edge->boundingRect().toAlignedRect();
        job.option.exposedRect = edge->boundingRect() & edge->mapRectFromScene(visible);
        job.option.palette = widget->palette();
        jobs.append(job);
    }
    return jobs;
}

namespace {

// The image is drawn in this many bands at most, one per core; below
// MinEdgesPerBand edges a band is not worth a thread.
constexpr int MaxBands = 4;
constexpr int MinEdgesPerBand = 256;
// Band edges are chosen among this many rows, evenly spaced.
constexpr int Grid = 64;

int bandCount(qsizetype edges)
{
    const qsizetype worth = qMax<qsizetype>(1, edges / MinEdgesPerBand);
    return int(qMin<qsizetype>(qMin(MaxBands, qMax(1, QThread::idealThreadCount())), worth));
}

} // namespace

QList<int> EdgeLayer::bandRows(const QList<Job> &jobs, int bands) const
{
    // A band draws every edge it meets, and the rasteriser steps along the
    // whole of each (only the band's pixels are written): an edge costs its
    // length in each band it meets. The rows that split the image into
    // `bands` bands whose largest cost is least, on a grid of rows. cost[i][j]
    // is that of the band from grid row i to grid row j: the edges starting
    // before row j and ending after row i.
    const int height = m_image.height();
    std::vector<std::array<double, Grid + 1>> cost(Grid + 2);
    for (const Job &job : jobs) {
        const auto cell = [height](qreal y) {
            return qBound(0, int(y * Grid / height), Grid - 1);
        };
        const int first = cell(job.device.top());
        const int last = cell(job.device.bottom());
        const double length = qMax(job.device.width(), job.device.height());
        // Adds length for every i <= last and j > first.
        cost[0][first + 1] += length;
        cost[last + 1][first + 1] -= length;
    }
    for (int i = 0; i <= Grid; ++i) {
        for (int j = 1; j <= Grid; ++j) {
            cost[i][j] += cost[i][j - 1];
            if (i > 0)
                cost[i][j] += cost[i - 1][j] - cost[i - 1][j - 1];
        }
    }
    // best[b][j]: the least largest cost of b bands over grid rows 0 to j.
    std::vector<std::array<double, Grid + 1>> best(bands + 1);
    std::vector<std::array<int, Grid + 1>> from(bands + 1);
    best[0].fill(std::numeric_limits<double>::max());
    best[0][0] = 0;
    for (int b = 1; b <= bands; ++b) {
        best[b].fill(std::numeric_limits<double>::max());
        for (int j = 1; j <= Grid; ++j) {
            for (int i = 0; i < j; ++i) {
                const double worst = qMax(best[b - 1][i], cost[i][j]);
                if (worst < best[b][j]) {
                    best[b][j] = worst;
                    from[b][j] = i;
                }
            }
        }
    }
    QList<int> rows(bands + 1, height);
    for (int b = bands, j = Grid; b > 0; --b) {
        j = from[b][j];
        rows[b - 1] = height * j / Grid;
    }
    return rows;
}

void EdgeLayer::drawBand(const QList<Job> &jobs, uchar *bits, int top, int bottom,
                         QPainter::RenderHints hints) const
{
    // Each band paints through its own QImage on the one buffer, the whole
    // image's size, clipped to its rows, so no two threads write the same
    // pixel. A thin line's pixels are where they would be drawn in one piece
    // (the rasteriser clips those to the device, not to the clip); a wide
    // antialiased one (zoomed in) cut by a band's edge may differ by a unit
    // or two of coverage, as Qt clips it to the clip rectangle.
    if (!m_zeroed) {
        std::memset(bits + qsizetype(top) * m_image.bytesPerLine(), 0,
                    size_t(bottom - top) * m_image.bytesPerLine()); // transparent
    }
    QImage target(bits, m_image.width(), m_image.height(), m_image.bytesPerLine(),
                  m_image.format());
    const qreal dpr = m_image.devicePixelRatio();
    target.setDevicePixelRatio(dpr);
    QPainter painter(&target);
    const QRectF rows(0, top, m_image.width(), bottom - top);
    // A rectangular clip also lets the raster engine draw thin lines straight
    // into the image (its fast path needs one); without one each pixel goes
    // through span blending, twice the cost of drawing every edge.
    painter.setClipRect(QRectF(rows.topLeft() / dpr, rows.size() / dpr));
    for (const Job &job : jobs) {
        if (!job.device.intersects(rows))
            continue;
        // Not save() and restore() around each edge: restoring replays the
        // clip. An edge sets the pen, brush and font it draws with; what it
        // may leave changed is set again here.
        if (painter.renderHints() != hints) {
            painter.setRenderHints(~hints, false);
            painter.setRenderHints(hints);
        }
        painter.setOpacity(job.opacity);
        painter.setWorldTransform(job.transform);
        job.edge->paint(&painter, &job.option, m_viewport);
    }
}

void EdgeLayer::render(QPainter *viewPainter, QWidget *widget)
{
    const qreal dpr = widget->devicePixelRatioF();
    const QSize size = (QSizeF(widget->size()) * dpr).toSize();
    m_transform = viewPainter->worldTransform();
    const QTransform view = sceneTransform().inverted() * m_transform;
    const QRectF visible = view.inverted().mapRect(QRectF(widget->rect()));
    // Without antialiasing: edges turn it on for what they draw with it, and
    // a thin line drawn without (most at fit) then costs no hint change.
    const QPainter::RenderHints hints = viewPainter->renderHints() & ~QPainter::Antialiasing;
    m_rendering = true;
    const QList<Job> todo = jobs(visible, view, widget);
    if (m_image.size() != size)
        m_image = newImage(size, &m_zeroed, todo.isEmpty());
    m_image.setDevicePixelRatio(dpr);
    uchar *const bits = m_image.bits(); // detached here, before the bands share it
    const int bands = bandCount(todo.size());
    const QList<int> rows = bands > 1 ? bandRows(todo, bands) : QList<int>{0, size.height()};
    // The first band on this thread, the others on the pool's; one the pool
    // has not started when this thread is done is run here (a busy pool
    // neither delays nor blocks the paint).
    std::vector<std::unique_ptr<QRunnable>> tasks;
    for (int band = 1; band < bands; ++band) {
        tasks.emplace_back(QRunnable::create([&, band] {
            drawBand(todo, bits, rows[band], rows[band + 1], hints);
            m_bandsDone.release();
        }));
        tasks.back()->setAutoDelete(false);
        QThreadPool::globalInstance()->start(tasks.back().get());
    }
    drawBand(todo, bits, rows[0], rows[1], hints);
    for (const auto &task : tasks) {
        if (QThreadPool::globalInstance()->tryTake(task.get()))
            task->run();
    }
    m_bandsDone.acquire(bands - 1);
    m_zeroed = m_zeroed && todo.isEmpty();
    m_rendering = false;
    m_paletteKey = graphPalette(scene()).cacheKey();
    m_valid = true;
}

void EdgeLayer::paintEdges(QPainter *painter, QWidget *widget) const
{
    // What the scene does for each item it draws itself (the edges in the
    // image have no contents for it): in stacking order, the item's transform
    // and opacity set, all of it exposed; the painter as it came afterwards.
    const QTransform view = sceneTransform().inverted() * painter->worldTransform();
    const QRectF visible = painter->hasClipping()
                               ? mapRectToScene(painter->clipBoundingRect())
                               : scene()->sceneRect() | boundingRect();
    painter->save();
    for (EdgeItem *edge : imageEdges(visible)) {
        const qreal opacity = edge->effectiveOpacity();
        if (qFuzzyIsNull(opacity))
            continue;
        QStyleOptionGraphicsItem option;
        option.state = QStyle::State_None;
        if (edge->isSelected())
            option.state |= QStyle::State_Selected;
        if (edge->isEnabled())
            option.state |= QStyle::State_Enabled;
        option.rect = edge->boundingRect().toRect();
        option.exposedRect = edge->boundingRect();
        // Not save() and restore() around each (as the canvas does): an edge
        // sets what it draws with and puts the hints back as it found them.
        painter->setWorldTransform(edge->sceneTransform() * view);
        painter->setOpacity(opacity);
        edge->paint(painter, &option, widget);
    }
    painter->restore();
}

void EdgeLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *widget)
{
    if (!widget || widget != m_viewport) {
        paintEdges(painter, widget);
        return;
    }
    const qreal dpr = widget->devicePixelRatioF();
    if (!m_valid || painter->worldTransform() != m_transform
        || m_image.size() != (QSizeF(widget->size()) * dpr).toSize()
        || m_image.devicePixelRatio() != dpr
        || graphPalette(scene()).cacheKey() != m_paletteKey)
        render(painter, widget);
    painter->save();
    painter->resetTransform();
    painter->setOpacity(1);
    painter->drawImage(QPointF(0, 0), m_image);
    painter->restore();
}
