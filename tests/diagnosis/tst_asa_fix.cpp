// The seed incident rebuilt on a Cisco ASA (example "seed-incident-asa"): its
// default interface PAT breaks HCX; the fix MeshNAT writes in ASA syntax,
// read back with AsaConfigReader on top of the customer's running-config and
// imported with ProjectImporter, brings both tunnels Up.
#include "vendors/AsaConfigReader.h"
#include "DiagnosisTestUtil.h"
#include "FixGenerator.h"
#include "ProfileFacts.h"
#include "ProjectImporter.h"
#include "PropertyModel.h"

using namespace DiagnosisTest;

namespace {
QString runningConfig()
{
    QFile f(QStringLiteral(MESHNAT_SOURCE_DIR "/tests/io/data/asa/seed-incident-asa.cfg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

ObjectId device(const Project &p)
{
    return p.objects(ObjectKind::Device).value(0);
}
} // namespace

class TestAsaFix : public QObject
{
    Q_OBJECT

    // Replaces the project's ASA by the one imported from `config`: the
    // appliances, office flows and links stay, the NAT comes from the text.
    static bool importDevice(Project *p, const QString &config)
    {
        const ObjectId old = device(*p);
        const CiscoConfig c = AsaConfigReader::readText(config);
        for (const ImportIssue &i : c.issues) {
            if (i.severity == ImportIssue::Error) {
                qWarning("%s", qPrintable(ImportIssues::format(QStringLiteral("asa.cfg"), i)));
                return false;
            }
        }
        ProjectImporter::Options options;
        options.site = p->parentOf(old);
        options.createAppliances = false;
        const ImportPlan plan = ProjectImporter::plan(
            *p, &c, nullptr, static_cast<const StoredObservedTable *>(nullptr), options);
        QString error;
        if (!plan.changes.apply(p, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        ObjectId imported = NoId;
        for (ObjectId d : p->objects(ObjectKind::Device))
            imported = d != old ? d : imported;
        if (!imported)
            return false;
        const QList<ObjectId> children = p->children(old);
        for (ObjectId child : children) {
            if (p->kind(child) == ObjectKind::Background && !p->move(child, imported, &error)) {
                qWarning("%s", qPrintable(error));
                return false;
            }
        }
        for (ObjectId link : p->objects(ObjectKind::Link)) {
            for (FieldKey end : {Field::a, Field::b}) {
                if (p->value(link, end).toUInt() == old && !p->setValue(link, end, QVariant(imported)))
                    return false;
            }
        }
        p->remove(old);
        return device(*p) == imported;
    }

private Q_SLOTS:
    // The ASA default (no "extended") considers global:4500 held whatever the
    // destination: the IX, deployed second, loses 4500 and stays Down.
    void defaultInterfacePatBreaksHcx()
    {
        Project p;
        QVERIFY(load(QStringLiteral("seed-incident-asa"), &p));
        QCOMPARE(p.text(device(p), Field::profile), QStringLiteral("cisco-asa"));
        QCOMPARE(finalState(p, "HCX-NE-I1"), SimEvent::Up);
        QCOMPARE(finalState(p, "HCX-IX-I1"), SimEvent::Down);
        const QList<Finding> f = ofRule(diagnose(p), "pat-collision");
        QCOMPARE(f.size(), 1);
        QCOMPARE(f[0].appliances.value(0), find(p, ObjectKind::Appliance, "HCX-IX-I1"));
        // The customer's running-config imported in place of the drawn device
        // shows the same incident.
        QVERIFY(importDevice(&p, runningConfig()));
        QCOMPARE(p.text(device(p), Field::profile), QStringLiteral("cisco-asa"));
        QCOMPARE(finalState(p, "HCX-NE-I1"), SimEvent::Up);
        QCOMPARE(finalState(p, "HCX-IX-I1"), SimEvent::Down);
    }

    // "extended" makes uniqueness per destination: both keep 4500 toward their
    // own peers, so the same ASA with "pat-pool … extended" does not break HCX.
    void extendedPatPoolKeepsBoth()
    {
        Project p;
        QVERIFY(load(QStringLiteral("seed-incident-asa"), &p));
        QString config = runningConfig();
        config.replace(QStringLiteral(" nat (inside,outside) dynamic interface"),
                       QStringLiteral(" nat (inside,outside) dynamic pat-pool OUTSIDE-PAT extended\n"
                                      "object network OUTSIDE-PAT\n host 19.155.80.72"));
        QVERIFY(importDevice(&p, config));
        QCOMPARE(p.value(device(p), Field::options).toStringList(),
                 QStringList{QStringLiteral("extended")});
        QCOMPARE(finalState(p, "HCX-NE-I1"), SimEvent::Up);
        QCOMPARE(finalState(p, "HCX-IX-I1"), SimEvent::Up);
    }

    // The fix with a free address per appliance: static NAT in ASA syntax.
    void staticNatFixImportedBackBringsBothUp()
    {
        Project p;
        QVERIFY(load(QStringLiteral("seed-incident-asa"), &p));
        const Fix fix = ofRule(diagnose(p), "pat-collision").value(0).fix;
        QCOMPARE(fix.vendor, QStringLiteral("cisco-asa"));
        QVERIFY2(fix.config.contains(QStringLiteral("object network HCX-IX-I1\n host 192.19.72.202\n"
                                                    " nat (inside,outside) static ")),
                 qPrintable(fix.config));
        QVERIFY(fix.config.contains(QStringLiteral("clear xlate local 192.19.72.202")));
        // Read back on top of the running-config: nothing in it is an error.
        const CiscoConfig read = AsaConfigReader::readText(runningConfig() + fix.config);
        QCOMPARE(read.rules.size(), 3); // two static, one dynamic
        QVERIFY(importDevice(&p, runningConfig() + fix.config));
        QCOMPARE(finalState(p, "HCX-NE-I1"), SimEvent::Up);
        QCOMPARE(finalState(p, "HCX-IX-I1"), SimEvent::Up);
    }

    // One global address only: static PAT, 4500 for one appliance and another
    // port for the one whose peer follows the port ("learned").
    void staticPatFixImportedBackBringsBothUp()
    {
        Project p;
        QVERIFY(load(QStringLiteral("seed-incident-asa"), &p));
        QVERIFY(p.setValue(find(p, ObjectKind::Interface, "outside"), Field::prefixLength, 32));
        QVERIFY(p.setValue(find(p, ObjectKind::Appliance, "HCX-IX-I1"), Field::peerPolicy,
                           QStringLiteral("learned")));
        const Fix fix = ofRule(diagnose(p), "pat-collision").value(0).fix;
        QVERIFY(fix.complete);
        QVERIFY2(fix.config.contains(QStringLiteral(" nat (inside,outside) static 19.155.80.72 "
                                                    "service udp 4500 4501\n")),
                 qPrintable(fix.config));
        QString config = runningConfig() + fix.config;
        config.replace(QStringLiteral("ip address 19.155.80.72 255.255.255.0"),
                       QStringLiteral("ip address 19.155.80.72 255.255.255.255"));
        QVERIFY(importDevice(&p, config));
        QVERIFY(p.setValue(find(p, ObjectKind::Appliance, "HCX-IX-I1"), Field::peerPolicy,
                           QStringLiteral("learned")));
        QCOMPARE(finalState(p, "HCX-NE-I1"), SimEvent::Up);
        QCOMPARE(finalState(p, "HCX-IX-I1"), SimEvent::Up);
    }

    // Cloud NAT removed in ASA syntax: object NAT under its network object (the
    // rule's name, else ASA's obj-<address>), with the rule's own words, and
    // the twice NAT form as a comment; never "no nat … source static IP IP".
    // Read back on top of a configuration holding those rules, they are gone
    // and no line of the fix is unknown, doubtful or an error.
    void removeCloudNatInAsaSyntax()
    {
        Project p;
        QVERIFY(load(QStringLiteral("seed-incident-asa"), &p));
        const ObjectId asa = device(p);
        QString error;
        const ObjectId named = p.create(ObjectKind::Rule, asa,
                                        {{Field::name, QStringLiteral("HCX-CLOUD-IX")},
                                         {Field::kind, QStringLiteral("static")},
                                         {Field::insideLocal, QStringLiteral("192.19.72.210")},
                                         {Field::insideGlobal, QStringLiteral("19.155.80.90")}},
                                        &error);
        QVERIFY2(named != NoId, qPrintable(error));
        const ObjectId unnamed = p.create(ObjectKind::Rule, asa,
                                          {{Field::kind, QStringLiteral("static-pat")},
                                           {Field::protocol, QStringLiteral("udp")},
                                           {Field::insideLocal, QStringLiteral("192.19.72.211")},
                                           {Field::localPort, 4500},
                                           {Field::insideGlobal, QStringLiteral("19.155.80.91")},
                                           {Field::globalPort, 4501}},
                                          &error);
        QVERIFY2(unnamed != NoId, qPrintable(error));
        const Fix fix = FixGenerator(p).removeCloudNat(asa, {named, unnamed}, {});
        QCOMPARE(fix.vendor, QStringLiteral("cisco-asa"));
        QVERIFY2(fix.config.contains(QStringLiteral("object network HCX-CLOUD-IX\n"
                                                    " no nat (inside,outside) static 19.155.80.90\n")),
                 qPrintable(fix.config));
        QVERIFY2(fix.config.contains(QStringLiteral("object network obj-192.19.72.211\n"
                                                    " no nat (inside,outside) static 19.155.80.91 service "
                                                    "udp 4500 4501\n")),
                 qPrintable(fix.config));
        QVERIFY(fix.config.contains(QStringLiteral("assumed to be named obj-192.19.72.211")));
        QVERIFY(fix.config.contains(QStringLiteral("! If it is twice NAT instead, remove it with its object "
                                                   "names: no nat (inside,outside) source static REAL-OBJECT "
                                                   "MAPPED-OBJECT\n")));
        QVERIFY(!fix.config.contains(QStringLiteral("source static 192.19.72.210")));
        QVERIFY(!fix.config.contains(QStringLiteral("source static 19.155.80")));
        QCOMPARE(fix.changes.operations().size(), 2); // both rules removed from the project

        const QString customer = runningConfig()
                                 + QStringLiteral("object network HCX-CLOUD-IX\n host 192.19.72.210\n"
                                                  " nat (inside,outside) static 19.155.80.90\n"
                                                  "object network obj-192.19.72.211\n host 192.19.72.211\n"
                                                  " nat (inside,outside) static 19.155.80.91 service udp 4500 4501\n");
        const CiscoConfig before = AsaConfigReader::readText(customer);
        QCOMPARE(before.rules.size(), 3);
        const int lines = before.lines;
        const CiscoConfig after = AsaConfigReader::readText(customer + fix.config);
        QCOMPARE(after.rules.size(), 1); // the dynamic interface PAT only
        for (const ImportIssue &i : after.issues)
            QVERIFY2(i.line <= lines || i.severity == ImportIssue::Note,
                     qPrintable(ImportIssues::format(QStringLiteral("fix"), i)));
        // A "no nat" with words no rule has is said, not silently dropped.
        const CiscoConfig wrong = AsaConfigReader::readText(
            customer + QStringLiteral("object network HCX-CLOUD-IX\n no nat (inside,outside) static 19.155.80.99\n"));
        QCOMPARE(wrong.rules.size(), 3);
        QVERIFY(ImportIssues::count(wrong.issues, ImportIssue::Warning) > ImportIssues::count(before.issues, ImportIssue::Warning));
    }

    // The UDP timeout on ASA: a PAT xlate lives for timeout udp plus timeout
    // pat-xlate, so both are written and their sum is the lifetime asked for;
    // read back, the device's UDP timeout is that lifetime.
    void raiseUdpTimeoutCountsPatXlate_data()
    {
        QTest::addColumn<int>("asked");
        QTest::addColumn<QString>("commands");
        QTest::addColumn<int>("lifetime");
        QTest::newRow("10 min") << 600 << "timeout udp 0:09:30\ntimeout pat-xlate 0:00:30\n" << 600;
        QTest::newRow("1 h 1 s") << 3601 << "timeout udp 0:59:31\ntimeout pat-xlate 0:00:30\n" << 3601;
        // timeout udp is at least 1 minute: 90 s is the shortest lifetime.
        QTest::newRow("below the minimum") << 45 << "timeout udp 0:01:00\ntimeout pat-xlate 0:00:30\n" << 90;
    }

    void raiseUdpTimeoutCountsPatXlate()
    {
        QFETCH(int, asked);
        QFETCH(QString, commands);
        QFETCH(int, lifetime);
        Project p;
        QVERIFY(load(QStringLiteral("seed-incident-asa"), &p));
        const Fix fix = FixGenerator(p).raiseUdpTimeout(device(p), asked);
        QVERIFY2(fix.config.contains(commands), qPrintable(fix.config));
        QVERIFY(fix.config.contains(QStringLiteral("! A PAT translation lives for the idle connection")));
        const CiscoConfig base = AsaConfigReader::readText(runningConfig());
        const CiscoConfig read = AsaConfigReader::readText(runningConfig() + fix.config);
        QCOMPARE(read.timeouts.value(QStringLiteral("udp-timeout")), lifetime);
        for (const ImportIssue &i : read.issues)
            QVERIFY2(i.line <= base.lines || i.severity == ImportIssue::Note,
                     qPrintable(ImportIssues::format(QStringLiteral("fix"), i)));
        // The project change is the same lifetime.
        Project changed;
        QVERIFY(load(QStringLiteral("seed-incident-asa"), &changed));
        QString error;
        QVERIFY2(fix.changes.apply(&changed, &error), qPrintable(error));
        QCOMPARE(changed.value(device(changed), Field::udpTimeout).toInt(), lifetime);
    }

    // The property editor shows what the profile simulates with the device's
    // options, each fact marked documented or assumed; the facts follow the options.
    void propertyEditorSaysWhatIsAssumed()
    {
        Project p;
        QVERIFY(load(QStringLiteral("seed-incident-asa"), &p));
        PropertyModel model(&p);
        model.setObject(device(p));
        const auto tip = [&](FieldKey key) {
            return model.data(model.index(model.rowOf(key), PropertyModel::LabelColumn), Qt::ToolTipRole)
                .toString();
        };
        for (FieldKey key : {Field::profile, Field::options}) {
            const QString t = tip(key);
            QVERIFY2(t.contains(QStringLiteral("1–511, 512–1023 or 1024–65535. (documented: Cisco FTD")),
                     qPrintable(t));
            QVERIFY(t.contains(QStringLiteral("The destination is not considered: a mapped port held "
                                              "toward one peer is taken for every peer. (assumed)")));
        }
        QVERIFY(p.setValue(device(p), Field::options,
                           QStringList{QStringLiteral("extended"), QStringLiteral("flat")}));
        const QString t = tip(Field::options);
        QVERIFY(t.contains(QStringLiteral("flat range 1024–65535 (flat). (documented")));
        QVERIFY(t.contains(QStringLiteral("unique per destination")));
        QVERIFY(!t.contains(QStringLiteral("The destination is not considered")));
        // Every fact is either documented with a source or assumed without one.
        for (const ProfileFacts::Fact &f : ProfileFacts::of(QStringLiteral("cisco-asa"), {}))
            QCOMPARE(f.source.isEmpty(), f.evidence == ProfileFacts::Assumed);
        QVERIFY(ProfileFacts::of(QStringLiteral("cisco-ios"), {}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAsaFix)
#include "tst_asa_fix.moc"
