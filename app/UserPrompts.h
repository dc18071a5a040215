#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QDialog;
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
    // Any other file: title, suggested name and filter as QFileDialog takes them.
    virtual QString chooseSaveFile(QWidget *parent, const QString &title,
                                   const QString &suggestion, const QString &filter);
    virtual QString chooseOpenFile(QWidget *parent, const QString &title,
                                   const QString &directory, const QString &filter);
    // Several files at once (empty: cancelled).
    virtual QStringList chooseOpenFiles(QWidget *parent, const QString &title,
                                        const QString &directory, const QString &filter);
    // One of items (its index), or -1 when the user cancelled.
    virtual int chooseItem(QWidget *parent, const QString &title, const QString &label,
                           const QStringList &items);
    // Runs a modal dialog the workbench prepared; true when it was accepted.
    // Tests fill the dialog in instead of a user.
    virtual bool runDialog(QDialog *dialog);
    virtual void showAbout(QWidget *parent, const QString &title, const QString &text);

    static QString fileFilter();
};
