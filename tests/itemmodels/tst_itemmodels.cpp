#include "ModelEnums.h"
#include "Project.h"
#include "ProjectSchema.h"
#include "PropertyModel.h"
#include "ServiceMeshTableModel.h"
#include "TestProjects.h"
#include "TopologyTreeModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

// The tree as indented "name | detail" lines.
void dumpTree(const QAbstractItemModel &m, const QModelIndex &parent, int depth, QStringList *out)
{
    for (int row = 0; row < m.rowCount(parent); ++row) {
        const QModelIndex name = m.index(row, TopologyTreeModel::NameColumn, parent);
        const QModelIndex detail = m.index(row, TopologyTreeModel::DetailColumn, parent);
        out->append(QString(depth * 2, u' ') + name.data().toString() + QStringLiteral(" | ") +
                    detail.data().toString());
        dumpTree(m, name, depth + 1, out);
    }
}

QStringList dumpTree(const QAbstractItemModel &m)
{
    QStringList out;
    dumpTree(m, {}, 0, &out);
    return out;
}

// The tree shows exactly Project::children(), recursively, with consistent parents.
void checkTreeMatches(const TopologyTreeModel &m, const Project &p, ObjectId parentId)
{
    const QModelIndex parent = m.indexOf(parentId);
    QCOMPARE(m.idOf(parent), parentId);
    const QList<ObjectId> &children = p.children(parentId);
    QCOMPARE(m.rowCount(parent), int(children.size()));
    for (int row = 0; row < children.size(); ++row) {
        const QModelIndex child = m.index(row, 0, parent);
        QCOMPARE(m.idOf(child), children.at(row));
        QCOMPARE(m.parent(child), parent);
        QCOMPARE(m.indexOf(children.at(row)), child);
        checkTreeMatches(m, p, children.at(row));
        if (QTest::currentTestFailed())
            return;
    }
}

QStringList tableRow(const QAbstractItemModel &m, int row)
{
    QStringList cells;
    for (int c = 0; c < m.columnCount(); ++c)
        cells << m.index(row, c).data().toString();
    return cells;
}

} // namespace

// The project's fields the property editor shows (hidden ones are file-only).
static int visibleProjectFields()
{
    const QList<PropertyDef> &fields = ProjectSchema::fields(ObjectKind::None);
    return int(std::count_if(fields.cbegin(), fields.cend(),
                             [](const PropertyDef &d) { return !d.hidden; }));
}

class TestItemModels : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void treeStructure();
    void treeDetails();
    void treeRoundTrip();
    void treeFollowsEdits();
    void treeFollowsMoves();
    void meshTable();
    void meshTableFollowsEdits();
    void propertyRowsForAppliance();
    void propertyChoices();
    void propertySetDataRejects();
    void propertySetDataRequests();
    void propertyBoolAndLists();
    void propertyFollowsProject();
    void propertyShownObjectRemoved();
    void allModelsThroughEverything();

private:
    std::unique_ptr<Project> m_project;
    std::unique_ptr<TopologyTreeModel> m_tree;
    std::unique_ptr<ServiceMeshTableModel> m_meshes;
    std::unique_ptr<PropertyModel> m_props;
    QList<QAbstractItemModelTester *> m_testers;
    SampleProject s;
};

void TestItemModels::init()
{
    m_project = std::make_unique<Project>();
    m_tree = std::make_unique<TopologyTreeModel>(m_project.get());
    m_meshes = std::make_unique<ServiceMeshTableModel>(m_project.get());
    m_props = std::make_unique<PropertyModel>(m_project.get());
    // Attached before the project is filled, so every insertion is checked too.
    for (QAbstractItemModel *m :
         std::initializer_list<QAbstractItemModel *>{m_tree.get(), m_meshes.get(), m_props.get()})
        m_testers << new QAbstractItemModelTester(
            m, QAbstractItemModelTester::FailureReportingMode::QtTest, m);
    s = SampleProject();
    s.build(*m_project);
}

void TestItemModels::cleanup()
{
    m_testers.clear(); // owned by their models
    m_props.reset();
    m_meshes.reset();
    m_tree.reset();
    m_project.reset();
}

