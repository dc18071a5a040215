#include "TypeBadge.h"

#include <QFont>
#include <QHash>
#include <QPainter>
#include <QPixmap>

QString TypeBadge::shortName(const QString &typeKey)
{
    if (typeKey == QLatin1String("manager"))
        return QStringLiteral("MGR");
    if (typeKey == QLatin1String("cloud-manager"))
        return QStringLiteral("CMGR");
    return typeKey;
}

QColor TypeBadge::colour(const QString &typeKey)
{
    static const QHash<QString, QColor> colours = {
        {QStringLiteral("IX"), QColor(0x1f, 0x6f, 0xc5)},
        {QStringLiteral("NE"), QColor(0x7b, 0x3f, 0xb5)},
        {QStringLiteral("WO"), QColor(0x0f, 0x8a, 0x7e)},
        {QStringLiteral("SGW"), QColor(0xb5, 0x6a, 0x12)},
        {QStringLiteral("SDR"), QColor(0x9a, 0x3b, 0x5a)},
        {QStringLiteral("manager"), QColor(0x3a, 0x4a, 0x5c)},
        {QStringLiteral("cloud-manager"), QColor(0x2f, 0x6b, 0x3a)},
    };
    return colours.value(typeKey, QColor(0x55, 0x55, 0x55));
}

void TypeBadge::paint(QPainter *painter, const QRectF &rect, const QString &typeKey)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour(typeKey));
    painter->drawRoundedRect(rect, rect.width() * 0.18, rect.width() * 0.18);
    const QString text = shortName(typeKey);
    QFont font = painter->font();
    font.setBold(true);
    // Longer names get a smaller font so they stay inside the tile.
    font.setPixelSize(qMax(6, int(rect.height() * (text.size() <= 2 ? 0.46 : text.size() == 3 ? 0.36 : 0.28))));
    painter->setFont(font);
    painter->setPen(Qt::white);
    painter->drawText(rect, Qt::AlignCenter, text);
    painter->restore();
}

QIcon TypeBadge::icon(const QString &typeKey)
{
    static QHash<QString, QIcon> cache;
    if (cache.contains(typeKey))
        return cache.value(typeKey);
    QIcon icon;
    for (int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRectF(1, 1, size - 2, size - 2), typeKey);
        painter.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(typeKey, icon);
    return icon;
}
