// The one reader interface (issue #16, item 1): configuration readers behind
// the same registry as the table readers, so that any router text, file or
// pasted, goes to the best reader of either kind, or the one named by key; a
// vendor's configuration reader is a one-line adapter; the verdict names the
// reader that was chosen; and terminal noise does not change what is read.
#include "CiscoConfigReader.h"
#include "ReaderVerdict.h"
#include "RouterConfigReader.h"
#include "RouterDataRegistry.h"

#include <QtTest>

namespace {

QByteArray readData(const QString &name)
{
    QFile f(QStringLiteral(MESHNAT_SOURCE_DIR "/tests/io/data/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A vendor reader of the shape the vendors' configuration readers have.
struct ToyVendorReader
{
    static CiscoConfig readText(const QString &text)
    {
        CiscoConfig c;
        c.profile = QStringLiteral("rfc4787-eim");
        for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            ++c.lines;
            if (line.startsWith(QLatin1String("toy-host "))) {
                c.hostname = line.mid(9);
                ++c.understood;
            } else {
                c.issues.append(ImportIssue::fromLine(ImportIssue::Unknown, c.lines, line.toUtf8(),
                                                      QStringLiteral("not a toy line")));
            }
        }
        return c;
    }
    static int sniff(QByteArrayView head) { return head.startsWith("toy-host ") ? 97 : 0; }
};

} // namespace

class TestRouterConfig : public QObject
{
    Q_OBJECT

private slots:
    void registryHoldsBothKinds();
    void anyTextGoesToTheBestReader_data();
    void anyTextGoesToTheBestReader();
    void keyOverridesDetection();
    void vendorAdapterIsOneLine();
    void verdictNamesTheReader();
    void terminalNoiseIsTolerated();
};

void TestRouterConfig::registryHoldsBothKinds()
{
    const RouterDataRegistry &r = RouterDataRegistry::instance();
    QVERIFY(r.configKeys().contains("ios-config"));
    QVERIFY(r.configKeys().contains("iptables-save"));
    QVERIFY(r.keys().contains("cisco-show"));
    QVERIFY(!r.keys().contains("ios-config")); // parse-translations reads tables only
    QCOMPARE(r.allKeys(), r.keys() + r.configKeys());
    const QStringList all = r.allKeys();
    QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), all.size()); // keys are unique
    for (const QString &key : r.allKeys())
        QVERIFY2(!r.displayName(key).isEmpty(), qPrintable(key));
    QCOMPARE(r.config("ios-config")->displayName(), QStringLiteral("Cisco IOS configuration"));
    QVERIFY(!r.config("cisco-show"));
    QVERIFY(r.displayName("nonsense").isEmpty());
}

void TestRouterConfig::anyTextGoesToTheBestReader_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("configuration");
    QTest::newRow("ios config") << readData("cisco-seed-incident.cfg") << "ios-config" << true;
    QTest::newRow("iptables-save") << readData("iptables-save-home-lab.txt") << "iptables-save" << true;
    QTest::newRow("show ip nat translations") << readData("show-nat-seed-incident.txt") << "cisco-show" << false;
    QTest::newRow("conntrack") << readData("conntrack-home-lab.txt") << "conntrack" << false;
    QTest::newRow("asa xlate") << readData("vendors/asa-show-xlate.txt") << "asa-xlate" << false;
    QTest::newRow("srx sessions") << readData("vendors/srx-flow-session.txt") << "srx-flow-session" << false;
    QTest::newRow("unindented ios, pasted with its prompt")
        << QByteArray("R1#sh run\r\ninterface GigabitEthernet0/0\r\nip address 10.0.0.1 255.255.255.0\r\n"
                      "ip nat inside\r\n")
        << "ios-config" << true;
    // Nothing claims it: the fallback reader, whose verdict then says what it is not.
    QTest::newRow("prose") << QByteArray("Dear support,\nthe tunnel is down again.\n") << "cisco-show" << false;
}

