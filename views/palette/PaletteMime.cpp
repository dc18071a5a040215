#include "PaletteMime.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

QString PaletteMime::format()
{
    return QStringLiteral("application/x-meshnat-palette");
}

QMimeData *PaletteMime::encode(ObjectKind kind, const QVariantMap &values)
{
    QByteArray data;
    QDataStream out(&data, QIODevice::WriteOnly);
    out << qint32(kind) << values;
    auto *mime = new QMimeData;
    mime->setData(format(), data);
    return mime;
}

bool PaletteMime::decode(const QMimeData *mime, ObjectKind *kind, QVariantMap *values)
{
    if (!mime || !mime->hasFormat(format()))
        return false;
    QDataStream in(mime->data(format()));
    qint32 k = 0;
    in >> k >> *values;
    *kind = ObjectKind(k);
    return in.status() == QDataStream::Ok
           && (*kind == ObjectKind::Site || *kind == ObjectKind::Device
               || *kind == ObjectKind::Appliance);
}
