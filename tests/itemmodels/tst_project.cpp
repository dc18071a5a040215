#include "Project.h"
#include "ProjectSchema.h"
#include "TestProjects.h"

#include <QPointF>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

namespace {

// Every announcement of a Project as one line, in order.
class Recorder : public QObject
{
public:
    explicit Recorder(Project *p)
    {
        fillLive(p);
        connect(
            p, &Project::objectAboutToBeInserted, this,
            [this, p](ObjectKind k, ObjectId parent, int i) {
                lines << QStringLiteral("aboutToInsert %1 %2 %3")
                             .arg(ProjectSchema::kindKey(k))
                             .arg(parent)
                             .arg(i);
                // The index is a position in the list as it is before the insertion.
                const bool tree = k == ObjectKind::Site || !ProjectSchema::parentKinds(k).isEmpty();
                const int size = int(tree ? p->children(parent).size() : p->objects(k).size());
                if (i < 0 || i > size)
                    problems << QStringLiteral("insertion index %1 outside 0..%2").arg(i).arg(size);
            });
        connect(p, &Project::objectInserted, this, [this, p](ObjectId id) {
            lines << QStringLiteral("inserted %1").arg(id);
            if (!p->contains(id))
                problems << QStringLiteral("inserted %1 but not in the project").arg(id);
            if (live.contains(id))
                problems << QStringLiteral("inserted %1 twice").arg(id);
            live.insert(id);
        });
        connect(p, &Project::objectAboutToBeRemoved, this, [this, p](ObjectId id) {
            lines << QStringLiteral("aboutToRemove %1").arg(id);
            if (!p->contains(id))
                problems << QStringLiteral("about to remove %1 which is not there").arg(id);
            // Children first: a removed object has no children left.
            if (!p->children(id).isEmpty())
                problems << QStringLiteral("about to remove %1 which still has children").arg(id);
        });
        connect(p, &Project::objectRemoved, this, [this, p](ObjectId id, ObjectKind k) {
            lines << QStringLiteral("removed %1 %2").arg(id).arg(ProjectSchema::kindKey(k));
            if (p->contains(id))
                problems << QStringLiteral("removed %1 still there").arg(id);
            if (!live.remove(id))
                problems << QStringLiteral("removed %1 which was never inserted").arg(id);
        });
        connect(p, &Project::valueChanged, this, [this](ObjectId id, const QString &key) {
            lines << QStringLiteral("changed %1 %2").arg(id).arg(key);
        });
        connect(p, &Project::aboutToReset, this,
                [this] { lines << QStringLiteral("aboutToReset"); });
        connect(p, &Project::resetDone, this, [this, p] {
            lines << QStringLiteral("resetDone");
            fillLive(p);
        });
        connect(p, &Project::contentsChanged, this,
                [this] { lines << QStringLiteral("contents"); });
    }
    void fillLive(const Project *p)
    {
        live.clear();
        for (ObjectKind k : ProjectSchema::allKinds())
            for (ObjectId id : p->objects(k))
                live.insert(id);
    }
    QStringList take()
    {
        QStringList l = lines;
        lines.clear();
        return l;
    }
    QStringList lines;
    QStringList problems;
    QSet<ObjectId> live; // ids the signals say exist
};

// Everything observable about a project, as text, so that two states compare with
// a readable diff.
QStringList snapshot(const Project &p)
{
    QStringList out;
    out << QStringLiteral("nextId %1").arg(p.nextId());
    QList<ObjectId> parents{NoId};
    for (ObjectKind k : ProjectSchema::allKinds()) {
        QStringList ids;
        for (ObjectId id : p.objects(k)) {
            ids << QString::number(id);
            parents << id;
            const ObjectRecord *r = p.record(id);
            QStringList values;
            for (auto it = r->values.cbegin(); it != r->values.cend(); ++it) {
                QString v = it->toString();
                if (it->typeId() == QMetaType::QStringList)
                    v = it->toStringList().join(u'|');
                else if (it->typeId() == QMetaType::QVariantList) {
                    QStringList items;
                    for (const QVariant &x : it->toList())
                        items << x.toString();
                    v = QStringLiteral("[%1]").arg(items.join(u'|'));
                } else if (it->typeId() == QMetaType::QPointF)
                    v = QStringLiteral("(%1,%2)").arg(it->toPointF().x()).arg(it->toPointF().y());
                values << QStringLiteral("%1=%2:%3")
                              .arg(it.key(), QString::fromLatin1(it->typeName()), v);
            }
            out << QStringLiteral("#%1 %2 parent %3 %4")
                       .arg(id)
                       .arg(ProjectSchema::kindKey(r->kind))
                       .arg(r->parent)
                       .arg(values.join(u' '));
        }
        out << QStringLiteral("order %1: %2").arg(ProjectSchema::kindKey(k), ids.join(u' '));
    }
    for (ObjectId parent : parents) {
        QStringList ids;
        for (ObjectId id : p.children(parent))
            ids << QString::number(id);
        if (!ids.isEmpty())
            out << QStringLiteral("children %1: %2").arg(parent).arg(ids.join(u' '));
    }
    return out;
}

} // namespace

