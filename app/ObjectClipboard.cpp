#include "ObjectClipboard.h"

#include "ProjectSchema.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>
#include <QSet>

#include <algorithm>
#include <functional>

QString ObjectClipboard::format()
{
    return QStringLiteral("application/x-meshnat-objects");
}

QList<ObjectRecord> ObjectClipboard::collect(const Project &project, const QList<ObjectId> &ids)
{
    QList<ObjectRecord> records;
    QSet<ObjectId> taken;
    // Parents before children, so a paste can create them in order.
    const std::function<void(ObjectId)> take = [&](ObjectId id) {
        if (taken.contains(id) || !project.contains(id))
            return;
        taken.insert(id);
        records.append(*project.record(id));
        for (ObjectId child : project.children(id))
            take(child);
    };
    QList<ObjectId> sorted = ids;
    // A selected site takes its members; copy sites first so they stay parents.
    std::stable_sort(sorted.begin(), sorted.end(), [&](ObjectId a, ObjectId b) {
        return (project.kind(a) == ObjectKind::Site) > (project.kind(b) == ObjectKind::Site);
    });
    for (ObjectId id : std::as_const(sorted)) {
        const ObjectKind kind = project.kind(id);
        if (kind == ObjectKind::Site || kind == ObjectKind::Device
            || kind == ObjectKind::Appliance)
            take(id);
    }
    for (ObjectId link : project.objects(ObjectKind::Link)) {
        if (taken.contains(project.value(link, Field::a).toUInt())
            && taken.contains(project.value(link, Field::b).toUInt()))
            records.append(*project.record(link));
    }
    return records;
}

QMimeData *ObjectClipboard::encode(const Project &project, const QList<ObjectRecord> &records)
{
    QByteArray data;
    QDataStream out(&data, QIODevice::WriteOnly);
    out << qint32(records.size());
    QStringList names;
    for (const ObjectRecord &r : records) {
        out << quint32(r.id) << qint32(r.kind) << quint32(r.parent) << ProjectSchema::toNamed(r.values);
        if (r.kind == ObjectKind::Site || r.kind == ObjectKind::Device
            || r.kind == ObjectKind::Appliance)
            names.append(project.displayName(r.id));
    }
    auto *mime = new QMimeData;
    mime->setData(format(), data);
    mime->setText(names.join(QLatin1Char('\n')));
    return mime;
}

bool ObjectClipboard::decode(const QMimeData *mime, QList<ObjectRecord> *records)
{
    if (!mime || !mime->hasFormat(format()))
        return false;
    QDataStream in(mime->data(format()));
    qint32 count = 0;
    in >> count;
    if (count < 0 || count > 1000000)
        return false;
    records->clear();
    for (int i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        ObjectRecord r;
        quint32 id = 0;
        quint32 parent = 0;
        qint32 kind = 0;
        QVariantMap named;
        in >> id >> kind >> parent >> named;
        r.id = id;
        r.kind = ObjectKind(kind);
        r.values = ProjectSchema::fromNamed(r.kind, named);
        r.parent = parent;
        records->append(r);
    }
    return in.status() == QDataStream::Ok && !records->isEmpty();
}
