// The Findings dock and the comparison window in the real main window
// (offscreen): evidence seeks the replay and selects, "Apply Fix" is one undo
// step that brings both tunnels Up, undo brings the failure back. Set
// MESHNAT_SHOT_DIR to save screenshots of what the user sees (en and ja).
#include "CompareWindow.h"
#include "DiagnosisController.h"
#include "Document.h"
#include "FindingsPanel.h"
#include "LanguageManager.h"
#include "MainMenus.h"
#include "MainWindow.h"
#include "ObjectSelection.h"
#include "Project.h"
#include "ReplayCursor.h"
#include "SimulationSession.h"
#include "SiteComparison.h"

#include <QDir>
#include <QDockWidget>
#include <QMenu>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTranslator>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

class TestFindings : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;

    DiagnosisController *diagnosis() const { return m_window->diagnosis(); }
    FindingsPanel *panel() const { return diagnosis()->panel(); }
    SimulationSession *session() const { return m_window->document()->simulation(); }
    Project *project() const { return m_window->document()->project(); }

    SimEvent::TunnelState finalState(const char *name) const
    {
        ReplayCursor cursor(session()->result());
        cursor.toEnd();
        const ObjectId id = project()->findByName(ObjectKind::Appliance, QString::fromLatin1(name));
        return cursor.tunnel(session()->result()->tunnelOf(id)).state;
    }

    bool errorsShown() const
    {
        for (const Finding &f : panel()->findings()) {
            if (f.severity == Finding::Error)
                return true;
        }
        return false;
    }

    void shot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("MESHNAT_SHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QCoreApplication::processEvents();
        QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name));
    }

    void openSeed()
    {
        QVERIFY(m_window->document()->openExample(QStringLiteral("seed-incident")));
        session()->rerun();
    }

