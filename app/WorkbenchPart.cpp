#include "WorkbenchPart.h"

#include "Document.h"
#include "UserPrompts.h"

#include <QMainWindow>

WorkbenchPart::WorkbenchPart(const Workbench &wb)
    : QObject(wb.window)
    , m_workbench(wb)
{
}

Project *WorkbenchPart::project() const
{
    return document()->project();
}

SimulationSession *WorkbenchPart::simulation() const
{
    return document()->simulation();
}

void WorkbenchPart::showError(const QString &title, const QString &message)
{
    emit statusMessage(message, 0);
    m_workbench.prompts()->showError(m_workbench.window, title, message);
}
