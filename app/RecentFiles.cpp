#include "RecentFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace {
const char *const kSettingsKey = "recentFiles";
}

RecentFiles::RecentFiles(QMenu *menu, QObject *parent)
    : QObject(parent)
    , m_menu(menu)
    , m_clearAction(new QAction(this))
{
    connect(m_clearAction, &QAction::triggered, this, &RecentFiles::clear);
    retranslate();
    rebuildMenu();
}

QStringList RecentFiles::files() const
{
    return QSettings().value(QLatin1String(kSettingsKey)).toStringList();
}

void RecentFiles::add(const QString &fileName)
{
    const QString path = QFileInfo(fileName).absoluteFilePath();
    QStringList list = files();
    list.removeAll(path);
    list.prepend(path);
    store(list.mid(0, MaxFiles));
}

void RecentFiles::remove(const QString &fileName)
{
    QStringList list = files();
    list.removeAll(QFileInfo(fileName).absoluteFilePath());
    store(list);
}

void RecentFiles::clear()
{
    store({});
}

void RecentFiles::store(const QStringList &list)
{
    QSettings().setValue(QLatin1String(kSettingsKey), list);
    rebuildMenu();
}

void RecentFiles::retranslate()
{
    m_menu->setTitle(tr("Recent &Files"));
    m_clearAction->setText(tr("&Clear Recent Files"));
    rebuildMenu();
}

void RecentFiles::rebuildMenu()
{
    // Only the file entries are ours to delete; the Clear action lives on.
    for (QAction *action : m_menu->actions()) {
        m_menu->removeAction(action);
        if (action != m_clearAction)
            action->deleteLater();
    }
    const QStringList list = files();
    for (int i = 0; i < list.size(); ++i) {
        const QString path = list.at(i);
        // &1 .. &8 give keyboard access, as in most editors.
        auto *action = new QAction(QStringLiteral("&%1 %2").arg(i + 1).arg(
                                       QFileInfo(path).fileName()),
                                   m_menu);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { emit openRequested(path); });
        m_menu->addAction(action);
    }
    m_menu->addSeparator();
    m_menu->addAction(m_clearAction);
    m_clearAction->setEnabled(!list.isEmpty());
    m_menu->setEnabled(true);
}
