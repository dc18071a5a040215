#include "UserPrompts.h"

#include <QDialog>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>

UserPrompts::SaveChoice UserPrompts::askSaveChanges(QWidget *parent, const QString &documentName)
{
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                    tr("The project \"%1\" has unsaved changes.").arg(documentName),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setInformativeText(tr("Do you want to save them first?"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save: return Save;
    case QMessageBox::Discard: return Discard;
    default: return Cancel;
    }
}

QString UserPrompts::openFileName(QWidget *parent, const QString &directory)
{
    return QFileDialog::getOpenFileName(parent, tr("Open Project"), directory, fileFilter());
}

QString UserPrompts::saveFileName(QWidget *parent, const QString &suggestion)
{
    QString name = QFileDialog::getSaveFileName(parent, tr("Save Project As"), suggestion,
                                                fileFilter());
    if (!name.isEmpty() && !name.endsWith(QLatin1String(".meshnat"), Qt::CaseInsensitive))
        name += QLatin1String(".meshnat");
    return name;
}

void UserPrompts::showError(QWidget *parent, const QString &title, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Critical, title, message, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

QString UserPrompts::chooseSaveFile(QWidget *parent, const QString &title,
                                    const QString &suggestion, const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggestion, filter);
}

QString UserPrompts::chooseOpenFile(QWidget *parent, const QString &title,
                                    const QString &directory, const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, title, directory, filter);
}

QStringList UserPrompts::chooseOpenFiles(QWidget *parent, const QString &title,
                                         const QString &directory, const QString &filter)
{
    return QFileDialog::getOpenFileNames(parent, title, directory, filter);
}

int UserPrompts::chooseItem(QWidget *parent, const QString &title, const QString &label,
                            const QStringList &items)
{
    bool ok = false;
    const QString choice = QInputDialog::getItem(parent, title, label, items, 0, false, &ok);
    return ok ? int(items.indexOf(choice)) : -1;
}

bool UserPrompts::runDialog(QDialog *dialog)
{
    return dialog->exec() == QDialog::Accepted;
}

void UserPrompts::showAbout(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::about(parent, title, text);
}

QString UserPrompts::fileFilter()
{
    return tr("MeshNAT projects (*.meshnat);;All files (*)");
}
