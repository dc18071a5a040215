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
{
    SimulationSession *session = simulation();
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
    const auto seek = [session](int step) { session->seek(step); };
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
    install();
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
    m_statusDock->setWindowTitle(tr("Appliance Status"));
    m_natDock->setWindowTitle(tr("NAT Translations"));
    m_eventDock->setWindowTitle(tr("Events"));
    m_timelineDock->setWindowTitle(tr("Timeline"));
    m_portDock->setWindowTitle(tr("Port Usage"));
}
