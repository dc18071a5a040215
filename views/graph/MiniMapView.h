#pragma once

#include <QImage>
#include <QWidget>

class QGraphicsView;
class QTimer;

// The overview of a large topology: the whole scene drawn small (re-rendered
// into an image a moment after refit(), so scrolling and repainting the main
// view never redraw thousands of items twice; the items draw their zoomed-out
// level of detail there) with the main view's visible area on top. Clicking
// or dragging in it moves the main view there.
class MiniMapView : public QWidget
{
    Q_OBJECT
public:
    explicit MiniMapView(QGraphicsView *main, QWidget *parent = nullptr);

public slots:
    // Re-renders the scene soon (coalesced): the owner calls it when what the
    // overview shows changed.
    void refit();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void render();
    QRectF target() const; // where the scene rect is drawn in the widget
    QPointF toScene(const QPointF &widgetPos) const;

    QGraphicsView *m_main;
    QTimer *m_renderTimer;
    QImage m_image;
};
