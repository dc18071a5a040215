#include "ProbeImportController.h"

#include "Document.h"
#include "MainMenus.h"
#include "ObjectSelection.h"
#include "ProbeImportDialog.h"
#include "Project.h"
#include "UserPrompts.h"
#include "commands/ApplyChangeSet.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMainWindow>
#include <QMenu>

ProbeImportController::ProbeImportController(const Workbench &wb, QAction *after)
    : WorkbenchPart(wb), m_action(new QAction(this))
{
    m_action->setObjectName(QStringLiteral("importProbeAction"));
    connect(m_action, &QAction::triggered, this, [this] { runImport(); });
    QMenu *file = wb.menus->fileMenu();
    const QList<QAction *> actions = file->actions();
    const int at = int(actions.indexOf(after));
    file->insertAction(at >= 0 && at + 1 < actions.size() ? actions.at(at + 1) : nullptr, m_action);
}

void ProbeImportController::retranslate()
{
    m_action->setText(tr("Import NAT &Probe Result…"));
    m_action->setStatusTip(tr("Attach a meshnat-probe measurement to a NAT device and compare it with its profile"));
}

bool ProbeImportController::runImport(const QString &given)
{
    Project *project = this->project();
    const QList<ObjectId> devices = project->objects(ObjectKind::Device);
    if (devices.isEmpty()) {
        showError(tr("Import NAT Probe Result"), tr("The project has no NAT device to attach the result to."));
        return false;
    }
    const QString fileName = given.isEmpty()
        ? workbench().prompts()->chooseOpenFile(workbench().window, tr("Import NAT Probe Result"), QString(),
                                                tr("meshnat-probe results (*.json);;All files (*)"))
        : given;
    if (fileName.isEmpty())
        return false;
    QFile file(fileName);
    // A probe result is a few kilobytes; refuse anything large before reading it.
    if (!file.open(QIODevice::ReadOnly) || file.size() > 4 * 1024 * 1024) {
        showError(tr("Import NAT Probe Result"),
                  tr("%1: %2").arg(QFileInfo(fileName).fileName(),
                                   file.isOpen() ? tr("too large for a probe result") : file.errorString()));
        return false;
    }
    const QByteArray json = file.readAll();
    QString error;
    const auto result = ProbeResult::fromJson(json, &error);
    if (!result) {
        showError(tr("Import NAT Probe Result"),
                  tr("%1 is not a meshnat-probe result: %2").arg(QFileInfo(fileName).fileName(), error));
        return false;
    }
    // The selected device (or the one a selected child belongs to), else ask.
    ObjectId device = workbench().selection->current();
    while (device != NoId && project->kind(device) != ObjectKind::Device)
        device = project->parentOf(device);
    if (device == NoId && devices.size() == 1)
        device = devices.first();
    if (device == NoId) {
        QStringList names;
        for (ObjectId id : devices)
            names << project->displayName(id);
        const int chosen = workbench().prompts()->chooseItem(workbench().window, tr("Import NAT Probe Result"),
                                                             tr("NAT device the probe ran behind:"), names);
        if (chosen < 0)
            return false;
        device = devices.at(chosen);
    }
    const ProbeProposal::Attached probe{*result, ProbeClassifier::classify(*result)};
    // Stored compact: a project file holds it as one JSON string.
    const QString stored = QString::fromUtf8(QJsonDocument::fromJson(json).toJson(QJsonDocument::Compact));
    ProbeImportDialog dialog(*project, device, stored, probe, workbench().window);
    if (!workbench().prompts()->runDialog(&dialog))
        return false;
    if (!ApplyChangeSet::push(document()->undoStack(), project, dialog.changes(), dialog.undoText(), &error)) {
        showError(tr("Import NAT Probe Result"), tr("Import failed: %1").arg(error));
        return false;
    }
    workbench().selection->setCurrent(device);
    emit statusMessage(tr("%1: probe %2 attached to %3").arg(dialog.undoText(), result->runId, project->displayName(device)));
    return true;
}
