#include "PropertyModel.h"

#include "ProbeProposal.h"
#include "ProfileFacts.h"

#include "Catalogue.h"
#include "ModelEnums.h"
#include "Project.h"
#include "MeshRules.h"
#include "NatRules.h"
#include "ProjectSchema.h"

namespace {

QString typeName(PropertyType type)
{
    switch (type) {
    case PropertyType::Text:
        return PropertyModel::tr("text");
    case PropertyType::Ipv4:
        return PropertyModel::tr("IPv4 address");
    case PropertyType::Port:
        return PropertyModel::tr("port");
    case PropertyType::Integer:
        return PropertyModel::tr("whole number");
    case PropertyType::Real:
        return PropertyModel::tr("seconds");
    case PropertyType::Bool:
        return PropertyModel::tr("yes/no");
    case PropertyType::Choice:
        return PropertyModel::tr("choice");
    case PropertyType::Reference:
        return PropertyModel::tr("object");
    case PropertyType::ReferenceList:
        return PropertyModel::tr("list of objects");
    case PropertyType::TextList:
        return PropertyModel::tr("comma-separated list");
    case PropertyType::Point:
        return PropertyModel::tr("canvas position");
    case PropertyType::Records:
        return PropertyModel::tr("list of records");
    case PropertyType::ObservedTable:
        return PropertyModel::tr("translation table");
    }
    return QString();
}

QList<ObjectId> referencedIds(const PropertyDef &def, const QVariant &value)
{
    QList<ObjectId> ids;
    if (def.type == PropertyType::Reference) {
        ids.append(value.toUInt());
    } else if (def.type == PropertyType::ReferenceList) {
        for (const QVariant &v : value.toList())
            ids.append(v.toUInt());
    }
    return ids;
}

} // namespace

PropertyModel::PropertyModel(Project *project, QObject *parent)
    : QAbstractTableModel(parent), m_project(project)
{
    rebuild();
    connect(m_project, &Project::valueChanged, this, [this](ObjectId id, FieldKey key) {
        if (id == m_id) {
            const int row = rowOf(key);
            if (row >= 0)
                emit dataChanged(index(row, LabelColumn), index(row, ValueColumn));
            return;
        }
        // Reference rows show the referenced object's name.
        for (int row = 0; row < m_keys.size(); ++row) {
            const PropertyDef *def = this->def(row);
            if (def && id != NoId &&
                referencedIds(*def, m_project->value(m_id, def->key)).contains(id))
                emit dataChanged(index(row, ValueColumn), index(row, ValueColumn));
        }
    });
    connect(m_project, &Project::objectAboutToBeRemoved, this, [this](ObjectId id) {
        if (id != NoId && id == m_id)
            setObject(NoId);
    });
    connect(m_project, &Project::aboutToReset, this, [this] { beginResetModel(); });
    connect(m_project, &Project::resetDone, this, [this] {
        m_id = NoId;
        rebuild();
        endResetModel();
    });
}

void PropertyModel::setObject(ObjectId id)
{
    if (id != NoId && !m_project->contains(id))
        id = NoId;
    beginResetModel();
    m_id = id;
    rebuild();
    endResetModel();
}

int PropertyModel::rowOf(FieldKey key) const
{
    return int(m_keys.indexOf(key));
}

void PropertyModel::rebuild()
{
    m_keys.clear();
    const ObjectKind kind = m_id == NoId ? ObjectKind::None : m_project->kind(m_id);
    for (const PropertyDef &def : ProjectSchema::fields(kind)) {
        if (!def.hidden)
            m_keys.append(def.key);
    }
}

const PropertyDef *PropertyModel::def(int row) const
{
    const ObjectKind kind = m_id == NoId ? ObjectKind::None : m_project->kind(m_id);
    return ProjectSchema::field(kind, m_keys.value(row));
}

int PropertyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int PropertyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PropertyModel::referenceName(ObjectId id) const
{
    return id == NoId || !m_project->contains(id) ? tr("—") : m_project->displayName(id);
}

QVariantList PropertyModel::candidates(const PropertyDef &def) const
{
    QVariantList ids;
    if (def.type == PropertyType::Reference && !def.required)
        ids.append(NoId);
    const QList<ObjectKind> kinds =
        def.refKind == ObjectKind::None ? ProjectSchema::allKinds() : QList{def.refKind};
    for (ObjectKind kind : kinds) {
        for (ObjectId id : m_project->objects(kind)) {
            if (id == m_id) // an object cannot refer to itself
                continue;
            // A peer is offered only where the pairing rule allows the pair.
            ObjectId source = m_id;
            ObjectId target = id;
            if (def.key == Field::peer
                && !MeshRules::pairingProblem(*m_project, &source, &target).isEmpty())
                continue;
            ids.append(id);
        }
    }
    return ids;
}

