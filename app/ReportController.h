#pragma once

#include "WorkbenchPart.h"

class ReplayController;
class QAction;
class ReportDialog;

// File → Export Report…: opens the report dialog over the document's current
// replay step, drawing the diagram and timeline from the live views.
class ReportController : public WorkbenchPart
{
    Q_OBJECT
public:
    // replay: the timeline the report draws.
    ReportController(const Workbench &wb, ReplayController *replay);

    QAction *exportAction() const { return m_export; }
    // Opens (non-modal) and returns the dialog; it deletes itself when closed.
    ReportDialog *openDialog();
    void retranslate() override;

private:
    ReplayController *m_replay;
    QAction *m_export;
};
