#pragma once

#include <QObject>
#include <QString>

class Document;
class RecentFiles;
class UserPrompts;
class QWidget;

// The File menu's behaviour: New, Open, Open Example, Open Recent, Save, Save As
// and the Save / Discard / Cancel question before the current project is
// replaced or the window closes. Questions and errors go through UserPrompts.
class FileController : public QObject
{
    Q_OBJECT
public:
    FileController(Document *document, UserPrompts *prompts, RecentFiles *recent,
                   QWidget *window, QObject *parent = nullptr);

    void setPrompts(UserPrompts *prompts) { m_prompts = prompts; }

    // Each returns true when the action was carried out.
    bool newProject();
    bool open();
    bool openFile(const QString &fileName);
    bool openExample(const QString &key);
    bool save();
    bool saveAs();
    // Asks about unsaved changes; false when the user cancelled (or saving failed).
    bool maybeSave();

signals:
    void statusMessage(const QString &message);

private:
    // Loads without asking about unsaved changes (the caller has asked).
    bool load(const QString &fileName);
    void reportError(const QString &title);

    Document *m_document;
    UserPrompts *m_prompts;
    RecentFiles *m_recent;
    QWidget *m_window;
};
