#include "ThemeManager.h"

#include "Theme.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>
#include <QSettings>
#include <QStyle>

namespace {
QString settingsKey()
{
    return QStringLiteral("view/theme");
}
} // namespace

ThemeManager::ThemeManager(QObject *parent)
    : QObject(parent)
    , m_systemStyle(QApplication::style()->name())
    , m_systemPalette(QApplication::palette())
{
}

ThemeManager *ThemeManager::instance()
{
    static ThemeManager *manager = nullptr;
    if (!manager) {
        manager = new ThemeManager(qApp);
        connect(manager, &QObject::destroyed, [] { manager = nullptr; });
    }
    return manager;
}

QString ThemeManager::key(Mode mode)
{
    switch (mode) {
    case Light: return QStringLiteral("light");
    case Dark: return QStringLiteral("dark");
    case System: break;
    }
    return QStringLiteral("system");
}

bool ThemeManager::fromKey(const QString &key, Mode *mode)
{
    for (Mode m : {System, Light, Dark}) {
        if (key.compare(ThemeManager::key(m), Qt::CaseInsensitive) == 0) {
            *mode = m;
            return true;
        }
    }
    return false;
}

ThemeManager::Mode ThemeManager::preferredMode()
{
    Mode mode = System;
    fromKey(QSettings().value(settingsKey()).toString(), &mode);
    return mode;
}

void ThemeManager::setMode(Mode mode, bool remember)
{
    if (remember)
        QSettings().setValue(settingsKey(), key(mode));
    if (mode == m_mode)
        return;
    m_mode = mode;
    // Style first: setting a style resets the palette to the style's own.
    QApplication::setStyle(mode == System ? m_systemStyle : QStringLiteral("Fusion"));
    QApplication::setPalette(mode == Dark    ? Theme::darkPalette()
                             : mode == Light ? Theme::lightPalette()
                                             : m_systemPalette);
    // Qt does not always pass the change on to windows that already exist (seen
    // with Qt 6.4 offscreen); tell each one, which is a no-op where it was told.
    for (QWidget *window : QApplication::topLevelWidgets()) {
        QEvent change(QEvent::ApplicationPaletteChange);
        QCoreApplication::sendEvent(window, &change);
    }
    emit modeChanged(mode);
}
