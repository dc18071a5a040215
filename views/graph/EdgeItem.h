#pragma once

#include "ObjectId.h"

#include <QColor>
#include <QGraphicsLineItem>
#include <QPainterPath>

// A line between two graph items: a solid link, or an appliance peer pair (the
// tunnel the Service Mesh builds), coloured by the tunnel's state at the
// current replay step. A Down tunnel carries a badge at its middle. Endpoints
// are clipped to the items' boxes.
class EdgeItem : public QGraphicsLineItem
{
public:
    enum Style { LinkStyle, PeerPairStyle };
    enum State { Unknown, Grey, Up, Down };

    EdgeItem(ObjectId id, Style style);

    ObjectId id() const { return m_id; }
    void setId(ObjectId id);
    // The other end of a peer pair (id() is the source-side appliance).
    ObjectId peer() const { return m_peer; }
    void setPeer(ObjectId peer) { m_peer = peer; }
    Style style() const { return m_style; }
    void setState(State state);
    State state() const { return m_state; }
    // Draws from the border of box a to the border of box b.
    void setEnds(const QRectF &a, const QRectF &b);

    static QColor colour(State state);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

private:
    void updateGeometry();

    ObjectId m_id;
    ObjectId m_peer = NoId;
    Style m_style;
    State m_state = Unknown;
    QRectF m_bounds;
    QPainterPath m_shape;
};
