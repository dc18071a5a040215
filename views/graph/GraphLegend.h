#pragma once

#include <QPalette>

#include <QGraphicsItem>
#include <QPixmap>
#include <QWidget>

class QPainter;

// The key to the Service Mesh diagram: tunnel line styles (Up, Down, not up or
// not simulated), the physical link, and the outside-port label with its marks
// (port changed, port collision). On the canvas it is a corner overlay in
// screen pixels (it does not scale with zoom); exports and the report draw the
// same key with paint().
class GraphLegend : public QWidget
{
    Q_OBJECT
public:
    // Overlays `viewport` (a view's), in its bottom-left corner, as a child of
    // the view.
    explicit GraphLegend(QWidget *viewport);

    // The legend laid out in `columns` columns at `scale` (1: 9 pt text).
    static QSizeF sizeFor(int columns, qreal scale);
    // The most columns (up to all entries in one row) that fit `width`.
    static int columnsFor(qreal width, qreal scale);
    static void paint(QPainter *painter, const QPointF &topLeft, int columns, qreal scale,
                      const QPalette &palette);
    // The entries' texts, in order (tests, accessibility).
    static QStringList texts();

    // The legend as part of a drawing (presentation mode): in scene units, at
    // the scene's text scale, scaled with the diagram.
    class SceneItem : public QGraphicsItem
    {
    public:
        SceneItem();
        void setLayout(int columns, qreal scale);
        int columns() const { return m_columns; }
        QRectF boundingRect() const override;
        void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
                   QWidget *widget) override;

    private:
        int m_columns = 1;
        qreal m_scale = 1;
    };

    int columns() const { return m_columns; }
    // Fixed column count (0: as few as keep it within a third of the height).
    void setColumns(int columns);
    // The legend's type size (presentation mode enlarges it with the diagram).
    void setScale(qreal scale);
    qreal scale() const { return m_scale; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void place();

    QWidget *m_viewport;
    int m_columns = 1;
    int m_fixedColumns = 0;
    qreal m_scale = 1;
    QPixmap m_cache; // the key as last painted (paintEvent)
    qint64 m_cachePalette = 0;
};