private Q_SLOTS:
    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
    }
    void cleanup() { m_window.reset(); }

    void findingsFollowTheSimulation()
    {
        QVERIFY(m_window->menus()->toolsMenu()->actions().contains(
            m_window->diagnosis()->diagnoseAction()));
        openSeed();
        QCOMPARE(panel()->findings().size(), 1);
        const Finding f = panel()->findings().first();
        QCOMPARE(f.rule, QStringLiteral("pat-collision"));
        QVERIFY(diagnosis()->dock()->windowTitle().contains(QLatin1Char('1')));
        QCOMPARE(panel()->list()->topLevelItem(0)->childCount(), f.evidence.size());
        QVERIFY(panel()->fixText()->toPlainText().contains(QStringLiteral("ip nat inside source static")));
        QVERIFY(panel()->applyButton()->isEnabled());
    }

    void evidenceSeeksTheReplayAndSelects()
    {
        openSeed();
        const Finding f = panel()->findings().first();
        panel()->setCurrentFinding(0);
        panel()->activateEvidence(1); // IX given 1543
        QCOMPARE(session()->step(), f.evidence[1].event);
        QCOMPARE(m_window->selection()->current(),
                 project()->findByName(ObjectKind::Appliance, QStringLiteral("HCX-IX-I1")));
        diagnosis()->dock()->raise();
        shot(m_window.get(), QStringLiteral("findings-en.png"));
    }

    void applyFixIsOneUndoStep()
    {
        openSeed();
        QCOMPARE(finalState("HCX-IX-I1"), SimEvent::Down);
        QUndoStack *stack = m_window->document()->undoStack();
        const int before = stack->count();
        QTest::mouseClick(panel()->applyButton(), Qt::LeftButton);
        QCOMPARE(stack->count(), before + 1);
        QCOMPARE(finalState("HCX-IX-I1"), SimEvent::Up);
        QCOMPARE(finalState("HCX-NE-I1"), SimEvent::Up);
        QVERIFY(!errorsShown());
        QCOMPARE(project()->findByName(ObjectKind::Rule, QStringLiteral("Static NAT HCX-IX-I1")) != NoId, true);
        diagnosis()->dock()->raise();
        shot(m_window.get(), QStringLiteral("fix-applied-en.png"));
        stack->undo();
        session()->rerun();
        QCOMPARE(finalState("HCX-IX-I1"), SimEvent::Down);
        QVERIFY(errorsShown());
        QCOMPARE(project()->findByName(ObjectKind::Rule, QStringLiteral("Static NAT HCX-IX-I1")), NoId);
        stack->redo();
        session()->rerun();
        QCOMPARE(finalState("HCX-IX-I1"), SimEvent::Up);
    }

    void compareWindowPointsAtTheDivergence()
    {
        openSeed();
        CompareWindow *w = diagnosis()->compareWithExample(QStringLiteral("home-lab"));
        QVERIFY(w);
        const int d = w->comparison().divergence();
        QVERIFY(d >= 0);
        QCOMPARE(w->currentStep(), d);
        QCOMPARE(w->comparison().steps()[d].appliance, QStringLiteral("HCX-IX-I1"));
        QCOMPARE(w->stepTable()->currentRow(), d);
        // Only the divergent row is coloured (an unset background is NoBrush).
        QCOMPARE(w->stepTable()->item(d, 0)->background().style(), Qt::SolidPattern);
        for (int r = 0; r < w->stepTable()->rowCount(); ++r) {
            if (r != d)
                QCOMPARE(w->stepTable()->item(r, 0)->background().style(), Qt::NoBrush);
        }
        QVERIFY(w->explanationLabel()->text().contains(QStringLiteral("1543")));
        // Lockstep: A shows IX on 1543, B on 4500 at the same step.
        bool sawA = false, sawB = false;
        for (int r = 0; r < w->sideTable(0)->rowCount(); ++r) {
            sawA = sawA || w->sideTable(0)->item(r, 2)->text().endsWith(QStringLiteral(":1543"));
            sawB = sawB || w->sideTable(1)->item(r, 2)->text() == QStringLiteral("198.51.100.20:4500");
        }
        QVERIFY(sawA);
        QVERIFY(sawB);
        shot(w, QStringLiteral("compare-en.png"));
        w->setStep(0);
        QCOMPARE(w->currentStep(), 0);
        w->close();
    }

    // The seed incident on SRX and RTX: the vendor's finding, its fix in the
    // vendor's syntax in the panel, Apply brings both tunnels Up (en and ja shots).
    void vendorExamples_data()
    {
        QTest::addColumn<QString>("example");
        QTest::addColumn<QString>("syntax");
        QTest::newRow("srx") << QStringLiteral("seed-incident-srx")
                             << QStringLiteral("set security nat static rule-set MESHNAT-HCX");
        QTest::newRow("rtx") << QStringLiteral("seed-incident-rtx")
                             << QStringLiteral("nat descriptor static 1 901");
    }
    void vendorExamples()
    {
        QFETCH(QString, example);
        QFETCH(QString, syntax);
        for (const char *lang : {"en", "ja"}) {
            QTranslator preview;
            if (QLatin1String(lang) == QLatin1String("ja")) {
                if (!m_window->language()->setLanguage(QStringLiteral("ja"), false))
                    break;
                const QString extra = qEnvironmentVariable("MESHNAT_EXTRA_QM");
                if (!extra.isEmpty() && preview.load(extra))
                    QCoreApplication::installTranslator(&preview);
            }
            QVERIFY(m_window->document()->openExample(example));
            session()->rerun();
            QCOMPARE(panel()->findings().size(), 1);
            QCOMPARE(panel()->findings().first().rule, QStringLiteral("port-translated"));
            QCOMPARE(finalState("HCX-IX-I1"), SimEvent::Down);
            QCOMPARE(finalState("HCX-NE-I1"), SimEvent::Down);
            panel()->setCurrentFinding(0);
            panel()->activateEvidence(0);
            QVERIFY(panel()->fixText()->toPlainText().contains(syntax));
            diagnosis()->dock()->raise();
            shot(m_window.get(), QStringLiteral("findings-%1-%2.png").arg(example, QLatin1String(lang)));
            QTest::mouseClick(panel()->applyButton(), Qt::LeftButton);
            QCOMPARE(finalState("HCX-IX-I1"), SimEvent::Up);
            QCOMPARE(finalState("HCX-NE-I1"), SimEvent::Up);
            QVERIFY(!errorsShown());
            QCoreApplication::removeTranslator(&preview);
        }
        m_window->language()->setLanguage(QStringLiteral("en"), false);
    }

    void japanese()
    {
        if (!m_window->language()->setLanguage(QStringLiteral("ja"), false))
            QSKIP("no Japanese translation built");
        // Strings not merged into the .ts yet can be previewed from a local .qm.
        QTranslator preview;
        const QString extra = qEnvironmentVariable("MESHNAT_EXTRA_QM");
        if (!extra.isEmpty() && preview.load(extra))
            QCoreApplication::installTranslator(&preview);
        openSeed();
        QVERIFY(!panel()->findings().isEmpty());
        panel()->setCurrentFinding(0);
        panel()->activateEvidence(1);
        diagnosis()->dock()->raise();
        shot(m_window.get(), QStringLiteral("findings-ja.png"));
        CompareWindow *w = diagnosis()->compareWithExample(QStringLiteral("home-lab"));
        shot(w, QStringLiteral("compare-ja.png"));
        w->close();
        QTest::mouseClick(panel()->applyButton(), Qt::LeftButton);
        QVERIFY(!errorsShown());
        diagnosis()->dock()->raise();
        shot(m_window.get(), QStringLiteral("fix-applied-ja.png"));
        QCoreApplication::removeTranslator(&preview);
        m_window->language()->setLanguage(QStringLiteral("en"), false);
    }
};

QTEST_MAIN(TestFindings)
#include "tst_findings.moc"
