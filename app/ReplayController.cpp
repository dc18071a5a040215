#include "ReplayController.h"

#include "ReplayPositionMemory.h"

#include "ApplianceStatusPanel.h"
#include "ObservedCollisionsLabel.h"
#include "Document.h"
#include "EventFilterProxy.h"
#include "EventListView.h"
#include "MainMenus.h"
#include "Moments.h"
#include "NatTableView.h"
#include "ObjectSelection.h"
#include "MeshGraphScene.h"
#include "MeshGraphView.h"
#include "PortUsageChart.h"
#include "PropertyEditor.h"
#include "ReplayBar.h"
#include "SimulationSession.h"
#include "UserPrompts.h"
#include "TimelinePlot.h"

#include <QAction>
#include <QDockWidget>
#include <QVBoxLayout>
#include <QEvent>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

ReplayController::ReplayController(const Workbench &wb)
    : WorkbenchPart(wb)
    , m_bar(new ReplayBar(wb.window))
    , m_status(new ApplianceStatusPanel(wb.window))
    , m_nat(new NatTableView(wb.window))
    , m_events(new EventListView(wb.window))
    , m_timeline(new TimelinePlot(wb.window))
    , m_ports(new PortUsageChart(wb.window))
    , m_capturedAction(new QAction(this))
{
    SimulationSession *session = simulation();
    m_following = session;
    m_bar->setSession(session);
    m_status->setSession(session);
    m_nat->setSession(session);
    m_events->setSession(session);
    m_timeline->setSession(session);
    m_ports->setSession(session);
    m_bar->setStepFilter(m_events->filterModel());
    // A file opens where its replay was left; otherwise, where its story is (its
    // first failure), not at its last step. The policy outlives this controller,
    // so it holds only the project and a weak reference to the document.
    Project *project = this->project();
    const std::weak_ptr<Document> weakDocument = wb.document;
    session->setInitialPosition([project, weakDocument](
                                    const std::shared_ptr<const SimulationResult> &result) {
        if (const std::shared_ptr<Document> document = weakDocument.lock()) {
            const int left = ReplayPositionMemory::recall(document->fileName(), *result);
            if (left >= -1)
                return left;
        }
        return Moments::of(*project, result)->initialStep();
    });
    m_positions = new ReplayPositionMemory(wb.document, this);
    connect(document(), &Document::projectReplaced, m_timeline, &TimelinePlot::showStory);

    ObjectSelection *selection = wb.selection;
    // The views' clicks move whichever replay they show (simulated or captured).
    const auto seek = [this](int step) { currentSession()->seek(step); };
    connect(m_status, &ApplianceStatusPanel::stepRequested, session, seek);
    connect(m_nat, &NatTableView::stepRequested, session, seek);
    connect(m_events, &EventListView::stepRequested, session, seek);
    connect(m_status, &ApplianceStatusPanel::objectActivated, selection, &ObjectSelection::setCurrent);
    connect(m_nat, &NatTableView::objectActivated, selection, &ObjectSelection::setCurrent);
    connect(m_events, &EventListView::objectActivated, selection, &ObjectSelection::setCurrent);
    connect(selection, &ObjectSelection::currentChanged, m_status,
            &ApplianceStatusPanel::setCurrentObject);
    connect(selection, &ObjectSelection::currentChanged, m_nat, &NatTableView::showObject);
    connect(m_nat, &NatTableView::exportRequested, this, &ReplayController::exportCsv);
    // "Nothing to replay yet. Missing: uplink IP of X": the link opens that field.
    connect(m_bar, &ReplayBar::fieldRequested, this, [this](ObjectId id, FieldKey field) {
        workbench().selection->setCurrent(id);
        QDockWidget *dock = workbench().propertyDock;
        dock->show();
        dock->raise();
        if (auto *editor = qobject_cast<PropertyEditor *>(dock->widget()))
            editor->focusField(field);
    });
    m_capturedAction->setObjectName(QStringLiteral("replayCapturedAction"));
    m_capturedAction->setCheckable(true);
    m_capturedAction->setVisible(false); // until a capture is imported
    connect(m_capturedAction, &QAction::toggled, this, &ReplayController::showCaptured);
    m_bar->addSourceAction(m_capturedAction);
    install();
}

void ReplayController::setCapturedTimeline(std::shared_ptr<const SimulationResult> timeline)
{
    if (!timeline) {
        showCaptured(false);
        delete m_captured;
        m_captured = nullptr;
        m_capturedAction->setVisible(false);
        return;
    }
    if (m_captured)
        m_captured->replay(std::move(timeline));
    else
        m_captured = new SimulationSession(project(), std::move(timeline), this);
    m_capturedAction->setVisible(true);
}

