#pragma once

#include <QPalette>

#include "ObjectId.h"

#include <QColor>
#include <QGraphicsLineItem>
#include <QPainterPath>

class EdgeLayer;

// A line between two graph items: a solid link, or an appliance peer pair (the
// tunnel the Service Mesh builds), coloured by the tunnel's state at the
// current replay step. A tunnel that crosses a NAT device is drawn through it
// (appliance → device → peer, beside the physical links) with the outside port
// the device gave it on the segment beyond the device (":4500"); a port other
// than the one asked for, and a port another appliance held first (a
// collision), are marked on that label. A Down tunnel carries a badge.
// Endpoints are clipped to the items' boxes.
class EdgeItem : public QGraphicsLineItem
{
public:
    enum Style { LinkStyle, PeerPairStyle };
    enum State { Unknown, Grey, Up, Down };
    enum PortMark { PortKept, PortChanged, PortCollision };

    EdgeItem(ObjectId id, Style style);

    ObjectId id() const { return m_id; }
    void setId(ObjectId id);
    // The other end of a peer pair (id() is the source-side appliance).
    ObjectId peer() const { return m_peer; }
    void setPeer(ObjectId peer) { m_peer = peer; }
    Style style() const { return m_style; }
    void setState(State state);
    State state() const { return m_state; }
    // Draws from the border of box a to the border of box b; with a via box
    // (the NAT device a tunnel crosses), through its centre.
    void setEnds(const QRectF &a, const QRectF &b, const QRectF &via = QRectF());
    // The drawn route: two points, or three through the device.
    QPolygonF route() const { return m_route; }
    bool passesThrough() const { return m_route.size() == 3; }
    // The outside port label (":1543"); empty: none.
    void setPortLabel(const QString &label, PortMark mark);
    QString portLabel() const { return m_portLabel; }
    PortMark portMark() const { return m_portMark; }
    // Where the port label is drawn, in item coordinates (null: no label).
    QRectF portLabelRect() const;
    void setTextScale(qreal scale);
    // The canvas's image of all edges (MeshGraphScene sets it before adding
    // the edge to the scene); null: none.
    void setLayer(EdgeLayer *layer);

    // Colours from the palette the diagram is drawn with (graphPalette()).
    static QColor colour(State state, const QPalette &palette);
    static QPen pen(Style style, State state, const QPalette &palette, qreal scale = 1);
    static QColor markColour(PortMark mark, const QPalette &palette);
    // Paints the label pill and its mark at `box` (also used by the legend).
    static void paintPortLabel(QPainter *painter, const QRectF &box, const QString &label,
                               PortMark mark, const QColor &edge, const QPalette &palette,
                               qreal scale);
    static QSizeF portLabelSize(const QString &label, qreal scale);
    static void paintDownBadge(QPainter *painter, const QPointF &centre, const QPalette &palette,
                               qreal scale);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    void changing();
    void updateGeometry();
    QPointF badgeCentre() const;

    ObjectId m_id;
    ObjectId m_peer = NoId;
    Style m_style;
    State m_state = Unknown;
    PortMark m_portMark = PortKept;
    QString m_portLabel;
    QPolygonF m_route;
    QPointF m_exit; // where a routed tunnel leaves its device's box
    QRectF m_bounds;
    QPainterPath m_shape;
    qreal m_scale = 1;
    EdgeLayer *m_layer = nullptr;
};
