#include "MeshRules.h"

#include "Catalogue.h"
#include "ModelEnums.h"
#include "Project.h"
#include "ProjectSchema.h"

#include <QRegularExpression>

namespace {

// Interface-like names count up their last number (GigabitEthernet0/0 -> 0/1);
// others get a suffix (Router -> Router-2).
QString nextName(const QString &name, int attempt)
{
    static const QRegularExpression trailing(QStringLiteral("^(.*?)(\\d+)$"));
    const QRegularExpressionMatch m = trailing.match(name);
    if (m.hasMatch() && name.contains(QLatin1Char('/')))
        return m.captured(1) + QString::number(m.captured(2).toInt() + attempt);
    return QStringLiteral("%1-%2").arg(name).arg(attempt + 1);
}

} // namespace

MeshRules::Side MeshRules::siteSide(const QString &siteKind)
{
    if (siteKind == QLatin1String("cloud-sddc"))
        return Side::Destination;
    if (siteKind == QLatin1String("internet"))
        return Side::Wan;
    return Side::Source; // on-prem, home-lab
}

MeshRules::Side MeshRules::sideOf(const Project &project, ObjectId id)
{
    ObjectId site = id;
    while (site != NoId && project.kind(site) != ObjectKind::Site)
        site = project.parentOf(site);
    return siteSide(project.text(site, Field::kind));
}

bool MeshRules::isPaired(const QString &type)
{
    const Catalogue::ApplianceType *t = Catalogue::builtIn().applianceType(type);
    return t && t->paired;
}

QString MeshRules::peerTypeOf(const QString &type)
{
    return Catalogue::builtIn().expectedPeerType(type);
}

QString MeshRules::serviceOf(const QString &type)
{
    const Catalogue::ApplianceType *t = Catalogue::builtIn().applianceType(type);
    return t && t->paired ? t->service : QString();
}

QString MeshRules::serviceDisplayName(const QString &service)
{
    static const struct
    {
        const char *key;
        const char *name;
    } names[] = {
        {"interconnect", QT_TR_NOOP("Interconnect")},
        {"wan-optimization", QT_TR_NOOP("WAN Optimization")},
        {"network-extension", QT_TR_NOOP("Network Extension")},
        {"sentinel-gateway", QT_TR_NOOP("Sentinel Gateway")},
        {"sentinel-data-receiver", QT_TR_NOOP("Sentinel Data Receiver")},
        {"management", QT_TR_NOOP("Management")},
    };
    for (const auto &n : names) {
        if (service == QLatin1String(n.key))
            return tr(n.name);
    }
    // A service a user added to the catalogue: the name of its first type.
    for (const Catalogue::ApplianceType &t : Catalogue::builtIn().applianceTypes()) {
        if (t.service == service)
            return t.name;
    }
    return service;
}

QString MeshRules::pairingProblem(const QString &typeA, Side sideA, const QString &typeB,
                                  Side sideB)
{
    if (sideA == Side::Wan || sideB == Side::Wan || sideA == sideB)
        return tr("A Service Mesh pairs an on-premises appliance with one in the cloud SDDC.");
    const QString &source = sideA == Side::Source ? typeA : typeB;
    const QString &target = sideA == Side::Source ? typeB : typeA;
    if (!isPaired(source) || !isPaired(target))
        return tr("HCX Managers are paired as sites, not in a Service Mesh.");
    if (peerTypeOf(source) != target || peerTypeOf(target) != source)
        return tr("An appliance of type %1 pairs only with one of type %2, not with %3.")
            .arg(source, peerTypeOf(source), target);
    return QString();
}

QString MeshRules::pairingProblem(const Project &project, ObjectId *source, ObjectId *target)
{
    if (project.kind(*source) != ObjectKind::Appliance
        || project.kind(*target) != ObjectKind::Appliance || *source == *target)
        return tr("Only two different HCX appliances can be paired.");
    const QString problem =
        pairingProblem(project.text(*source, Field::type), sideOf(project, *source),
                       project.text(*target, Field::type), sideOf(project, *target));
    if (problem.isEmpty() && sideOf(project, *source) != Side::Source)
        std::swap(*source, *target);
    return problem;
}

QString MeshRules::siteKindFor(ObjectKind kind, const FieldValues &preset, Side side)
{
    if (kind == ObjectKind::Appliance) {
        const QString type = preset.value(Field::type).toString();
        if (type == QLatin1String("cloud-manager") || type == QLatin1String("SDR"))
            side = Side::Destination;
        else if (type == QLatin1String("manager") || type == QLatin1String("SGW"))
            side = Side::Source;
    } else {
        side = Side::Source; // a NAT device is the customer's
    }
    return side == Side::Destination ? QStringLiteral("cloud-sddc") : QStringLiteral("on-prem");
}

QString MeshRules::uniqueName(const Project &project, ObjectKind kind, ObjectId parent,
                              const QString &base, const QSet<QString> &reserved)
{
    if (base.isEmpty())
        return base; // rules and links are known by their summary
    // Parts of a device need unique names on that device; everything else project-wide.
    const bool perParent = ProjectSchema::parentKinds(kind).contains(ObjectKind::Device);
    const auto taken = [&](const QString &name) {
        return reserved.contains(name)
               || project.findByName(kind, name, perParent ? parent : NoId) != NoId;
    };
    QString name = base;
    for (int attempt = 1; taken(name); ++attempt)
        name = nextName(base, attempt);
    return name;
}

