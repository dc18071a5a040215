#include "ProjectReader.h"

#include "Project.h"
#include "ProjectSchema.h"
#include "StoredObservedTable.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointF>
#include <QSet>

namespace {

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return ProjectReader::tr("null");
    case QJsonValue::Bool:
        return ProjectReader::tr("true/false");
    case QJsonValue::Double:
        return ProjectReader::tr("a number");
    case QJsonValue::String:
        return ProjectReader::tr("text");
    case QJsonValue::Array:
        return ProjectReader::tr("a list");
    case QJsonValue::Object:
        return ProjectReader::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return ProjectReader::tr("nothing");
}

// JSON numbers are doubles; ids, ports and counts must be whole.
bool wholeNumber(const QJsonValue &value, qint64 *out)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    if (d != d || d < -9.0e15 || d > 9.0e15 || double(qint64(d)) != d)
        return false;
    *out = qint64(d);
    return true;
}

QString at(const QString &base, int index)
{
    return QStringLiteral("%1[%2]").arg(base).arg(index);
}

QString member(const QString &base, const QString &key)
{
    return base.isEmpty() ? key : QStringLiteral("%1.%2").arg(base, key);
}

} // namespace

QString ProjectReader::jsonPosition(const QByteArray &data, int offset)
{
    const QByteArray before = data.left(qBound(0, offset, int(data.size())));
    const int line = int(before.count('\n')) + 1;
    const int lineStart = int(before.lastIndexOf('\n')) + 1;
    const int column = int(QString::fromUtf8(before.mid(lineStart)).size()) + 1;
    return tr("line %1, column %2").arg(line).arg(column);
}