class TestProject : public QObject
{
    Q_OBJECT

private slots:
    void createFillsDefaults();
    void createRefusesBadValues_data();
    void createRefusesBadValues();
    void createRefusesWrongParent_data();
    void createRefusesWrongParent();
    void referencesMustExistAndMatch();
    void setValueNormalises();
    void setValueRefusesBadInput();
    void projectFields();
    void createSignals();
    void childrenKeptInKindOrder();
    void removeDeviceCascades();
    void removeApplianceClearsReferences();
    void restorePutsBackExactly_data();
    void restorePutsBackExactly();
    void moveBetweenSites();
    void moveDeviceKeepsChildren();
    void moveRefused();
    void replaceWith();
    void idsNeverReused();
    void explicitIds();
};

void TestProject::createFillsDefaults()
{
    Project p;
    const ObjectId site = p.create(ObjectKind::Site, NoId, {});
    QVERIFY(site != NoId);
    QCOMPARE(p.name(site), QStringLiteral("Site"));
    QCOMPARE(p.text(site, Field::kind), QStringLiteral("on-prem"));
    const ObjectId dev = p.create(ObjectKind::Device, site, {{Field::name, "r1"}});
    QVERIFY(dev != NoId);
    // Defaults are stored in the record, not only answered by value().
    for (const PropertyDef &def : ProjectSchema::fields(ObjectKind::Device))
        QVERIFY2(p.record(dev)->values.contains(def.key), qPrintable(def.key));
    QCOMPARE(p.record(dev)->values.value(Field::udpTimeout).toInt(), 300);
    QCOMPARE(p.text(dev, Field::profile), QStringLiteral("cisco-ios"));
    QCOMPARE(p.kind(dev), ObjectKind::Device);
    QCOMPARE(p.parentOf(dev), site);
    QCOMPARE(p.objects(ObjectKind::Device), QList<ObjectId>{dev});
}

void TestProject::createRefusesBadValues_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<FieldValues>("values");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("bad ip") << int(ObjectKind::Interface) << FieldValues{{Field::address, "300.1.1.1"}}
                            << "300.1.1.1";
    QTest::newRow("empty name") << int(ObjectKind::Interface)
                                << FieldValues{{Field::name, "  "}, {Field::address, "10.0.0.1"}} << "Name";
    QTest::newRow("prefix 33") << int(ObjectKind::Interface)
                               << FieldValues{{Field::address, "10.0.0.1"}, {Field::prefixLength, 33}}
                               << "Prefix length";
    QTest::newRow("bad choice") << int(ObjectKind::Interface)
                                << FieldValues{{Field::address, "10.0.0.1"}, {Field::role, "middle"}}
                                << "middle";
}

void TestProject::createRefusesBadValues()
{
    QFETCH(int, kind);
    QFETCH(FieldValues, values);
    QFETCH(QString, mentions);
    Project p;
    const ObjectId site = p.create(ObjectKind::Site, NoId, {});
    const ObjectId dev = p.create(ObjectKind::Device, site, {});
    const QStringList before = snapshot(p);
    Recorder rec(&p);
    QString error;
    QCOMPARE(p.create(ObjectKind(kind), dev, values, &error), NoId);
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QCOMPARE(snapshot(p), before);
    QVERIFY(rec.lines.isEmpty());
}

