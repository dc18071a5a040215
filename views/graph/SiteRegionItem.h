#pragma once

#include "ObjectId.h"

#include <QGraphicsRectItem>

// A site drawn as a labelled, tinted region; devices and appliances sit on top.
class SiteRegionItem : public QGraphicsRectItem
{
public:
    explicit SiteRegionItem(ObjectId id);

    ObjectId id() const { return m_id; }
    enum { Neutral = -1 }; // a grey site (the Internet)
    // tint: the site's category colour (Theme::categoryFill / categoryColor) or Neutral.
    void setLabels(const QString &title, const QString &subtitle, int tint);
    QString title() const { return m_title; }
    // Drawn emphasised while a palette item or a node is dragged over it; the
    // caption ("Move to Internet", shown by the scene above every node) says
    // what letting go there does.
    void setDropTarget(bool on, const QString &caption = QString());
    bool isDropTarget() const { return m_dropTarget; }
    QString dropCaption() const { return m_dropCaption; }
    void setTextScale(qreal scale);
    // Room the title and subtitle need (with the margins around them).
    QSizeF labelSize() const;

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

private:
    ObjectId m_id;
    QString m_title;
    QString m_subtitle;
    int m_tint = 2;
    QString m_dropCaption;
    qreal m_scale = 1;
    bool m_dropTarget = false;
};
