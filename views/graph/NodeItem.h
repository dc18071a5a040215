#pragma once

#include "ObjectId.h"

#include <QColor>
#include <QGraphicsRectItem>
#include <QStaticText>

// A NAT device or an HCX appliance: a box centred on its position with a type
// icon, a name and detail lines ("Router · 19.155.80.72", "Static NAT
// 19.155.80.73, …"): a caption in the UI font and addresses in the Latin
// address font. Appliances carry a status dot (their tunnel's state); the
// replay highlights the NAT device acting at the current step. A handle on the
// right edge starts a connection drag. Text (and the box with it) scales by
// the scene's text scale (presentation mode).
class NodeItem : public QGraphicsRectItem
{
public:
    static constexpr qreal MinWidth = 200;
    static constexpr qreal MaxWidth = 360;
    static constexpr qreal Height = 54;
    // Text scales above this stack each address under its caption.
    static constexpr qreal StackAbove = 1.25;

    struct Line
    {
        QString caption;   // "Router", "Static NAT"
        QString addresses; // "19.155.80.72" (may be empty)
        bool operator==(const Line &o) const
        {
            return caption == o.caption && addresses == o.addresses;
        }
    };

    NodeItem(ObjectId id, ObjectKind kind);

    ObjectId id() const { return m_id; }
    ObjectKind kind() const { return m_kind; }
    // typeKey: appliance type ("IX") or device kind ("router").
    void setLabels(const QString &title, const QList<Line> &lines, const QString &typeKey);
    QString title() const { return m_title; }
    const QList<Line> &lines() const { return m_lines; }
    // The detail lines as text ("Router · 19.155.80.72\nStatic NAT 19.155.80.73").
    QString detail() const;
    QString labelText() const;
    void setTextScale(qreal scale);
    qreal textScale() const { return m_scale; }
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
    // The label as drawn: elided texts, laid out once (QStaticText keeps the
    // shaped glyphs) and placed in item coordinates. Made again when the
    // labels, the text scale, the box or the fonts change; a repaint only
    // draws it.
    struct Text
    {
        QStaticText text;
        QPointF at; // top-left
        int font;   // 0 title, 1 text, 2 address
    };
    struct Prepared
    {
        int fonts = -1; // GraphFonts::generation() it was made with
        QList<Text> texts;
    };
    const Prepared &prepared() const;
    void updateSize();
    QList<Line> drawnLines() const;
    QStringList titleLines() const;
    static QString lineText(const Line &line);

    ObjectId m_id;
    ObjectKind m_kind;
    QString m_title;
    QList<Line> m_lines;
    QString m_type;
    QColor m_status;
    qreal m_scale = 1;
    bool m_highlighted = false;
    bool m_hovered = false;
    mutable Prepared m_prepared;
};
