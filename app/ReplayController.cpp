#include "ReplayController.h"

#include "ApplianceStatusPanel.h"
#include "ObservedCollisionsLabel.h"
#include "Document.h"
#include "EventListView.h"
#include "MainMenus.h"
#include "MainWindow.h"
#include "NatTableView.h"
#include "ObjectSelection.h"
#include "PortUsageChart.h"
#include "ReplayBar.h"
#include "SimulationSession.h"
#include "TimelinePlot.h"

#include <QAction>
#include <QDockWidget>
#include <QVBoxLayout>
#include <QEvent>
#include <QFileDialog>
#include <QMenu>
#include <QMenuBar>

ReplayController::ReplayController(Document *document, ObjectSelection *selection,
                                   MainWindow *window)
    : QObject(window)
    , m_document(document)
    , m_selection(selection)
    , m_window(window)
    , m_bar(new ReplayBar(window))
    , m_status(new ApplianceStatusPanel(window))
    , m_nat(new NatTableView(window))
    , m_events(new EventListView(window))
    , m_timeline(new TimelinePlot(window))
    , m_ports(new PortUsageChart(window))
{
    SimulationSession *session = document->simulation();
    m_bar->setSession(session);
    m_status->setSession(session);
    m_nat->setSession(session);
    m_events->setSession(session);
    m_timeline->setSession(session);
    m_ports->setSession(session);

    const auto seek = [session](int step) { session->seek(step); };
    connect(m_status, &ApplianceStatusPanel::stepRequested, session, seek);
    connect(m_nat, &NatTableView::stepRequested, session, seek);
    connect(m_events, &EventListView::stepRequested, session, seek);
    connect(m_status, &ApplianceStatusPanel::objectActivated, selection, &ObjectSelection::setCurrent);
    connect(m_nat, &NatTableView::objectActivated, selection, &ObjectSelection::setCurrent);
    connect(m_events, &EventListView::objectActivated, selection, &ObjectSelection::setCurrent);
    connect(selection, &ObjectSelection::currentChanged, m_status,
            &ApplianceStatusPanel::setCurrentObject);
    connect(m_nat, &NatTableView::exportRequested, this, &ReplayController::exportCsv);
    window->installEventFilter(this);
}

ReplayController::~ReplayController()
{
    // The views read the document's session: they go before the document does.
    qDeleteAll(docks());
    delete m_bar;
}

QList<QDockWidget *> ReplayController::docks() const
{
    QList<QDockWidget *> all;
    for (QDockWidget *dock : {m_statusDock, m_natDock, m_eventDock, m_timelineDock, m_portDock}) {
        if (dock)
            all.append(dock);
    }
    return all;
}

QDockWidget *ReplayController::makeDock(const QString &objectName, QWidget *widget)
{
    auto *dock = new QDockWidget(m_window);
    dock->setObjectName(objectName);
    dock->setWidget(widget);
    return dock;
}

void ReplayController::install(QDockWidget *propertyDock, QDockWidget *bottomDock)
{
    m_window->addToolBarBreak(Qt::TopToolBarArea);
    m_window->addToolBar(Qt::TopToolBarArea, m_bar);

    // The simulated status, with what the real router showed (imported) beneath it.
    auto *statusBox = new QWidget(m_window);
    auto *statusLayout = new QVBoxLayout(statusBox);
    statusLayout->setContentsMargins(0, 0, 0, 0);
    statusLayout->setSpacing(0);
    statusLayout->addWidget(m_status, 1);
    statusLayout->addWidget(new ObservedCollisionsLabel(m_document->project(), statusBox));
    m_statusDock = makeDock(QStringLiteral("applianceStatusDock"), statusBox);
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_statusDock);
    if (propertyDock)
        m_window->splitDockWidget(propertyDock, m_statusDock, Qt::Vertical);

    m_natDock = makeDock(QStringLiteral("natTableDock"), m_nat);
    m_eventDock = makeDock(QStringLiteral("eventListDock"), m_events);
    m_timelineDock = makeDock(QStringLiteral("timelineDock"), m_timeline);
    m_portDock = makeDock(QStringLiteral("portUsageDock"), m_ports);
    QDockWidget *previous = bottomDock;
    for (QDockWidget *dock : {m_natDock, m_eventDock, m_timelineDock, m_portDock}) {
        m_window->addDockWidget(Qt::BottomDockWidgetArea, dock);
        if (previous)
            m_window->tabifyDockWidget(previous, dock);
        previous = dock;
    }
    m_natDock->raise();
    m_window->resizeDocks({m_natDock}, {300}, Qt::Vertical);

    MainMenus *menus = m_window->menus();
    for (QDockWidget *dock : docks())
        menus->viewMenu()->addAction(dock->toggleViewAction());
    m_menu = new QMenu(m_window);
    m_menu->addActions(m_bar->replayActions());
    m_window->menuBar()->insertMenu(menus->helpMenu()->menuAction(), m_menu);
    retranslate();
}

void ReplayController::exportCsv()
{
    const QString fileName = QFileDialog::getSaveFileName(
        m_window, tr("Export NAT translations"), QString(), tr("CSV files (*.csv)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (!m_nat->exportCsv(fileName, &error))
        m_window->showError(tr("Export NAT translations"), error);
}

void ReplayController::retranslate()
{
    if (m_menu)
        m_menu->setTitle(tr("&Replay"));
    if (!m_statusDock)
        return;
    m_statusDock->setWindowTitle(tr("Appliance Status"));
    m_natDock->setWindowTitle(tr("NAT Translations"));
    m_eventDock->setWindowTitle(tr("Events"));
    m_timelineDock->setWindowTitle(tr("Timeline"));
    m_portDock->setWindowTitle(tr("Port Usage"));
}

bool ReplayController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}
