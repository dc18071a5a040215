#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

// The questions the workbench asks the user (save changes?, which file?) and
// how it reports errors, behind virtual functions so tests can answer without
// a modal dialog. The defaults use QMessageBox and QFileDialog.
class UserPrompts
{
    Q_DECLARE_TR_FUNCTIONS(UserPrompts)
public:
    enum SaveChoice { Save, Discard, Cancel };

    virtual ~UserPrompts() = default;

    virtual SaveChoice askSaveChanges(QWidget *parent, const QString &documentName);
    // Empty string: the user cancelled.
    virtual QString openFileName(QWidget *parent, const QString &directory);
    virtual QString saveFileName(QWidget *parent, const QString &suggestion);
    // Non-blocking: the message box is window-modal and deletes itself.
    virtual void showError(QWidget *parent, const QString &title, const QString &message);

    static QString fileFilter();
};