void TestItemModels::treeStructure()
{
    const TopologyTreeModel &m = *m_tree;
    QCOMPARE(m.columnCount(), 2);
    QCOMPARE(m.rowCount(), 2);
    QCOMPARE(m.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Name"));
    checkTreeMatches(m, *m_project, NoId);
    // Links, meshes are not in the tree.
    QVERIFY(!m.indexOf(s.linkIxPeer).isValid());
    QVERIFY(!m.indexOf(s.mesh).isValid());
    QCOMPARE(dumpTree(m).size(), 2 + 3 + 7 + 2);
    const QModelIndex router = m.indexOf(s.router);
    QCOMPARE(router.row(), 0);
    QCOMPARE(router.parent(), m.index(0, 0));
    QCOMPARE(m.rowCount(router), 7);
    QCOMPARE(m.index(3, 0, router).data().toString(), QStringLiteral("NAT-ACL"));
    // Only the first column has children.
    QCOMPARE(m.rowCount(m.indexOf(s.router, TopologyTreeModel::DetailColumn)), 0);
    QVERIFY(!m.index(7, 0, router).isValid());
    QVERIFY(!m.index(0, 2, router).isValid());
    const Qt::ItemFlags flags = m.flags(m.indexOf(s.ix));
    QVERIFY(flags & Qt::ItemIsSelectable);
    QVERIFY(flags & Qt::ItemIsEnabled);
    QVERIFY(!(flags & Qt::ItemIsEditable));
}

void TestItemModels::treeDetails()
{
    const TopologyTreeModel &m = *m_tree;
    const auto detail = [&](ObjectId id) {
        return m.indexOf(id, TopologyTreeModel::DetailColumn).data().toString();
    };
    QCOMPARE(detail(s.onPrem), QStringLiteral("On-premises"));
    QCOMPARE(detail(s.cloud), QStringLiteral("Cloud SDDC"));
    QCOMPARE(detail(s.router), QStringLiteral("Router · Cisco IOS / IOS-XE PAT"));
    QCOMPARE(detail(s.ix), QStringLiteral("IX · 192.19.72.202"));
    QCOMPARE(detail(s.inside), QStringLiteral("192.19.72.1/24 · NAT inside"));
    QCOMPARE(detail(s.outside), QStringLiteral("203.0.113.2/30 · NAT outside"));
    QCOMPARE(detail(s.pool), QStringLiteral("203.0.113.10 – 203.0.113.20"));
    QCOMPARE(detail(s.acl), QStringLiteral("192.19.72.0/24, 10.1.0.0/16"));
    QCOMPARE(detail(s.dynRule), QStringLiteral("list NAT-ACL → interface Gi0/1 overload"));
    QCOMPARE(detail(s.patRule), QStringLiteral("static udp 192.19.72.202:4500 → 203.0.113.2:4500"));
    QCOMPARE(detail(s.background), QStringLiteral("udp 192.19.72.50:1024+519 → 198.51.100.53:53"));
    // Unnamed rules are named by their summary.
    QCOMPARE(m.indexOf(s.dynRule).data().toString(),
             QStringLiteral("list NAT-ACL → Gi0/1 overload"));
    QCOMPARE(m.indexOf(s.ix).data(Qt::ToolTipRole).toString(),
             QStringLiteral("HCX appliance: IX · 192.19.72.202"));
    QCOMPARE(m.indexOf(s.ix, 1).data(TopologyTreeModel::KindRole).toInt(),
             int(ObjectKind::Appliance));
    QCOMPARE(m.indexOf(s.ix).data(TopologyTreeModel::IdRole).value<ObjectId>(), s.ix);

    QString error;
    QVERIFY(m_project->setValue(s.ix, Field::type, "manager", &error));
    QVERIFY(m_project->setValue(s.ix, Field::uplinkIp, "10.0.0.9", &error));
    QCOMPARE(detail(s.ix), QStringLiteral("HCX Manager (Connector) · 10.0.0.9"));
    QVERIFY(m_project->setValue(s.background, Field::count, 1, &error));
    QCOMPARE(detail(s.background), QStringLiteral("udp 192.19.72.50:1024 → 198.51.100.53:53"));
    QVERIFY(m_project->setValue(s.dynRule, Field::pool, "POOL", &error));
    QVERIFY(m_project->setValue(s.dynRule, Field::overload, false, &error));
    QCOMPARE(detail(s.dynRule), QStringLiteral("list NAT-ACL → pool POOL"));
}

void TestItemModels::treeRoundTrip()
{
    for (ObjectKind k : ProjectSchema::allKinds()) {
        for (ObjectId id : m_project->objects(k)) {
            const QModelIndex index = m_tree->indexOf(id);
            const bool inTree =
                k != ObjectKind::Link && k != ObjectKind::Mesh && k != ObjectKind::Event;
            QCOMPARE(index.isValid(), inTree);
            if (!inTree)
                continue;
            QCOMPARE(m_tree->idOf(index), id);
            QCOMPARE(ObjectId(index.internalId()), id);
            QCOMPARE(m_tree->idOf(m_tree->indexOf(id, 1)), id);
            QCOMPARE(m_tree->indexOf(id, 1).column(), 1);
            QCOMPARE(m_tree->parent(index), m_tree->indexOf(m_project->parentOf(id)));
        }
    }
    QCOMPARE(m_tree->idOf({}), NoId);
    QVERIFY(!m_tree->indexOf(NoId).isValid());
    QVERIFY(!m_tree->indexOf(9999).isValid());
    QVERIFY(!m_tree->indexOf(s.ix, 2).isValid());
    // An index of another model is not one of ours.
    QCOMPARE(m_tree->idOf(m_meshes->index(0, 0)), NoId);
}

void TestItemModels::treeFollowsEdits()
{
    TopologyTreeModel &m = *m_tree;
    const QStringList before = dumpTree(m);
    QSignalSpy aboutToRemove(&m, &QAbstractItemModel::rowsAboutToBeRemoved);
    QSignalSpy removed(&m, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);

    // Removing the outside interface: row 1 under the router.
    RemovedObjects gone = m_project->remove(s.outside);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(0).value<QModelIndex>(), m.indexOf(s.router));
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(removed.at(0).at(2).toInt(), 1);
    checkTreeMatches(m, *m_project, NoId);
    m_project->restore(gone);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 1);
    QCOMPARE(dumpTree(m), before);

    // The router cascade: its seven children, then the router itself (row 0 of the
    // site); its two links are not tree rows.
    removed.clear();
    aboutToRemove.clear();
    inserted.clear();
    gone = m_project->remove(s.router);
    QCOMPARE(aboutToRemove.size(), 8);
    QCOMPARE(removed.size(), 8);
    QCOMPARE(removed.last().at(0).value<QModelIndex>(), m.indexOf(s.onPrem));
    QCOMPARE(removed.last().at(1).toInt(), 0);
    QCOMPARE(m.rowCount(m.indexOf(s.onPrem)), 2);
    checkTreeMatches(m, *m_project, NoId);
    m_project->restore(gone);
    QCOMPARE(inserted.size(), 8);
    QCOMPARE(dumpTree(m), before);
    checkTreeMatches(m, *m_project, NoId);

    // A whole site with links, a peer and mesh references pointing into it.
    gone = m_project->remove(s.cloud);
    checkTreeMatches(m, *m_project, NoId);
    QCOMPARE(m.rowCount(), 1);
    m_project->restore(gone);
    QCOMPARE(dumpTree(m), before);

    // A value change refreshes its row, both columns.
    changed.clear();
    QString error;
    QVERIFY(m_project->setValue(s.inside, Field::address, "192.19.72.254", &error));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), m.indexOf(s.inside, 0));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), m.indexOf(s.inside, 1));
    QCOMPARE(m.indexOf(s.inside, 1).data().toString(),
             QStringLiteral("192.19.72.254/24 · NAT inside"));
    // Changes to links, meshes and the project itself are not tree rows.
    changed.clear();
    QVERIFY(m_project->setValue(s.mesh, Field::name, "other", &error));
    QVERIFY(m_project->setValue(NoId, Field::name, "other", &error));
    QCOMPARE(changed.size(), 0);

    // A new child lands at its kind's place: a pool goes before the access list.
    inserted.clear();
    const ObjectId pool2 = m_project->create(ObjectKind::Pool, s.router,
                                             {{Field::start, "203.0.113.30"}, {Field::end, "203.0.113.40"}});
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(0).value<QModelIndex>(), m.indexOf(s.router));
    QCOMPARE(inserted.at(0).at(1).toInt(), 3);
    QCOMPARE(m.indexOf(pool2).row(), 3);
    checkTreeMatches(m, *m_project, NoId);

    // Reset on replaceWith.
    QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
    Project other;
    other.create(ObjectKind::Site, NoId, {{Field::name, "lonely"}});
    m_project->replaceWith(other);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(dumpTree(m), QStringList{QStringLiteral("lonely | On-premises")});
    m_project->clear();
    QCOMPARE(m.rowCount(), 0);
}