QVariant PropertyModel::displayValue(const PropertyDef &def, const QVariant &value) const
{
    if (def.key == Field::observedProbe) { // a measurement, not JSON to read
        QString error;
        const auto probe = ProbeProposal::attached(*m_project, m_id, &error);
        return probe ? ProbeProposal::shortText(*probe) : error.isEmpty() ? QString() : tr("unreadable: %1").arg(error);
    }
    if (def.key == Field::direction && !NatRules::isSimulatedDirection(value.toString()))
        return tr("%1 — not simulated").arg(ModelEnums::displayName(value.toString())); // why: tooltip
    switch (def.type) {
    case PropertyType::Choice:
        return ModelEnums::displayName(value.toString());
    case PropertyType::Reference:
        return referenceName(value.toUInt());
    case PropertyType::ReferenceList: {
        QStringList names;
        for (const QVariant &v : value.toList())
            names.append(referenceName(v.toUInt()));
        return names.join(QStringLiteral(", "));
    }
    case PropertyType::TextList: {
        QStringList items = value.toStringList();
        // A mesh's services are catalogue keys ("sentinel-gateway"): show their names.
        if (def.key == Field::services) {
            for (QString &item : items)
                item = MeshRules::serviceDisplayName(item);
        }
        return items.join(QStringLiteral(", "));
    }
    case PropertyType::Bool:
        return value.toBool() ? tr("Yes") : tr("No");
    case PropertyType::Real:
        return value.toDouble();
    case PropertyType::Port:
    case PropertyType::Integer:
        return value.toInt();
    default:
        return value.toString();
    }
}

QString PropertyModel::heldText(const PropertyDef &def, const QVariant &held) const
{
    const auto one = [&](const QVariant &v) {
        if (def.type != PropertyType::Reference && def.type != PropertyType::ReferenceList)
            return v.toString();
        const ObjectId id = v.toUInt();
        return m_project->contains(id) && v.toLongLong() == id ? m_project->displayName(id)
                                                              : QStringLiteral("#%1").arg(v.toLongLong());
    };
    if (held.typeId() != QMetaType::QVariantList)
        return one(held);
    QStringList items;
    for (const QVariant &v : held.toList())
        items.append(one(v));
    return items.join(QStringLiteral(", "));
}

QString PropertyModel::heldProblem(const PropertyDef &def, const QVariant &held) const
{
    QVariant ignored;
    QString problem;
    m_project->checkValue(m_id, def.key, held, &ignored, &problem);
    return tr("Not accepted, kept as written in the file: %1").arg(problem);
}

QString PropertyModel::toolTip(const PropertyDef &def) const
{
    QStringList lines;
    lines.append(def.required ? tr("%1 (required)").arg(ProjectSchema::label(def))
                              : ProjectSchema::label(def));
    const QString explanation = ProjectSchema::toolTip(def);
    if (!explanation.isEmpty())
        lines.append(explanation);
    if (def.key == Field::observedProbe) { // the verdict and every request as evidence
        if (const auto probe = ProbeProposal::attached(*m_project, m_id))
            lines << ProbeClassifier::verdictSentence(probe->result, probe->classification)
                  << ProbeProposal::evidence(probe->result);
    }
    if (def.key == Field::profile || def.key == Field::options) {
        // What the profile simulates with these options, each fact with its evidence.
        const QList<ProfileFacts::Fact> facts = ProfileFacts::of(
            m_project->text(m_id, Field::profile), m_project->value(m_id, Field::options).toStringList());
        for (const ProfileFacts::Fact &f : facts)
            lines.append(QStringLiteral("• ") + ProfileFacts::line(f));
    }
    if (def.key == Field::options) {
        const QString profile = m_project->text(m_id, Field::profile);
        const QStringList allowed = ModelEnums::profileOptionKeys(profile);
        lines.append(allowed.isEmpty()
                         ? tr("The %1 profile has no options.").arg(ModelEnums::displayName(profile))
                         : tr("Options of the %1 profile: %2")
                               .arg(ModelEnums::displayName(profile),
                                    allowed.join(QStringLiteral(", "))));
    }
    if (def.key == Field::direction && m_id != NoId && !NatRules::isSimulated(*m_project, m_id))
        lines.append(NatRules::notSimulatedNote());
    if (m_id != NoId && !NatRules::isSimulated(*m_project, m_id) && m_project->kind(m_id) == ObjectKind::Rule
        && (def.key == Field::insideLocal || def.key == Field::insideGlobal))
        lines.append(tr("For an outside source rule, the address as written first in ip nat "
                        "outside source (the outside global) is in Inside local, the second (the "
                        "outside local) in Inside global."));
    if (def.key == Field::services) {
        QStringList known;
        for (const QString &key : Catalogue::builtIn().services())
            known.append(tr("%1 (%2)").arg(key, MeshRules::serviceDisplayName(key)));
        lines.append(tr("Services (keys to type): %1").arg(known.join(QStringLiteral(", "))));
    }
    lines.append(tr("Type: %1").arg(typeName(def.type)));
    return lines.join(QLatin1Char('\n'));
}

