#pragma once

#include "WorkbenchPart.h"

class QAction;

// File > Import NAT Probe Result: reads a `meshnat-probe run --output` JSON,
// attaches it to a NAT device (Field::observedProbe) and, if the user keeps
// it ticked, applies the proposed profile/options/timeouts, as one undo step.
class ProbeImportController : public WorkbenchPart
{
    Q_OBJECT
public:
    // Adds its action to the File menu after `after` (the other imports).
    ProbeImportController(const Workbench &wb, QAction *after);
    void retranslate() override;
    QAction *importAction() const { return m_action; }
    // Imports a file (asks for one when empty); true when something changed.
    bool runImport(const QString &fileName = QString());

private:
    QAction *m_action;
};