void TestRouterConfig::anyTextGoesToTheBestReader()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, key);
    QFETCH(bool, configuration);
    QVERIFY(!text.isEmpty());
    const RouterDataRegistry &r = RouterDataRegistry::instance();
    const RouterDataRegistry::Choice c = r.chooseAny(QStringLiteral("auto"), text);
    QCOMPARE(c.key, key);
    QCOMPARE(c.kind == RouterDataRegistry::Kind::Configuration, configuration);
    QVERIFY(c.detected);
    QCOMPARE(c.displayName, r.displayName(key));
    const QList<RouterDataRegistry::Choice> ranking = r.ranking(text);
    QCOMPARE(ranking.size(), r.allKeys().size());
    QCOMPARE(ranking.first().key, key);
    for (int i = 1; i < ranking.size(); ++i)
        QVERIFY(ranking.at(i - 1).score >= ranking.at(i).score);
    // What the chosen reader reads is not "not the format".
    if (key == QLatin1String("cisco-show") && text.startsWith("Dear"))
        return;
    if (configuration) {
        const RouterConfigReader *reader = r.config(key);
        const RouterConfig read = reader->read(QString::fromUtf8(text));
        QCOMPARE(read.readerKey, key);
        QVERIFY(read.understood() > 0);
        QVERIFY(reader->verdict(read).isEmpty());
    } else {
        const ObservedTranslations t = r.readData(text, key);
        QVERIFY(t.size() > 0);
        QVERIFY(ReaderVerdict::translations(t, c.displayName).isEmpty());
    }
}

void TestRouterConfig::keyOverridesDetection()
{
    const RouterDataRegistry &r = RouterDataRegistry::instance();
    const QByteArray config = readData("cisco-seed-incident.cfg");
    const RouterDataRegistry::Choice forced = r.chooseAny(QStringLiteral("cisco-show"), config);
    QCOMPARE(forced.key, QStringLiteral("cisco-show"));
    QCOMPARE(forced.kind, RouterDataRegistry::Kind::Table);
    QVERIFY(!forced.detected);
    QCOMPARE(r.chooseAny(QStringLiteral("iptables-save"), config).kind,
             RouterDataRegistry::Kind::Configuration);
    QString error;
    QVERIFY(!r.chooseAny(QStringLiteral("cisco-asa-9000"), config, &error).isValid());
    QVERIFY2(error.contains("cisco-asa-9000") && error.contains("ios-config")
                 && error.contains("conntrack"),
             qPrintable(error));
}

void TestRouterConfig::vendorAdapterIsOneLine()
{
    const std::unique_ptr<RouterConfigReader> reader = RouterConfigReader::vendor<ToyVendorReader>(
        "toy-config", QT_TRANSLATE_NOOP("RouterConfigReader", "Toy router configuration"));
    QCOMPARE(reader->key(), QStringLiteral("toy-config"));
    QCOMPARE(reader->displayName(), QStringLiteral("Toy router configuration"));
    QCOMPARE(reader->sniff("toy-host T1\n"), 97);
    QCOMPARE(reader->sniff("hostname T1\n"), 0);
    const RouterConfig c = reader->read(QStringLiteral("toy-host T1\nbogus\n"));
    QCOMPARE(c.shape, RouterConfig::Cisco);
    QCOMPARE(c.readerKey, QStringLiteral("toy-config"));
    QCOMPARE(c.cisco.readerKey, QStringLiteral("toy-config")); // filled in when the reader left it empty
    QCOMPARE(c.cisco.profile, QStringLiteral("rfc4787-eim"));
    QCOMPARE(c.cisco.hostname, QStringLiteral("T1"));
    QCOMPARE(c.issues().size(), 1);
    QCOMPARE(c.issues().first().line, 2);
    QVERIFY(reader->verdict(c).isEmpty());
    const QString verdict = reader->verdict(reader->read(QStringLiteral("a\nb\nc\n")));
    QVERIFY2(verdict.startsWith("this does not look like Toy router configuration: 0 of 3 line"),
             qPrintable(verdict));
}

