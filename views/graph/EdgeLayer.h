#pragma once

#include <QGraphicsItem>
#include <QPainter>
#include <QImage>
#include <QSemaphore>
#include <QSet>
#include <QTimer>
#include <QTransform>

class EdgeItem;

// All links and tunnels drawn once into an image the size of the canvas's
// viewport, then shown from it. At fit a large topology has thousands of
// lines; rasterising them is most of a repaint, and repaints come without
// any line changing (hover, selection band, the replay highlight). The
// image is redrawn when the view's transform or size changes (zoom, scroll,
// resize) or an edge in it changes. An edge that changes (a drag or rename
// moves its ends, selection, a replay state) leaves the image and draws
// itself ("live") until the changes stop; then the image takes it back. Only
// the main canvas uses the image. An edge in it has no contents for the
// scene (ItemHasNoContents): the canvas then keeps no per-view record of it
// and never visits it to paint (thousands of them, most of a first paint's
// page faults); the overview, exports and print (no canvas) get those edges
// from this layer's paint(), drawn one by one as the scene would. Sits just
// under the edges in stacking order (above site regions), so the drawing is
// the same as without it. A large image is drawn in horizontal bands on
// several threads (see render()).
class EdgeLayer : public QGraphicsItem
{
public:
    EdgeLayer();
    ~EdgeLayer() override;

    // The viewport whose paints the image serves (the canvas); others draw edges themselves.
    void setViewport(QWidget *viewport);
    // The edge joins the layer (before it is added to the scene).
    void adopt(EdgeItem *edge) { setCovered(edge); }
    // True when `edge` is in the image for this paint, and need not draw itself.
    bool covers(const EdgeItem *edge, const QWidget *widget) const;
    // The edge is about to change how it looks or where it is.
    void edgeChanging(EdgeItem *edge);
    // Edges that draw themselves while this holds (those of the selected
    // nodes: a drag starts with a press that selects, its first frame then
    // draws no image).
    void setPinned(const QSet<EdgeItem *> &edges);
    // The edge leaves the scene.
    void forget(EdgeItem *edge);
    // Draw the image again on the next paint (palette, everything).
    void invalidate();
    // The image's pixels, handed from the layer a scene's sync() replaces to
    // the new one: pages already made, not mapped and faulted again by the
    // first paint after a project opens.
    struct Image
    {
        QImage pixels;
        bool zeroed = false; // all transparent
    };
    Image releaseImage();
    void adoptImage(Image image);

    QRectF boundingRect() const override;
    QPainterPath shape() const override { return QPainterPath(); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

private:
    void setCovered(EdgeItem *edge);
    QList<EdgeItem *> imageEdges(const QRectF &visible) const;
    void paintEdges(QPainter *painter, QWidget *widget) const;
    void settle();
    void boundsChanging();
    void render(QPainter *viewPainter, QWidget *widget);
    struct Job;
    QList<Job> jobs(const QRectF &visible, const QTransform &view, QWidget *widget) const;
    QList<int> bandRows(const QList<Job> &jobs, int bands) const;
    void drawBand(const QList<Job> &jobs, uchar *bits, int top, int bottom,
                  QPainter::RenderHints hints) const;

    QWidget *m_viewport = nullptr;
    QSet<EdgeItem *> m_live;
    QSet<EdgeItem *> m_pinned;
    QTimer m_settle; // the live edges go back into the image after a quiet moment
    // Released by each band drawn on the pool; a member, not the paint's own:
    // a band's thread may still be returning from release() when the paint ends.
    QSemaphore m_bandsDone;
    QImage m_image;
    QTransform m_transform; // the view's painter transform the image was drawn with
    qint64 m_paletteKey = 0;
    bool m_valid = false;
    bool m_zeroed = false; // m_image is fresh: all transparent
    bool m_rendering = false;
    mutable QRectF m_bounds;
    mutable bool m_boundsDirty = true;
};
