#pragma once

#include <QObject>

class MainWindow;
class QAction;
class ReportDialog;

// File → Export Report…: opens the report dialog over the document's current
// replay step, drawing the diagram and timeline from the live views.
class ReportController : public QObject
{
    Q_OBJECT
public:
    explicit ReportController(MainWindow *window);

    QAction *exportAction() const { return m_export; }
    // Opens (non-modal) and returns the dialog; it deletes itself when closed.
    ReportDialog *openDialog();
    void retranslate();

private:
    MainWindow *m_window;
    QAction *m_export;
};