void TestItemModels::treeFollowsMoves()
{
    TopologyTreeModel &m = *m_tree;
    const QStringList before = dumpTree(m);
    QString error;
    QVERIFY(m_project->move(s.ix, s.cloud, &error));
    checkTreeMatches(m, *m_project, NoId);
    QCOMPARE(m.indexOf(s.ix).parent(), m.indexOf(s.cloud));
    QCOMPARE(m.indexOf(s.ix).row(), 2);
    QVERIFY(m_project->move(s.router, s.cloud, &error));
    checkTreeMatches(m, *m_project, NoId);
    QCOMPARE(m.rowCount(m.indexOf(s.router)), 7);
    QCOMPARE(m.indexOf(s.router).row(), 0);
    QVERIFY(m_project->move(s.router, s.onPrem, &error));
    checkTreeMatches(m, *m_project, NoId);
    QCOMPARE(m.indexOf(s.router).row(), 0);
    // Back home, the appliance goes after the other appliances.
    QVERIFY(m_project->move(s.ix, s.onPrem, &error));
    checkTreeMatches(m, *m_project, NoId);
    QCOMPARE(m.indexOf(s.ix).row(), 2);
    QVERIFY(m_project->move(s.ne, s.cloud, &error));
    QVERIFY(m_project->move(s.ne, s.onPrem, &error));
    QCOMPARE(dumpTree(m), before);
}

