#include "MainWindow.h"

#include "DiagnosisController.h"
#include "Document.h"
#include "EditController.h"
#include "FileController.h"
#include "ImportController.h"
#include "PresentationController.h"
#include "ReportController.h"
#include "GraphController.h"
#include "LanguageManager.h"
#include "MainMenus.h"
#include "MeshGraphView.h"
#include "MeshTableView.h"
#include "ObjectSelection.h"
#include "Project.h"
#include "PropertyEditor.h"
#include "RecentFiles.h"
#include "ReplayController.h"
#include "TopologyTreeView.h"
#include "UserPrompts.h"
#include "ValidationPanel.h"
#include "commands/ChangeValue.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QUndoStack>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_prompts(std::make_unique<UserPrompts>())
    , m_document(new Document(this))
    , m_selection(new ObjectSelection(this))
    , m_language(new LanguageManager(this))
{
    Project *project = m_document->project();
    m_graph = new MeshGraphView(project, this);
    setCentralWidget(m_graph);
    m_tree = new TopologyTreeView(project, this);
    m_properties = new PropertyEditor(project, this);
    m_meshTable = new MeshTableView(project, this);
    m_issues = new ValidationPanel(project, this);
    m_treeDock = addDock(QStringLiteral("topologyDock"), m_tree, Qt::LeftDockWidgetArea);
    m_propertyDock = addDock(QStringLiteral("propertyDock"), m_properties, Qt::RightDockWidgetArea);
    m_meshDock = addDock(QStringLiteral("meshDock"), m_meshTable, Qt::BottomDockWidgetArea);
    m_issueDock = addDock(QStringLiteral("issueDock"), m_issues, Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_meshDock, m_issueDock);
    m_meshDock->raise();
    resizeDocks({m_treeDock, m_propertyDock}, {290, 340}, Qt::Horizontal);
    resizeDocks({m_meshDock}, {170}, Qt::Vertical);

    m_edits = new EditController(m_document, m_selection, this);
    m_menus = new MainMenus(this, m_document->undoStack(), m_edits);
    m_files = new FileController(m_document, m_prompts.get(), m_menus->recentFiles(), this, this);
    for (QDockWidget *dock : {m_treeDock, m_propertyDock, m_meshDock, m_issueDock})
        m_menus->viewMenu()->addAction(dock->toggleViewAction());
    m_replay = new ReplayController(m_document, m_selection, this);
    m_replay->install(m_propertyDock, m_meshDock);
    m_diagnosis = new DiagnosisController(this); // Findings dock, Tools menu
    m_imports = new ImportController(m_document, m_selection, this); // File → Import…, Observed tab
    m_imports->install(m_menus, m_meshDock);
    connect(m_imports, &ImportController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    m_graphs = new GraphController(m_document, m_selection, m_graph, this); // palette, graph edits
    m_graphs->install(m_menus, m_treeDock);
    connect(m_graphs, &GraphController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    m_reports = new ReportController(this); // File → Export Report…
    m_presenter = new PresentationController(this); // View → Presentation Mode
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
    connect(m_edits, &EditController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(m_files, &FileController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(m_document, &Document::fileNameChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_issues, &ValidationPanel::countChanged, this, &MainWindow::updateIssueCount);

    m_document->newProject();
    m_menus->setCurrentLanguage(m_language->language());
    resize(1440, 900);
    retranslate();
    m_issues->refresh();
}

MainWindow::~MainWindow()
{
    delete m_replay; // its docks and toolbar read the document's simulation
    delete m_diagnosis;
    delete m_imports;
    // The views hold the project's item models; take them down before the
    // document (an earlier child) would be destroyed under them.
    for (QDockWidget *dock : {m_treeDock, m_propertyDock, m_meshDock, m_issueDock})
        delete dock;
    delete m_graph;
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
    connect(m_tree, &TopologyTreeView::currentObjectChanged, m_selection,
            &ObjectSelection::setCurrent);
    connect(m_graph, &MeshGraphView::currentObjectChanged, m_selection,
            &ObjectSelection::setCurrent);
    connect(m_meshTable, &MeshTableView::currentObjectChanged, m_selection,
            &ObjectSelection::setCurrent);
    connect(m_issues, &ValidationPanel::objectActivated, m_selection,
            &ObjectSelection::setCurrent);
    connect(m_selection, &ObjectSelection::currentChanged, m_tree,
            &TopologyTreeView::setCurrentObject);
    connect(m_selection, &ObjectSelection::currentChanged, m_graph,
            &MeshGraphView::setCurrentObject);
    connect(m_selection, &ObjectSelection::currentChanged, m_meshTable,
            &MeshTableView::setCurrentObject);
    connect(m_selection, &ObjectSelection::currentChanged, m_properties,
            &PropertyEditor::setObject);

    Project *project = m_document->project();
    connect(project, &Project::objectRemoved, this, [this, project](ObjectId id) {
        if (id == m_selection->current() || !project->contains(m_selection->current()))
            m_selection->setCurrent(NoId);
    });
    connect(project, &Project::resetDone, m_selection, &ObjectSelection::clear);
}

void MainWindow::connectMenus()
{
    connect(m_menus->newAction(), &QAction::triggered, m_files, &FileController::newProject);
    connect(m_menus->openAction(), &QAction::triggered, m_files, &FileController::open);
    connect(m_menus->saveAction(), &QAction::triggered, m_files, &FileController::save);
    connect(m_menus->saveAsAction(), &QAction::triggered, m_files, &FileController::saveAs);
    connect(m_menus->aboutAction(), &QAction::triggered, this, &MainWindow::showAbout);
    for (const QString &key : Document::exampleKeys()) {
        connect(m_menus->exampleAction(key), &QAction::triggered, m_files,
                [this, key] { m_files->openExample(key); });
    }
    connect(m_menus->recentFiles(), &RecentFiles::openRequested, m_files,
            [this](const QString &fileName) { m_files->openFile(fileName); });
    for (const QString &code : LanguageManager::languages()) {
        connect(m_menus->languageAction(code), &QAction::triggered, m_language,
                [this, code] { m_language->setLanguage(code); });
    }
    connect(m_language, &LanguageManager::languageChanged, m_menus,
            &MainMenus::setCurrentLanguage);
}

void MainWindow::setPrompts(std::unique_ptr<UserPrompts> prompts)
{
    m_prompts = std::move(prompts);
    m_files->setPrompts(m_prompts.get());
}

void MainWindow::showError(const QString &title, const QString &message)
{
    statusBar()->showMessage(message);
    m_prompts->showError(this, title, message);
}

void MainWindow::pushValueChange(ObjectId id, FieldKey key, const QVariant &oldValue,
                                 const QVariant &newValue)
{
    auto *command = new ChangeValue(m_document->project(), id, key, oldValue, newValue);
    QUndoStack *stack = m_document->undoStack();
    const int before = stack->index();
    const QString text = command->text();
    stack->push(command);
    if (stack->index() == before)
        statusBar()->showMessage(tr("%1 was not applied").arg(text), 10000);
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — MeshNAT").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
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
    m_treeDock->setWindowTitle(tr("Topology"));
    m_propertyDock->setWindowTitle(tr("Properties"));
    m_meshDock->setWindowTitle(tr("Service Meshes"));
    updateIssueCount(m_errors, m_warnings);
    m_menus->retranslate();
    m_imports->retranslate();
    m_reports->retranslate();
    m_presenter->retranslate();
    m_graphs->retranslate();
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
    if (m_files->maybeSave())
        event->accept();
    else
        event->ignore();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About MeshNAT"),
        tr("<h3>MeshNAT %1</h3>"
           "<p>A workbench for HCX Service Mesh tunnels behind NAT: draw the customer's "
           "topology, see what each router's NAT does to UDP 4500, and find out which "
           "appliance tunnel goes Down and why.</p>"
           "<p>Built with Qt %2 (running on Qt %3).</p>")
            .arg(QStringLiteral(MESHNAT_VERSION), QStringLiteral(QT_VERSION_STR),
                 QString::fromLatin1(qVersion())));
}
