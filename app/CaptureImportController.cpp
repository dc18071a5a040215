#include "CaptureImportController.h"

#include "CaptureImportDialog.h"
#include "CaptureModels.h"
#include "CaptureView.h"
#include "Document.h"
#include "MainMenus.h"
#include "ObjectSelection.h"
#include "Project.h"
#include "SimulationSession.h"
#include "UserPrompts.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>

CaptureImportController::CaptureImportController(const Workbench &wb, QAction *after)
    : WorkbenchPart(wb), m_action(new QAction(this)), m_dock(new QDockWidget(wb.window)),
      m_view(new CaptureView(m_dock))
{
    m_action->setObjectName(QStringLiteral("importCaptureAction"));
    connect(m_action, &QAction::triggered, this, [this] { runImport(); });
    QMenu *file = wb.menus->fileMenu();
    const QList<QAction *> actions = file->actions();
    const int at = int(actions.indexOf(after));
    file->insertAction(at >= 0 && at + 1 < actions.size() ? actions.at(at + 1) : nullptr, m_action);

    m_dock->setObjectName(QStringLiteral("captureDock"));
    m_dock->setWidget(m_view);
    wb.window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    wb.window->tabifyDockWidget(wb.bottomDock, m_dock);
    m_dock->hide(); // until something is imported
    // Captures belong to the project they were imported into.
    connect(document(), &Document::projectReplaced, this, [this] {
        m_evidence.reset();
        m_view->setEvidence(nullptr);
        m_dock->hide();
    });
    // A new simulation result (an edit, a fix) is compared again.
    if (SimulationSession *session = simulation())
        connect(session, &SimulationSession::resultChanged, this, &CaptureImportController::compare);
}

void CaptureImportController::retranslate()
{
    m_action->setText(tr("Import Packet &Captures…"));
    m_action->setStatusTip(tr("Reconstruct a NAT device's real translations and tunnels from "
                              "captures taken inside and outside it, and compare them with the simulation"));
    m_dock->setWindowTitle(tr("Captured"));
    m_view->retranslate();
}

bool CaptureImportController::runImport(const QStringList &given)
{
    Project *project = this->project();
    const QList<ObjectId> devices = project->objects(ObjectKind::Device);
    const QString title = tr("Import Packet Captures");
    if (devices.isEmpty()) {
        showError(title, tr("The project has no NAT device the captures could belong to."));
        return false;
    }
    QStringList files = given;
    if (files.isEmpty()) {
        const QString filter = tr("Packet captures (*.pcap *.pcapng *.cap *.dmp);;All files (*)");
        const QString first = workbench().prompts()->chooseOpenFile(
            workbench().window, tr("Import Packet Captures: the first capture"), QString(), filter);
        if (first.isEmpty())
            return false;
        files << first;
        const QString second = workbench().prompts()->chooseOpenFile(
            workbench().window, tr("Import Packet Captures: the capture on the other side (Cancel: none)"),
            QString(), filter);
        if (!second.isEmpty())
            files << second;
    }
    ObjectId device = workbench().selection->current();
    while (device != NoId && project->kind(device) != ObjectKind::Device)
        device = project->parentOf(device);
    CaptureImportDialog dialog(*project, files, device != NoId ? device : devices.first(), workbench().window);
    if (!workbench().prompts()->runDialog(&dialog))
        return false;
    const QList<CaptureImportDialog::Assignment> assignments = dialog.assignments();
    // The evidence of one device: the first device given an inside capture.
    ObjectId chosen = assignments.first().device;
    for (const auto &a : assignments) {
        if (a.point == CaptureImportDialog::Inside) {
            chosen = a.device;
            break;
        }
    }
    CaptureTrace traces[2];
    bool have[2] = {false, false};
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QStringList errors;
    for (const auto &a : assignments) {
        if (a.device != chosen)
            continue;
        const int side = a.point == CaptureImportDialog::Inside ? 0 : 1;
        if (!CaptureTrace::load(a.file, &traces[side]))
            errors << traces[side].summary.error;
        else
            have[side] = true;
    }
    QApplication::restoreOverrideCursor();
    if (!have[0] && !have[1]) {
        showError(title, errors.join(QLatin1Char('\n')));
        return false;
    }
    auto evidence = std::make_shared<CaptureEvidence>();
    evidence->deviceName = project->displayName(chosen);
    evidence->reconstruction = have[0] && have[1]
        ? CaptureReconstruction::reconstruct(std::move(traces[0]), std::move(traces[1]))
        : CaptureReconstruction::single(std::move(traces[have[0] ? 0 : 1]), have[0]);
    m_evidence = evidence;
    compare();
    m_dock->show();
    m_dock->raise();
    m_view->showTab(m_evidence->comparison && !m_evidence->comparison->agrees() ? CaptureView::ComparisonTab
                                                                                : CaptureView::TimelineTab);
    const QStringList notes = m_evidence->reconstruction.notes() + errors;
    if (notes.isEmpty()) {
        emit statusMessage(m_view->summaryText(), SummaryMs);
        m_summaryShown.start();
    } else {
        emit statusMessage(notes.join(QLatin1String("; ")), SummaryMs);
        m_summaryShown.invalidate();
    }
    return true;
}

void CaptureImportController::compare()
{
    if (!m_evidence)
        return;
    SimulationSession *session = simulation();
    if (session && !session->result())
        session->rerun();
    const auto result = session ? session->result() : nullptr;
    if (result)
        m_evidence->comparison =
            std::make_shared<const CaptureComparison>(*project(), *result, m_evidence->reconstruction);
    m_view->setEvidence(m_evidence);
    const qint64 shown = m_summaryShown.isValid() ? m_summaryShown.elapsed() : SummaryMs;
    if (shown < SummaryMs)
        emit statusMessage(m_view->summaryText(), int(SummaryMs - shown));
}
