#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class Project;
class QUndoStack;
class SimulationSession;

// One open project: the Project, its undo stack, the file it came from and the
// modified flag (the undo stack's clean state). Loading, saving and New reset the
// clean state. A failed load changes nothing and leaves the reason in errorString().
class Document : public QObject
{
    Q_OBJECT
public:
    explicit Document(QObject *parent = nullptr);
    ~Document() override;

    Project *project() const { return m_project; }
    QUndoStack *undoStack() const { return m_undoStack; }
    // The simulation every view follows; re-runs after each edit.
    SimulationSession *simulation() const { return m_simulation; }

    // Empty for a new project or an example (Save then asks for a name).
    QString fileName() const { return m_fileName; }
    // What the title bar shows: the file name, the example's file name or "Untitled".
    QString displayName() const;
    bool isModified() const;
    QString errorString() const { return m_error; }

    bool load(const QString &fileName);
    // key: one of exampleKeys(); the example opens as an unsaved copy.
    bool openExample(const QString &key);
    bool save();
    bool saveAs(const QString &fileName);
    // An empty project with one on-premises and one cloud site.
    void newProject();

    static QStringList exampleKeys();
    static QString exampleTitle(const QString &key); // translated menu text
    static QString exampleDescription(const QString &key);

signals:
    void fileNameChanged();
    void modifiedChanged(bool modified);
    // The whole project was replaced (load, example, new).
    void projectReplaced();

private:
    bool adopt(Project *loaded, const QString &fileName, const QString &displayName);

    Project *m_project;
    QUndoStack *m_undoStack;
    SimulationSession *m_simulation;
    QString m_fileName;
    QString m_displayName;
    QString m_error;
};
