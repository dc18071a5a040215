#pragma once

#include "WorkbenchPart.h"
#include <QString>

class Document;
class RecentFiles;
class UserPrompts;
class QWidget;

// The File menu's behaviour: New, Open, Open Example, Open Recent, Save, Save As
// and the Save / Discard / Cancel question before the current project is
// replaced or the window closes. Questions and errors go through UserPrompts.
class FileController : public WorkbenchPart
{
    Q_OBJECT
public:
    FileController(const Workbench &wb, RecentFiles *recent);
    void retranslate() override {}

    // Each returns true when the action was carried out.
    bool newProject();
    bool open();
    bool openFile(const QString &fileName);
    bool openExample(const QString &key);
    bool save();
    bool saveAs();
    // Asks about unsaved changes; false when the user cancelled (or saving failed).
    bool maybeSave();

private:
    // Loads without asking about unsaved changes (the caller has asked).
    bool load(const QString &fileName);
    void reportError(const QString &title);

    RecentFiles *m_recent;
};
