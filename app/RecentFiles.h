#pragma once

#include <QObject>
#include <QStringList>

class QAction;
class QMenu;

// The Recent Files submenu: up to MaxFiles paths in QSettings, newest first,
// with a Clear entry. Emits openRequested() when one is chosen.
class RecentFiles : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxFiles = 8;

    explicit RecentFiles(QMenu *menu, QObject *parent = nullptr);

    QStringList files() const;
    void add(const QString &fileName);
    void remove(const QString &fileName);
    void clear();
    void retranslate();

signals:
    void openRequested(const QString &fileName);

private:
    void store(const QStringList &files);
    void rebuildMenu();

    QMenu *m_menu;
    QAction *m_clearAction;
};
