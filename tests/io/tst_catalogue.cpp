// The HCX appliance/port catalogue: the built-in resource and located errors in
// user-supplied catalogues.
#include "Catalogue.h"
#include "ModelEnums.h"

#include <QtTest>

class TestCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void builtInLoads();
    void tunnelFlows();
    void defaultPeerPolicy();
    void managementAndServiceFlows();
    void loadFromFile();
    void malformed_data();
    void malformed();
    void failedLoadKeepsPreviousContent();

private:
    static const Catalogue::Flow *find(const Catalogue &c, const char *from, const char *to,
                                       const char *protocol, int port)
    {
        for (const Catalogue::Flow &f : c.flows()) {
            if (f.from == QLatin1String(from) && f.to == QLatin1String(to) &&
                f.protocol == QLatin1String(protocol) && f.port == port)
                return &f;
        }
        return nullptr;
    }
    static QByteArray minimal(const QByteArray &types, const QByteArray &flows)
    {
        return "{\n  \"format\": \"meshnat-catalogue\",\n  \"version\": 1,\n  "
               "\"applianceTypes\": " +
               types + ",\n  \"flows\": " + flows + "\n}\n";
    }
};

void TestCatalogue::builtInLoads()
{
    const Catalogue &c = Catalogue::builtIn();
    QVERIFY2(c.errorString().isEmpty(), qPrintable(c.errorString()));
    QCOMPARE(&c, &Catalogue::builtIn()); // loaded once
    // Every appliance type the model knows is described, in the same order.
    QStringList keys;
    for (const Catalogue::ApplianceType &t : c.applianceTypes())
        keys.append(t.key);
    QCOMPARE(keys, ModelEnums::applianceTypeKeys());
    QVERIFY(!c.applianceType(QStringLiteral("manager"))->paired);
    QVERIFY(!c.applianceType(QStringLiteral("cloud-manager"))->paired);
    for (const char *paired : {"IX", "NE", "WO", "SGW", "SDR"})
        QVERIFY(c.applianceType(QLatin1String(paired))->paired);
    QCOMPARE(c.applianceType(QStringLiteral("IX"))->service, QStringLiteral("interconnect"));
    QCOMPARE(c.applianceType(QStringLiteral("NE"))->service, QStringLiteral("network-extension"));
    QCOMPARE(c.services(),
             (QStringList{QStringLiteral("interconnect"), QStringLiteral("network-extension"),
                          QStringLiteral("wan-optimization"), QStringLiteral("sentinel-gateway"),
                          QStringLiteral("sentinel-data-receiver")}));
    QCOMPARE(c.expectedPeerType(QStringLiteral("SGW")), QStringLiteral("SDR"));
    QCOMPARE(c.expectedPeerType(QStringLiteral("SDR")), QStringLiteral("SGW"));
    QCOMPARE(c.expectedPeerType(QStringLiteral("NE")), QStringLiteral("NE"));
    QVERIFY(c.applianceType(QStringLiteral("XX")) == nullptr);
}

void TestCatalogue::tunnelFlows()
{
    const Catalogue &c = Catalogue::builtIn();
    for (const char *type : {"IX", "NE", "WO", "SGW"}) {
        const Catalogue::Flow *tunnel = c.tunnelFlow(QLatin1String(type));
        QVERIFY2(tunnel, type);
        QCOMPARE(tunnel->protocol, QStringLiteral("udp"));
        QCOMPARE(tunnel->port, 4500);
        QCOMPARE(tunnel->direction, QStringLiteral("outbound"));
        QCOMPARE(tunnel->keepaliveSeconds, 20);
        QVERIFY(tunnel->tunnel);
        QVERIFY2(tunnel->note.contains(QLatin1String("assumption"), Qt::CaseInsensitive),
                 qPrintable(tunnel->note));
    }
    QCOMPARE(c.tunnelFlow(QStringLiteral("SGW"))->to, QStringLiteral("SDR"));
    QVERIFY(c.tunnelFlow(QStringLiteral("manager")) == nullptr);
    QVERIFY(c.tunnelFlow(QStringLiteral("cloud-manager")) == nullptr);

    // IKE on UDP 500 is listed but is not the NAT-T tunnel.
    const Catalogue::Flow *ike = find(c, "IX", "IX", "udp", 500);
    QVERIFY(ike);
    QVERIFY(!ike->tunnel);
    QVERIFY(ike->purpose.contains(QLatin1String("older guidance")));
}

void TestCatalogue::defaultPeerPolicy()
{
    const Catalogue &c = Catalogue::builtIn();
    for (const char *type : {"IX", "NE", "WO", "SGW", "SDR"})
        QCOMPARE(c.defaultPeerPolicy(QLatin1String(type)), QStringLiteral("expects-4500"));
    QCOMPARE(c.defaultPeerPolicy(QStringLiteral("manager")), QString());
    QCOMPARE(c.defaultPeerPolicy(QStringLiteral("unknown")), QString());
    QVERIFY(ModelEnums::peerPolicyKeys().contains(c.defaultPeerPolicy(QStringLiteral("IX"))));
}

