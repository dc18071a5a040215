#pragma once

#include "WorkbenchPart.h"

#include <QByteArray>

class QAction;
class QDockWidget;
class QTimer;

// The window remembers how the user arranged it: geometry, docks (where, how
// big, which tab is in front) and toolbars are saved when the window closes
// and restored when the application starts (main() asks; windows made by
// tests keep the default). View → Reset Layout goes back to the default, which
// gives the canvas most of the height even at 1280×720.
class LayoutController : public WorkbenchPart
{
    Q_OBJECT
public:
    explicit LayoutController(const Workbench &wb);

    QAction *resetAction() const { return m_reset; }
    // Remembers the dock arrangement as the default (call once every dock
    // exists); the default sizes follow on the first show.
    void captureDefault();
    void resetLayout();
    void save() const;
    // False when nothing was saved (the default stays).
    bool restore();
    void retranslate() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyDefaultSizes();
    void fitBottomDocks();
    void keepDefaultProportions();
    // How much taller the canvas is than its default share.
    int spareHeight() const;
    bool defaultSizesKept() const;
    QList<QDockWidget *> bottomDocks() const;
    void raiseDocks(const QStringList &objectNames);
    QStringList frontDocks() const;

    QAction *m_reset;
    QTimer *m_fitTimer;
    QByteArray m_defaultState;
    QWidget *m_canvas = nullptr; // the window's central widget (watched, not owned)
    bool m_shown = false;
    bool m_restored = false;
    bool m_fitPending = false;
    int m_fitRounds = 0;
    int m_askedHeight = 0;
    int m_tabBarHeight = 0;       // a fit is scheduled: resizes refit too
    int m_defaultBottomHeight = -1; // while the user keeps it; -1 once changed or unknown
};
