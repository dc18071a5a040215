#include "DiagnosisController.h"

#include "CompareWindow.h"
#include "Diagnoser.h"
#include "Document.h"
#include "Examples.h"
#include "FindingsPanel.h"
#include "MainMenus.h"
#include "ObjectSelection.h"
#include "Project.h"
#include "ProjectReader.h"
#include "SimulationSession.h"
#include "UserPrompts.h"
#include "commands/ApplyChangeSet.h"

#include <QAction>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QUndoStack>

DiagnosisController::DiagnosisController(const Workbench &wb)
    : WorkbenchPart(wb)
    , m_panel(new FindingsPanel(wb.window))
    , m_dock(new QDockWidget(wb.window))
    , m_tools(wb.menus->toolsMenu())
    , m_compareExamples(new QMenu(wb.window))
    , m_diagnose(new QAction(this))
    , m_compare(new QAction(this))
{
    m_dock->setObjectName(QStringLiteral("findingsDock"));
    m_dock->setWidget(m_panel);
    wb.window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    wb.window->tabifyDockWidget(wb.bottomDock, m_dock);
    wb.menus->viewMenu()->addAction(m_dock->toggleViewAction());

    m_diagnose->setShortcut(QKeySequence(Qt::Key_F7));
    m_compare->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_tools->addAction(m_diagnose);
    m_tools->addAction(m_compare);
    m_tools->addMenu(m_compareExamples);
    for (const QString &key : Examples::keys()) {
        QAction *action = m_compareExamples->addAction(QString());
        action->setData(key);
        connect(action, &QAction::triggered, this, [this, key] { compareWithExample(key); });
    }

    connect(m_diagnose, &QAction::triggered, this, [this] {
        simulation()->rerun();
        refresh();
        m_dock->show();
        m_dock->raise();
    });
    connect(m_compare, &QAction::triggered, this, [this] {
        const QString file = workbench().prompts()->openFileName(workbench().window, QString());
        if (!file.isEmpty())
            compareWithFile(file);
    });
    connect(simulation(), &SimulationSession::resultChanged, this,
            &DiagnosisController::refresh);
    connect(m_panel, &FindingsPanel::evidenceActivated, this, [this](int event, ObjectId object) {
        if (event >= 0)
            simulation()->seek(event);
        if (object && project()->contains(object))
            workbench().selection->setCurrent(object);
    });
    connect(m_panel, &FindingsPanel::applyFixRequested, this, &DiagnosisController::applyFix);
    connect(m_panel, &FindingsPanel::countChanged, this, &DiagnosisController::updateDockTitle);
    connect(m_panel, &FindingsPanel::languageChanged, this, [this] {
        retranslate();
        refresh();
    });
    retranslate();
    refresh();
}

void DiagnosisController::refresh()
{
    SimulationSession *session = simulation();
    if (!session->result())
        return;
    const Diagnoser diagnoser;
    QStringList checks;
    for (const auto &rule : diagnoser.rules())
        checks.append(rule->title());
    m_panel->setFindings(diagnoser.diagnose(*project(), session->result()),
                         checks);
}

bool DiagnosisController::applyFix(int index)
{
    const QList<Finding> &findings = m_panel->findings();
    if (index < 0 || index >= findings.size() || findings[index].fix.changes.isEmpty())
        return false;
    Document *document = this->document();
    const Fix fix = findings[index].fix; // the panel's list is replaced by the re-run
    QString error;
    if (!ApplyChangeSet::push(document->undoStack(), document->project(), fix.changes,
                              tr("Apply Fix: %1").arg(fix.summary), &error)) {
        showError(tr("Apply Fix"), tr("The fix could not be applied: %1").arg(error));
        return false;
    }
    document->simulation()->rerun();
    emit statusMessage(tr("Applied: %1").arg(fix.summary));
    return true;
}

CompareWindow *DiagnosisController::compareWithFile(const QString &fileName)
{
    Project other;
    ProjectReader reader;
    if (!reader.read(fileName, &other)) {
        showError(tr("Compare Sites"), reader.errorString());
        return nullptr;
    }
    return openComparison(&other, QFileInfo(fileName).fileName());
}

CompareWindow *DiagnosisController::compareWithExample(const QString &key)
{
    Project other;
    ProjectReader reader;
    if (!reader.read(Examples::resourcePath(key), &other)) {
        showError(tr("Compare Sites"), reader.errorString());
        return nullptr;
    }
    return openComparison(&other, key);
}

CompareWindow *DiagnosisController::openComparison(Project *other, const QString &otherName)
{
    auto a = std::make_unique<Project>();
    a->replaceWith(*project());
    auto b = std::make_unique<Project>();
    b->replaceWith(*other);
    if (m_compareWindow)
        m_compareWindow->close();
    m_compareWindow = new CompareWindow(std::move(a), document()->displayName(), std::move(b),
                                        otherName, workbench().window);
    m_compareWindow->show();
    return m_compareWindow;
}

void DiagnosisController::updateDockTitle(int errors, int warnings)
{
    m_errors = errors;
    m_warnings = warnings;
    m_dock->setWindowTitle(errors + warnings == 0 ? tr("Findings")
                                                  : tr("Findings (%1)").arg(errors + warnings));
}

void DiagnosisController::retranslate()
{
    m_diagnose->setText(tr("&Diagnose"));
    m_diagnose->setStatusTip(tr("Find what keeps the tunnels Down, why, and how to fix it"));
    m_compare->setText(tr("&Compare With…"));
    m_compare->setStatusTip(tr("Replay this project and another side by side and show where their "
                               "translations diverge"));
    m_compareExamples->setTitle(tr("Compare With &Example"));
    for (QAction *action : m_compareExamples->actions())
        action->setText(Examples::displayName(action->data().toString()));
    updateDockTitle(m_errors, m_warnings);
}
