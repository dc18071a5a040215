#include "NodeItem.h"

#include "GraphItemRole.h"
#include "KindIcons.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

NodeItem::NodeItem(ObjectId id, ObjectKind kind)
    : m_id(id)
    , m_kind(kind)
{
    setData(GraphItemIdKey, id);
    setFlag(ItemIsSelectable);
    setRect(0, 0, Width, Height);
    setZValue(2);
}

void NodeItem::setLabels(const QString &title, const QString &detail)
{
    m_title = title;
    m_detail = detail;
    setToolTip(detail.isEmpty() ? title : QStringLiteral("%1\n%2").arg(title, detail));
    update();
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const bool selected = option->state & QStyle::State_Selected;
    const bool device = m_kind == ObjectKind::Device;
    const QColor fill = device ? QColor(0xfd, 0xe8, 0xd0) : QColor(0xdd, 0xe9, 0xf8);
    const QColor border = device ? QColor(0x9a, 0x54, 0x12) : QColor(0x1d, 0x4f, 0x91);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(selected ? QColor(0xd0, 0x30, 0x30) : border, selected ? 3 : 1.5));
    painter->setBrush(fill);
    painter->drawRoundedRect(rect(), 6, 6);

    const QRectF iconRect(rect().left() + 8, rect().center().y() - 14, 28, 28);
    KindIcons::icon(m_kind).paint(painter, iconRect.toRect());

    const QRectF text = rect().adjusted(iconRect.width() + 14, 6, -8, -6);
    QFont titleFont = painter->font();
    titleFont.setBold(true);
    painter->setFont(titleFont);
    painter->setPen(QColor(0x1a, 0x1a, 0x1a));
    const QFontMetricsF fm(titleFont);
    painter->drawText(QRectF(text.left(), text.top(), text.width(), text.height() / 2),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(m_title, Qt::ElideRight, text.width()));
    QFont detailFont = titleFont;
    detailFont.setBold(false);
    painter->setFont(detailFont);
    painter->setPen(QColor(0x45, 0x45, 0x45));
    painter->drawText(QRectF(text.left(), text.center().y(), text.width(), text.height() / 2),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(detailFont).elidedText(m_detail, Qt::ElideRight, text.width()));
}
