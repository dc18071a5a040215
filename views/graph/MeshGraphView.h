#pragma once

#include "ObjectId.h"

#include <QGraphicsView>
#include <QLineEdit>
#include <QPointer>

class GraphLegend;
class MeshGraphScene;
class MiniMapView;
class Project;

// The centre view on the Service Mesh graph: zoom (wheel, keys), pan (middle
// button or Space+drag, scroll bars), rubber-band selection (Shift+drag also
// inside sites), fit to view, an overview in the corner for topologies larger
// than the window, and in-place renaming (F2). Delete and F2 are claimed while
// the graph has focus so they act on its (multi-)selection.
class MeshGraphView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit MeshGraphView(Project *project, QWidget *parent = nullptr);

    MeshGraphScene *graphScene() const { return m_scene; }
    MiniMapView *overview() const { return m_overview; }
    // The key to line styles and markers, in the bottom-left corner.
    GraphLegend *legend() const { return m_legend; }
    qreal zoom() const { return transform().m11(); }
    // Opens the in-place editor over an object's label; false if it has none.
    bool startRename(ObjectId id);
    QLineEdit *renameEditor() const { return m_editor; }

public slots:
    void setCurrentObject(ObjectId id);
    void zoomIn();
    void zoomOut();
    void setZoom(qreal factor);
    void fitToView();
    void setOverviewEnabled(bool on);

signals:
    void currentObjectChanged(ObjectId id);
    void renameRequested(ObjectId id, const QString &name);
    void deleteRequested();
    void zoomChanged(qreal factor);
    // Right click: the object under the cursor (a node, a link, a site, or NoId
    // for empty canvas); the application builds the menu.
    void contextMenuRequested(ObjectId id, const QPoint &globalPos, const QPointF &scenePos);

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void followPalette();
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void placeOverview();
    void finishRename(bool commit);

    MeshGraphScene *m_scene;
    MiniMapView *m_overview;
    GraphLegend *m_legend;
    QPointer<QLineEdit> m_editor;
    ObjectId m_editing = NoId;
    bool m_overviewEnabled = true;
    bool m_autoFit = true;
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panFrom;
};