void TestItemModels::meshTable()
{
    const ServiceMeshTableModel &m = *m_meshes;
    QCOMPARE(m.rowCount(), 1);
    QCOMPARE(m.columnCount(), 5);
    QCOMPARE(tableRow(m, 0), (QStringList{"Boston-VMC", "Boston DC", "VMC",
                                          "Interconnect, Network Extension, x-future",
                                          "IX ⇄ IX-peer, NE ⇄ NE-peer"}));
    QCOMPARE(m.headerData(ServiceMeshTableModel::PairsColumn, Qt::Horizontal).toString(),
             QStringLiteral("Appliance pairs"));
    QCOMPARE(m.idOf(m.index(0, 3)), s.mesh);
    QCOMPARE(m.indexOf(s.mesh, 2), m.index(0, 2));
    QVERIFY(!m.indexOf(s.ix).isValid());
    QCOMPARE(m.index(0, 1).data(ServiceMeshTableModel::IdRole).value<ObjectId>(), s.mesh);
}

void TestItemModels::meshTableFollowsEdits()
{
    ServiceMeshTableModel &m = *m_meshes;
    QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&m, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);

    const ObjectId mesh2 =
        m_project->create(ObjectKind::Mesh, NoId,
                          {{Field::name, "back"},
                           {Field::sourceSite, s.cloud},
                           {Field::destinationSite, s.onPrem},
                           {Field::services, QStringList{"wan-optimization", "sentinel-gateway",
                                                    "sentinel-data-receiver"}},
                           {Field::pairs, QVariantList{s.ixPeer}}});
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 1);
    QCOMPARE(tableRow(m, 1),
             (QStringList{"back", "VMC", "Boston DC",
                          "WAN Optimization, Sentinel Gateway, Sentinel Data Receiver",
                          "IX-peer ⇄ IX"}));

    QString error;
    // A site rename reaches both rows.
    QVERIFY(m_project->setValue(s.cloud, Field::name, "VMC-2", &error));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(m.index(0, 2).data().toString(), QStringLiteral("VMC-2"));
    QCOMPARE(m.index(1, 1).data().toString(), QStringLiteral("VMC-2"));
    // So does a peer name (shown in the pairs column).
    changed.clear();
    QVERIFY(m_project->setValue(s.nePeer, Field::name, "NE-far", &error));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(m.index(0, 4).data().toString(), QStringLiteral("IX ⇄ IX-peer, NE ⇄ NE-far"));
    // A rename of an unrelated kind does not disturb the table.
    changed.clear();
    QVERIFY(m_project->setValue(s.inside, Field::name, "Gi0/9", &error));
    QCOMPARE(changed.size(), 0);
    // The mesh's own fields.
    QVERIFY(m_project->setValue(mesh2, Field::services, "interconnect", &error));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), m.index(1, 0));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), m.index(1, 4));
    QCOMPARE(m.index(1, 3).data().toString(), QStringLiteral("Interconnect"));

    // Removing an appliance prunes the pairs and clears the peer shown.
    RemovedObjects gone = m_project->remove(s.ix);
    QCOMPARE(m.index(0, 4).data().toString(), QStringLiteral("NE ⇄ NE-far"));
    QCOMPARE(m.index(1, 4).data().toString(), QStringLiteral("IX-peer ⇄ —"));
    m_project->restore(gone);
    QCOMPARE(m.index(0, 4).data().toString(), QStringLiteral("IX ⇄ IX-peer, NE ⇄ NE-far"));
    // Removing a site empties the references to it.
    gone = m_project->remove(s.cloud);
    QCOMPARE(m.index(0, 2).data().toString(), QStringLiteral("—"));
    QCOMPARE(m.index(0, 4).data().toString(), QStringLiteral("IX ⇄ —, NE ⇄ —"));
    m_project->restore(gone);
    QCOMPARE(m.index(0, 2).data().toString(), QStringLiteral("VMC-2"));

    // Removing the first mesh removes row 0.
    gone = m_project->remove(s.mesh);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(m.rowCount(), 1);
    QCOMPARE(m.idOf(m.index(0, 0)), mesh2);
    m_project->restore(gone);
    QCOMPARE(m.idOf(m.index(0, 0)), s.mesh);
    QCOMPARE(m.rowCount(), 2);

    QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
    m_project->clear();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m.rowCount(), 0);
}

