#pragma once

#include "ObjectId.h"

#include <QGraphicsLineItem>

// A line between two graph items: a solid link, or a dashed appliance peer pair
// (the tunnel the Service Mesh builds). Endpoints are clipped to the items' boxes.
class EdgeItem : public QGraphicsLineItem
{
public:
    enum Style { LinkStyle, PeerPairStyle };

    EdgeItem(ObjectId id, Style style);

    ObjectId id() const { return m_id; }
    Style style() const { return m_style; }
    // Draws from the border of box a to the border of box b.
    void setEnds(const QRectF &a, const QRectF &b);

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

private:
    ObjectId m_id;
    Style m_style;
};
