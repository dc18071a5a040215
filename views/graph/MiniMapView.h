#pragma once

#include <QGraphicsView>

// The overview of a large topology: the whole scene shrunk into a small,
// non-interactive view with the main view's visible area drawn on top.
// Clicking or dragging in it moves the main view there.
class MiniMapView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit MiniMapView(QGraphicsView *main, QWidget *parent = nullptr);

public slots:
    void refit();

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    QGraphicsView *m_main;
};
