#pragma once

#include "ObjectId.h"

#include <QGraphicsRectItem>

// A NAT device or an HCX appliance: a box with a kind icon, a name and one
// detail line (appliance type and uplink address, or the NAT profile).
class NodeItem : public QGraphicsRectItem
{
public:
    static constexpr qreal Width = 200;
    static constexpr qreal Height = 50;

    NodeItem(ObjectId id, ObjectKind kind);

    ObjectId id() const { return m_id; }
    ObjectKind kind() const { return m_kind; }
    void setLabels(const QString &title, const QString &detail);

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

private:
    ObjectId m_id;
    ObjectKind m_kind;
    QString m_title;
    QString m_detail;
};
