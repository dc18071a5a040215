#include "PasteObjects.h"

#include "ProjectSchema.h"

#include <QCoreApplication>
#include <QSet>

namespace {

QString uniqueName(const Project &project, ObjectKind kind, const QString &base,
                   const QSet<QString> &reserved)
{
    if (base.isEmpty())
        return base;
    QString name = base;
    for (int i = 2; project.findByName(kind, name) != NoId || reserved.contains(name); ++i)
        name = QStringLiteral("%1-%2").arg(base).arg(i);
    return name;
}

} // namespace

PasteObjects::PasteObjects(Project *project, const QList<ObjectRecord> &records,
                           ObjectId targetSite, const QPointF &offset, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_targetSite(targetSite)
{
    QSet<ObjectId> copied;
    for (const ObjectRecord &r : records)
        copied.insert(r.id);
    QSet<QString> reserved;
    int nodes = 0;
    for (ObjectRecord r : records) {
        const bool node = r.kind == ObjectKind::Site || r.kind == ObjectKind::Device
                          || r.kind == ObjectKind::Appliance;
        if (node) {
            ++nodes;
            // Names of sites, devices and appliances are unique project-wide.
            const QString name = uniqueName(*project, r.kind, r.values.value(Field::name).toString(), reserved);
            reserved.insert(name);
            r.values.insert(Field::name, name);
            const QPointF at = r.values.value(Field::position).toPointF();
            if (!at.isNull())
                r.values.insert(Field::position, at + offset);
        }
        // References to objects that were not copied are dropped.
        for (const PropertyDef &def : ProjectSchema::fields(r.kind)) {
            if (def.type == PropertyType::Reference && r.values.contains(def.key)
                && !copied.contains(r.values.value(def.key).toUInt()))
                r.values.insert(def.key, QVariant(NoId));
        }
        if (r.kind == ObjectKind::Link
            && (r.values.value(Field::a).toUInt() == NoId
                || r.values.value(Field::b).toUInt() == NoId))
            continue;
        m_records.append(r);
    }
    setText(QCoreApplication::translate("Commands", "Paste %n item(s)", nullptr, nodes));
}

void PasteObjects::redo()
{
    const bool first = m_newIds.isEmpty();
    m_created.clear();
    QHash<ObjectId, ObjectId> now; // old -> new, for what exists in this redo
    for (const ObjectRecord &r : std::as_const(m_records)) {
        ObjectId parent = NoId;
        if (r.kind != ObjectKind::Site && r.kind != ObjectKind::Link) {
            parent = now.contains(r.parent) ? now.value(r.parent)
                     : m_project->contains(m_targetSite) ? m_targetSite
                                                          : r.parent;
        }
        QVariantMap values = r.values;
        for (const PropertyDef &def : ProjectSchema::fields(r.kind)) {
            // A reference to a copy not created yet (a peer later in the list) is
            // set below, once both exist.
            if (def.type == PropertyType::Reference && values.contains(def.key))
                values.insert(def.key, now.value(values.value(def.key).toUInt(), NoId));
        }
        const ObjectId id = m_project->create(r.kind, parent, values, &m_error,
                                              first ? NoId : m_newIds.value(r.id));
        if (id == NoId) {
            // Take back what was created so far; the stack drops the command.
            for (auto it = m_created.crbegin(); it != m_created.crend(); ++it) {
                if (m_project->contains(*it))
                    m_project->remove(*it);
            }
            m_created.clear();
            setObsolete(true);
            return;
        }
        now.insert(r.id, id);
        m_created.append(id);
    }
    m_newIds = now;
    for (const ObjectRecord &r : std::as_const(m_records)) {
        const ObjectId oldPeer = r.values.value(Field::peer).toUInt();
        if (r.kind == ObjectKind::Appliance && oldPeer != NoId && now.contains(oldPeer)
            && m_project->value(now.value(r.id), Field::peer).toUInt() == NoId)
            m_project->setValue(now.value(r.id), Field::peer, now.value(oldPeer));
    }
}

void PasteObjects::undo()
{
    for (auto it = m_created.crbegin(); it != m_created.crend(); ++it) {
        if (m_project->contains(*it))
            m_project->remove(*it);
    }
    m_created.clear();
}

QList<ObjectId> PasteObjects::pastedNodes() const
{
    QList<ObjectId> ids;
    for (const ObjectRecord &r : m_records) {
        if ((r.kind == ObjectKind::Site || r.kind == ObjectKind::Device
             || r.kind == ObjectKind::Appliance)
            && m_newIds.contains(r.id))
            ids.append(m_newIds.value(r.id));
    }
    return ids;
}
