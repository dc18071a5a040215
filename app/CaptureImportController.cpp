#include "CaptureImportController.h"

#include "CaptureImportDialog.h"
#include "CaptureModels.h"
#include "CaptureObservedTable.h"
#include "CaptureReplay.h"
#include "CaptureView.h"
#include "Document.h"
#include "MainMenus.h"
#include "ObjectSelection.h"
#include "Project.h"
#include "ProjectImporter.h"
#include "ReplayController.h"
#include "SimulationSession.h"
#include "UserPrompts.h"
#include "commands/ApplyChangeSet.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>

CaptureImportController::CaptureImportController(const Workbench &wb, QAction *after, ReplayController *replay)
    : WorkbenchPart(wb), m_action(new QAction(this)), m_dock(new QDockWidget(wb.window)),
      m_view(new CaptureView(m_dock)), m_replay(replay)
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
        if (m_replay)
            m_replay->setCapturedTimeline(nullptr);
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

QStringList CaptureImportController::chooseFiles()
{
    const QString filter = tr("Packet captures (*.pcap *.pcapng *.cap *.dmp);;All files (*)");
    return workbench().prompts()->chooseOpenFiles(
        workbench().window, tr("Import Packet Captures: the captures inside and outside the NAT device"),
        QString(), filter);
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
    const QStringList files = given.isEmpty() ? chooseFiles() : given;
    if (files.isEmpty())
        return false;
    ObjectId device = workbench().selection->current();
    while (device != NoId && project->kind(device) != ObjectKind::Device)
        device = project->parentOf(device);
    CaptureImportDialog dialog(*project, files, device != NoId ? device : devices.first(), workbench().window);
    connect(&dialog, &CaptureImportDialog::addRequested, this, [this, &dialog] { dialog.addFiles(chooseFiles()); });
    if (!workbench().prompts()->runDialog(&dialog))
        return false;
    // The dialog lets through readable captures of one device only.
    QList<CaptureImportDialog::Assignment> assignments;
    QStringList errors;
    for (const CaptureImportDialog::Assignment &a : dialog.assignments()) {
        if (a.error.isEmpty())
            assignments << a;
        else
            errors << a.error;
    }
    if (assignments.isEmpty()) {
        if (!errors.isEmpty())
            showError(title, errors.join(QLatin1Char('\n')));
        return false;
    }
    const ObjectId chosen = assignments.first().device;
    CaptureTrace traces[2];
    bool have[2] = {false, false};
    QApplication::setOverrideCursor(Qt::WaitCursor);
    for (const auto &a : std::as_const(assignments)) {
        if (a.device != chosen)
            continue;
        const int side = a.point == CaptureImportDialog::Inside ? 0 : 1;
        if (have[side])
            continue;
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
    evidence->device = chosen;
    evidence->deviceName = project->displayName(chosen);
    evidence->reconstruction = have[0] && have[1]
        ? CaptureReconstruction::reconstruct(std::move(traces[0]), std::move(traces[1]))
        : CaptureReconstruction::single(std::move(traces[have[0] ? 0 : 1]), have[0]);
    m_evidence = evidence;
    QStringList notes = m_evidence->reconstruction.notes() + errors;
    storeObservedTable(&notes);
    compare();
    m_dock->show();
    m_dock->raise();
    m_view->showTab(m_evidence->comparison && !m_evidence->comparison->agrees() ? CaptureView::ComparisonTab
                                                                                : CaptureView::TimelineTab);
    if (notes.isEmpty()) {
        emit statusMessage(m_view->summaryText(), SummaryMs);
        m_summaryShown.start();
    } else {
        emit statusMessage(notes.join(QLatin1String("; ")), SummaryMs);
        m_summaryShown.invalidate();
    }
    return true;
}

bool CaptureImportController::storeObservedTable(QStringList *notes)
{
    int skipped = 0;
    ObservedTranslations rows = CaptureObservedTable::translations(m_evidence->reconstruction, &skipped);
    if (skipped > 0)
        *notes << tr("%n IPv6 translation(s) not stored in the observed table (the model's addresses "
                     "are IPv4)", nullptr, skipped);
    if (rows.rows.isEmpty())
        return false; // one capture: no translations to store
    const StoredObservedTable table{ObservedTable(std::move(rows))};
    ProjectImporter::Options options;
    options.device = m_evidence->device;
    options.createAppliances = false; // the comparison says which initiators the project lacks
    const ImportPlan plan = ProjectImporter::plan(*project(), nullptr, nullptr, &table, options);
    QString error;
    if (!ApplyChangeSet::push(document()->undoStack(), project(), plan.changes,
                              tr("Import captured translations into %1").arg(m_evidence->deviceName),
                              &error)) {
        *notes << tr("The captured translations were not stored on %1: %2").arg(m_evidence->deviceName, error);
        return false;
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
    // The replay's captured timeline, named and ordered as the simulation's tunnels.
    if (m_replay)
        m_replay->setCapturedTimeline(CaptureReplay::build(
            *project(), m_evidence->device,
            std::shared_ptr<const CaptureReconstruction>(m_evidence, &m_evidence->reconstruction),
            result.get()));
    const qint64 shown = m_summaryShown.isValid() ? m_summaryShown.elapsed() : SummaryMs;
    if (shown < SummaryMs)
        emit statusMessage(m_view->summaryText(), int(SummaryMs - shown));
}
