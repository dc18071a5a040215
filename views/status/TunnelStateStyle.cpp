#include "TunnelStateStyle.h"

#include <QPainter>
#include <QPixmap>

QColor TunnelStateStyle::color(SimEvent::TunnelState state)
{
    switch (state) {
    case SimEvent::Up: return QColor(46, 160, 67);
    case SimEvent::Down: return QColor(207, 34, 46);
    case SimEvent::Connecting: return QColor(219, 150, 20);
    case SimEvent::NotDeployed: break;
    }
    return QColor(150, 150, 150);
}

QIcon TunnelStateStyle::icon(SimEvent::TunnelState state)
{
    static QIcon icons[4];
    QIcon &icon = icons[int(state) & 3];
    if (icon.isNull()) {
        QPixmap pixmap(32, 32);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(color(state).darker(130));
        painter.setBrush(color(state));
        painter.drawEllipse(QRectF(5, 5, 22, 22));
        painter.end();
        icon = QIcon(pixmap);
    }
    return icon;
}