void TestCatalogue::managementAndServiceFlows()
{
    const Catalogue &c = Catalogue::builtIn();
    QVERIFY(find(c, "admin", "manager", "tcp", 9443));
    QVERIFY(find(c, "admin", "manager", "tcp", 22));
    QVERIFY(find(c, "manager", "IX", "tcp", 8123));
    QVERIFY(find(c, "manager", "IX", "tcp", 9443));
    QVERIFY(find(c, "IX", "NE", "tcp", 443));
    for (int port : {80, 902, 443})
        QVERIFY(find(c, "manager", "esxi", "tcp", port));
    QCOMPARE(find(c, "manager", "cloud-services", "tcp", 443)->direction,
             QStringLiteral("outbound"));
    for (const Catalogue::Flow &f : c.flows()) {
        QVERIFY(!f.purpose.isEmpty());
        QVERIFY(f.port >= 1 && f.port <= 65535);
        QCOMPARE(f.tunnel, f.keepaliveSeconds > 0);
    }
    // flowsFor: everything an NE sends or receives.
    const QList<Catalogue::Flow> ne = c.flowsFor(QStringLiteral("NE"));
    QCOMPARE(ne.size(), 2);
    QVERIFY(ne.at(0).tunnel);
    QCOMPARE(ne.at(1).from, QStringLiteral("IX"));
}

void TestCatalogue::loadFromFile()
{
    Catalogue c;
    QVERIFY2(c.load(QStringLiteral(MESHNAT_SOURCE_DIR "/resources/catalogue.json")),
             qPrintable(c.errorString()));
    QCOMPARE(c.flows().size(), Catalogue::builtIn().flows().size());
    QVERIFY(!c.load(QStringLiteral(MESHNAT_SOURCE_DIR "/resources/no-such-catalogue.json")));
    QVERIFY(c.errorString().contains(QLatin1String("no-such-catalogue.json")));
}

void TestCatalogue::malformed_data()
{
    const QByteArray ix =
        R"([{"key": "IX", "name": "IX", "service": "interconnect", "paired": true, "defaultPeerPolicy": "expects-4500"}])";
    const QByteArray tunnel =
        R"([{"from": "IX", "to": "IX", "protocol": "udp", "port": 4500, "direction": "outbound", "purpose": "t", "tunnel": true, "keepaliveSeconds": 20}])";
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expected");
    QTest::newRow("valid") << minimal(ix, tunnel) << QString();
    QTest::newRow("syntax") << minimal(ix, "[{\"from\": }]") << "my.json: line 5, column ";
    QTest::newRow("port as text") << minimal(ix, QByteArray(tunnel).replace("4500", "\"4500\""))
                                  << "my.json: flows[0].port: ";
    QTest::newRow("port range") << minimal(ix, QByteArray(tunnel).replace("4500", "70000"))
                                << "my.json: flows[0].port: ";
    QTest::newRow("bad protocol") << minimal(ix, QByteArray(tunnel).replace("\"udp\"", "\"sctp\""))
                                  << "my.json: flows[0].protocol: ";
    QTest::newRow("tcp tunnel") << minimal(ix, QByteArray(tunnel).replace("\"udp\"", "\"tcp\""))
                                << "my.json: flows[0].protocol: ";
    QTest::newRow("unknown flow key")
        << minimal(ix, QByteArray(tunnel).replace("\"tunnel\"", "\"tunel\""))
        << "my.json: flows[0].tunel: unknown";
    QTest::newRow("unknown type") << minimal(QByteArray(ix).replace("\"IX\"", "\"ZZ\""), tunnel)
                                  << "my.json: applianceTypes[0].key: ";
    QTest::newRow("bad policy") << minimal(QByteArray(ix).replace("expects-4500", "expect-4500"),
                                           tunnel)
                                << "my.json: applianceTypes[0].defaultPeerPolicy: ";
    QTest::newRow("paired without policy")
        << minimal(QByteArray(ix).replace(", \"defaultPeerPolicy\": \"expects-4500\"", ""), tunnel)
        << "my.json: applianceTypes[0].defaultPeerPolicy: ";
    QTest::newRow("duplicate type")
        << minimal("[" + ix.mid(1, ix.size() - 2) + ", " + ix.mid(1), tunnel)
        << "my.json: applianceTypes[1].key: ";
    QTest::newRow("types not a list") << minimal("{}", tunnel) << "my.json: applianceTypes: ";
    QTest::newRow("wrong format")
        << QByteArray(minimal(ix, tunnel)).replace("meshnat-catalogue", "meshnat-project")
        << "my.json: format: ";
    QTest::newRow("newer version")
        << QByteArray(minimal(ix, tunnel)).replace("\"version\": 1", "\"version\": 2")
        << "my.json: version: written by a newer MeshNAT";
}

void TestCatalogue::malformed()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, expected);
    Catalogue c;
    const bool ok = c.loadData(data, QStringLiteral("my.json"));
    if (expected.isEmpty()) {
        QVERIFY2(ok, qPrintable(c.errorString()));
        QCOMPARE(c.tunnelFlow(QStringLiteral("IX"))->port, 4500);
        return;
    }
    QVERIFY(!ok);
    QVERIFY2(c.errorString().startsWith(expected), qPrintable(c.errorString()));
}

void TestCatalogue::failedLoadKeepsPreviousContent()
{
    Catalogue c;
    QVERIFY(c.load(QStringLiteral(":/meshnat/catalogue.json")));
    const int flows = int(c.flows().size());
    QVERIFY(!c.loadData(minimal("[]", "[{\"from\": \"IX\"}]"), QStringLiteral("bad.json")));
    QVERIFY2(c.errorString().startsWith(QLatin1String("bad.json: flows[0].to: ")),
             qPrintable(c.errorString()));
    QCOMPARE(int(c.flows().size()), flows);
    QVERIFY(c.tunnelFlow(QStringLiteral("IX")));
}

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
