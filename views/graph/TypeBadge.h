#pragma once

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QString>

class QPainter;
class QRectF;

// The icon of an HCX appliance type (IX, NE, WO, SGW, SDR, managers): a
// coloured tile with the short name, drawn with the painter so it stays
// vector (and text) in SVG and PDF exports. Shared by nodes and the palette.
class TypeBadge
{
public:
    static QString shortName(const QString &typeKey); // "IX", "MGR", "CMGR"
    static QColor colour(const QString &typeKey, const QPalette &palette);
    static void paint(QPainter *painter, const QRectF &rect, const QString &typeKey,
                      const QPalette &palette);
    static QIcon icon(const QString &typeKey);
};
