#pragma once

#include "ObjectId.h"

#include <QGraphicsRectItem>

// A site drawn as a labelled, tinted region; devices and appliances sit on top.
class SiteRegionItem : public QGraphicsRectItem
{
public:
    explicit SiteRegionItem(ObjectId id);

    ObjectId id() const { return m_id; }
    void setLabels(const QString &title, const QString &subtitle, const QColor &tint);
    QString title() const { return m_title; }
    // Drawn emphasised while a palette item or a node is dragged over it.
    void setDropTarget(bool on);

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

private:
    ObjectId m_id;
    QString m_title;
    QString m_subtitle;
    QColor m_tint;
    bool m_dropTarget = false;
};
