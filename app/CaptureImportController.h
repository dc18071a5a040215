#pragma once

#include "WorkbenchPart.h"

#include <QElapsedTimer>
#include <memory>

class CaptureView;
class QAction;
class QDockWidget;
struct CaptureEvidence;

// File → Import Packet Captures (issue #18): asks which captures were taken
// where (CaptureImportDialog), reconstructs the translations and tunnels of
// each NAT device from them, compares them with the current simulation and
// shows it all in the "Captured" dock (CaptureView). The evidence belongs to
// the session, not to the project file: it is re-read from the captures.
class CaptureImportController : public WorkbenchPart
{
    Q_OBJECT
public:
    // Adds its action to the File menu after `after` (the other imports).
    CaptureImportController(const Workbench &wb, QAction *after);
    void retranslate() override;
    QAction *importAction() const { return m_action; }
    // Imports files (asks for them when empty); true when evidence is shown.
    bool runImport(const QStringList &files = {});
    CaptureView *view() const { return m_view; }
    QDockWidget *dock() const { return m_dock; }

private:
    void compare();

    QAction *m_action;
    QDockWidget *m_dock;
    CaptureView *m_view;
    std::shared_ptr<CaptureEvidence> m_evidence;
    // When the import's summary went to the status bar: a comparison that
    // changes while it still shows replaces it, so it never reads "agrees"
    // after the simulation stopped agreeing.
    QElapsedTimer m_summaryShown;
    static constexpr int SummaryMs = 10000;
};