QString MeshRules::newName(const Project &project, ObjectKind kind, ObjectId parent,
                           const FieldValues &preset, const QSet<QString> &reserved)
{
    return nameOn(project, kind, parent, sideOf(project, parent), preset, reserved);
}

QString MeshRules::newNameInNewSite(const Project &project, ObjectKind kind,
                                    const QString &siteKind, const FieldValues &preset)
{
    return nameOn(project, kind, NoId, siteSide(siteKind), preset, {});
}

QString MeshRules::nameOn(const Project &project, ObjectKind kind, ObjectId parent, Side side,
                          const FieldValues &preset, const QSet<QString> &reserved)
{
    QString base;
    switch (kind) {
    case ObjectKind::Site:
        base = preset.contains(Field::kind)
                   ? ModelEnums::displayName(preset.value(Field::kind).toString())
                   : tr("Site");
        break;
    case ObjectKind::Device:
        base = preset.value(Field::kind).toString() == QLatin1String("firewall") ? tr("Firewall")
                                                                                  : tr("Router");
        break;
    case ObjectKind::Appliance: {
        const QString type = preset.value(Field::type, QStringLiteral("IX")).toString();
        if (type == QLatin1String("manager"))
            return uniqueName(project, kind, parent, QStringLiteral("HCX Connector"), reserved);
        if (type == QLatin1String("cloud-manager"))
            return uniqueName(project, kind, parent, QStringLiteral("HCX Cloud Manager"), reserved);
        // HCX names service appliances <TYPE>-I<n> (initiator, on-premises) and
        // -R<n> (responder, cloud).
        const QString end = side == Side::Destination ? QStringLiteral("R") : QStringLiteral("I");
        QString name;
        for (int n = 1; name.isEmpty() || reserved.contains(name)
                        || project.findByName(kind, name) != NoId;
             ++n)
            name = QStringLiteral("HCX-%1-%2%3").arg(type, end).arg(n);
        return name;
    }
    default:
        if (const PropertyDef *def = ProjectSchema::field(kind, Field::name))
            base = def->defaultValue.toString();
        break;
    }
    return uniqueName(project, kind, parent, base, reserved);
}

ChangeSet MeshRules::pairChanges(const Project &project, ObjectId source, ObjectId target)
{
    ChangeSet changes;
    QHash<ObjectId, ObjectId> peers; // the peer each appliance will have
    const auto peerOf = [&](ObjectId x) {
        return peers.contains(x) ? peers.value(x) : project.value(x, Field::peer).toUInt();
    };
    const auto setPeer = [&](ObjectId x, ObjectId peer) {
        if (x != NoId && peerOf(x) != peer) {
            changes.set(x, Field::peer, QVariant(peer));
            peers.insert(x, peer);
        }
    };
    // Former partners let go.
    for (ObjectId x : {source, target}) {
        const ObjectId old = x == NoId ? NoId : peerOf(x);
        if (old != NoId && old != source && old != target && peerOf(old) == x)
            setPeer(old, NoId);
    }
    const ObjectId oldPeer = peerOf(source);
    setPeer(source, target);
    if (target != NoId)
        setPeer(target, source);
    else if (oldPeer != NoId && peerOf(oldPeer) == source)
        setPeer(oldPeer, NoId);

    // Mesh membership: the pair belongs to the mesh between the two sites only.
    const ObjectId from = project.parentOf(source);
    const ObjectId to = target == NoId ? NoId : project.parentOf(target);
    const QString service = serviceOf(project.text(source, Field::type));
    ObjectId home = NoId;
    for (ObjectId mesh : project.objects(ObjectKind::Mesh)) {
        const bool right = target != NoId && project.value(mesh, Field::sourceSite).toUInt() == from
                           && project.value(mesh, Field::destinationSite).toUInt() == to;
        if (right && home == NoId)
            home = mesh;
        const bool isHome = right && home == mesh;
        const QVariantList pairs = project.value(mesh, Field::pairs).toList();
        QVariantList kept;
        for (const QVariant &v : pairs) {
            const ObjectId id = v.toUInt();
            if ((id != source && id != target) || (isHome && id == source))
                kept.append(v);
        }
        if (isHome && !kept.contains(QVariant(source)))
            kept.append(source);
        if (kept != pairs)
            changes.set(mesh, Field::pairs, kept);
        QStringList services = project.value(mesh, Field::services).toStringList();
        if (isHome && !service.isEmpty() && !services.contains(service)) {
            services.append(service);
            changes.set(mesh, Field::services, services);
        }
    }
    if (target != NoId && home == NoId) {
        const QString base = tr("Service Mesh %1").arg(project.displayName(to));
        QString name = base;
        for (int i = 2; project.findByName(ObjectKind::Mesh, name) != NoId; ++i)
            name = QStringLiteral("%1 (%2)").arg(base).arg(i);
        changes.create(ObjectKind::Mesh, NoId,
                       {{Field::name, name},
                        {Field::sourceSite, from},
                        {Field::destinationSite, to},
                        {Field::services, service.isEmpty() ? QStringList() : QStringList{service}},
                        {Field::pairs, QVariantList{source}}});
    }
    return changes;
}
