#pragma once

#include "ObjectId.h"

#include <QGraphicsView>

class MeshGraphScene;
class Project;

// The centre view on the Service Mesh graph. Shrinks the drawing to fit the
// window (never enlarges it past 1:1) and shows a hint when the project is empty.
class MeshGraphView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit MeshGraphView(Project *project, QWidget *parent = nullptr);

    MeshGraphScene *graphScene() const { return m_scene; }

public slots:
    void setCurrentObject(ObjectId id);

signals:
    void currentObjectChanged(ObjectId id);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void fitToWindow();

    MeshGraphScene *m_scene;
};
