#pragma once

#include <QObject>
#include <QString>

#include <memory>

class Project;
class QUndoStack;
class SimulationSession;

// One open project: the Project, its undo stack, the simulation every view
// follows, the file it came from and the modified flag (the undo stack's clean
// state). Loading, saving and New reset the clean state. A failed load changes
// nothing and leaves the reason in errorString(). Shared (std::shared_ptr) by
// the window and every part that observes it, so it outlives all of them.
class Document : public QObject
{
    Q_OBJECT
public:
    Document();
    ~Document() override;

    Project *project() const { return m_project.get(); }
    QUndoStack *undoStack() const { return m_undoStack.get(); }
    // The simulation every view follows; re-runs after edits that affect it.
    SimulationSession *simulation() const { return m_simulation.get(); }

    // Empty for a new project or an example (Save then asks for a name).
    QString fileName() const { return m_fileName; }
    // What the title bar shows: the file name, the example's file name or "Untitled".
    QString displayName() const;
    // A recovered project's original file (empty otherwise): Save As suggests it.
    QString originalPath() const { return m_originalPath; }
    // displayName() without " (recovered)": what autosave records and Save As offers.
    QString originalName() const;
    // Where Save As starts: the file, the original file, or originalName() in $HOME.
    QString saveSuggestion() const;
    bool isModified() const;
    QString errorString() const { return m_error; }

    bool load(const QString &fileName);
    // key: one of Examples::keys(); the example opens as an unsaved copy.
    bool openExample(const QString &key);
    // An autosave copy, opened modified and without a file name until saved.
    bool loadRecovered(const QString &copyFile, const QString &originalPath,
                       const QString &displayName);
    bool save();
    bool saveAs(const QString &fileName);
    // An empty project with one on-premises and one cloud site.
    void newProject();

signals:
    void fileNameChanged();
    void modifiedChanged(bool modified);
    // The whole project was replaced (load, example, new).
    void projectReplaced();

private:
    bool adopt(Project *loaded, const QString &fileName, const QString &displayName);

    // Declared in dependency order, destroyed in reverse: the simulation and
    // the undo commands go before the project they refer to.
    std::unique_ptr<Project> m_project;
    std::unique_ptr<QUndoStack> m_undoStack;
    std::unique_ptr<SimulationSession> m_simulation;
    QString m_fileName;
    QString m_displayName;
    QString m_originalPath;
    QString m_recoveredName; // a recovered project's name before "(recovered)"
    QString m_error;
};
