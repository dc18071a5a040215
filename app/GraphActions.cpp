#include "GraphActions.h"

#include "DiagramExporter.h"
#include "Document.h"
#include "GraphController.h"
#include "MainMenus.h"
#include "MeshGraphScene.h"
#include "MeshGraphView.h"
#include "ObjectSelection.h"
#include "PaletteWidget.h"
#include "Project.h"
#include "UserPrompts.h"

#include <QAction>
#include <QDockWidget>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>

GraphActions::GraphActions(const Workbench &wb, GraphController *graphs)
    : WorkbenchPart(wb)
    , m_graphs(graphs)
    , m_palette(new PaletteWidget(wb.window))
    , m_paletteDock(new QDockWidget(wb.window))
    , m_export(new QAction(this))
    , m_copy(new QAction(this))
    , m_paste(new QAction(this))
    , m_rename(new QAction(this))
    , m_layout(new QAction(this))
    , m_zoomIn(new QAction(this))
    , m_zoomOut(new QAction(this))
    , m_fit(new QAction(this))
    , m_overview(new QAction(this))
{
    MeshGraphView *view = wb.graph;
    m_paletteDock->setObjectName(QStringLiteral("paletteDock"));
    m_paletteDock->setWidget(m_palette);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_copy->setShortcut(QKeySequence::Copy);
    m_paste->setShortcut(QKeySequence::Paste);
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    // F2 renames in the graph; elsewhere (the tree) it keeps its own meaning.
    m_rename->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    view->addAction(m_rename);
    m_layout->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    // Ctrl++ and Ctrl+= (the same key without Shift); the platform's zoom keys
    // may already be one of them, and a duplicate would make the key ambiguous.
    const auto keys = [](std::initializer_list<QKeySequence> wanted) {
        QList<QKeySequence> list;
        for (const QKeySequence &k : wanted) {
            if (!k.isEmpty() && !list.contains(k))
                list.append(k);
        }
        return list;
    };
    m_zoomIn->setShortcuts(keys({QKeySequence(Qt::CTRL | Qt::Key_Plus),
                                 QKeySequence(Qt::CTRL | Qt::Key_Equal),
                                 QKeySequence(QKeySequence::ZoomIn)}));
    m_zoomOut->setShortcuts(keys({QKeySequence(Qt::CTRL | Qt::Key_Minus),
                                  QKeySequence(QKeySequence::ZoomOut)}));
    m_fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_overview->setCheckable(true);
    m_overview->setChecked(true);

    connect(m_export, &QAction::triggered, this, &GraphActions::exportInteractively);
    connect(m_copy, &QAction::triggered, graphs, &GraphController::copySelection);
    connect(m_paste, &QAction::triggered, graphs, &GraphController::paste);
    connect(m_rename, &QAction::triggered, this,
            [view] { view->startRename(view->graphScene()->currentObject()); });
    connect(m_layout, &QAction::triggered, graphs, &GraphController::autoLayout);
    connect(m_zoomIn, &QAction::triggered, view, &MeshGraphView::zoomIn);
    connect(m_zoomOut, &QAction::triggered, view, &MeshGraphView::zoomOut);
    connect(m_fit, &QAction::triggered, view, &MeshGraphView::fitToView);
    connect(m_overview, &QAction::toggled, view, &MeshGraphView::setOverviewEnabled);

    connect(m_palette, &PaletteWidget::addRequested, this,
            [this](ObjectKind kind, const FieldValues &values) {
                // The selected site (or the selected object's), else the first
                // site of the preset's side.
                const Project *project = this->project();
                ObjectId site = this->workbench().selection->current();
                while (site != NoId && project->kind(site) != ObjectKind::Site)
                    site = project->parentOf(site);
                if (site == NoId && !project->objects(ObjectKind::Site).isEmpty())
                    site = project->objects(ObjectKind::Site).first();
                m_graphs->addElement(kind, values, site, QPointF(), false);
            });

    // The palette above the topology tree.
    QMainWindow *window = wb.window;
    MainMenus *menus = wb.menus;
    window->addDockWidget(Qt::LeftDockWidgetArea, m_paletteDock);
    window->splitDockWidget(m_paletteDock, wb.treeDock, Qt::Vertical);
    window->resizeDocks({m_paletteDock}, {230}, Qt::Vertical);
    menus->fileMenu()->insertAction(menus->quitAction(), m_export);
    menus->fileMenu()->insertSeparator(menus->quitAction());
    QMenu *edit = menus->editMenu();
    edit->addSeparator();
    edit->addAction(m_copy);
    edit->addAction(m_paste);
    edit->addAction(m_rename);
    QMenu *viewMenu = menus->viewMenu();
    viewMenu->addAction(m_paletteDock->toggleViewAction());
    viewMenu->addSeparator();
    viewMenu->addAction(m_zoomIn);
    viewMenu->addAction(m_zoomOut);
    viewMenu->addAction(m_fit);
    viewMenu->addAction(m_overview);
    viewMenu->addAction(m_layout);
    viewMenu->addSeparator();
}

