#include "ReportController.h"

#include "Document.h"
#include "MainMenus.h"
#include "LanguageManager.h"
#include "MeshGraphView.h"
#include "ReplayController.h"
#include "ReportDialog.h"
#include "ReportFigures.h"
#include "ReportWriter.h"
#include "SimulationSession.h"
#include "UserPrompts.h"

#include <QAction>
#include <QFileInfo>
#include <QMenu>

ReportController::ReportController(const Workbench &wb, ReplayController *replay)
    : WorkbenchPart(wb)
    , m_replay(replay)
    , m_export(new QAction(this))
{
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_export, &QAction::triggered, this, [this] { openDialog(); });
    MainMenus *menus = wb.menus;
    menus->fileMenu()->insertAction(menus->quitAction(), m_export);
    menus->fileMenu()->insertSeparator(menus->quitAction());
}

ReportDialog *ReportController::openDialog()
{
    const Workbench &wb = workbench();
    Document *document = this->document();
    MeshGraphView *graph = wb.graph;
    ReplayController *replay = m_replay;
    const auto factory = [document, graph, replay](const ReportOptions &options) {
        ReportOptions o = options;
        o.step = document->simulation()->step();
        auto writer = std::make_unique<ReportWriter>(*document->project(),
                                                     document->simulation()->result(), o);
        writer->setDiagram(ReportFigures::diagram(graph->graphScene()));
        writer->setTimeline(ReportFigures::timeline(replay->timeline()));
        return writer;
    };
    const auto askFileName = [wb, document](const QString &suggestion) {
        const QString base = document->fileName().isEmpty()
                                 ? suggestion
                                 : QFileInfo(document->fileName()).completeBaseName()
                                       + QStringLiteral("-report.") + QFileInfo(suggestion).suffix();
        const bool pdf = suggestion.endsWith(QLatin1String(".pdf"));
        return wb.prompts()->chooseSaveFile(wb.window, tr("Export Report"), base,
                                            pdf ? tr("PDF document (*.pdf)")
                                                : tr("HTML page (*.html)"));
    };
    ReportOptions defaults;
    defaults.language = wb.language->language();
    auto *dialog = new ReportDialog(factory, askFileName, defaults, wb.window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void ReportController::retranslate()
{
    m_export->setText(tr("Export &Report…"));
    m_export->setStatusTip(tr("Write the customer report (PDF or HTML) with a preview"));
}
