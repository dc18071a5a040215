#include "CrashRecovery.h"

#include "AutosaveStore.h"
#include "Autosaver.h"
#include "Document.h"
#include "FileController.h"
#include "MainWindow.h"
#include "RecoveryDialog.h"
#include "UserPrompts.h"

#include <QStatusBar>

bool CrashRecovery::offer(MainWindow *window, AutosaveStore *store, Autosaver *autosaver)
{
    const QList<AutosaveEntry> entries = store->claimCrashed();
    if (entries.isEmpty())
        return false;
    RecoveryDialog dialog(entries, window);
    const bool answered = window->prompts()->runDialog(&dialog);
    const RecoveryDialog::Choice choice = answered ? dialog.choice() : RecoveryDialog::Later;
    bool recovered = false;
    if (choice == RecoveryDialog::Discard) {
        for (const AutosaveEntry &entry : entries)
            store->discard(entry);
    }
    else if (choice == RecoveryDialog::Recover && dialog.selectedIndex() >= 0
             && window->files()->maybeSave()) {
        const AutosaveEntry &entry = entries.at(dialog.selectedIndex());
        Document *document = window->document();
        if (!document->loadRecovered(entry.copyFile, entry.originalPath, entry.displayName)) {
            window->prompts()->showError(window, tr("Cannot recover project"),
                                         document->errorString());
        }
        else {
            recovered = true;
            // The old copy goes only once this instance holds a copy of its own.
            if (autosaver->autosaveNow())
                store->discard(entry);
            window->statusBar()->showMessage(
                tr("Recovered %1 (saved %2); save it to keep it.")
                    .arg(entry.displayName, RecoveryDialog::savedAtText(entry)),
                0);
        }
    }
    store->releaseClaims();
    return recovered;
}
