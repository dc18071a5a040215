#pragma once

#include "ObjectId.h"

#include <QColor>
#include <QGraphicsRectItem>

// A NAT device or an HCX appliance: a box centred on its position with a type
// icon, a name and one detail line. Appliances carry a status dot (their
// tunnel's state); the replay highlights the NAT device acting at the current
// step. A handle on the right edge starts a connection drag.
class NodeItem : public QGraphicsRectItem
{
public:
    static constexpr qreal MinWidth = 200;
    static constexpr qreal MaxWidth = 360;
    static constexpr qreal Height = 54;

    NodeItem(ObjectId id, ObjectKind kind);

    ObjectId id() const { return m_id; }
    ObjectKind kind() const { return m_kind; }
    // typeKey: appliance type ("IX") or device kind ("router").
    void setLabels(const QString &title, const QString &detail, const QString &typeKey);
    QString title() const { return m_title; }
    QString detail() const { return m_detail; }
    QString labelText() const;
    void setStatusColour(const QColor &colour); // invalid: no dot
    QColor statusColour() const { return m_status; }
    void setHighlighted(bool on);
    bool isHighlighted() const { return m_highlighted; }

    QPointF handleScenePos() const;
    bool handleContains(const QPointF &scenePos) const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override; // the box and its connection handle
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    ObjectId m_id;
    ObjectKind m_kind;
    QString m_title;
    QString m_detail;
    QString m_type;
    QColor m_status;
    bool m_highlighted = false;
    bool m_hovered = false;
};