void TestRouterConfig::verdictNamesTheReader()
{
    const RouterDataRegistry &r = RouterDataRegistry::instance();
    const QByteArray prose = "Dear support,\nthe tunnel is down again.\nRegards\n";
    for (const QString &key : r.configKeys()) {
        const RouterConfigReader *reader = r.config(key);
        const QString verdict = reader->verdict(reader->read(QString::fromUtf8(prose)));
        QVERIFY2(verdict.contains(QStringLiteral("does not look like ") + reader->displayName() + ": 0 of 3"),
                 qPrintable(verdict));
    }
    for (const QString &key : r.keys()) {
        const ObservedTranslations t = r.readData(prose, key);
        const QString verdict = ReaderVerdict::translations(t, r.displayName(key));
        QVERIFY2(verdict.contains(QStringLiteral("does not look like ") + r.displayName(key)),
                 qPrintable(key + ": " + verdict));
    }
    QVERIFY(ReaderVerdict::chosen("Cisco IOS configuration", true).contains("detected"));
    QVERIFY(!ReaderVerdict::chosen("Cisco IOS configuration", false).contains("detected"));
}

void TestRouterConfig::terminalNoiseIsTolerated()
{
    // The same configuration, clean and as a terminal delivered it.
    const QString clean = QString::fromUtf8(readData("cisco-seed-incident.cfg"));
    QString noisy = QStringLiteral("CUST-EDGE-01#terminal length 0\r\nCUST-EDGE-01#show running-config\r\n");
    int n = 0;
    for (const QString &line : clean.split(QLatin1Char('\n'))) {
        // The pager every 10 lines, CRLF, and tabs for the indentation.
        if (++n % 10 == 0)
            noisy += QStringLiteral(" --More-- ") + QString(10, QLatin1Char('\b'))
                     + QString(10, QLatin1Char(' ')) + QString(10, QLatin1Char('\b'));
        QString l = line;
        if (l.startsWith(QLatin1Char(' ')))
            l = QLatin1Char('\t') + l.mid(1);
        noisy += l + QStringLiteral("\r\n");
    }
    noisy += QStringLiteral("CUST-EDGE-01#");
    const RouterDataRegistry &r = RouterDataRegistry::instance();
    QCOMPARE(r.chooseAny(QString(), noisy.toUtf8()).key, QStringLiteral("ios-config"));
    const CiscoConfig a = CiscoConfigReader::readText(clean);
    const CiscoConfig b = CiscoConfigReader::readText(noisy);
    QCOMPARE(b.hostname, a.hostname);
    QCOMPARE(b.interfaces.size(), a.interfaces.size());
    for (int i = 0; i < a.interfaces.size(); ++i) {
        QCOMPARE(b.interfaces.at(i).address, a.interfaces.at(i).address);
        QCOMPARE(b.interfaces.at(i).natRole, a.interfaces.at(i).natRole);
    }
    QCOMPARE(b.pools.size(), a.pools.size());
    QCOMPARE(b.pool("RANGE-POOL")->ranges, a.pool("RANGE-POOL")->ranges);
    QCOMPARE(b.rules.size(), a.rules.size());
    QCOMPARE(b.understood, a.understood);
    QCOMPARE(b.issues.size(), a.issues.size()); // the prompts and pager add none
    QCOMPARE(b.rules.first().line, a.rules.first().line + 2); // lines counted as captured

    // iptables-save through a shell: the prompt and command, CRLF, and the prompt again.
    const QString rules = QString::fromUtf8(readData("iptables-save-home-lab.txt"));
    QString shell = QStringLiteral("root@gw:~# sudo iptables-save -t nat\r\n");
    for (const QString &line : rules.split(QLatin1Char('\n')))
        shell += line + QStringLiteral("\r\n");
    shell += QStringLiteral("root@gw:~# ");
    QCOMPARE(r.chooseAny(QString(), shell.toUtf8()).key, QStringLiteral("iptables-save"));
    const RouterConfig clean4 = r.config("iptables-save")->read(rules);
    const RouterConfig noisy4 = r.config("iptables-save")->read(shell);
    QCOMPARE(noisy4.linuxNat.rules.size(), clean4.linuxNat.rules.size());
    QCOMPARE(noisy4.issues().size(), clean4.issues().size());
    QCOMPARE(noisy4.linuxNat.rules.first().line, clean4.linuxNat.rules.first().line + 1);
}

QTEST_GUILESS_MAIN(TestRouterConfig)
#include "tst_routerconfig.moc"
