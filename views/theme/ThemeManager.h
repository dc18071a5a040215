#pragma once

#include <QObject>
#include <QPalette>
#include <QString>

// Switches the application between the system look and MeshNAT's light and dark
// themes (Fusion with Theme::lightPalette() / darkPalette()) and remembers the
// choice. Qt then sends QEvent::ApplicationPaletteChange / PaletteChange to every
// widget; views that draw with Theme colours re-query them there.
class ThemeManager : public QObject
{
    Q_OBJECT
public:
    enum Mode { System, Light, Dark };
    Q_ENUM(Mode)

    static ThemeManager *instance(); // one per application, created on first use

    static QString key(Mode mode); // "system", "light", "dark"
    static bool fromKey(const QString &key, Mode *mode);
    static Mode preferredMode(); // the saved choice; System when none

    Mode mode() const { return m_mode; }
    // remember=false for one-off command-line choices (--theme).
    void setMode(Mode mode, bool remember = true);

signals:
    void modeChanged(ThemeManager::Mode mode);

private:
    explicit ThemeManager(QObject *parent);

    Mode m_mode = System;
    QString m_systemStyle;   // the style and palette Qt chose at start-up
    QPalette m_systemPalette;
};
