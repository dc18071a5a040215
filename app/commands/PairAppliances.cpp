#include "PairAppliances.h"

#include "AddObject.h"
#include "ChangeValue.h"
#include "Project.h"

#include <QCoreApplication>

namespace {

const QString kPeer = Field::peer;
const QString kPairs = Field::pairs;

bool isSourceSide(const Project &project, ObjectId appliance)
{
    const QString kind = project.text(project.parentOf(appliance), Field::kind);
    return kind == QLatin1String("on-prem") || kind == QLatin1String("home-lab");
}

} // namespace

QString PairAppliances::serviceOf(const QString &type)
{
    if (type == QLatin1String("IX"))
        return QStringLiteral("interconnect");
    if (type == QLatin1String("NE"))
        return QStringLiteral("network-extension");
    if (type == QLatin1String("WO"))
        return QStringLiteral("wan-optimization");
    if (type == QLatin1String("SGW") || type == QLatin1String("SDR"))
        return QStringLiteral("sentinel");
    return QString();
}

QString PairAppliances::check(const Project &project, ObjectId *source, ObjectId *target)
{
    if (project.kind(*source) != ObjectKind::Appliance
        || project.kind(*target) != ObjectKind::Appliance || *source == *target)
        return QCoreApplication::translate("Commands", "Only two different HCX appliances can be paired.");
    if (!isSourceSide(project, *source))
        std::swap(*source, *target);
    if (!isSourceSide(project, *source) || isSourceSide(project, *target))
        return QCoreApplication::translate("Commands", "A Service Mesh pairs an on-premises appliance with one in the cloud SDDC.");
    const QString a = project.text(*source, Field::type);
    const QString b = project.text(*target, Field::type);
    if (serviceOf(a).isEmpty())
        return QCoreApplication::translate("Commands", "HCX Managers are paired as sites, not in a Service Mesh.");
    if (a != b)
        return QCoreApplication::translate("Commands", "An %1 pairs only with an %1, not with %2.")
            .arg(a, b);
    return QString();
}

PairAppliances::PairAppliances(Project *project, ObjectId source, ObjectId target,
                               QUndoCommand *parent)
    : QUndoCommand(parent)
{
    setText(target == NoId ? QCoreApplication::translate("Commands", "Unpair %1")
                                 .arg(project->displayName(source))
                           : QCoreApplication::translate("Commands", "Pair %1 with %2")
                                 .arg(project->displayName(source), project->displayName(target)));
    QHash<ObjectId, ObjectId> peers; // the peer each appliance will have
    const auto setPeer = [&](ObjectId x, ObjectId peer) {
        if (x != NoId && project->value(x, kPeer).toUInt() != peer && peers.value(x, 1) != peer) {
            new ChangeValue(project, x, kPeer, project->value(x, kPeer), peer, this);
            peers.insert(x, peer);
        }
    };
    // Former partners let go.
    for (ObjectId x : {source, target}) {
        const ObjectId old = x == NoId ? NoId : project->value(x, kPeer).toUInt();
        if (old != NoId && old != source && old != target && project->value(old, kPeer).toUInt() == x)
            setPeer(old, NoId);
    }
    const ObjectId oldPeer = project->value(source, kPeer).toUInt();
    setPeer(source, target);
    if (target != NoId)
        setPeer(target, source);
    else if (oldPeer != NoId && project->value(oldPeer, kPeer).toUInt() == source)
        setPeer(oldPeer, NoId);

    // Mesh membership: the pair belongs to the mesh between the two sites only.
    const ObjectId from = project->parentOf(source);
    const ObjectId to = target == NoId ? NoId : project->parentOf(target);
    ObjectId home = NoId;
    for (ObjectId mesh : project->objects(ObjectKind::Mesh)) {
        const bool right = target != NoId
                           && project->value(mesh, Field::sourceSite).toUInt() == from
                           && project->value(mesh, Field::destinationSite).toUInt() == to;
        if (right && home == NoId)
            home = mesh;
        QVariantList pairs = project->value(mesh, kPairs).toList();
        QVariantList kept;
        for (const QVariant &v : pairs) {
            const ObjectId id = v.toUInt();
            const bool mine = id == source || id == target;
            if (!mine || (right && home == mesh && id == source))
                kept.append(v);
        }
        if (right && home == mesh && !kept.contains(QVariant(source)))
            kept.append(source);
        if (kept != pairs)
            new ChangeValue(project, mesh, kPairs, pairs, kept, this);
        const QString service = serviceOf(project->text(source, Field::type));
        QStringList services = project->value(mesh, Field::services).toStringList();
        if (right && home == mesh && !service.isEmpty() && !services.contains(service)) {
            const QStringList before = services;
            services.append(service);
            new ChangeValue(project, mesh, Field::services, before, services, this);
        }
    }
    if (target != NoId && home == NoId) {
        const QString base = QCoreApplication::translate("Commands", "Service Mesh %1")
                                 .arg(project->displayName(to));
        QString name = base;
        for (int i = 2; project->findByName(ObjectKind::Mesh, name) != NoId; ++i)
            name = QStringLiteral("%1 (%2)").arg(base).arg(i);
        const QString service = serviceOf(project->text(source, Field::type));
        new AddObject(project, ObjectKind::Mesh, NoId,
                      {{Field::name, name},
                       {Field::sourceSite, from},
                       {Field::destinationSite, to},
                       {Field::services, QStringList{service}},
                       {kPairs, QVariantList{source}}},
                      this);
    }
}
