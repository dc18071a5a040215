#pragma once

#include "WorkbenchPart.h"

#include <QElapsedTimer>
#include <memory>

class CaptureView;
class QAction;
class QDockWidget;
class ReplayController;
struct CaptureEvidence;

// File → Import Packet Captures (issue #18): asks which captures were taken
// where (CaptureImportDialog, several files at once), reconstructs the
// translations and tunnels of the NAT device from them and
// - stores the reconstructed translations as the device's observed table (one
//   undoable import, as an imported `show ip nat translations`), so the
//   observed-table view and the diagnosis read them;
// - gives the replay a captured timeline (CaptureReplay): its "Captured"
//   switch shows the packets in the replay's own views;
// - compares them with the current simulation and shows it all in the
//   "Captured" dock (CaptureView).
// The packets belong to the session, not to the project file: they are re-read
// from the captures; the observed table is saved with the project.
class CaptureImportController : public WorkbenchPart
{
    Q_OBJECT
public:
    // Adds its action to the File menu after `after` (the other imports).
    CaptureImportController(const Workbench &wb, QAction *after, ReplayController *replay);
    void retranslate() override;
    QAction *importAction() const { return m_action; }
    // Imports files (asks for them when empty); true when evidence is shown.
    bool runImport(const QStringList &files = {});
    CaptureView *view() const { return m_view; }
    QDockWidget *dock() const { return m_dock; }

private:
    void compare();
    QStringList chooseFiles();
    // The reconstructed translations as the device's observed table (undoable).
    bool storeObservedTable(QStringList *notes);

    QAction *m_action;
    QDockWidget *m_dock;
    CaptureView *m_view;
    ReplayController *m_replay;
    std::shared_ptr<CaptureEvidence> m_evidence;
    // When the import's summary went to the status bar: a comparison that
    // changes while it still shows replaces it, so it never reads "agrees"
    // after the simulation stopped agreeing.
    QElapsedTimer m_summaryShown;
    static constexpr int SummaryMs = 10000;
};
