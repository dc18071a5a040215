#include "MainWindow.h"

#include "DiagnosisController.h"
#include "Document.h"
#include "EditController.h"
#include "Examples.h"
#include "FileController.h"
#include "GraphActions.h"
#include "GraphContextMenu.h"
#include "GraphController.h"
#include "CaptureImportController.h"
#include "ImportController.h"
#include "ProbeImportController.h"
#include "LanguageManager.h"
#include "LayoutController.h"
#include "MainMenus.h"
#include "MeshGraphView.h"
#include "MeshRules.h"
#include "MeshTableView.h"
#include "ObjectSelection.h"
#include "PresentationController.h"
#include "Project.h"
#include "PropertyEditor.h"
#include "RecentFiles.h"
#include "ReplayController.h"
#include "ReportController.h"
#include "TopologyTreeView.h"
#include "UserPrompts.h"
#include "ValidationPanel.h"
#include "commands/ApplyChangeSet.h"
#include "commands/ChangeValue.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QStatusBar>
#include <QUndoStack>

MainWindow::MainWindow(std::shared_ptr<Document> document, QWidget *parent)
    : QMainWindow(parent)
    , m_prompts(std::make_unique<UserPrompts>())
    , m_currentPrompts(m_prompts.get())
{
    Workbench &wb = m_workbench;
    const bool fresh = !document;
    wb.document = fresh ? std::make_shared<Document>() : std::move(document);
    wb.window = this;
    wb.m_prompts = &m_currentPrompts;
    // Children (views, parts, dialogs opened later) are deleted by ~QWidget;
    // the window's own connections go only after that, in ~QObject. So this
    // one, holding the document, keeps it alive for whichever child goes last.
    connect(this, &QObject::destroyed, this, [keep = wb.document] { Q_UNUSED(keep) });
    wb.selection = new ObjectSelection(this);
    wb.language = new LanguageManager(this);

    // The shared views: the graph in the centre, tree, properties, meshes, issues.
    Project *project = wb.document->project();
    wb.graph = new MeshGraphView(project, this);
    setCentralWidget(wb.graph);
    m_tree = new TopologyTreeView(project, this);
    m_properties = new PropertyEditor(project, this);
    m_meshTable = new MeshTableView(project, this);
    m_issues = new ValidationPanel(project, this);
    wb.treeDock = addDock(QStringLiteral("topologyDock"), m_tree, Qt::LeftDockWidgetArea);
    wb.propertyDock = addDock(QStringLiteral("propertyDock"), m_properties, Qt::RightDockWidgetArea);
    wb.bottomDock = addDock(QStringLiteral("meshDock"), m_meshTable, Qt::BottomDockWidgetArea);
    m_issueDock = addDock(QStringLiteral("issueDock"), m_issues, Qt::BottomDockWidgetArea);
    tabifyDockWidget(wb.bottomDock, m_issueDock);
    wb.bottomDock->raise();
    resizeDocks({wb.treeDock, wb.propertyDock}, {290, 340}, Qt::Horizontal);
    resizeDocks({wb.bottomDock}, {170}, Qt::Vertical);

    // The Edit controller's actions fill the menus; every later part finds them.
    m_edits = addPart<EditController>();
    wb.menus = new MainMenus(this, wb.document->undoStack(), m_edits);
    for (QDockWidget *dock : {wb.treeDock, wb.propertyDock, wb.bottomDock, m_issueDock})
        wb.menus->viewMenu()->addAction(dock->toggleViewAction());
    m_files = addPart<FileController>(wb.menus->recentFiles());
    m_replay = addPart<ReplayController>();
    m_diagnosis = addPart<DiagnosisController>();
    m_imports = addPart<ImportController>();
    addPart<CaptureImportController>(m_imports->importTranslationsAction(), m_replay);
    addPart<ProbeImportController>(m_imports->importTranslationsAction());
    m_graphs = addPart<GraphController>();
    m_graphActions = addPart<GraphActions>(m_graphs);
    m_graphMenus = addPart<GraphContextMenu>(m_graphs, m_graphActions, m_edits);
    m_reports = addPart<ReportController>(m_replay);
    m_presenter = addPart<PresentationController>();
    m_layout = addPart<LayoutController>(); // last: every dock exists

    QList<QAction *> contextActions = m_edits->addActions();
    contextActions.insert(3, nullptr); // separator between site-level and device parts
    contextActions << nullptr << m_edits->deleteAction();
    m_tree->setContextActions(contextActions);

    m_issueStatus = new QLabel(this);
    statusBar()->addPermanentWidget(m_issueStatus);

    connectSelection();
    connectMenus();
    connect(m_properties, &PropertyEditor::editRequested, this, &MainWindow::pushValueChange);
    connect(m_properties, &PropertyEditor::editRejected, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(wb.document.get(), &Document::fileNameChanged, this, &MainWindow::updateTitle);
    connect(wb.document.get(), &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_issues, &ValidationPanel::countChanged, this, &MainWindow::updateIssueCount);

    if (fresh)
        wb.document->newProject();
    wb.menus->setCurrentLanguage(wb.language->language());
    resize(1440, 900);
    m_layout->captureDefault();
    retranslate();
    m_issues->refresh();
}

// Nothing to delete by hand: the document outlives every child (see above).
MainWindow::~MainWindow() = default;

template<typename Part, typename... Args>
Part *MainWindow::addPart(Args &&...args)
{
    auto *part = new Part(m_workbench, std::forward<Args>(args)...);
    connect(part, &WorkbenchPart::statusMessage, statusBar(), &QStatusBar::showMessage);
    m_parts.append(part);
    return part;
}

QDockWidget *MainWindow::addDock(const QString &objectName, QWidget *widget,
                                 Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(this);
    dock->setObjectName(objectName);
    dock->setWidget(widget);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::connectSelection()
{
    // Every view reports clicks to the shared selection and follows it back; the
    // views ignore their own echoes.
    ObjectSelection *selection = m_workbench.selection;
    MeshGraphView *graph = m_workbench.graph;
    connect(m_tree, &TopologyTreeView::currentObjectChanged, selection,
            &ObjectSelection::setCurrent);
    connect(graph, &MeshGraphView::currentObjectChanged, selection, &ObjectSelection::setCurrent);
    connect(m_meshTable, &MeshTableView::currentObjectChanged, selection,
            &ObjectSelection::setCurrent);
    connect(m_issues, &ValidationPanel::objectActivated, selection, &ObjectSelection::setCurrent);
    connect(m_issues, &ValidationPanel::fieldActivated, m_properties, [this](ObjectId, FieldKey field) {
        m_workbench.propertyDock->show();
        m_workbench.propertyDock->raise();
        m_properties->focusField(field);
    });
    // A file opened with values its fields refuse: show the list of what to fix.
    connect(document(), &Document::projectReplaced, this, [this] {
        if (document()->project()->hasHeldValues()) {
            m_issueDock->show();
            m_issueDock->raise();
        }
    });
    connect(selection, &ObjectSelection::currentChanged, m_tree,
            &TopologyTreeView::setCurrentObject);
    connect(selection, &ObjectSelection::currentChanged, graph, &MeshGraphView::setCurrentObject);
    connect(selection, &ObjectSelection::currentChanged, m_meshTable,
            &MeshTableView::setCurrentObject);
    connect(selection, &ObjectSelection::currentChanged, m_properties, &PropertyEditor::setObject);

    Project *project = document()->project();
    connect(project, &Project::objectRemoved, this, [selection, project](ObjectId id) {
        if (id == selection->current() || !project->contains(selection->current()))
            selection->setCurrent(NoId);
    });
    connect(project, &Project::resetDone, selection, &ObjectSelection::clear);
}

void MainWindow::connectMenus()
{
    MainMenus *menus = m_workbench.menus;
    LanguageManager *language = m_workbench.language;
    connect(menus->newAction(), &QAction::triggered, m_files, &FileController::newProject);
    connect(menus->openAction(), &QAction::triggered, m_files, &FileController::open);
    connect(menus->saveAction(), &QAction::triggered, m_files, &FileController::save);
    connect(menus->saveAsAction(), &QAction::triggered, m_files, &FileController::saveAs);
    connect(menus->aboutAction(), &QAction::triggered, this, &MainWindow::showAbout);
    for (const QString &key : Examples::keys()) {
        connect(menus->exampleAction(key), &QAction::triggered, m_files,
                [this, key] { m_files->openExample(key); });
    }
    connect(menus->recentFiles(), &RecentFiles::openRequested, m_files,
            [this](const QString &fileName) { m_files->openFile(fileName); });
    for (const QString &code : LanguageManager::languages()) {
        connect(menus->languageAction(code), &QAction::triggered, language,
                [language, code] { language->setLanguage(code); });
    }
    connect(language, &LanguageManager::languageChanged, menus, &MainMenus::setCurrentLanguage);
}

void MainWindow::setPrompts(std::unique_ptr<UserPrompts> prompts)
{
    m_prompts = std::move(prompts);
    m_currentPrompts = m_prompts.get();
}

void MainWindow::pushValueChange(ObjectId id, FieldKey key, const QVariant &oldValue,
                                 const QVariant &newValue)
{
    Project *project = document()->project();
    QUndoStack *stack = document()->undoStack();
    if (key == Field::peer && project->kind(id) == ObjectKind::Appliance) {
        // A peer is half of a pair: both ends and the mesh change together.
        ObjectId source = id;
        ObjectId target = newValue.toUInt();
        if (target != NoId)
            MeshRules::pairingProblem(*project, &source, &target); // orders source first
        const QString text = target == NoId
                                 ? tr("Unpair %1").arg(project->displayName(source))
                                 : tr("Pair %1 with %2")
                                       .arg(project->displayName(source), project->displayName(target));
        QString error;
        if (!ApplyChangeSet::push(stack, project, MeshRules::pairChanges(*project, source, target),
                                  text, &error))
            statusBar()->showMessage(tr("%1 was not applied: %2").arg(text, error), 10000);
        return;
    }
    auto *command = new ChangeValue(project, id, key, oldValue, newValue);
    const int before = stack->index();
    const QString text = command->text();
    stack->push(command);
    if (stack->index() == before)
        statusBar()->showMessage(tr("%1 was not applied").arg(text), 10000);
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — MeshNAT").arg(document()->displayName()));
    setWindowModified(document()->isModified());
}

void MainWindow::updateIssueCount(int errors, int warnings)
{
    m_errors = errors;
    m_warnings = warnings;
    m_issueDock->setWindowTitle(errors + warnings == 0
                                    ? tr("Validation")
                                    : tr("Validation (%1)").arg(errors + warnings));
    m_issueStatus->setText(tr("%n error(s)", nullptr, errors) + QStringLiteral(" · ")
                           + tr("%n warning(s)", nullptr, warnings));
}

void MainWindow::retranslate()
{
    m_workbench.treeDock->setWindowTitle(tr("Topology"));
    m_workbench.propertyDock->setWindowTitle(tr("Properties"));
    m_workbench.bottomDock->setWindowTitle(tr("Service Meshes"));
    updateIssueCount(m_errors, m_warnings);
    m_workbench.menus->retranslate();
    for (WorkbenchPart *part : std::as_const(m_parts))
        part->retranslate();
    updateTitle();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_files->maybeSave()) {
        m_layout->save();
        event->accept();
    }
    else
        event->ignore();
}

void MainWindow::showAbout()
{
    m_currentPrompts->showAbout(
        this, tr("About MeshNAT"),
        tr("<h3>MeshNAT %1</h3>"
           "<p>A workbench for HCX Service Mesh tunnels behind NAT: draw the customer's "
           "topology, see what each router's NAT does to UDP 4500, and find out which "
           "appliance tunnel goes Down and why.</p>"
           "<p>Built with Qt %2 (running on Qt %3).</p>")
            .arg(QStringLiteral(MESHNAT_VERSION), QStringLiteral(QT_VERSION_STR),
                 QString::fromLatin1(qVersion())));
}
