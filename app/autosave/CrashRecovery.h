#pragma once

#include <QCoreApplication>

class AutosaveStore;
class Autosaver;
class MainWindow;

// At start: if crashed instances left autosave copies, asks (RecoveryDialog
// through the window's UserPrompts) and carries out the answer. A recovered
// copy replaces the window's project, modified and untitled until saved (Save
// As suggests the original file); its new copy is written under this
// instance before the old one is deleted, so a second crash loses nothing.
class CrashRecovery
{
    Q_DECLARE_TR_FUNCTIONS(CrashRecovery)
public:
    // True when a copy was recovered into the window.
    static bool offer(MainWindow *window, AutosaveStore *store, Autosaver *autosaver);
};