void ReplayController::showCaptured(bool on)
{
    on = on && m_captured;
    if (m_capturedAction->isChecked() != on) {
        m_capturedAction->setChecked(on); // comes back here through toggled
        return;
    }
    SimulationSession *session = on ? m_captured : simulation();
    if (m_following != session)
        follow(session);
    retranslate();
}

bool ReplayController::isShowingCaptured() const
{
    return m_captured && m_following == m_captured;
}

SimulationSession *ReplayController::currentSession() const
{
    return isShowingCaptured() ? m_captured : simulation();
}

void ReplayController::follow(SimulationSession *session)
{
    m_following = session;
    m_bar->setSession(session);
    m_status->setSession(session);
    m_nat->setSession(session);
    m_events->setSession(session);
    m_timeline->setSession(session);
    m_ports->setSession(session);
    // The diagram's tunnel states and port badges too: in captured mode it
    // would otherwise show the simulated ports beside a table of captured ones.
    workbench().graph->graphScene()->setSimulation(session);
}

QList<QDockWidget *> ReplayController::docks() const
{
    return {m_statusDock, m_natDock, m_eventDock, m_timelineDock, m_portDock};
}

QDockWidget *ReplayController::makeDock(const QString &objectName, QWidget *widget)
{
    auto *dock = new QDockWidget(workbench().window);
    dock->setObjectName(objectName);
    dock->setWidget(widget);
    return dock;
}

void ReplayController::install()
{
    QMainWindow *window = workbench().window;
    window->addToolBarBreak(Qt::TopToolBarArea);
    window->addToolBar(Qt::TopToolBarArea, m_bar);

    // The simulated status, with what the real router showed (imported) beneath it.
    auto *statusBox = new QWidget(window);
    auto *statusLayout = new QVBoxLayout(statusBox);
    statusLayout->setContentsMargins(0, 0, 0, 0);
    statusLayout->setSpacing(0);
    statusLayout->addWidget(m_status, 1);
    statusLayout->addWidget(new ObservedCollisionsLabel(project(), statusBox));
    m_statusDock = makeDock(QStringLiteral("applianceStatusDock"), statusBox);
    window->addDockWidget(Qt::RightDockWidgetArea, m_statusDock);
    window->splitDockWidget(workbench().propertyDock, m_statusDock, Qt::Vertical);

    m_natDock = makeDock(QStringLiteral("natTableDock"), m_nat);
    m_eventDock = makeDock(QStringLiteral("eventListDock"), m_events);
    m_timelineDock = makeDock(QStringLiteral("timelineDock"), m_timeline);
    m_portDock = makeDock(QStringLiteral("portUsageDock"), m_ports);
    QDockWidget *previous = workbench().bottomDock;
    for (QDockWidget *dock : {m_natDock, m_eventDock, m_timelineDock, m_portDock}) {
        window->addDockWidget(Qt::BottomDockWidgetArea, dock);
        window->tabifyDockWidget(previous, dock);
        previous = dock;
    }
    m_natDock->raise();
    window->resizeDocks({m_natDock}, {300}, Qt::Vertical);

    MainMenus *menus = workbench().menus;
    for (QDockWidget *dock : docks())
        menus->viewMenu()->addAction(dock->toggleViewAction());
    m_menu = new QMenu(window);
    m_menu->addActions(m_bar->replayActions());
    m_menu->addSeparator();
    m_menu->addAction(m_capturedAction);
    window->menuBar()->insertMenu(menus->toolsMenu()->menuAction(), m_menu);
}

void ReplayController::exportCsv()
{
    const QString fileName = workbench().prompts()->chooseSaveFile(
        workbench().window, tr("Export NAT translations"), QString(), tr("CSV files (*.csv)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (!m_nat->exportCsv(fileName, &error))
        showError(tr("Export NAT translations"), error);
}

void ReplayController::retranslate()
{
    m_menu->setTitle(tr("&Replay"));
    // The same views on a capture say so in their titles.
    const bool captured = isShowingCaptured();
    const auto title = [captured](const QString &text) {
        return captured ? tr("%1 — captured").arg(text) : text;
    };
    m_statusDock->setWindowTitle(title(tr("Appliance Status")));
    m_natDock->setWindowTitle(title(tr("NAT Translations")));
    m_eventDock->setWindowTitle(title(tr("Events")));
    m_timelineDock->setWindowTitle(title(tr("Timeline")));
    m_portDock->setWindowTitle(title(tr("Port Usage")));
    m_capturedAction->setText(tr("Captured packets"));
    m_capturedAction->setToolTip(tr("Replay the imported packet captures instead of the simulation: "
                                    "the same views, showing what the packets say"));
    m_capturedAction->setStatusTip(m_capturedAction->toolTip());
}