void TestProject::createRefusesWrongParent_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("parent"); // site, device or none
    QTest::newRow("interface under site") << int(ObjectKind::Interface) << "site";
    QTest::newRow("device at top") << int(ObjectKind::Device) << "none";
    QTest::newRow("device under device") << int(ObjectKind::Device) << "device";
    QTest::newRow("site under site") << int(ObjectKind::Site) << "site";
    QTest::newRow("appliance under device") << int(ObjectKind::Appliance) << "device";
    QTest::newRow("mesh under site") << int(ObjectKind::Mesh) << "site";
    QTest::newRow("link under device") << int(ObjectKind::Link) << "device";
    QTest::newRow("kind none") << int(ObjectKind::None) << "none";
}

void TestProject::createRefusesWrongParent()
{
    QFETCH(int, kind);
    QFETCH(QString, parent);
    Project p;
    const ObjectId site = p.create(ObjectKind::Site, NoId, {});
    const ObjectId dev = p.create(ObjectKind::Device, site, {});
    const ObjectId parentId = parent == "site" ? site : parent == "device" ? dev : NoId;
    const int count = p.objectCount();
    QString error;
    QCOMPARE(p.create(ObjectKind(kind), parentId, {}, &error), NoId);
    QVERIFY(!error.isEmpty());
    QCOMPARE(p.objectCount(), count);
}

void TestProject::referencesMustExistAndMatch()
{
    Project p;
    SampleProject s;
    s.build(p);
    const QStringList before = snapshot(p);
    QString error;
    QCOMPARE(
        p.create(ObjectKind::Appliance, s.cloud, {{Field::uplinkIp, "1.2.3.4"}, {Field::peer, 999u}}, &error),
        NoId);
    QVERIFY2(error.contains("does not exist"), qPrintable(error));
    QCOMPARE(p.create(ObjectKind::Appliance, s.cloud, {{Field::uplinkIp, "1.2.3.4"}, {Field::peer, s.onPrem}},
                      &error),
             NoId);
    QVERIFY2(error.contains("expected kind"), qPrintable(error));
    QCOMPARE(p.create(ObjectKind::Mesh, NoId,
                      {{Field::sourceSite, s.onPrem},
                       {Field::destinationSite, s.cloud},
                       {Field::pairs, QVariantList{s.ix, s.router}}},
                      &error),
             NoId);
    QVERIFY2(error.contains("expected kind"), qPrintable(error));
    // Required references may not be set to none.
    QCOMPARE(p.create(ObjectKind::Link, NoId, {{Field::a, s.ix}, {Field::b, 0u}}, &error), NoId);
    QVERIFY(!error.isEmpty());
    QCOMPARE(snapshot(p), before);

    QVERIFY(!p.setValue(s.ix, Field::peer, s.ix, &error));
    QVERIFY2(error.contains("itself"), qPrintable(error));
    QVERIFY(!p.setValue(s.linkRouterIx, Field::a, s.linkRouterIx, &error));
    QVERIFY(!p.setValue(s.ix, Field::peer, s.router, &error));
    QCOMPARE(snapshot(p), before);
    // A link may join objects of any kind.
    QVERIFY2(p.setValue(s.linkRouterIx, Field::b, s.ixPeer, &error), qPrintable(error));
    QCOMPARE(p.value(s.linkRouterIx, Field::b).toUInt(), s.ixPeer);
}

void TestProject::setValueNormalises()
{
    Project p;
    SampleProject s;
    s.build(p);
    Recorder rec(&p);
    QString error;
    QVERIFY(p.setValue(s.inside, Field::address, " 10.0.0.1 ", &error));
    QCOMPARE(p.text(s.inside, Field::address), QStringLiteral("10.0.0.1"));
    QCOMPARE(rec.take(),
             (QStringList{QStringLiteral("changed %1 address").arg(s.inside), "contents"}));
    // Same value after normalisation: no announcement.
    QVERIFY(p.setValue(s.inside, Field::address, "10.0.0.1 ", &error));
    QVERIFY(rec.take().isEmpty());
    QVERIFY(p.setValue(s.inside, Field::prefixLength, "16", &error));
    QCOMPARE(p.value(s.inside, Field::prefixLength).typeId(), int(QMetaType::Int));
    QCOMPARE(p.value(s.inside, Field::prefixLength).toInt(), 16);
    QVERIFY(p.setValue(s.acl, Field::permit, "10.0.0.0/8, 172.16.0.0/12,", &error));
    QCOMPARE(p.value(s.acl, Field::permit).toStringList(), (QStringList{"10.0.0.0/8", "172.16.0.0/12"}));
    QVERIFY(p.setValue(s.ix, Field::deployAt, "12.5", &error));
    QCOMPARE(p.value(s.ix, Field::deployAt).toDouble(), 12.5);
    QVERIFY(p.setValue(s.router, Field::position, QPointF(10, 20), &error));
    QCOMPARE(p.value(s.router, Field::position).toPointF(), QPointF(10, 20));
    QCOMPARE(rec.take().size(), 8);
}