void TestItemModels::propertyRowsForAppliance()
{
    PropertyModel &m = *m_props;
    // The project's own fields when nothing is shown.
    QCOMPARE(m.object(), NoId);
    QCOMPARE(m.rowCount(), visibleProjectFields());
    QCOMPARE(m.index(0, 0).data().toString(), QStringLiteral("Project name"));
    QCOMPARE(m.index(0, 1).data().toString(), QStringLiteral("Untitled"));

    QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
    m.setObject(s.ix);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m.object(), s.ix);
    QCOMPARE(m.columnCount(), 2);
    // All appliance fields except the hidden canvas position.
    QStringList keys;
    for (int row = 0; row < m.rowCount(); ++row)
        keys << m.index(row, 0).data(PropertyModel::KeyRole).toString();
    QCOMPARE(keys, (QStringList{Field::name, Field::type, Field::uplinkIp, Field::managementIp,
                                Field::peer, Field::peerPolicy, Field::deployAt, Field::uplinkMtu,
                                Field::extraUplinkIps, Field::tunnelPort}));
    QCOMPARE(m.rowOf(Field::peer), 4);
    QCOMPARE(m.rowOf(Field::position), -1);
    const auto value = [&](FieldKey key, int role = Qt::DisplayRole) {
        return m.index(m.rowOf(key), PropertyModel::ValueColumn).data(role);
    };
    QCOMPARE(m.index(m.rowOf(Field::uplinkIp), 0).data().toString(), QStringLiteral("Uplink IP"));
    QCOMPARE(value(Field::name).toString(), QStringLiteral("IX"));
    QCOMPARE(value(Field::type).toString(), QStringLiteral("IX (Interconnect)"));
    QCOMPARE(value(Field::type, Qt::EditRole).toString(), QStringLiteral("IX"));
    QCOMPARE(value(Field::peer).toString(), QStringLiteral("IX-peer"));
    QCOMPARE(value(Field::peer, Qt::EditRole).toUInt(), s.ixPeer);
    QCOMPARE(value(Field::peer, PropertyModel::RawValueRole).toUInt(), s.ixPeer);
    QCOMPARE(value(Field::peerPolicy).toString(), QStringLiteral("Catalogue default"));
    QCOMPARE(value(Field::managementIp).toString(), QString());
    QCOMPARE(value(Field::deployAt).toDouble(), 0.0);
    QCOMPARE(value(Field::peer, PropertyModel::TypeRole).toInt(), int(PropertyType::Reference));
    QCOMPARE(value(Field::uplinkIp, Qt::ToolTipRole).toString(),
             QStringLiteral("Uplink IP (required)\nType: IPv4 address"));
    QVERIFY(m.flags(m.index(0, 1)) & Qt::ItemIsEditable);
    QVERIFY(!(m.flags(m.index(0, 0)) & Qt::ItemIsEditable));
    QVERIFY(!value(Field::type, Qt::CheckStateRole).isValid());

    QVERIFY(m_project->setValue(s.ix, Field::peer, 0u));
    QCOMPARE(value(Field::peer).toString(), QStringLiteral("—"));
}

