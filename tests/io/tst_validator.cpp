// ProjectValidator: every rule has a case that triggers it, and the bundled
// examples are clean.
#include "Project.h"
#include "ProjectReader.h"
#include "ProjectValidator.h"

#include <QtTest>

class TestValidator : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void examplesAreClean_data();
    void examplesAreClean();
    void duplicateAddresses();
    void missingPeer();
    void peerNotPointingBack();
    void peerOfOtherType();
    void peerInSameSite();
    void sentinelPairsAcrossTypes();
    void managerWithPeer();
    void ruleNamesMissingObjects();
    void staticRuleRequirements();
    void dynamicRuleRequirements();
    void overloadInterfaceNotOutside();
    void pools();
    void applianceNotBehindNat();
    void deviceWithoutInsideOrOutside();
    void accessListEntries();
    void meshes();
    void danglingLinkEnd();
    void backgroundPortOverflow();
    void profileOptions();
    void duplicateSiblingNames();
    void formatAndHasErrors();
    void netfilterTimers();
    void unsolicitedInboundFirewall();
    void unrepliedBackground();
    void tunnelPort();
    void extraUplinks();
    void peerInitiatesTarget();

private:
    ObjectId id(ObjectKind kind, const char *name) const
    {
        return m_project.findByName(kind, QString::fromUtf8(name));
    }
    ObjectId make(ObjectKind kind, ObjectId parent, const FieldValues &values)
    {
        QString error;
        const ObjectId created = m_project.create(kind, parent, values, &error);
        if (created == NoId)
            qWarning("create failed: %s", qPrintable(error));
        return created;
    }
    void set(ObjectId target, FieldKey key, const QVariant &value)
    {
        QString error;
        if (!m_project.setValue(target, key, value, &error))
            qWarning("setValue %s failed: %s", key.latin1(), qPrintable(error));
    }
    // Issues of a severity on an object and field whose message contains text.
    int count(ValidationIssue::Severity severity, ObjectId target, const QString &field,
              const QString &text = QString()) const
    {
        int n = 0;
        for (const ValidationIssue &issue : ProjectValidator::validate(m_project)) {
            if (issue.severity == severity && issue.id == target && issue.field == field &&
                issue.message.contains(text))
                ++n;
        }
        return n;
    }
    int errors(ObjectId target, const QString &field, const QString &text = QString()) const
    {
        return count(ValidationIssue::Error, target, field, text);
    }
    int warnings(ObjectId target, const QString &field, const QString &text = QString()) const
    {
        return count(ValidationIssue::Warning, target, field, text);
    }
    QString dump() const
    {
        QStringList lines;
        for (const ValidationIssue &issue : ProjectValidator::validate(m_project))
            lines.append(ProjectValidator::format(m_project, issue));
        return lines.join(QLatin1Char('\n'));
    }

    Project m_project;
    ObjectId m_onPrem = NoId, m_internet = NoId, m_cloud = NoId, m_router = NoId;
    ObjectId m_ix = NoId, m_ne = NoId, m_cloudIx = NoId, m_cloudNe = NoId, m_connector = NoId;
    ObjectId m_rule = NoId, m_mesh = NoId;
};

void TestValidator::init()
{
    ProjectReader reader;
    QVERIFY2(
        reader.read(QStringLiteral(MESHNAT_SOURCE_DIR "/resources/examples/seed-incident.meshnat"),
                    &m_project),
        qPrintable(reader.errorString()));
    m_onPrem = id(ObjectKind::Site, "On-premises DC");
    m_internet = id(ObjectKind::Site, "Internet");
    m_cloud = id(ObjectKind::Site, "VMware Cloud on AWS SDDC");
    m_router = id(ObjectKind::Device, "Customer edge router");
    m_ix = id(ObjectKind::Appliance, "HCX-IX-I1");
    m_ne = id(ObjectKind::Appliance, "HCX-NE-I1");
    m_cloudIx = id(ObjectKind::Appliance, "HCX-IX-R1");
    m_cloudNe = id(ObjectKind::Appliance, "HCX-NE-R1");
    m_connector = id(ObjectKind::Appliance, "HCX Connector");
    m_rule = id(ObjectKind::Rule, "Office PAT");
    m_mesh = id(ObjectKind::Mesh, "Service Mesh VMC");
    QVERIFY(m_onPrem && m_internet && m_cloud && m_router && m_ix && m_ne && m_cloudIx &&
            m_cloudNe && m_connector && m_rule && m_mesh);
    QVERIFY2(ProjectValidator::validate(m_project).isEmpty(), qPrintable(dump()));
}

