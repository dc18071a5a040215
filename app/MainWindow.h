#pragma once

#include "Field.h"
#include "ObjectId.h"
#include "Workbench.h"

#include <QMainWindow>

#include <memory>

class DiagnosisController;
class EditController;
class FileController;
class GraphActions;
class GraphContextMenu;
class GraphController;
class ImportController;
class LayoutController;
class MeshTableView;
class PresentationController;
class PropertyEditor;
class QLabel;
class ReplayController;
class ReportController;
class TopologyTreeView;
class ValidationPanel;
class WorkbenchPart;

// The workbench window: builds the views every part shares (graph in the
// centre, topology tree left, properties right, meshes and validation below),
// fills one Workbench and hands it to every part (controller) the same way,
// keeps the selection in step and shows the title and status. The document is
// shared: the window and each part hold it, so it outlives them all.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::shared_ptr<Document> document = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // For tests and main(): the parts and views of this window.
    Document *document() const { return m_workbench.document.get(); }
    ObjectSelection *selection() const { return m_workbench.selection; }
    LanguageManager *language() const { return m_workbench.language; }
    MainMenus *menus() const { return m_workbench.menus; }
    MeshGraphView *graphView() const { return m_workbench.graph; }
    FileController *files() const { return m_files; }
    EditController *edits() const { return m_edits; }
    GraphController *graphs() const { return m_graphs; }
    GraphActions *graphActions() const { return m_graphActions; }
    GraphContextMenu *graphMenus() const { return m_graphMenus; }
    TopologyTreeView *treeView() const { return m_tree; }
    PropertyEditor *propertyEditor() const { return m_properties; }
    MeshTableView *meshTable() const { return m_meshTable; }
    ValidationPanel *validationPanel() const { return m_issues; }
    ReplayController *replay() const { return m_replay; }
    DiagnosisController *diagnosis() const { return m_diagnosis; }
    ImportController *imports() const { return m_imports; }
    ReportController *reports() const { return m_reports; }
    PresentationController *presenter() const { return m_presenter; }
    LayoutController *layoutMemory() const { return m_layout; }

    // Replaces the dialogs (tests answer questions without blocking).
    void setPrompts(std::unique_ptr<UserPrompts> prompts);
    UserPrompts *prompts() const { return m_prompts.get(); }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QDockWidget *addDock(const QString &objectName, QWidget *widget, Qt::DockWidgetArea area);
    template<typename Part, typename... Args>
    Part *addPart(Args &&...args);
    void connectSelection();
    void connectMenus();
    void pushValueChange(ObjectId id, FieldKey key, const QVariant &oldValue,
                         const QVariant &newValue);
    void updateTitle();
    void updateIssueCount(int errors, int warnings);
    void retranslate();
    void showAbout();

    std::unique_ptr<UserPrompts> m_prompts;
    UserPrompts *m_currentPrompts = nullptr; // what Workbench::prompts() reads
    Workbench m_workbench;
    QList<WorkbenchPart *> m_parts;
    TopologyTreeView *m_tree = nullptr;
    PropertyEditor *m_properties = nullptr;
    MeshTableView *m_meshTable = nullptr;
    ValidationPanel *m_issues = nullptr;
    QDockWidget *m_issueDock = nullptr;
    EditController *m_edits = nullptr;
    FileController *m_files = nullptr;
    GraphController *m_graphs = nullptr;
    GraphActions *m_graphActions = nullptr;
    GraphContextMenu *m_graphMenus = nullptr;
    ReplayController *m_replay = nullptr;
    DiagnosisController *m_diagnosis = nullptr;
    ImportController *m_imports = nullptr;
    ReportController *m_reports = nullptr;
    PresentationController *m_presenter = nullptr;
    LayoutController *m_layout = nullptr;
    QLabel *m_issueStatus = nullptr;
    int m_errors = 0;
    int m_warnings = 0;
};
