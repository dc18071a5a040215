#include "PaletteMime.h"

#include "ProjectSchema.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

QString PaletteMime::format()
{
    return QStringLiteral("application/x-meshnat-palette");
}

QMimeData *PaletteMime::encode(ObjectKind kind, const FieldValues &values)
{
    QByteArray data;
    QDataStream out(&data, QIODevice::WriteOnly);
    out << qint32(kind) << ProjectSchema::toNamed(values);
    auto *mime = new QMimeData;
    mime->setData(format(), data);
    return mime;
}

bool PaletteMime::decode(const QMimeData *mime, ObjectKind *kind, FieldValues *values)
{
    if (!mime || !mime->hasFormat(format()))
        return false;
    QDataStream in(mime->data(format()));
    qint32 k = 0;
    QVariantMap wire;
    in >> k >> wire;
    *kind = ObjectKind(k);
    *values = ProjectSchema::fromNamed(*kind, wire);
    return in.status() == QDataStream::Ok
           && (*kind == ObjectKind::Site || *kind == ObjectKind::Device
               || *kind == ObjectKind::Appliance);
}