void TestItemModels::propertyChoices()
{
    PropertyModel &m = *m_props;
    m.setObject(s.ix);
    const auto value = [&](FieldKey key, int role = Qt::DisplayRole) {
        return m.index(m.rowOf(key), PropertyModel::ValueColumn).data(role);
    };
    QCOMPARE(value(Field::type, PropertyModel::ChoicesRole).toStringList(),
             ModelEnums::applianceTypeKeys());
    const QStringList typeLabels = value(Field::type, PropertyModel::ChoiceLabelsRole).toStringList();
    QCOMPARE(typeLabels.size(), ModelEnums::applianceTypeKeys().size());
    QCOMPARE(typeLabels.at(2), QStringLiteral("IX (Interconnect)"));
    // Optional reference: "none" first, then the appliances the pairing rule
    // allows (the cloud IX; not itself, not the on-prem NE, not the cloud NE).
    QCOMPARE(value(Field::peer, PropertyModel::ChoicesRole).toList(),
             (QVariantList{NoId, s.ixPeer}));
    QCOMPARE(value(Field::peer, PropertyModel::ChoiceLabelsRole).toStringList(),
             (QStringList{"—", "IX-peer"}));
    QVERIFY(!value(Field::uplinkIp, PropertyModel::ChoicesRole).isValid());

    // A required reference of any kind: a link's end may be any object but the link.
    m.setObject(s.linkRouterIx);
    const QVariantList ends = value(Field::a, PropertyModel::ChoicesRole).toList();
    QVERIFY(!ends.contains(QVariant(NoId)));
    QVERIFY(!ends.contains(QVariant(s.linkRouterIx)));
    QVERIFY(ends.contains(QVariant(s.router)));
    QVERIFY(ends.contains(QVariant(s.linkIxPeer)));
    QCOMPARE(ends.size(), m_project->objectCount() - 1);
    QCOMPARE(value(Field::a).toString(), QStringLiteral("edge-rtr"));
    // Reference lists offer the candidates without "none".
    m.setObject(s.mesh);
    QCOMPARE(value(Field::pairs, PropertyModel::ChoicesRole).toList(),
             (QVariantList{s.ix, s.ne, s.ixPeer, s.nePeer}));
    QCOMPARE(value(Field::pairs, Qt::DisplayRole).toString(), QStringLiteral("IX, NE"));
    QCOMPARE(value(Field::sourceSite, PropertyModel::ChoicesRole).toList(),
             (QVariantList{s.onPrem, s.cloud}));
}

void TestItemModels::propertySetDataRejects()
{
    PropertyModel &m = *m_props;
    m.setObject(s.ix);
    QSignalSpy rejected(&m, &PropertyModel::editRejected);
    QSignalSpy requested(&m, &PropertyModel::editRequested);
    QSignalSpy projectChanged(m_project.get(), &Project::contentsChanged);
    const QModelIndex ip = m.index(m.rowOf(Field::uplinkIp), PropertyModel::ValueColumn);
    QVERIFY(!m.setData(ip, "192.168.1.300"));
    QCOMPARE(rejected.size(), 1);
    const QString message = rejected.at(0).at(0).toString();
    QVERIFY2(message.contains("Uplink IP") && message.contains("192.168.1.300"),
             qPrintable(message));
    QCOMPARE(m_project->text(s.ix, Field::uplinkIp), QStringLiteral("192.19.72.202"));
    // Self reference and wrong kinds are refused by the project's check.
    QVERIFY(!m.setData(m.index(m.rowOf(Field::peer), 1), s.ix));
    QVERIFY(!m.setData(m.index(m.rowOf(Field::peer), 1), s.router));
    QVERIFY(!m.setData(m.index(m.rowOf(Field::type), 1), "XX"));
    QVERIFY(!m.setData(m.index(m.rowOf(Field::name), 1), "   "));
    QCOMPARE(rejected.size(), 5);
    // The label column and foreign roles are not editable.
    QVERIFY(!m.setData(m.index(0, 0), "x"));
    QVERIFY(!m.setData(ip, "10.0.0.1", Qt::DisplayRole));
    QCOMPARE(requested.size(), 0);
    QCOMPARE(projectChanged.size(), 0);
}

