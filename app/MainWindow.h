#pragma once

#include "Field.h"
#include "ObjectId.h"

#include <QMainWindow>

#include <memory>

class Document;
class EditController;
class FileController;
class ImportController;
class PresentationController;
class ReportController;
class GraphController;
class LanguageManager;
class MainMenus;
class MeshGraphView;
class MeshTableView;
class ObjectSelection;
class PropertyEditor;
class QDockWidget;
class QLabel;
class TopologyTreeView;
class UserPrompts;
class ReplayController;
class DiagnosisController;
class ValidationPanel;

// The workbench window: wires one Document to the views (graph in the centre,
// topology tree left, properties right, meshes and validation issues below),
// keeps their selection in step and routes every edit through the undo stack.
// Menus, file handling and edit actions live in their own classes.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Document *document() const { return m_document; }
    ObjectSelection *selection() const { return m_selection; }
    FileController *files() const { return m_files; }
    EditController *edits() const { return m_edits; }
    GraphController *graphs() const { return m_graphs; }
    MainMenus *menus() const { return m_menus; }
    LanguageManager *language() const { return m_language; }
    TopologyTreeView *treeView() const { return m_tree; }
    PropertyEditor *propertyEditor() const { return m_properties; }
    MeshGraphView *graphView() const { return m_graph; }
    MeshTableView *meshTable() const { return m_meshTable; }
    ValidationPanel *validationPanel() const { return m_issues; }
    ReplayController *replay() const { return m_replay; }
    DiagnosisController *diagnosis() const { return m_diagnosis; }
    ImportController *imports() const { return m_imports; }
    ReportController *reports() const { return m_reports; }
    PresentationController *presenter() const { return m_presenter; }

    // Replaces the dialogs (tests answer questions without blocking).
    void setPrompts(std::unique_ptr<UserPrompts> prompts);
    UserPrompts *prompts() const { return m_prompts.get(); }
    // Shows an error without blocking: status bar and a window-modal box.
    void showError(const QString &title, const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QDockWidget *addDock(const QString &objectName, QWidget *widget, Qt::DockWidgetArea area);
    void connectSelection();
    void connectMenus();
    void pushValueChange(ObjectId id, FieldKey key, const QVariant &oldValue,
                         const QVariant &newValue);
    void updateTitle();
    void updateIssueCount(int errors, int warnings);
    void retranslate();
    void showAbout();

    std::unique_ptr<UserPrompts> m_prompts;
    Document *m_document;
    ObjectSelection *m_selection;
    LanguageManager *m_language;
    MeshGraphView *m_graph;
    TopologyTreeView *m_tree;
    PropertyEditor *m_properties;
    MeshTableView *m_meshTable;
    ValidationPanel *m_issues;
    ReplayController *m_replay = nullptr;
    DiagnosisController *m_diagnosis = nullptr;
    ImportController *m_imports = nullptr;
    ReportController *m_reports = nullptr;
    PresentationController *m_presenter = nullptr;
    EditController *m_edits;
    GraphController *m_graphs;
    MainMenus *m_menus;
    FileController *m_files;
    QDockWidget *m_treeDock;
    QDockWidget *m_propertyDock;
    QDockWidget *m_meshDock;
    QDockWidget *m_issueDock;
    QLabel *m_issueStatus;
    int m_errors = 0;
    int m_warnings = 0;
};
