#pragma once

#include "CompareWindow.h"
#include "Finding.h"

#include "WorkbenchPart.h"
#include <QPointer>

class FindingsPanel;
class QAction;
class QDockWidget;
class QMenu;

// Diagnosis in the workbench: keeps the Findings dock in step with the
// simulation, turns evidence clicks into replay seeks and selections, applies
// a fix as one undo step, and opens the side-by-side comparison (Tools menu).
class DiagnosisController : public WorkbenchPart
{
    Q_OBJECT
public:
    void retranslate() override;
    explicit DiagnosisController(const Workbench &wb);

    FindingsPanel *panel() const { return m_panel; }
    QDockWidget *dock() const { return m_dock; }
    QAction *diagnoseAction() const { return m_diagnose; }
    QAction *compareAction() const { return m_compare; }
    CompareWindow *compareWindow() const { return m_compareWindow; }

    void refresh();
    // Applies the fix of finding `index` (one undo step) and simulates again.
    bool applyFix(int index);
    // Opens the comparison of the current project with a file or a bundled example.
    CompareWindow *compareWithFile(const QString &fileName);
    CompareWindow *compareWithExample(const QString &key);

private:
    CompareWindow *openComparison(class Project *other, const QString &otherName);
    void updateDockTitle(int errors, int warnings);

    FindingsPanel *m_panel;
    QDockWidget *m_dock;
    QMenu *m_tools;
    QMenu *m_compareExamples;
    QAction *m_diagnose;
    QAction *m_compare;
    QPointer<CompareWindow> m_compareWindow;
    int m_errors = 0;
    int m_warnings = 0;
};
