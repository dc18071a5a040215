#include "ProjectWriter.h"

#include "Project.h"
#include "ProjectReader.h"
#include "ProjectSchema.h"
#include "StoredObservedTable.h"

#include <QDir>
#include <QLocale>
#include <QPointF>
#include <QSaveFile>
#include <QSet>

namespace {

// JSON is written by hand (not via QJsonObject) so keys keep a meaningful order:
// id, object kind, parent, then the schema's field order.
void appendText(QByteArray *out, const QString &text)
{
    out->append('"');
    QString plain; // unescaped run, converted as a whole so surrogate pairs stay intact
    const auto flush = [&] {
        out->append(plain.toUtf8());
        plain.clear();
    };
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x20 && u != '"' && u != '\\') {
            plain.append(c);
            continue;
        }
        flush();
        switch (u) {
        case '"':
            out->append("\\\"");
            break;
        case '\\':
            out->append("\\\\");
            break;
        case '\b':
            out->append("\\b");
            break;
        case '\f':
            out->append("\\f");
            break;
        case '\n':
            out->append("\\n");
            break;
        case '\r':
            out->append("\\r");
            break;
        case '\t':
            out->append("\\t");
            break;
        default:
            out->append("\\u00");
            out->append(QByteArray::number(int(u), 16).rightJustified(2, '0'));
        }
    }
    flush();
    out->append('"');
}

QByteArray number(double value)
{
    // Shortest representation that reads back to the same double.
    return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

QByteArray valueJson(const PropertyDef &def, const QVariant &value)
{
    QByteArray out;
    switch (def.type) {
    case PropertyType::Text:
    case PropertyType::Ipv4:
    case PropertyType::Choice:
        appendText(&out, value.toString());
        break;
    case PropertyType::Port:
    case PropertyType::Integer:
        out = QByteArray::number(value.toLongLong());
        break;
    case PropertyType::Reference: // 64-bit: a held value may be out of range
        out = QByteArray::number(value.toLongLong());
        break;
    case PropertyType::Real:
        out = number(value.toDouble());
        break;
    case PropertyType::Bool:
        out = value.toBool() ? "true" : "false";
        break;
    case PropertyType::ReferenceList: {
        out = "[";
        const QVariantList ids = value.toList();
        for (int i = 0; i < ids.size(); ++i) {
            if (i)
                out += ", ";
            out += QByteArray::number(ids.at(i).toLongLong());
        }
        out += "]";
        break;
    }
    case PropertyType::TextList: {
        out = "[";
        const QStringList items = value.toStringList();
        for (int i = 0; i < items.size(); ++i) {
            if (i)
                out += ", ";
            appendText(&out, items.at(i));
        }
        out += "]";
        break;
    }
    case PropertyType::Point: {
        const QPointF p = value.toPointF();
        out = "{\"x\": " + number(p.x()) + ", \"y\": " + number(p.y()) + "}";
        break;
    }
    case PropertyType::Records: {
        // One line per field as elsewhere; members in key order (QVariantMap).
        out = "[";
        const QVariantList records = value.toList();
        for (qsizetype i = 0; i < records.size(); ++i) {
            if (records.at(i).typeId() == QMetaType::QString) { // a held version 1 item
                out += i ? ", " : "";
                appendText(&out, records.at(i).toString());
                continue;
            }
            out += i ? ", {" : "{";
            const QVariantMap record = records.at(i).toMap();
            for (auto it = record.cbegin(); it != record.cend(); ++it) {
                if (it != record.cbegin())
                    out += ", ";
                appendText(&out, it.key());
                out += ": ";
                switch (it->typeId()) {
                case QMetaType::Bool:
                    out += it->toBool() ? "true" : "false";
                    break;
                case QMetaType::Double:
                case QMetaType::Float:
                    out += number(it->toDouble());
                    break;
                case QMetaType::Int:
                case QMetaType::UInt:
                case QMetaType::LongLong:
                case QMetaType::ULongLong:
                    out += QByteArray::number(it->toLongLong());
                    break;
                default:
                    appendText(&out, it->toString());
                }
            }
            out += "}";
        }
        out += "]";
        break;
    }
    case PropertyType::ObservedTable: {
        // The compact form, made once per table (StoredObservedTable keeps it).
        const StoredObservedTable table = value.value<StoredObservedTable>();
        if (table.isEmpty()) {
            out = "\"\"";
            break;
        }
        const QByteArray data = table.encoded().toBase64();
        out = "{\"rows\": " + QByteArray::number(table.rowCount()) + ", \"encoding\": \""
              + ProjectReader::ObservedEncoding + "\", \"data\": \"";
        out.reserve(out.size() + data.size() + 4);
        out += data;
        out += "\"}";
        break;
    }
    }
    return out;
}

void appendMember(QByteArray *out, int indent, const QString &key, const QByteArray &json,
                  bool last)
{
    out->append(QByteArray(indent, ' '));
    appendText(out, key);
    out->append(": ");
    out->append(json);
    out->append(last ? "\n" : ",\n");
}

void appendFields(QByteArray *out, int indent, const Project &project, ObjectId id, ObjectKind kind)
{
    const QList<PropertyDef> &fields = ProjectSchema::fields(kind);
    // A value the field refuses is written back as it was read, never lost.
    const auto valueOf = [&](const PropertyDef &def) {
        const QVariant held = project.heldValue(id, def.key);
        return held.isValid() ? held : project.value(id, def.key);
    };
    const auto written = [&](const PropertyDef &def) {
        return !def.omittedWhenDefault || project.heldValue(id, def.key).isValid()
               || project.value(id, def.key) != def.defaultValue;
    };
    qsizetype last = fields.size() - 1;
    while (last >= 0 && !written(fields.at(last)))
        --last;
    for (qsizetype i = 0; i <= last; ++i) {
        const PropertyDef &def = fields.at(i);
        if (written(def))
            appendMember(out, indent, def.key, valueJson(def, valueOf(def)), i == last);
    }
}

// Sites with their subtrees first: parents always precede children and the
// topology tree's order survives a reload.
void collectTree(const Project &project, ObjectId parent, QList<ObjectId> *out)
{
    for (ObjectId child : project.children(parent)) {
        out->append(child);
        collectTree(project, child, out);
    }
}

} // namespace

