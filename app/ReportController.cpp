#include "ReportController.h"

#include "Document.h"
#include "MainMenus.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "MeshGraphView.h"
#include "ReplayController.h"
#include "ReportDialog.h"
#include "ReportFigures.h"
#include "ReportWriter.h"
#include "SimulationSession.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>

ReportController::ReportController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_export(new QAction(this))
{
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_export, &QAction::triggered, this, [this] { openDialog(); });
    MainMenus *menus = window->menus();
    menus->fileMenu()->insertAction(menus->quitAction(), m_export);
    menus->fileMenu()->insertSeparator(menus->quitAction());
    retranslate();
}

ReportDialog *ReportController::openDialog()
{
    Document *document = m_window->document();
    MainWindow *window = m_window;
    const auto factory = [document, window](const ReportOptions &options) {
        ReportOptions o = options;
        o.step = document->simulation()->step();
        auto writer = std::make_unique<ReportWriter>(*document->project(),
                                                     document->simulation()->result(), o);
        writer->setDiagram(ReportFigures::diagram(window->graphView()->graphScene()));
        writer->setTimeline(ReportFigures::timeline(window->replay()->timeline()));
        return writer;
    };
    const auto askFileName = [window, document](const QString &suggestion) {
        const QString base = document->fileName().isEmpty()
                                 ? suggestion
                                 : QFileInfo(document->fileName()).completeBaseName()
                                       + QStringLiteral("-report.") + QFileInfo(suggestion).suffix();
        const bool pdf = suggestion.endsWith(QLatin1String(".pdf"));
        return QFileDialog::getSaveFileName(window, tr("Export Report"), base,
                                            pdf ? tr("PDF document (*.pdf)")
                                                : tr("HTML page (*.html)"));
    };
    ReportOptions defaults;
    defaults.language = m_window->language() ? m_window->language()->language() : QStringLiteral("en");
    auto *dialog = new ReportDialog(factory, askFileName, defaults, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void ReportController::retranslate()
{
    m_export->setText(tr("Export &Report…"));
    m_export->setStatusTip(tr("Write the customer report (PDF or HTML) with a preview"));
}
