#pragma once

#include "ObjectId.h"

#include <QList>
#include "WorkbenchPart.h"

#include <memory>

class ApplianceStatusPanel;
class Document;
class EventListView;
class MainWindow;
class NatTableView;
class ObjectSelection;
class PortUsageChart;
class QAction;
class QDockWidget;
class QMenu;
class ReplayBar;
class SimulationSession;
class TimelinePlot;
struct SimulationResult;

// Wires the step-through views (replay toolbar, appliance status, NAT tables,
// event list, timeline, port usage) to the document's simulation session and
// the shared selection, and places them in the main window: the toolbar on
// top, status below the properties, the rest as tabs of the bottom dock.
class ReplayController : public WorkbenchPart
{
    Q_OBJECT
public:
    // Status goes below the properties; the others become tabs of the bottom dock.
    explicit ReplayController(const Workbench &wb);
    void retranslate() override;

    ReplayBar *replayBar() const { return m_bar; }
    ApplianceStatusPanel *statusPanel() const { return m_status; }
    NatTableView *natTable() const { return m_nat; }
    EventListView *eventList() const { return m_events; }
    TimelinePlot *timeline() const { return m_timeline; }
    PortUsageChart *portUsage() const { return m_ports; }
    QDockWidget *natDock() const { return m_natDock; }
    QDockWidget *statusDock() const { return m_statusDock; }
    QList<QDockWidget *> docks() const;

    // The replay's source (issue #18): the simulation, or the packets of an
    // imported capture. A captured timeline (CaptureReplay) makes the
    // "Captured" switch available; null removes it and returns to the simulation.
    void setCapturedTimeline(std::shared_ptr<const SimulationResult> timeline);
    void showCaptured(bool on);
    bool isShowingCaptured() const;
    // The session the replay views follow now.
    SimulationSession *currentSession() const;
    SimulationSession *capturedSession() const { return m_captured; }
    QAction *capturedAction() const { return m_capturedAction; }

private:
    QDockWidget *makeDock(const QString &objectName, QWidget *widget);
    void install();
    void exportCsv();
    void follow(SimulationSession *session);

    ReplayBar *m_bar;
    ApplianceStatusPanel *m_status;
    NatTableView *m_nat;
    class ReplayPositionMemory *m_positions;
    EventListView *m_events;
    TimelinePlot *m_timeline;
    PortUsageChart *m_ports;
    QDockWidget *m_statusDock = nullptr;
    QDockWidget *m_natDock = nullptr;
    QDockWidget *m_eventDock = nullptr;
    QDockWidget *m_timelineDock = nullptr;
    QDockWidget *m_portDock = nullptr;
    QMenu *m_menu = nullptr;
    SimulationSession *m_captured = nullptr; // replays the captured timeline
    SimulationSession *m_following = nullptr; // what the views show now
    QAction *m_capturedAction;
};