QByteArray ProjectWriter::toJson(const Project &project)
{
    QList<ObjectId> order;
    collectTree(project, NoId, &order);
    // Then the kinds outside the tree (links, meshes, ...) in schema order.
    const QSet<ObjectId> inTree(order.cbegin(), order.cend());
    for (ObjectKind kind : ProjectSchema::allKinds()) {
        for (ObjectId id : project.objects(kind)) {
            if (!inTree.contains(id))
                order.append(id);
        }
    }

    QByteArray out = "{\n";
    appendMember(&out, 2, QStringLiteral("format"), "\"meshnat-project\"", false);
    appendMember(&out, 2, QStringLiteral("version"),
                 QByteArray::number(ProjectReader::FormatVersion), false);
    out += "  \"project\": {\n";
    appendFields(&out, 4, project, NoId, ObjectKind::None);
    out += "  },\n";
    out += "  \"objects\": [";
    for (int i = 0; i < order.size(); ++i) {
        const ObjectId id = order.at(i);
        const ObjectKind kind = project.kind(id);
        out += i ? ",\n    {\n" : "\n    {\n";
        appendMember(&out, 6, QStringLiteral("id"), QByteArray::number(id), false);
        QByteArray kindJson;
        appendText(&kindJson, ProjectSchema::kindKey(kind));
        appendMember(&out, 6, QStringLiteral("object"), kindJson, false);
        const bool hasFields = !ProjectSchema::fields(kind).isEmpty();
        appendMember(&out, 6, QStringLiteral("parent"), QByteArray::number(project.parentOf(id)),
                     !hasFields);
        appendFields(&out, 6, project, id, kind);
        out += "    }";
    }
    out += order.isEmpty() ? "]\n" : "\n  ]\n";
    out += "}\n";
    return out;
}

bool ProjectWriter::write(const Project &project, const QString &fileName)
{
    m_error.clear();
    const QString shown = QDir::toNativeSeparators(fileName);
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = tr("Cannot save %1: %2").arg(shown, file.errorString());
        return false;
    }
    const QByteArray data = toJson(project);
    if (file.write(data) != data.size()) {
        m_error = tr("Cannot save %1: %2").arg(shown, file.errorString());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        m_error = tr("Cannot save %1: %2").arg(shown, file.errorString());
        return false;
    }
    return true;
}