void TestItemModels::propertySetDataRequests()
{
    PropertyModel &m = *m_props;
    m.setObject(s.ix);
    QSignalSpy rejected(&m, &PropertyModel::editRejected);
    QSignalSpy requested(&m, &PropertyModel::editRequested);
    QSignalSpy projectChanged(m_project.get(), &Project::contentsChanged);
    const QModelIndex ip = m.index(m.rowOf(Field::uplinkIp), PropertyModel::ValueColumn);
    QVERIFY(m.setData(ip, " 10.9.9.9 "));
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).value<ObjectId>(), s.ix);
    QVERIFY(requested.at(0).at(1).value<FieldKey>() == Field::uplinkIp);
    QCOMPARE(requested.at(0).at(2).toString(), QStringLiteral("192.19.72.202"));
    QCOMPARE(requested.at(0).at(3).toString(), QStringLiteral("10.9.9.9"));
    QCOMPARE(m_project->text(s.ix, Field::uplinkIp), QStringLiteral("192.19.72.202"));
    QCOMPARE(projectChanged.size(), 0);
    // The same value after normalisation: accepted, nothing to do.
    QVERIFY(m.setData(ip, "192.19.72.202 "));
    QCOMPARE(requested.size(), 1);
    // A peer: only appliances the pairing rule allows are offered (the cloud IX,
    // not the cloud NE), and the NE typed in anyway is refused with the rule's reason.
    const QModelIndex peer = m.index(m.rowOf(Field::peer), 1);
    const QVariantList offered = peer.data(PropertyModel::ChoicesRole).toList();
    QVERIFY(offered.contains(QVariant(s.ixPeer)));
    QVERIFY(!offered.contains(QVariant(s.nePeer)));
    QVERIFY(!m.setData(peer, QVariant(s.nePeer)));
    QCOMPARE(rejected.size(), 1);
    QVERIFY2(rejected.at(0).at(0).toString().contains(QStringLiteral("pairs only with one of type IX")),
             qPrintable(rejected.at(0).at(0).toString()));
    QVERIFY(m.setData(peer, QVariant(NoId))); // unpairing is a request
    QCOMPARE(requested.size(), 2);
    QCOMPARE(requested.at(1).at(2).toUInt(), s.ixPeer);
    QCOMPARE(requested.at(1).at(3).toUInt(), NoId);

    // The application applies requests; the model then shows the new value.
    connect(&m, &PropertyModel::editRequested, m_project.get(),
            [this](ObjectId id, FieldKey key, const QVariant &, const QVariant &v) {
                QVERIFY(m_project->setValue(id, key, v));
            });
    QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
    QVERIFY(m.setData(ip, "10.9.9.9"));
    QCOMPARE(m_project->text(s.ix, Field::uplinkIp), QStringLiteral("10.9.9.9"));
    QCOMPARE(ip.data().toString(), QStringLiteral("10.9.9.9"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), ip.row());

    // Project fields go the same way with id NoId.
    m.setObject(NoId);
    QVERIFY(m.setData(m.index(m.rowOf(Field::duration), 1), "1200"));
    QCOMPARE(m_project->value(NoId, Field::duration).toInt(), 1200);
    QCOMPARE(requested.last().at(0).value<ObjectId>(), NoId);
    QCOMPARE(requested.last().at(3), QVariant(1200));
}

void TestItemModels::propertyBoolAndLists()
{
    PropertyModel &m = *m_props;
    m.setObject(s.dynRule);
    QSignalSpy requested(&m, &PropertyModel::editRequested);
    const QModelIndex overload = m.index(m.rowOf(Field::overload), PropertyModel::ValueColumn);
    QCOMPARE(overload.data().toString(), QStringLiteral("Yes"));
    QCOMPARE(overload.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(m.flags(overload) & Qt::ItemIsUserCheckable);
    QVERIFY(!(m.flags(overload) & Qt::ItemIsEditable));
    QCOMPARE(m.index(m.rowOf(Field::extendable), 1).data().toString(), QStringLiteral("No"));
    QVERIFY(m.setData(overload, int(Qt::Unchecked), Qt::CheckStateRole));
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(2), QVariant(true));
    QCOMPARE(requested.at(0).at(3), QVariant(false));
    QVERIFY(m.setData(overload, int(Qt::Checked), Qt::CheckStateRole)); // unchanged
    QCOMPARE(requested.size(), 1);
    // Check state only applies to yes/no fields.
    QVERIFY(!m.setData(m.index(m.rowOf(Field::pool), 1), int(Qt::Checked), Qt::CheckStateRole));

    m.setObject(s.acl);
    const QModelIndex permit = m.index(m.rowOf(Field::permit), PropertyModel::ValueColumn);
    QCOMPARE(permit.data().toString(), QStringLiteral("192.19.72.0/24, 10.1.0.0/16"));
    QCOMPARE(permit.data(Qt::EditRole).toString(), QStringLiteral("192.19.72.0/24, 10.1.0.0/16"));
    QCOMPARE(permit.data(PropertyModel::RawValueRole).toStringList(),
             (QStringList{"192.19.72.0/24", "10.1.0.0/16"}));
    // Editing the joined text back unchanged is no edit.
    QVERIFY(m.setData(permit, permit.data(Qt::EditRole)));
    QCOMPARE(requested.size(), 1);
    QVERIFY(m.setData(permit, "10.0.0.0/8"));
    QCOMPARE(requested.size(), 2);
    QCOMPARE(requested.at(1).at(3).toStringList(), QStringList{"10.0.0.0/8"});

    m.setObject(s.router);
    QCOMPARE(m.index(m.rowOf(Field::profile), 1).data().toString(),
             QStringLiteral("Cisco IOS / IOS-XE PAT"));
    QCOMPARE(m.index(m.rowOf(Field::udpTimeout), 1).data().toInt(), 300);
    QVERIFY(!m.setData(m.index(m.rowOf(Field::udpTimeout), 1), "0"));
}

