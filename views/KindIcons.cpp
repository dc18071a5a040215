#include "KindIcons.h"

#include "ProjectSchema.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace {

QString iconFile(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Site: return QStringLiteral("site");
    case ObjectKind::Device: return QStringLiteral("device");
    case ObjectKind::Interface: return Field::interface;
    case ObjectKind::Pool: return Field::pool;
    case ObjectKind::AccessList: return QStringLiteral("accesslist");
    case ObjectKind::Rule: return QStringLiteral("rule");
    case ObjectKind::Appliance: return QStringLiteral("appliance");
    case ObjectKind::Link: return QStringLiteral("link");
    case ObjectKind::Mesh: return QStringLiteral("mesh");
    case ObjectKind::Background: return QStringLiteral("background");
    default: break; // no icon (yet) for the remaining kinds
    }
    return QString();
}

QIcon render(const QString &name)
{
    QSvgRenderer renderer(QStringLiteral(":/meshnat/icons/%1.svg").arg(name));
    if (!renderer.isValid())
        return QIcon();
    QIcon icon;
    for (int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        renderer.render(&painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

QIcon KindIcons::icon(ObjectKind kind)
{
    static QHash<int, QIcon> cache;
    const auto it = cache.constFind(int(kind));
    if (it != cache.cend())
        return *it;
    const QIcon icon = iconFile(kind).isEmpty() ? QIcon() : render(iconFile(kind));
    cache.insert(int(kind), icon);
    return icon;
}

ObjectKind KindIcons::kindFromVariant(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString)
        return ProjectSchema::kindFromKey(value.toString());
    bool ok = false;
    const int k = value.toInt(&ok);
    return ok ? ObjectKind(k) : ObjectKind::None;
}