bool ProjectReader::fieldFromJson(const PropertyDef &def, const QJsonValue &value, QVariant *out,
                                  QString *error)
{
    const auto expected = [&](const QString &what) {
        if (error)
            *error = tr("expected %1, found %2").arg(what, jsonTypeName(value));
        return false;
    };
    switch (def.type) {
    case PropertyType::Text:
    case PropertyType::Ipv4:
    case PropertyType::Choice:
        if (!value.isString())
            return expected(tr("text"));
        *out = value.toString();
        return true;
    case PropertyType::Port:
    case PropertyType::Integer:
    case PropertyType::Reference: {
        qint64 n = 0;
        if (!wholeNumber(value, &n))
            return expected(def.type == PropertyType::Reference ? tr("an object id")
                                                                : tr("a whole number"));
        *out = QVariant(qlonglong(n));
        return true;
    }
    case PropertyType::Real:
        if (!value.isDouble())
            return expected(tr("a number"));
        *out = value.toDouble();
        return true;
    case PropertyType::Bool:
        if (!value.isBool())
            return expected(tr("true or false"));
        *out = value.toBool();
        return true;
    case PropertyType::ReferenceList: {
        if (!value.isArray())
            return expected(tr("a list of object ids"));
        QVariantList ids;
        for (const QJsonValue &v : value.toArray()) {
            qint64 n = 0;
            if (!wholeNumber(v, &n) || n <= 0) {
                if (error)
                    *error = tr("expected a list of object ids");
                return false;
            }
            ids.append(qlonglong(n));
        }
        *out = ids;
        return true;
    }
    case PropertyType::TextList: {
        if (!value.isArray())
            return expected(tr("a list of text"));
        QStringList items;
        for (const QJsonValue &v : value.toArray()) {
            if (!v.isString()) {
                if (error)
                    *error = tr("expected a list of text");
                return false;
            }
            items.append(v.toString());
        }
        *out = items;
        return true;
    }
    case PropertyType::Point: {
        const QJsonObject o = value.toObject();
        if (!value.isObject() || o.size() != 2 || !o.value(QLatin1String("x")).isDouble() ||
            !o.value(QLatin1String("y")).isDouble()) {
            if (error)
                *error = tr("expected a position {\"x\": number, \"y\": number}");
            return false;
        }
        *out =
            QPointF(o.value(QLatin1String("x")).toDouble(), o.value(QLatin1String("y")).toDouble());
        return true;
    }
    case PropertyType::Records: {
        // Objects of text, number and true/false members; version 1 files stored
        // text items ("STEP|label" bookmarks), which normalize() still accepts.
        if (!value.isArray())
            return expected(tr("a list of records"));
        const QJsonArray items = value.toArray();
        QVariantList records;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonValue item = items.at(i);
            if (item.isString()) {
                records.append(item.toString());
                continue;
            }
            if (!item.isObject()) {
                if (error)
                    *error = tr("%1: expected an object, found %2")
                                 .arg(at(QString(), int(i)), jsonTypeName(item));
                return false;
            }
            const QJsonObject o = item.toObject();
            for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
                if (!it->isString() && !it->isDouble() && !it->isBool()) {
                    if (error)
                        *error = tr("%1: expected text, a number or true/false, found %2")
                                     .arg(member(at(QString(), int(i)), it.key()),
                                          jsonTypeName(*it));
                    return false;
                }
            }
            records.append(o.toVariantMap());
        }
        *out = records;
        return true;
    }
    case PropertyType::ObservedTable: {
        // Text (version 1, or written by hand) is read as a table by normalize().
        if (value.isString()) {
            *out = value.toString();
            return true;
        }
        const QJsonObject o = value.toObject();
        const QJsonValue data = o.value(QLatin1String("data"));
        qint64 rows = -1;
        if (!value.isObject() || !data.isString() || !wholeNumber(o.value(QLatin1String("rows")), &rows)
            || o.value(QLatin1String("encoding")).toString() != QLatin1String(ObservedEncoding))
            return expected(tr("a translation table (text, or {\"rows\": number, \"encoding\": "
                               "\"%1\", \"data\": text})")
                                .arg(QLatin1String(ObservedEncoding)));
        const auto decoded = QByteArray::fromBase64Encoding(data.toString().toLatin1(),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            if (error)
                *error = tr("the compact translation table is damaged: its data is not base64");
            return false;
        }
        StoredObservedTable table;
        QString why;
        if (!StoredObservedTable::fromEncoded(*decoded, &table, &why)) {
            if (error)
                *error = tr("the compact translation table is damaged: %1").arg(why);
            return false;
        }
        if (table.rowCount() != rows) {
            if (error)
                *error = tr("the compact translation table is damaged: it holds %1 rows, not %2")
                             .arg(table.rowCount())
                             .arg(rows);
            return false;
        }
        *out = QVariant::fromValue(table);
        return true;
    }
    }
    return expected(tr("a value"));
}

bool ProjectReader::fail(const QString &location, const QString &message)
{
    m_error = location.isEmpty() ? tr("%1: %2").arg(m_source, message)
                                 : tr("%1: %2: %3").arg(m_source, location, message);
    return false;
}

bool ProjectReader::read(const QString &fileName, Project *into)
{
    m_error.clear();
    const QString shown = QDir::toNativeSeparators(fileName);
    QFile file(fileName);
    // The size is checked before anything is read into memory.
    const QFileInfo info(fileName);
    if (info.exists() && info.isFile() && info.size() > MaxFileSize) {
        m_error = tr("%1 is too large to be a MeshNAT project (%2 bytes; the limit is %3 MiB)")
                      .arg(shown)
                      .arg(info.size())
                      .arg(MaxFileSize / (1024 * 1024));
        return false;
    }
    if (info.isDir()) {
        m_error = tr("Cannot open %1: it is a directory").arg(shown);
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("Cannot open %1: %2").arg(shown, file.errorString());
        return false;
    }
    // Guards against a file that grew since the check (or a device without a size).
    const QByteArray data = file.read(MaxFileSize + 1);
    if (data.size() > MaxFileSize) {
        m_error = tr("%1 is too large to be a MeshNAT project (more than %2 MiB)")
                      .arg(shown)
                      .arg(MaxFileSize / (1024 * 1024));
        return false;
    }
    if (file.error() != QFileDevice::NoError) {
        m_error = tr("Cannot read %1: %2").arg(shown, file.errorString());
        return false;
    }
    return readData(data, info.fileName(), into);
}

