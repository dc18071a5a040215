#pragma once

#include <QDateTime>
#include <QString>

// What one autosave copy is, as its record says: the copy's project file, the
// running instance that wrote it, and what the user knew the project as (its
// file, or the example's or "Untitled" name when it had none), its title and
// when the copy was written.
struct AutosaveEntry
{
    QString instance;     // owner; its lock tells a running instance from a crashed one
    QString copyFile;     // the autosaved project (.meshnat)
    QString recordFile;   // this record (.json) beside it
    QString originalPath; // empty: never saved (new project or example)
    QString displayName;  // the title bar's name: file name, example file name or "Untitled"
    QString title;        // the project's own name
    QDateTime savedAt;    // UTC
};
