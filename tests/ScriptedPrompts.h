#pragma once

#include "UserPrompts.h"

#include <QDialog>
#include <QStringList>

#include <functional>

// Answers the workbench's questions in GUI tests without modal dialogs and
// records what was asked: a dialog is handed to onDialog (which fills it in
// and returns whether it was accepted), files come from the answer fields.
class ScriptedPrompts : public UserPrompts
{
public:
    SaveChoice answer = Cancel;
    QString openAnswer;
    QStringList openAnswers; // chooseOpenFiles
    int filesAsked = 0;
    QString saveAnswer;
    int itemAnswer = -1;
    std::function<bool(QDialog *)> onDialog;
    int asked = 0;
    QStringList errors;

    SaveChoice askSaveChanges(QWidget *, const QString &) override
    {
        ++asked;
        return answer;
    }
    QString openFileName(QWidget *, const QString &) override { return openAnswer; }
    QString saveFileName(QWidget *, const QString &) override { return saveAnswer; }
    QString chooseSaveFile(QWidget *, const QString &, const QString &, const QString &) override
    {
        return saveAnswer;
    }
    QString chooseOpenFile(QWidget *, const QString &, const QString &, const QString &) override
    {
        return openAnswer;
    }
    QStringList chooseOpenFiles(QWidget *, const QString &, const QString &, const QString &) override
    {
        ++filesAsked;
        return openAnswers;
    }
    int chooseItem(QWidget *, const QString &, const QString &, const QStringList &) override
    {
        return itemAnswer;
    }
    bool runDialog(QDialog *dialog) override { return onDialog && onDialog(dialog); }
    void showAbout(QWidget *, const QString &, const QString &) override {}
    void showError(QWidget *, const QString &title, const QString &message) override
    {
        errors.append(title + QLatin1Char('|') + message);
    }
};