void TestProject::setValueRefusesBadInput()
{
    Project p;
    SampleProject s;
    s.build(p);
    const QStringList before = snapshot(p);
    Recorder rec(&p);
    QString error;
    QVERIFY(!p.setValue(s.patRule, Field::localPort, 70000, &error));
    QVERIFY2(error.contains("Local port"), qPrintable(error));
    QVERIFY(!p.setValue(s.patRule, Field::localPort, -1, &error));
    QVERIFY(!p.setValue(s.patRule, Field::localPort, "45OO", &error));
    QVERIFY(!p.setValue(s.patRule, Field::localPort, 4500.5, &error));
    QVERIFY(!p.setValue(s.inside, Field::address, "192.168.1", &error));
    QVERIFY(!p.setValue(s.inside, Field::address, "", &error));
    QVERIFY(!p.setValue(s.dynRule, Field::overload, "yes", &error));
    QVERIFY(!p.setValue(s.ix, Field::deployAt, -1.0, &error));
    QVERIFY(!p.setValue(999, Field::name, "x", &error));
    QVERIFY2(error.contains("999"), qPrintable(error));
    QCOMPARE(snapshot(p), before);
    QVERIFY(rec.lines.isEmpty());
}

void TestProject::projectFields()
{
    Project p;
    QCOMPARE(p.name(NoId), QStringLiteral("Untitled"));
    QCOMPARE(p.value(NoId, Field::duration).toInt(), 600);
    QSignalSpy changed(&p, &Project::valueChanged);
    QString error;
    QVERIFY(p.setValue(NoId, Field::customer, "  ACME  ", &error));
    QCOMPARE(p.text(NoId, Field::customer), QStringLiteral("ACME"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<ObjectId>(), NoId);
    QVERIFY(!p.setValue(NoId, Field::duration, 0, &error));
    QVERIFY(!p.setValue(NoId, Field::name, "", &error));
    QCOMPARE(changed.size(), 1);
}

void TestProject::createSignals()
{
    Project p;
    Recorder rec(&p);
    const ObjectId site = p.create(ObjectKind::Site, NoId, {});
    const ObjectId site2 = p.create(ObjectKind::Site, NoId, {});
    const ObjectId dev = p.create(ObjectKind::Device, site2, {});
    const ObjectId app = p.create(ObjectKind::Appliance, site2, {{Field::uplinkIp, "10.0.0.2"}});
    // A second device goes before the appliance: index 1 among the site's children.
    const ObjectId dev2 = p.create(ObjectKind::Device, site2, {});
    const ObjectId m1 =
        p.create(ObjectKind::Mesh, NoId, {{Field::sourceSite, site}, {Field::destinationSite, site2}});
    const ObjectId m2 =
        p.create(ObjectKind::Mesh, NoId, {{Field::sourceSite, site}, {Field::destinationSite, site2}});
    const QStringList expected{
        "aboutToInsert site 0 0",
        QStringLiteral("inserted %1").arg(site),
        "contents",
        "aboutToInsert site 0 1",
        QStringLiteral("inserted %1").arg(site2),
        "contents",
        QStringLiteral("aboutToInsert device %1 0").arg(site2),
        QStringLiteral("inserted %1").arg(dev),
        "contents",
        QStringLiteral("aboutToInsert appliance %1 1").arg(site2),
        QStringLiteral("inserted %1").arg(app),
        "contents",
        QStringLiteral("aboutToInsert device %1 1").arg(site2),
        QStringLiteral("inserted %1").arg(dev2),
        "contents",
        "aboutToInsert mesh 0 0",
        QStringLiteral("inserted %1").arg(m1),
        "contents",
        "aboutToInsert mesh 0 1",
        QStringLiteral("inserted %1").arg(m2),
        "contents",
    };
    QCOMPARE(rec.take(), expected);
    QCOMPARE(p.children(site2), (QList<ObjectId>{dev, dev2, app}));
    QVERIFY2(rec.problems.isEmpty(), qPrintable(rec.problems.join('\n')));
}

void TestProject::childrenKeptInKindOrder()
{
    Project p;
    SampleProject s;
    s.build(p);
    QCOMPARE(p.children(NoId), (QList<ObjectId>{s.onPrem, s.cloud}));
    QCOMPARE(p.children(s.onPrem), (QList<ObjectId>{s.router, s.ix, s.ne}));
    QCOMPARE(p.children(s.router), (QList<ObjectId>{s.inside, s.outside, s.pool, s.acl, s.dynRule,
                                                    s.patRule, s.background}));
    QCOMPARE(p.childIndex(s.acl), 3);
    QCOMPARE(p.objects(ObjectKind::Rule), (QList<ObjectId>{s.dynRule, s.patRule}));
    QCOMPARE(p.findByName(ObjectKind::Interface, "Gi0/1"), s.outside);
    QCOMPARE(p.findByName(ObjectKind::Interface, "Gi0/1", s.onPrem), NoId);
    QCOMPARE(p.displayName(s.dynRule), QStringLiteral("list NAT-ACL → Gi0/1 overload"));
}

void TestProject::removeDeviceCascades()
{
    Project p;
    SampleProject s;
    s.build(p);
    Recorder rec(&p);
    const int count = p.objectCount();
    const RemovedObjects removed = p.remove(s.router);
    QCOMPARE(removed.entries.size(), 10); // 7 children, the device, 2 links
    QCOMPARE(p.objectCount(), count - 10);
    for (ObjectId id : {s.router, s.inside, s.outside, s.pool, s.acl, s.dynRule, s.patRule,
                        s.background, s.linkRouterIx, s.linkRouterNe})
        QVERIFY(!p.contains(id));
    QVERIFY(p.contains(s.linkIxPeer));
    QCOMPARE(p.children(s.onPrem), (QList<ObjectId>{s.ix, s.ne}));
    QVERIFY(p.children(s.router).isEmpty());
    QVERIFY(removed.clearedReferences.isEmpty());

    // One pair per object, children before their device.
    const QStringList lines = rec.take();
    QCOMPARE(lines.size(), 21);
    QCOMPARE(lines.last(), QStringLiteral("contents"));
    for (int i = 0; i < 20; i += 2) {
        const ObjectId id = lines.at(i).section(' ', 1, 1).toUInt();
        QCOMPARE(lines.at(i), QStringLiteral("aboutToRemove %1").arg(id));
        QVERIFY(lines.at(i + 1).startsWith(QStringLiteral("removed %1 ").arg(id)));
    }
    QVERIFY(lines.indexOf(QStringLiteral("aboutToRemove %1").arg(s.inside)) <
            lines.indexOf(QStringLiteral("aboutToRemove %1").arg(s.router)));
    QVERIFY(lines.indexOf(QStringLiteral("aboutToRemove %1").arg(s.background)) <
            lines.indexOf(QStringLiteral("aboutToRemove %1").arg(s.router)));
    QVERIFY2(rec.problems.isEmpty(), qPrintable(rec.problems.join('\n')));

    // Removing what is not there does nothing.
    QVERIFY(p.remove(s.router).isEmpty());
    QVERIFY(rec.take().isEmpty());
}

void TestProject::removeApplianceClearsReferences()
{
    Project p;
    SampleProject s;
    s.build(p);
    Recorder rec(&p);
    const RemovedObjects removed = p.remove(s.ix);
    QCOMPARE(removed.entries.size(), 3); // the appliance and its two links
    QVERIFY(!p.contains(s.linkRouterIx));
    QVERIFY(!p.contains(s.linkIxPeer));
    QVERIFY(p.contains(s.linkRouterNe));
    QCOMPARE(p.value(s.ixPeer, Field::peer).toUInt(), NoId);
    QCOMPARE(p.value(s.mesh, Field::pairs).toList(), QVariantList{s.ne});
    QCOMPARE(p.value(s.ne, Field::peer).toUInt(), s.nePeer);
    QCOMPARE(removed.clearedReferences.size(), 2);
    const QStringList lines = rec.take();
    QVERIFY(lines.contains(QStringLiteral("changed %1 peer").arg(s.ixPeer)));
    QVERIFY(lines.contains(QStringLiteral("changed %1 pairs").arg(s.mesh)));
    // References are cleared while the object still exists, before it goes.
    QVERIFY(lines.indexOf(QStringLiteral("changed %1 pairs").arg(s.mesh)) <
            lines.indexOf(QStringLiteral("aboutToRemove %1").arg(s.ix)));
}

void TestProject::restorePutsBackExactly_data()
{
    QTest::addColumn<QString>("what");
    for (const char *what :
         {"router", "outside", "ix", "onPrem", "cloud", "mesh", "linkRouterNe", "patRule"})
        QTest::newRow(what) << what;
}

void TestProject::restorePutsBackExactly()
{
    QFETCH(QString, what);
    Project p;
    SampleProject s;
    s.build(p);
    const QHash<QString, ObjectId> ids{{"router", s.router},
                                       {"outside", s.outside},
                                       {"ix", s.ix},
                                       {"onPrem", s.onPrem},
                                       {"cloud", s.cloud},
                                       {"mesh", s.mesh},
                                       {"linkRouterNe", s.linkRouterNe},
                                       {"patRule", s.patRule}};
    const QStringList before = snapshot(p);
    Recorder rec(&p);
    const RemovedObjects removed = p.remove(ids.value(what));
    QVERIFY(!removed.isEmpty());
    QVERIFY(snapshot(p) != before);
    p.restore(removed);
    QCOMPARE(snapshot(p), before);
    // And again: undo/redo/undo.
    const RemovedObjects again = p.remove(ids.value(what));
    QCOMPARE(again.entries.size(), removed.entries.size());
    p.restore(again);
    QCOMPARE(snapshot(p), before);
    QVERIFY2(rec.problems.isEmpty(), qPrintable(rec.problems.join('\n')));
    QCOMPARE(rec.live.size(), p.objectCount());
}

void TestProject::moveBetweenSites()
{
    Project p;
    SampleProject s;
    s.build(p);
    Recorder rec(&p);
    const QList<ObjectId> order = p.objects(ObjectKind::Appliance);
    QString error;
    QVERIFY2(p.move(s.ix, s.cloud, &error), qPrintable(error));
    QCOMPARE(p.parentOf(s.ix), s.cloud);
    QCOMPARE(p.children(s.cloud), (QList<ObjectId>{s.ixPeer, s.nePeer, s.ix}));
    QCOMPARE(p.children(s.onPrem), (QList<ObjectId>{s.router, s.ne}));
    QCOMPARE(p.objects(ObjectKind::Appliance), order);
    // Everything else stays: values, links, the peer's reference, mesh pairs.
    QCOMPARE(p.value(s.ix, Field::uplinkIp).toString(), QStringLiteral("192.19.72.202"));
    QCOMPARE(p.value(s.ixPeer, Field::peer).toUInt(), s.ix);
    QVERIFY(p.contains(s.linkIxPeer));
    QCOMPARE(p.value(s.mesh, Field::pairs).toList(), (QVariantList{s.ix, s.ne}));
    QCOMPARE(rec.take(), (QStringList{QStringLiteral("aboutToRemove %1").arg(s.ix),
                                      QStringLiteral("removed %1 appliance").arg(s.ix),
                                      QStringLiteral("aboutToInsert appliance %1 2").arg(s.cloud),
                                      QStringLiteral("inserted %1").arg(s.ix), "contents"}));
    // Moving to where it is changes nothing.
    QVERIFY(p.move(s.ix, s.cloud, &error));
    QVERIFY(rec.take().isEmpty());
    QVERIFY2(rec.problems.isEmpty(), qPrintable(rec.problems.join('\n')));
}

void TestProject::moveDeviceKeepsChildren()
{
    Project p;
    SampleProject s;
    s.build(p);
    Recorder rec(&p);
    const QList<ObjectId> children = p.children(s.router);
    QStringList before = snapshot(p);
    QString error;
    QVERIFY2(p.move(s.router, s.cloud, &error), qPrintable(error));
    QCOMPARE(p.children(s.cloud), (QList<ObjectId>{s.router, s.ixPeer, s.nePeer}));
    QCOMPARE(p.children(s.router), children);
    for (ObjectId child : children)
        QCOMPARE(p.parentOf(child), s.router);
    QVERIFY(p.contains(s.linkRouterIx));
    // Announced as removal of the subtree (children first) and insertion again, so a
    // listener keyed by id never sees an id inserted twice.
    const QStringList lines = rec.take();
    QCOMPARE(lines.count(QStringLiteral("inserted %1").arg(s.inside)), 1);
    QVERIFY(lines.indexOf(QStringLiteral("removed %1 interface").arg(s.inside)) <
            lines.indexOf(QStringLiteral("removed %1 device").arg(s.router)));
    QVERIFY(lines.indexOf(QStringLiteral("inserted %1").arg(s.router)) <
            lines.indexOf(QStringLiteral("inserted %1").arg(s.inside)));
    QVERIFY2(rec.problems.isEmpty(), qPrintable(rec.problems.join('\n')));
    QCOMPARE(rec.live.size(), p.objectCount());

    // Moving back restores the original state exactly.
    QVERIFY(p.move(s.router, s.onPrem, &error));
    QCOMPARE(p.children(s.onPrem), (QList<ObjectId>{s.router, s.ix, s.ne}));
    QCOMPARE(snapshot(p), before);
}

void TestProject::moveRefused()
{
    Project p;
    SampleProject s;
    s.build(p);
    const QStringList before = snapshot(p);
    QString error;
    QVERIFY(!p.move(s.inside, s.cloud, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!p.move(s.ix, s.router, &error));
    QVERIFY(!p.move(s.onPrem, s.cloud, &error));
    QVERIFY(!p.move(s.mesh, s.cloud, &error));
    QVERIFY(!p.move(s.ix, NoId, &error));
    QCOMPARE(snapshot(p), before);
}

void TestProject::replaceWith()
{
    Project other;
    SampleProject s;
    s.build(other);
    QVERIFY(other.setValue(NoId, Field::customer, "ACME"));
    Project p;
    p.create(ObjectKind::Site, NoId, {{Field::name, "old"}});
    Recorder rec(&p);
    p.replaceWith(other);
    QCOMPARE(rec.take(), (QStringList{"aboutToReset", "resetDone", "contents"}));
    QCOMPARE(snapshot(p), snapshot(other));
    QCOMPARE(p.text(NoId, Field::customer), QStringLiteral("ACME"));
    QCOMPARE(p.nextId(), other.nextId());
    p.clear();
    QCOMPARE(p.objectCount(), 0);
    QVERIFY(p.children(NoId).isEmpty());
    QCOMPARE(p.text(NoId, Field::customer), QString());
}

void TestProject::idsNeverReused()
{
    Project p;
    const ObjectId a = p.create(ObjectKind::Site, NoId, {});
    const ObjectId b = p.create(ObjectKind::Site, NoId, {});
    QVERIFY(a != b);
    const RemovedObjects removed = p.remove(b);
    const ObjectId c = p.create(ObjectKind::Site, NoId, {});
    QVERIFY(c != b);
    QVERIFY(c > b);
    p.restore(removed);
    QVERIFY(p.contains(b));
    QVERIFY(p.nextId() > c);
    // The removed id came back where it was: between a and c.
    QCOMPARE(p.children(NoId), (QList<ObjectId>{a, b, c}));
}

void TestProject::explicitIds()
{
    Project p;
    QString error;
    QCOMPARE(p.create(ObjectKind::Site, NoId, {}, &error, 100), ObjectId(100));
    QCOMPARE(p.nextId(), ObjectId(101));
    QCOMPARE(p.create(ObjectKind::Site, NoId, {}, &error, 100), NoId);
    QVERIFY2(error.contains("100"), qPrintable(error));
    QCOMPARE(p.create(ObjectKind::Site, NoId, {}, &error, 7), ObjectId(7));
    QCOMPARE(p.nextId(), ObjectId(101));
    QCOMPARE(p.create(ObjectKind::Site, NoId, {}), ObjectId(101));
}

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
