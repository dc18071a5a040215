#pragma once

#include "AutosaveEntry.h"

#include <QDialog>
#include <QList>

class QLabel;
class QPushButton;
class QTreeWidget;

// Offers the autosave copies a crashed MeshNAT left behind: each with the
// project's title, its original file (or that it was never saved) and when it
// was saved. Recover opens the selected copy (the others wait for the next
// start), Discard deletes every listed copy, Later keeps them all. Closing the
// dialog counts as Later: nothing is lost without being asked.
class RecoveryDialog : public QDialog
{
    Q_OBJECT
public:
    enum Choice { Recover, Discard, Later };

    explicit RecoveryDialog(const QList<AutosaveEntry> &entries, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    // Index into the entries of the copy to recover (the newest by default).
    int selectedIndex() const;
    void setSelectedIndex(int index);
    QPushButton *button(Choice choice) const;
    QTreeWidget *list() const { return m_list; }
    // Local time of the copy, as the list shows it.
    static QString savedAtText(const AutosaveEntry &entry);

private:
    void choose(Choice choice);

    QTreeWidget *m_list;
    QPushButton *m_recover;
    QPushButton *m_discard;
    QPushButton *m_later;
    Choice m_choice = Later;
};
