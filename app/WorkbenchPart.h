#pragma once

#include "Workbench.h"

#include <QObject>

class Project;
class SimulationSession;

// Base of the main window's controllers: each is built from the Workbench,
// reports to the status bar through statusMessage(), shows errors through the
// prompts, and retranslates itself when the window's language changes (the
// window calls retranslate() on every part: one mechanism for all).
class WorkbenchPart : public QObject
{
    Q_OBJECT
public:
    explicit WorkbenchPart(const Workbench &wb);

    virtual void retranslate() = 0;

signals:
    void statusMessage(const QString &message, int timeoutMs = 5000);

protected:
    const Workbench &workbench() const { return m_workbench; }
    Document *document() const { return m_workbench.document.get(); }
    Project *project() const;
    SimulationSession *simulation() const;
    // Status bar and a window-modal box (through the prompts, so tests see it).
    void showError(const QString &title, const QString &message);

private:
    const Workbench m_workbench; // a copy: it holds the document alive
};