bool ProjectReader::readData(const QByteArray &data, const QString &sourceName, Project *into)
{
    m_error.clear();
    m_source = sourceName;
    if (data.size() > MaxFileSize)
        return fail(QString(),
                    tr("too large to be a MeshNAT project (%1 bytes; the limit is %2 MiB)")
                        .arg(data.size())
                        .arg(MaxFileSize / (1024 * 1024)));

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(jsonPosition(data, parseError.offset),
                    tr("invalid JSON: %1").arg(parseError.errorString()));
    if (!doc.isObject())
        return fail(QString(), tr("not a MeshNAT project (the top level is not a JSON object)"));
    const QJsonObject top = doc.object();

    if (top.value(QLatin1String("format")).toString() != QLatin1String("meshnat-project"))
        return fail(QStringLiteral("format"),
                    tr("not a MeshNAT project (expected \"format\": \"meshnat-project\")"));
    qint64 version = 0;
    if (!wholeNumber(top.value(QLatin1String("version")), &version) || version < 1)
        return fail(QStringLiteral("version"), tr("missing or invalid format version"));
    if (version > FormatVersion)
        return fail(QString(),
                    tr("written by a newer MeshNAT (file format version %1; this version reads "
                       "up to version %2). Please update MeshNAT to open it.")
                        .arg(version)
                        .arg(FormatVersion));
    for (auto it = top.constBegin(); it != top.constEnd(); ++it) {
        static const QStringList known = {QStringLiteral("format"), QStringLiteral("version"),
                                          QStringLiteral("project"), QStringLiteral("objects")};
        if (!known.contains(it.key()))
            return fail(it.key(), tr("unknown entry"));
    }

    Project temp;
    QString problem;

    // The project's own fields.
    const QJsonValue projectValue = top.value(QLatin1String("project"));
    if (!projectValue.isUndefined() && !projectValue.isObject())
        return fail(QStringLiteral("project"), tr("expected an object"));
    const QJsonObject projectObject = projectValue.toObject();
    for (auto it = projectObject.constBegin(); it != projectObject.constEnd(); ++it) {
        const QString location = member(QStringLiteral("project"), it.key());
        const PropertyDef *def = ProjectSchema::fieldByName(ObjectKind::None, it.key());
        if (!def)
            return fail(location, tr("unknown project field"));
        QVariant v;
        if (!fieldFromJson(*def, it.value(), &v, &problem))
            return fail(location, problem);
        if (!temp.setValue(NoId, def->key, v))
            temp.holdValue(NoId, def->key, v);
    }

    const QJsonValue objectsValue = top.value(QLatin1String("objects"));
    if (!objectsValue.isUndefined() && !objectsValue.isArray())
        return fail(QStringLiteral("objects"), tr("expected a list of objects"));
    const QJsonArray objects = objectsValue.toArray();

    // Pass 1: objects without their references, so references may point forward.
    struct Pending
    {
        ObjectId id;
        FieldKey key;
        QVariant value;
    };
    QList<Pending> references;
    for (int i = 0; i < objects.size(); ++i) {
        const QString location = at(QStringLiteral("objects"), i);
        if (!objects.at(i).isObject())
            return fail(location, tr("expected an object"));
        const QJsonObject o = objects.at(i).toObject();

        qint64 id = 0;
        if (!wholeNumber(o.value(QLatin1String("id")), &id) || id <= 0 || id > 0xffffffffLL)
            return fail(member(location, QStringLiteral("id")),
                        tr("missing or invalid object id (expected a whole number above 0)"));
        if (temp.contains(ObjectId(id)))
            return fail(member(location, QStringLiteral("id")),
                        tr("object id %1 is used twice").arg(id));

        const QJsonValue kindValue = o.value(QLatin1String("object"));
        if (!kindValue.isString())
            return fail(member(location, QStringLiteral("object")),
                        tr("missing object kind (one of: %1)").arg([] {
                            QStringList keys;
                            for (ObjectKind k : ProjectSchema::allKinds())
                                keys.append(ProjectSchema::kindKey(k));
                            return keys.join(QStringLiteral(", "));
                        }()));
        const ObjectKind kind = ProjectSchema::kindFromKey(kindValue.toString());
        if (kind == ObjectKind::None)
            return fail(member(location, QStringLiteral("object")),
                        tr("unknown object kind \"%1\"").arg(kindValue.toString()));

        qint64 parent = 0;
        const QJsonValue parentValue = o.value(QLatin1String("parent"));
        if (!parentValue.isUndefined() &&
            (!wholeNumber(parentValue, &parent) || parent < 0 || parent > 0xffffffffLL))
            return fail(member(location, QStringLiteral("parent")), tr("expected an object id"));
        const QList<ObjectKind> parentKinds = ProjectSchema::parentKinds(kind);
        if (parentKinds.isEmpty() && parent != 0)
            return fail(
                member(location, QStringLiteral("parent")),
                tr("a %1 has no parent (expected 0)").arg(ProjectSchema::kindDisplayName(kind)));
        if (!parentKinds.isEmpty()) {
            const ObjectKind parentKind = temp.kind(ObjectId(parent));
            if (parent == 0 || parentKind == ObjectKind::None)
                return fail(member(location, QStringLiteral("parent")),
                            tr("parent #%1 does not exist (parents must come before their "
                               "children)")
                                .arg(parent));
            if (!parentKinds.contains(parentKind))
                return fail(member(location, QStringLiteral("parent")),
                            tr("a %1 cannot be placed in a %2")
                                .arg(ProjectSchema::kindDisplayName(kind),
                                     ProjectSchema::kindDisplayName(parentKind)));
        }

        FieldValues values;
        FieldValues held; // the right JSON type, refused by the field: kept as written
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (it.key() == QLatin1String("id") || it.key() == QLatin1String("object") ||
                it.key() == QLatin1String("parent"))
                continue;
            const QString fieldLocation = member(location, it.key());
            const PropertyDef *def = ProjectSchema::fieldByName(kind, it.key());
            if (!def)
                return fail(fieldLocation,
                            tr("unknown field of a %1").arg(ProjectSchema::kindDisplayName(kind)));
            QVariant raw;
            QVariant normalized;
            if (!fieldFromJson(*def, it.value(), &raw, &problem))
                return fail(fieldLocation, problem);
            if (!ProjectSchema::normalize(*def, raw, &normalized, &problem))
                held.insert(def->key, raw);
            else if (def->type == PropertyType::Reference
                     || def->type == PropertyType::ReferenceList)
                references.append({ObjectId(id), def->key, normalized});
            else
                values.insert(def->key, normalized);
        }
        // Missing fields take their defaults, unless a default is not a valid value
        // (a required address or reference): older files may omit optional fields only.
        for (const PropertyDef &def : ProjectSchema::fields(kind)) {
            if (o.contains(def.key))
                continue;
            QVariant ignored;
            QString why;
            if (!ProjectSchema::normalize(def, def.defaultValue, &ignored, &why))
                return fail(member(location, def.key),
                            tr("missing required field (%1)").arg(ProjectSchema::label(def)));
        }
        if (temp.create(kind, ObjectId(parent), values, &problem, ObjectId(id)) == NoId)
            return fail(location, problem);
        for (auto it = held.cbegin(); it != held.cend(); ++it)
            temp.holdValue(ObjectId(id), it.key(), it.value());
    }

    // Pass 2: references, now that every object exists. A dangling one is held.
    for (const Pending &ref : std::as_const(references)) {
        if (!temp.setValue(ref.id, ref.key, ref.value))
            temp.holdValue(ref.id, ref.key, ref.value);
    }

    into->replaceWith(temp);
    return true;
}