void GraphActions::retranslate()
{
    m_paletteDock->setWindowTitle(tr("Palette"));
    m_export->setText(tr("E&xport Diagram…"));
    m_export->setStatusTip(tr("Save the Service Mesh diagram as SVG, PNG or PDF"));
    m_copy->setText(tr("&Copy"));
    m_paste->setText(tr("&Paste"));
    m_rename->setText(tr("Re&name"));
    m_layout->setText(tr("&Lay Out Automatically"));
    m_layout->setStatusTip(
        tr("On-premises left, internet centre, cloud right, appliances beside their peers"));
    m_zoomIn->setText(tr("Zoom &In"));
    m_zoomOut->setText(tr("Zoom &Out"));
    m_fit->setText(tr("&Fit to Window"));
    m_overview->setText(tr("&Overview"));
    m_overview->setStatusTip(tr("Show a small map of the whole topology when it does not fit"));
}

bool GraphActions::exportDiagram(const QString &fileName, qreal pngScale)
{
    DiagramExporter::Format format;
    if (!DiagramExporter::formatForFile(fileName, &format)) {
        m_error = tr("%1: choose a file name ending in .svg, .png or .pdf")
                      .arg(QFileInfo(fileName).fileName());
        return false;
    }
    DiagramExporter exporter(workbench().graph->graphScene());
    if (!exporter.exportTo(fileName, format, pngScale)) {
        m_error = exporter.errorString();
        return false;
    }
    m_error.clear();
    emit statusMessage(tr("Exported the diagram to %1").arg(QFileInfo(fileName).fileName()));
    return true;
}

void GraphActions::exportInteractively()
{
    const Workbench &wb = workbench();
    const QString base = QFileInfo(document()->displayName()).completeBaseName();
    const QString fileName = wb.prompts()->chooseSaveFile(
        wb.window, tr("Export Diagram"), base + QStringLiteral(".svg"),
        tr("SVG drawing (*.svg);;PNG image (*.png);;PDF document (*.pdf)"));
    if (fileName.isEmpty())
        return;
    qreal scale = 2;
    DiagramExporter::Format format;
    if (DiagramExporter::formatForFile(fileName, &format) && format == DiagramExporter::Png) {
        const DiagramExporter exporter(workbench().graph->graphScene());
        QStringList choices;
        const QList<qreal> scales = {1, 2, 3, 4};
        for (qreal s : scales) {
            const QSize size = exporter.pngSize(s);
            choices.append(tr("%1× (%2 × %3 pixels)").arg(s).arg(size.width()).arg(size.height()));
        }
        const int choice =
            wb.prompts()->chooseItem(wb.window, tr("Export Diagram"), tr("PNG scale:"), choices);
        if (choice < 0)
            return;
        scale = scales.value(choice, 2);
    }
    if (!exportDiagram(fileName, scale))
        showError(tr("Export Diagram"), m_error);
}