void TestItemModels::propertyFollowsProject()
{
    PropertyModel &m = *m_props;
    m.setObject(s.ix);
    QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
    QVERIFY(m_project->setValue(s.ix, Field::name, "IX-2"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), m.rowOf(Field::name));
    QCOMPARE(m.index(0, 1).data().toString(), QStringLiteral("IX-2"));
    // A rename of the referenced peer refreshes the peer row.
    changed.clear();
    QVERIFY(m_project->setValue(s.ixPeer, Field::name, "far end"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), m.rowOf(Field::peer));
    QCOMPARE(m.index(m.rowOf(Field::peer), 1).data().toString(), QStringLiteral("far end"));
    // Unrelated objects do not.
    changed.clear();
    QVERIFY(m_project->setValue(s.inside, Field::name, "x"));
    QVERIFY(m_project->setValue(NoId, Field::customer, "ACME"));
    QCOMPARE(changed.size(), 0);

    // Switching objects resets; unknown ids show the project.
    QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
    m.setObject(s.background);
    QCOMPARE(m.object(), s.background);
    QCOMPARE(m.index(m.rowOf(Field::protocol), 1).data().toString(), QStringLiteral("UDP"));
    m.setObject(9999);
    QCOMPARE(m.object(), NoId);
    QCOMPARE(reset.size(), 2);
    QCOMPARE(m.index(m.rowOf(Field::customer), 1).data().toString(), QStringLiteral("ACME"));
}

void TestItemModels::propertyShownObjectRemoved()
{
    PropertyModel &m = *m_props;
    QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
    m.setObject(s.inside);
    // Removing something else keeps the object shown.
    RemovedObjects gone = m_project->remove(s.outside);
    QCOMPARE(m.object(), s.inside);
    m_project->restore(gone);
    // Removing its device removes it too.
    gone = m_project->remove(s.router);
    QCOMPARE(m.object(), NoId);
    QCOMPARE(reset.size(), 2);
    QCOMPARE(m.rowCount(), visibleProjectFields());
    m_project->restore(gone);
    QCOMPARE(m.object(), NoId);

    m.setObject(s.router);
    Project other;
    m_project->replaceWith(other);
    QCOMPARE(m.object(), NoId);
    QCOMPARE(m.index(0, 1).data().toString(), QStringLiteral("Untitled"));
}

void TestItemModels::allModelsThroughEverything()
{
    // The testers check every signal of all three models; the property model shows
    // objects that are being changed and removed along the way.
    QString error;
    m_props->setObject(s.mesh);
    for (ObjectId id : {s.patRule, s.acl, s.ix, s.onPrem, s.mesh, s.linkIxPeer, s.cloud}) {
        m_props->setObject(id == s.onPrem ? s.ne : id);
        const RemovedObjects gone = m_project->remove(id);
        checkTreeMatches(*m_tree, *m_project, NoId);
        QCOMPARE(m_meshes->rowCount(), int(m_project->objects(ObjectKind::Mesh).size()));
        m_project->restore(gone);
        checkTreeMatches(*m_tree, *m_project, NoId);
    }
    m_props->setObject(s.router);
    QVERIFY(m_project->move(s.router, s.cloud, &error));
    QVERIFY(m_project->move(s.ne, s.cloud, &error));
    QVERIFY(m_project->setValue(s.mesh, Field::pairs, QVariantList{s.ne}, &error));
    QVERIFY(m_project->setValue(s.cloud, Field::name, "elsewhere", &error));
    checkTreeMatches(*m_tree, *m_project, NoId);
    const ObjectId site = m_project->create(ObjectKind::Site, NoId, {{Field::name, "third"}});
    const ObjectId dev = m_project->create(ObjectKind::Device, site, {});
    m_project->create(ObjectKind::Rule, dev, {});
    m_project->create(ObjectKind::Interface, dev, {{Field::address, "10.1.1.1"}});
    m_project->create(ObjectKind::Mesh, NoId, {{Field::sourceSite, site}, {Field::destinationSite, s.cloud}});
    QVERIFY(m_project->move(dev, s.onPrem, &error));
    checkTreeMatches(*m_tree, *m_project, NoId);
    m_project->remove(site);
    checkTreeMatches(*m_tree, *m_project, NoId);
    QCOMPARE(m_meshes->rowCount(), 2);

    Project other;
    SampleProject again;
    again.build(other);
    m_project->replaceWith(other);
    checkTreeMatches(*m_tree, *m_project, NoId);
    QCOMPARE(m_meshes->rowCount(), 1);
    QCOMPARE(m_props->object(), NoId);
    m_project->clear();
    QCOMPARE(m_tree->rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
