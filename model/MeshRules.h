#pragma once

#include "ChangeSet.h"
#include "Field.h"
#include "ObjectId.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

class Project;

// The rules of an HCX Service Mesh, in one place and backed by the catalogue:
// which side of a mesh a site and its appliances are on, which appliance types
// pair and which service a pair provides, and how new elements are named.
// Commands, the canvas, the layout, the validator and the item models ask here.
class MeshRules
{
    Q_DECLARE_TR_FUNCTIONS(MeshRules)
public:
    // Source: on-premises (and home lab) sites, where HCX traffic starts;
    // Destination: the cloud SDDC; Wan: the internet between them.
    enum class Side { Source, Destination, Wan };

    static Side siteSide(const QString &siteKind);
    // The side of a site, or of the site an object is in.
    static Side sideOf(const Project &project, ObjectId id);

    // Whether an appliance type is deployed as a pair across a mesh.
    static bool isPaired(const QString &type);
    // The type the other end of a pair must have (SGW <-> SDR; IX <-> IX).
    static QString peerTypeOf(const QString &type);
    // The Service Mesh service a pair provides, named by its source-side type.
    static QString serviceOf(const QString &type);
    // Translated name of a service key ("interconnect" -> "Interconnect").
    static QString serviceDisplayName(const QString &service);

    // Why two appliances of these types on these sides cannot be a mesh pair;
    // empty when they can. The order does not matter.
    static QString pairingProblem(const QString &typeA, Side sideA, const QString &typeB,
                                  Side sideB);
    // The same for two appliances of a project. On success source and target are
    // ordered so that source is on the source side.
    static QString pairingProblem(const Project &project, ObjectId *source, ObjectId *target);

    // The change that pairs source (on the source side) with target, or with
    // target NoId unpairs source: both peers point at each other, former partners
    // are let go, and the pair joins the mesh between the two sites (created,
    // with the pair's service, when there is none).
    static ChangeSet pairChanges(const Project &project, ObjectId source, ObjectId target);

    // The name a new element gets: HCX-IX-I1 for an on-premises IX (-R for the
    // cloud), "HCX Connector", Router, Router-2, GigabitEthernet0/1 ... unique
    // among its kind (parts of a device: on that device). reserved: names
    // already taken by objects about to be created.
    static QString newName(const Project &project, ObjectKind kind, ObjectId parent,
                           const FieldValues &preset, const QSet<QString> &reserved = {});
    // The same for an element going into a site of siteKind that does not exist yet.
    static QString newNameInNewSite(const Project &project, ObjectKind kind,
                                    const QString &siteKind, const FieldValues &preset);
    // The site kind an element dropped on empty canvas gets a site of: on the
    // destination side for the cloud's own types, else on the side given.
    static QString siteKindFor(ObjectKind kind, const FieldValues &preset, Side side);
    // base, or the next free variant of it.
    static QString uniqueName(const Project &project, ObjectKind kind, ObjectId parent,
                              const QString &base, const QSet<QString> &reserved = {});

private:
    static QString nameOn(const Project &project, ObjectKind kind, ObjectId parent, Side side,
                          const FieldValues &preset, const QSet<QString> &reserved);
};
