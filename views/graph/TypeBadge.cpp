#include "TypeBadge.h"

#include "Theme.h"

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QPixmap>
#include <QStaticText>

QString TypeBadge::shortName(const QString &typeKey)
{
    if (typeKey == QLatin1String("manager"))
        return QStringLiteral("MGR");
    if (typeKey == QLatin1String("cloud-manager"))
        return QStringLiteral("CMGR");
    return typeKey;
}

QColor TypeBadge::colour(const QString &typeKey, const QPalette &palette)
{
    // One theme category per service, so IX and NE never share a colour; the
    // managers are neutral (they carry no tunnel).
    static const QHash<QString, int> categories = {
        {QStringLiteral("IX"), 0}, {QStringLiteral("NE"), 3},  {QStringLiteral("WO"), 2},
        {QStringLiteral("SGW"), 1}, {QStringLiteral("SDR"), 5},
    };
    const auto it = categories.constFind(typeKey);
    if (it == categories.cend())
        return Theme::mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.25);
    return Theme::categoryColor(it.value(), palette);
}

void TypeBadge::paint(QPainter *painter, const QRectF &rect, const QString &typeKey,
                      const QPalette &palette)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    const QColor fill = colour(typeKey, palette);
    painter->setBrush(fill);
    painter->drawRoundedRect(rect, rect.width() * 0.18, rect.width() * 0.18);
    const QString text = shortName(typeKey);
    // The application font, not the painter's: the canvas does not reset the
    // painter between items (the font the item before drew with).
    QFont font;
    font.setBold(true);
    // Longer names get a smaller font so they stay inside the tile.
    font.setPixelSize(qMax(6, int(rect.height() * (text.size() <= 2 ? 0.46 : text.size() == 3 ? 0.36 : 0.28))));
    painter->setFont(font);
    painter->setPen(Theme::badgeText(fill));
    // Shaped once per type and font, not on every repaint of every node:
    // placed where drawText(rect, Qt::AlignCenter) puts it.
    struct Laid
    {
        QFont font;
        QStaticText text;
        QSizeF size;
    };
    static QHash<QString, Laid> laid;
    auto it = laid.find(text);
    if (it == laid.end() || !(it->font == font)) {
        QStaticText staticText(text);
        staticText.setTextFormat(Qt::PlainText);
        const QFontMetricsF metrics(font);
        it = laid.insert(text, {font, staticText,
                                QSizeF(metrics.horizontalAdvance(text), metrics.height())});
    }
    painter->drawStaticText(rect.center() - QPointF(it->size.width(), it->size.height()) / 2,
                            it->text);
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
        paint(&painter, QRectF(1, 1, size - 2, size - 2), typeKey, Theme::appPalette());
        painter.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(typeKey, icon);
    return icon;
}