void TestValidator::examplesAreClean_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("seed-incident") << QStringLiteral("seed-incident");
    QTest::newRow("home-lab") << QStringLiteral("home-lab");
    QTest::newRow("fixed-site") << QStringLiteral("fixed-site");
}

void TestValidator::examplesAreClean()
{
    QFETCH(QString, key);
    Project project;
    ProjectReader reader;
    QVERIFY2(reader.read(QStringLiteral(":/meshnat/examples/%1.meshnat").arg(key), &project),
             qPrintable(reader.errorString()));
    const QList<ValidationIssue> issues = ProjectValidator::validate(project);
    QStringList lines;
    for (const ValidationIssue &issue : issues)
        lines.append(ProjectValidator::format(project, issue));
    // Not even warnings: the examples are what a user copies.
    QVERIFY2(issues.isEmpty(), qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY(!ProjectValidator::hasErrors(issues));
}

void TestValidator::duplicateAddresses()
{
    set(m_ne, Field::uplinkIp, QStringLiteral("192.19.72.202"));
    QCOMPARE(errors(m_ne, Field::uplinkIp, QStringLiteral("192.19.72.202")), 1);
    QCOMPARE(errors(m_ix, Field::uplinkIp), 0); // reported once, on the second user

    const ObjectId inside =
        m_project.findByName(ObjectKind::Interface, QStringLiteral("GigabitEthernet0/0"), m_router);
    set(m_connector, Field::managementIp, QStringLiteral("192.19.72.1"));
    QCOMPARE(errors(inside, Field::address, QStringLiteral("HCX Connector")), 1);

    // The same private address in another site is not a conflict.
    set(m_cloudIx, Field::managementIp, QStringLiteral("192.19.72.203"));
    QCOMPARE(errors(m_cloudIx, Field::managementIp), 0);
    // Uplink and management sharing one address on one appliance is one vNIC.
    set(m_cloudNe, Field::managementIp, QStringLiteral("203.0.113.11"));
    QCOMPARE(errors(m_cloudNe, Field::managementIp), 0);
}

void TestValidator::missingPeer()
{
    set(m_ix, Field::peer, 0u);
    QCOMPARE(errors(m_ix, Field::peer, QStringLiteral("needs a peer")), 1);
    QCOMPARE(errors(m_cloudIx, Field::peer, QStringLiteral("has no peer")), 1);
    // The mesh pair loses its destination peer too.
    QCOMPARE(errors(m_mesh, Field::pairs, QStringLiteral("HCX-IX-I1 has no peer")), 1);
}

void TestValidator::peerNotPointingBack()
{
    const ObjectId second = make(ObjectKind::Appliance, m_cloud,
                                 {{Field::name, QStringLiteral("HCX-IX-R2")},
                                  {Field::type, QStringLiteral("IX")},
                                  {Field::uplinkIp, QStringLiteral("203.0.113.12")},
                                  {Field::peer, m_ix}});
    QVERIFY(second != NoId);
    QCOMPARE(errors(second, Field::peer, QStringLiteral("instead of back")), 1);
    QCOMPARE(errors(m_ix, Field::peer), 0);
}

void TestValidator::peerOfOtherType()
{
    set(m_ix, Field::peer, m_cloudNe);
    set(m_cloudNe, Field::peer, m_ix);
    set(m_ne, Field::peer, 0u);
    QCOMPARE(errors(m_ix, Field::peer,
                    QStringLiteral("of type IX pairs only with one of type IX, not with NE")),
             1);
    // The cloud NE gets the same verdict from its side of the pair.
    QCOMPARE(errors(m_cloudNe, Field::peer,
                    QStringLiteral("of type IX pairs only with one of type IX, not with NE")),
             1);
}

void TestValidator::peerInSameSite()
{
    set(m_cloudIx, Field::peer, 0u);
    const ObjectId other = make(ObjectKind::Appliance, m_onPrem,
                                {{Field::name, QStringLiteral("HCX-IX-I2")},
                                 {Field::type, QStringLiteral("IX")},
                                 {Field::uplinkIp, QStringLiteral("192.19.72.204")},
                                 {Field::peer, m_ix}});
    set(m_ix, Field::peer, other);
    QCOMPARE(errors(m_ix, Field::peer, QStringLiteral("pairs an on-premises appliance with one in the cloud SDDC")), 1);
    QCOMPARE(errors(other, Field::peer,
                    QStringLiteral("pairs an on-premises appliance with one in the cloud SDDC")),
             1);
}

void TestValidator::sentinelPairsAcrossTypes()
{
    // SGW (source) pairs with SDR (destination), as the catalogue says.
    const ObjectId sgw = make(ObjectKind::Appliance, m_onPrem,
                              {{Field::name, QStringLiteral("HCX-SGW-I1")},
                               {Field::type, QStringLiteral("SGW")},
                               {Field::uplinkIp, QStringLiteral("192.19.72.205")}});
    const ObjectId sdr = make(ObjectKind::Appliance, m_cloud,
                              {{Field::name, QStringLiteral("HCX-SDR-R1")},
                               {Field::type, QStringLiteral("SDR")},
                               {Field::uplinkIp, QStringLiteral("203.0.113.20")},
                               {Field::peer, sgw}});
    set(sgw, Field::peer, sdr);
    QVERIFY2(ProjectValidator::validate(m_project).isEmpty(), qPrintable(dump()));
    set(sdr, Field::type, QStringLiteral("SGW"));
    QCOMPARE(errors(sgw, Field::peer, QStringLiteral("pairs only with one of type SDR")), 1);
}

void TestValidator::managerWithPeer()
{
    const ObjectId cloudManager = id(ObjectKind::Appliance, "HCX Cloud Manager");
    set(m_connector, Field::peer, cloudManager);
    QCOMPARE(warnings(m_connector, Field::peer, QStringLiteral("Site Pairing")), 1);
    QVERIFY(!ProjectValidator::hasErrors(ProjectValidator::validate(m_project)));
}

void TestValidator::ruleNamesMissingObjects()
{
    set(m_rule, Field::accessList, QStringLiteral("NO-SUCH-ACL"));
    set(m_rule, Field::interface, QStringLiteral("GigabitEthernet0/9"));
    QCOMPARE(errors(m_rule, Field::accessList, QStringLiteral("NO-SUCH-ACL")), 1);
    QCOMPARE(errors(m_rule, Field::interface, QStringLiteral("GigabitEthernet0/9")), 1);

    const ObjectId poolRule = make(ObjectKind::Rule, m_router,
                                   {{Field::kind, QStringLiteral("dynamic-pat")},
                                    {Field::accessList, QStringLiteral("HCX-NAT")},
                                    {Field::pool, QStringLiteral("PUBLIC")}});
    QCOMPARE(errors(poolRule, Field::pool, QStringLiteral("\"PUBLIC\" does not exist")),
             1);
    make(ObjectKind::Pool, m_router,
         {{Field::name, QStringLiteral("PUBLIC")},
          {Field::start, QStringLiteral("19.155.80.100")},
          {Field::end, QStringLiteral("19.155.80.110")}});
    QCOMPARE(errors(poolRule, Field::pool), 0);
    // Names are looked up on the rule's own device only.
    const ObjectId otherDevice = make(ObjectKind::Device, m_cloud, {});
    make(ObjectKind::AccessList, otherDevice,
         {{Field::name, QStringLiteral("ONLY-HERE")}});
    set(m_rule, Field::accessList, QStringLiteral("ONLY-HERE"));
    QCOMPARE(errors(m_rule, Field::accessList, QStringLiteral("does not exist")), 1);
}

void TestValidator::staticRuleRequirements()
{
    const ObjectId rule = make(ObjectKind::Rule, m_router,
                               {{Field::kind, QStringLiteral("static")},
                                {Field::insideLocal, QStringLiteral("192.19.72.202")}});
    QCOMPARE(errors(rule, Field::insideGlobal), 1);
    QCOMPARE(errors(rule, Field::insideLocal), 0);
    set(rule, Field::insideGlobal, QStringLiteral("19.155.80.73"));
    QCOMPARE(errors(rule, Field::insideGlobal), 0);

    set(rule, Field::kind, QStringLiteral("static-pat"));
    QCOMPARE(errors(rule, Field::localPort, QStringLiteral("1 to 65535")), 1);
    QCOMPARE(errors(rule, Field::globalPort, QStringLiteral("1 to 65535")), 1);
    set(rule, Field::localPort, 4500);
    set(rule, Field::globalPort, 4500);
    QCOMPARE(errors(rule, Field::localPort), 0);
    set(rule, Field::insideLocal, QString());
    QCOMPARE(errors(rule, Field::insideLocal), 1);
    QVERIFY2(ProjectValidator::hasErrors(ProjectValidator::validate(m_project)),
             qPrintable(dump()));
}

void TestValidator::dynamicRuleRequirements()
{
    set(m_rule, Field::accessList, QString());
    QCOMPARE(errors(m_rule, Field::accessList, QStringLiteral("needs an access list")),
             1);
    set(m_rule, Field::accessList, QStringLiteral("HCX-NAT"));
    make(ObjectKind::Pool, m_router,
         {{Field::name, QStringLiteral("P")},
          {Field::start, QStringLiteral("19.155.80.100")},
          {Field::end, QStringLiteral("19.155.80.100")}});
    set(m_rule, Field::pool, QStringLiteral("P"));
    QCOMPARE(errors(m_rule, Field::interface, QStringLiteral("not both")), 1);
    set(m_rule, Field::interface, QString());
    QCOMPARE(errors(m_rule, Field::interface), 0);
    set(m_rule, Field::pool, QString());
    QCOMPARE(errors(m_rule, Field::interface, QStringLiteral("or a pool")), 1);
}

void TestValidator::overloadInterfaceNotOutside()
{
    set(m_rule, Field::interface, QStringLiteral("GigabitEthernet0/0"));
    QCOMPARE(warnings(m_rule, Field::interface, QStringLiteral("not a NAT outside")), 1);
}

void TestValidator::pools()
{
    const ObjectId reversed = make(ObjectKind::Pool, m_router,
                                   {{Field::name, QStringLiteral("REV")},
                                    {Field::start, QStringLiteral("19.155.80.110")},
                                    {Field::end, QStringLiteral("19.155.80.100")}});
    QCOMPARE(errors(reversed, Field::end, QStringLiteral("comes before")), 1);

    const ObjectId routed = make(ObjectKind::Pool, m_router,
                                 {{Field::name, QStringLiteral("ROUTED")},
                                  {Field::start, QStringLiteral("198.51.100.1")},
                                  {Field::end, QStringLiteral("198.51.100.8")}});
    QCOMPARE(warnings(routed, Field::start, QStringLiteral("routes these addresses")),
             1);
    QCOMPARE(errors(routed, Field::start), 0);
    // Half in the subnet is still outside it.
    set(routed, Field::start, QStringLiteral("19.155.80.250"));
    set(routed, Field::end, QStringLiteral("19.155.81.2"));
    QCOMPARE(warnings(routed, Field::start), 1);
    set(routed, Field::end, QStringLiteral("19.155.80.254"));
    QCOMPARE(warnings(routed, Field::start), 0);
}

void TestValidator::applianceNotBehindNat()
{
    set(m_ix, Field::uplinkIp, QStringLiteral("10.10.10.5"));
    QCOMPARE(warnings(m_ix, Field::uplinkIp,
                      QStringLiteral("not behind any NAT inside interface")),
             1);
    // A site without a NAT device has nothing to be behind.
    set(m_cloudIx, Field::uplinkIp, QStringLiteral("10.10.10.6"));
    QCOMPARE(warnings(m_cloudIx, Field::uplinkIp), 0);
}

void TestValidator::deviceWithoutInsideOrOutside()
{
    const ObjectId inside =
        m_project.findByName(ObjectKind::Interface, QStringLiteral("GigabitEthernet0/0"), m_router);
    set(inside, Field::role, QStringLiteral("none"));
    QCOMPARE(errors(m_router, QString(), QStringLiteral("no NAT inside interface")), 1);
    QCOMPARE(errors(m_router, QString(), QStringLiteral("no NAT outside interface")), 0);
    set(inside, Field::role, QStringLiteral("outside"));
    QCOMPARE(errors(m_router, QString(), QStringLiteral("no NAT inside interface")), 1);
    set(inside, Field::role, QStringLiteral("inside"));
    const ObjectId outside =
        m_project.findByName(ObjectKind::Interface, QStringLiteral("GigabitEthernet0/1"), m_router);
    set(outside, Field::role, QStringLiteral("none"));
    QCOMPARE(errors(m_router, QString(), QStringLiteral("no NAT outside interface")), 1);
    // Without rules a device needs no NAT roles at all.
    const ObjectId plain = make(ObjectKind::Device, m_cloud, {});
    QCOMPARE(errors(plain, QString()), 0);
}

void TestValidator::accessListEntries()
{
    const ObjectId acl = id(ObjectKind::AccessList, "HCX-NAT");
    set(acl, Field::permit,
        QStringList{QStringLiteral("192.19.72.0/24"), QStringLiteral("host 10.1.1.1"),
                    QStringLiteral("10.2.2.2"), QStringLiteral("any")});
    QCOMPARE(errors(acl, Field::permit), 0);
    set(acl, Field::permit,
        QStringList{QStringLiteral("192.19.72.0/33"), QStringLiteral("host 10.1.1.0/24"),
                    QStringLiteral("192.19.72.0 0.0.0.255")});
    QCOMPARE(errors(acl, Field::permit), 3);
    QCOMPARE(errors(acl, Field::permit, QStringLiteral("\"192.19.72.0/33\"")), 1);
}

void TestValidator::meshes()
{
    set(m_mesh, Field::destinationSite, m_onPrem);
    QCOMPARE(errors(m_mesh, Field::destinationSite, QStringLiteral("the same")), 1);
    set(m_mesh, Field::destinationSite, m_internet);
    QCOMPARE(
        warnings(m_mesh, Field::destinationSite, QStringLiteral("not a cloud SDDC")), 1);
    // The pairs' peers are not in the (wrong) destination site.
    QCOMPARE(errors(m_mesh, Field::pairs, QStringLiteral("no peer in the destination")),
             2);
    set(m_mesh, Field::destinationSite, m_cloud);
    QCOMPARE(errors(m_mesh, Field::pairs), 0);

    set(m_mesh, Field::pairs, QVariantList{m_ix, m_cloudNe});
    QCOMPARE(errors(m_mesh, Field::pairs,
                    QStringLiteral("HCX-NE-R1 is not in the source site")),
             1);
    set(m_mesh, Field::pairs, QVariantList{m_ix, m_connector});
    QCOMPARE(errors(m_mesh, Field::pairs, QStringLiteral("not a service appliance")), 1);
    set(m_mesh, Field::pairs, QVariantList{m_ix, m_ne});
    set(m_mesh, Field::services,
        QStringList{QStringLiteral("interconnect"), QStringLiteral("teleport")});
    QCOMPARE(warnings(m_mesh, Field::services, QStringLiteral("\"teleport\"")), 1);
}

void TestValidator::danglingLinkEnd()
{
    // Project refuses such links, and removal takes links with their ends; only a
    // hand-made restore (or a future bug) can produce one, which the check catches.
    RemovedObjects forged;
    RemovedObjects::Entry entry;
    entry.record.id = 500;
    entry.record.kind = ObjectKind::Link;
    entry.record.values = {{Field::name, QString()},
                           {Field::a, m_router},
                           {Field::b, 4242u}};
    entry.orderIndex = int(m_project.objects(ObjectKind::Link).size());
    entry.childIndex = -1;
    forged.entries.append(entry);
    m_project.restore(forged);
    QCOMPARE(errors(500, Field::b, QStringLiteral("#4242 does not exist")), 1);
    QCOMPARE(errors(500, Field::a), 0);
}

void TestValidator::profileOptions()
{
    // An option the profile does not have is an error that lists what it has.
    set(m_router, Field::options, QStringList{QStringLiteral("random")});
    QCOMPARE(errors(m_router, Field::options,
                    QStringLiteral("option \"random\" does not exist for the Cisco IOS")),
             1);
    set(m_router, Field::profile, QStringLiteral("linux-netfilter"));
    QCOMPARE(errors(m_router, Field::options), 0);
    set(m_router, Field::options, QStringList{QStringLiteral("random-fuly")});
    QCOMPARE(errors(m_router, Field::options, QStringLiteral("(allowed: random, random-fully)")),
             1);
    set(m_router, Field::profile, QStringLiteral("cisco-asa"));
    set(m_router, Field::options, QStringList{QStringLiteral("extended")});
    QCOMPARE(errors(m_router, Field::options), 0);
    // RFC 4787 asks at least 120 s of an endpoint-independent UDP mapping.
    set(m_router, Field::options, QStringList());
    set(m_router, Field::profile, QStringLiteral("rfc4787-eim"));
    set(m_router, Field::udpTimeout, 60);
    QCOMPARE(warnings(m_router, Field::udpTimeout, QStringLiteral("REQ-5")), 1);
    set(m_router, Field::udpTimeout, 120);
    QCOMPARE(warnings(m_router, Field::udpTimeout), 0);
}

void TestValidator::backgroundPortOverflow()
{
    const ObjectId flow = id(ObjectKind::Background, "Office PCs (DNS)");
    set(flow, Field::firstPort, 65000);
    set(flow, Field::count, 536);
    QCOMPARE(errors(flow, Field::count), 0); // 65000..65535 fits exactly
    set(flow, Field::count, 537);
    QCOMPARE(errors(flow, Field::count, QStringLiteral("65536")), 1);
    set(flow, Field::count, 1);
    set(flow, Field::firstPort, 0);
    QCOMPARE(errors(flow, Field::firstPort), 1);
}

void TestValidator::duplicateSiblingNames()
{
    const ObjectId twin = make(ObjectKind::Interface, m_router,
                               {{Field::name, QStringLiteral("GigabitEthernet0/1")},
                                {Field::address, QStringLiteral("10.9.9.1")}});
    QCOMPARE(warnings(twin, Field::name, QStringLiteral("GigabitEthernet0/1")), 1);
    // Same name in another kind or under another parent is fine.
    make(ObjectKind::AccessList, m_router,
         {{Field::name, QStringLiteral("GigabitEthernet0/0")}});
    const ObjectId other = make(ObjectKind::Device, m_cloud, {});
    const ObjectId elsewhere = make(ObjectKind::Interface, other,
                                    {{Field::name, QStringLiteral("GigabitEthernet0/1")},
                                     {Field::address, QStringLiteral("10.9.9.2")}});
    QCOMPARE(warnings(elsewhere, Field::name), 0);
    const ObjectId site =
        make(ObjectKind::Site, NoId, {{Field::name, QStringLiteral("Internet")}});
    QCOMPARE(warnings(site, Field::name), 1);
    QVERIFY(!ProjectValidator::hasErrors(ProjectValidator::validate(m_project)));
}

void TestValidator::formatAndHasErrors()
{
    QVERIFY(!ProjectValidator::hasErrors({}));
    set(m_ne, Field::uplinkIp, QStringLiteral("192.19.72.202"));
    const QList<ValidationIssue> issues = ProjectValidator::validate(m_project);
    QVERIFY(ProjectValidator::hasErrors(issues));
    QCOMPARE(issues.size(), 1);
    QCOMPARE(ProjectValidator::format(m_project, issues.first()),
             QStringLiteral("Error: HCX-NE-I1 (uplinkIp): address 192.19.72.202 is also used by "
                            "HCX-IX-I1 in site On-premises DC"));
    const ValidationIssue warning{ValidationIssue::Warning, NoId, FieldKey(), QStringLiteral("x")};
    QCOMPARE(ProjectValidator::format(m_project, warning), QStringLiteral("Warning: Project: x"));
    QVERIFY(!ProjectValidator::hasErrors({warning}));
    const ValidationIssue device{ValidationIssue::Error, m_router, FieldKey(), QStringLiteral("y")};
    QCOMPARE(ProjectValidator::format(m_project, device),
             QStringLiteral("Error: Customer edge router: y"));
}

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"

// udpTimeout is not netfilter's; the netfilter timers are nobody else's. A value
// set where it has no effect is a warning, never silently ignored.
void TestValidator::netfilterTimers()
{
    set(m_router, Field::conntrackUdpTimeout, 10);
    QCOMPARE(warnings(m_router, Field::conntrackUdpTimeout, QStringLiteral("no effect")), 1);
    set(m_router, Field::conntrackUdpStreamTimeout, 40);
    QCOMPARE(warnings(m_router, Field::conntrackUdpStreamTimeout, QStringLiteral("no effect")), 1);
    set(m_router, Field::profile, QStringLiteral("linux-netfilter"));
    QVERIFY2(ProjectValidator::validate(m_project).isEmpty(), qPrintable(dump()));
    set(m_router, Field::udpTimeout, 180);
    QCOMPARE(warnings(m_router, Field::udpTimeout, QStringLiteral("10 s unreplied and 40 s assured")),
             1);
    set(m_router, Field::udpTimeout, 40); // equal to the assured timer: the same setting
    QCOMPARE(warnings(m_router, Field::udpTimeout), 0);
    set(m_router, Field::udpTimeout, 300); // the default: nothing was set
    QCOMPARE(warnings(m_router, Field::udpTimeout), 0);
    set(m_router, Field::conntrackUdpStreamTimeout, 5);
    QCOMPARE(warnings(m_router, Field::conntrackUdpStreamTimeout, QStringLiteral("shorter")), 1);
    set(m_router, Field::conntrackUdpTimeout, 0);
    QCOMPARE(m_project.value(m_router, Field::conntrackUdpTimeout).toInt(), 10); // refused
}

void TestValidator::unsolicitedInboundFirewall()
{
    set(m_router, Field::dropUnsolicitedInbound, true);
    QCOMPARE(warnings(m_router, Field::dropUnsolicitedInbound, QStringLiteral("no effect")), 1);
    set(m_router, Field::profile, QStringLiteral("linux-netfilter"));
    QVERIFY2(ProjectValidator::validate(m_project).isEmpty(), qPrintable(dump()));
}

void TestValidator::unrepliedBackground()
{
    const ObjectId flow = id(ObjectKind::Background, "Office PCs (DNS)");
    set(flow, Field::remoteReplies, false);
    QCOMPARE(warnings(flow, Field::remoteReplies, QStringLiteral("Cisco IOS")), 1);
    set(m_router, Field::profile, QStringLiteral("linux-netfilter"));
    QCOMPARE(warnings(flow, Field::remoteReplies), 0);
    set(flow, Field::protocol, QStringLiteral("tcp"));
    QCOMPARE(warnings(flow, Field::remoteReplies, QStringLiteral("only UDP")), 1);
}

void TestValidator::tunnelPort()
{
    set(m_cloudIx, Field::tunnelPort, 4501);
    QCOMPARE(warnings(m_cloudIx, Field::tunnelPort, QStringLiteral("not support")), 1);
    QCOMPARE(errors(m_cloudIx, Field::tunnelPort), 0);
    set(m_ix, Field::tunnelPort, 4501);
    QCOMPARE(warnings(m_ix, Field::tunnelPort, QStringLiteral("no effect")), 1);
    set(m_connector, Field::tunnelPort, 4501);
    QCOMPARE(warnings(m_connector, Field::tunnelPort, QStringLiteral("no effect")), 1);
    set(m_cloudIx, Field::tunnelPort, 0);
    QCOMPARE(m_project.value(m_cloudIx, Field::tunnelPort).toInt(), 4501); // refused
}

void TestValidator::extraUplinks()
{
    const QString uplink = m_project.text(m_ix, Field::uplinkIp);
    const QString free = QStringLiteral("192.19.72.210");
    set(m_ix, Field::extraUplinkIps, QStringList{free});
    QVERIFY2(ProjectValidator::validate(m_project).isEmpty(), qPrintable(dump()));
    set(m_ix, Field::extraUplinkIps, QStringList{QStringLiteral("192.19.72")});
    QCOMPARE(errors(m_ix, Field::extraUplinkIps, QStringLiteral("not an IPv4 address")), 1);
    set(m_ix, Field::extraUplinkIps, QStringList{uplink});
    QCOMPARE(errors(m_ix, Field::extraUplinkIps, QStringLiteral("more than once")), 1);
    set(m_ix, Field::extraUplinkIps, QStringList{m_project.text(m_ne, Field::uplinkIp)});
    // Reported on the later use, as for any duplicate address.
    QCOMPARE(errors(m_ne, Field::uplinkIp, QStringLiteral("also used by HCX-IX-I1")), 1);
    set(m_ix, Field::extraUplinkIps, QStringList{QStringLiteral("172.16.0.9")});
    QCOMPARE(warnings(m_ix, Field::extraUplinkIps, QStringLiteral("not behind any NAT inside")), 1);
    set(m_ix, Field::extraUplinkIps, QStringList());
    set(m_connector, Field::extraUplinkIps, QStringList{free});
    QCOMPARE(warnings(m_connector, Field::extraUplinkIps, QStringLiteral("no effect")), 1);
}

void TestValidator::peerInitiatesTarget()
{
    const auto event = [&](ObjectId target) {
        return make(ObjectKind::Event, NoId,
                    {{Field::action, QStringLiteral("peer-initiates")},
                     {Field::at, 10.0},
                     {Field::target, target},
                     {Field::duration, 60.0}});
    };
    QCOMPARE(errors(event(NoId), Field::target), 0);
    QCOMPARE(errors(event(m_cloudNe), Field::target), 0);
    QCOMPARE(errors(event(m_mesh), Field::target), 0);
    QVERIFY2(ProjectValidator::validate(m_project).isEmpty(), qPrintable(dump()));
    QCOMPARE(errors(event(m_router), Field::target, QStringLiteral("appliance")), 1);
    QCOMPARE(warnings(event(m_connector), Field::target, QStringLiteral("no tunnel")), 1);
}