QVariant PropertyModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    const PropertyDef *def = this->def(index.row());
    if (!def)
        return {};
    switch (role) {
    case KeyRole:
        return def->key.toString();
    case TypeRole:
        return int(def->type);
    default:
        break;
    }
    // A value held as written is shown and edited as written (Project::holdValue).
    const QVariant held = m_project->heldValue(m_id, def->key);
    const QVariant value = held.isValid() ? held : m_project->value(m_id, def->key);
    const QString problem = held.isValid() ? heldProblem(*def, held) : QString();
    if (role == ProblemRole)
        return problem;
    if (index.column() == LabelColumn) {
        if (role == Qt::DisplayRole)
            return ProjectSchema::label(*def);
        if (role == Qt::ToolTipRole)
            return problem.isEmpty() ? toolTip(*def) : problem + QLatin1Char('\n') + toolTip(*def);
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        if (held.isValid())
            return heldText(*def, held);
        return displayValue(*def, value);
    case Qt::EditRole:
        if (def->type == PropertyType::TextList)
            return value.toStringList().join(QStringLiteral(", "));
        return value;
    case Qt::CheckStateRole:
        if (def->type == PropertyType::Bool)
            return int(value.toBool() ? Qt::Checked : Qt::Unchecked);
        return {};
    case Qt::ToolTipRole:
        return problem.isEmpty() ? toolTip(*def) : problem + QLatin1Char('\n') + toolTip(*def);
    case RawValueRole:
        return value;
    case ChoicesRole:
        if (def->type == PropertyType::Choice)
            return def->choices;
        if (def->type == PropertyType::Reference || def->type == PropertyType::ReferenceList)
            return candidates(*def);
        return {};
    case ChoiceLabelsRole: {
        QStringList labels;
        if (def->type == PropertyType::Choice) {
            for (const QString &key : def->choices)
                labels.append(ModelEnums::displayName(key));
        } else if (def->type == PropertyType::Reference ||
                   def->type == PropertyType::ReferenceList) {
            for (const QVariant &id : candidates(*def))
                labels.append(referenceName(id.toUInt()));
        } else {
            return {};
        }
        return labels;
    }
    default:
        return {};
    }
}

bool PropertyModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.model() != this || index.column() != ValueColumn)
        return false;
    const PropertyDef *def = this->def(index.row());
    if (!def)
        return false;
    QVariant input = value;
    if (role == Qt::CheckStateRole) {
        if (def->type != PropertyType::Bool)
            return false;
        input = value.toInt() == int(Qt::Checked);
    } else if (role != Qt::EditRole) {
        return false;
    }
    QVariant normalized;
    QString error;
    if (!m_project->checkValue(m_id, def->key, input, &normalized, &error)) {
        emit editRejected(tr("%1: %2").arg(ProjectSchema::label(*def), error));
        return false;
    }
    if (def->key == Field::peer && normalized.toUInt() != NoId) {
        // The same verdict the canvas and the validator give (MeshRules).
        ObjectId source = m_id;
        ObjectId target = normalized.toUInt();
        const QString problem = MeshRules::pairingProblem(*m_project, &source, &target);
        if (!problem.isEmpty()) {
            emit editRejected(tr("%1: %2").arg(ProjectSchema::label(*def), problem));
            return false;
        }
    }
    const QVariant old = m_project->value(m_id, def->key);
    if (old == normalized && !m_project->heldValue(m_id, def->key).isValid())
        return true;
    // The application turns this into an undo command; the project changes then.
    emit editRequested(m_id, def->key, old, normalized);
    return true;
}

QVariant PropertyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LabelColumn:
        return tr("Property");
    case ValueColumn:
        return tr("Value");
    default:
        return {};
    }
}

Qt::ItemFlags PropertyModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() != ValueColumn)
        return f;
    const PropertyDef *def = this->def(index.row());
    if (def && def->type == PropertyType::Bool)
        return f | Qt::ItemIsUserCheckable;
    if (def && def->key == Field::observedProbe)
        return f; // replaced by File > Import > NAT Probe Result, never typed
    return f | Qt::ItemIsEditable;
}
