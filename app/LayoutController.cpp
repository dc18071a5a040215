#include "LayoutController.h"

#include "MainMenus.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QMenu>
#include <QSettings>
#include <QTimer>

#include <cmath>

namespace {
constexpr int kLayoutVersion = 1; // bump when the set of docks changes
const char kGeometry[] = "window/geometry";
const char kState[] = "window/state";
const char kFront[] = "window/frontDocks";
constexpr int kMinimumBottomHeight = 70;
// The canvas keeps this share of the window's height by default (issue #13: at
// least 60 % at 1280×720); a little above, for rounding and splitter handles.
constexpr double kCanvasShare = 0.603;
constexpr int kMaximumBottomHeight = 320;
} // namespace

LayoutController::LayoutController(const Workbench &wb)
    : WorkbenchPart(wb)
    , m_reset(new QAction(this))
    , m_fitTimer(new QTimer(this))
{
    // Measured once the window has settled (a window manager may resize it
    // right after showing it).
    m_fitTimer->setSingleShot(true);
    m_fitTimer->setInterval(40);
    connect(m_fitTimer, &QTimer::timeout, this, &LayoutController::fitBottomDocks);
    connect(m_reset, &QAction::triggered, this, &LayoutController::resetLayout);
    wb.menus->viewMenu()->addSeparator();
    wb.menus->viewMenu()->addAction(m_reset);
}

void LayoutController::captureDefault()
{
    QMainWindow *window = workbench().window;
    for (QDockWidget *dock : window->findChildren<QDockWidget *>()) {
        if (window->dockWidgetArea(dock) == Qt::BottomDockWidgetArea && dock->widget())
            dock->widget()->setMinimumHeight(kMinimumBottomHeight);
        // Tabbed at the bottom, the tab already names the dock: its title bar
        // would only take rows from the tables (they still float by their tab,
        // and View lists them). Elsewhere or floating, the normal title comes back.
        const auto compactTitle = [window, dock] {
            const bool bottom = !dock->isFloating()
                                && window->dockWidgetArea(dock) == Qt::BottomDockWidgetArea;
            if (bottom && !dock->titleBarWidget())
                dock->setTitleBarWidget(new QWidget(dock));
            else if (!bottom && dock->titleBarWidget()) {
                QWidget *old = dock->titleBarWidget();
                dock->setTitleBarWidget(nullptr);
                old->deleteLater();
            }
        };
        compactTitle();
        connect(dock, &QDockWidget::dockLocationChanged, this, compactTitle);
        connect(dock, &QDockWidget::topLevelChanged, this, compactTitle);
    }
    // The story's table is in front by default.
    raiseDocks({QStringLiteral("natTableDock")});
    m_defaultState = window->saveState(kLayoutVersion);
    window->installEventFilter(this);
    // The canvas also changes height without the window doing so: toolbars
    // settle after the first show (at 720p one was briefly two rows, and the
    // fit made then left the NAT table 30 px short once it went back).
    m_canvas = window->centralWidget();
    m_canvas->installEventFilter(this);
}

bool LayoutController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == workbench().window) {
        // Dock sizes only take once the window is laid out: on the first show.
        if (event->type() == QEvent::Show && !m_shown) {
            m_shown = true;
            if (!m_restored)
                applyDefaultSizes();
        } else if (event->type() == QEvent::Resize) {
            // The window was sized after showing, e.g. maximised.
            keepDefaultProportions();
        }
    } else if (event->type() == QEvent::Resize && watched == m_canvas) {
        keepDefaultProportions();
    }
    return WorkbenchPart::eventFilter(watched, event);
}

void LayoutController::keepDefaultProportions()
{
    // Only while the arrangement is still the default one: what the user
    // changed stays as they made it.
    if (!m_shown || !defaultSizesKept())
        return;
    m_fitPending = true;
    m_fitTimer->start();
}

QList<QDockWidget *> LayoutController::bottomDocks() const
{
    // One dock per tab group: resizeDocks() on every tab of a group does not
    // give the group that height.
    QMainWindow *window = workbench().window;
    QList<QDockWidget *> bottom;
    for (QDockWidget *dock : window->findChildren<QDockWidget *>()) {
        if (window->dockWidgetArea(dock) != Qt::BottomDockWidgetArea || dock->isFloating()
            || !dock->isVisible())
            continue;
        // The tab in front stands for its group (the others keep stale sizes).
        const bool front = !dock->visibleRegion().isEmpty();
        bool grouped = false;
        for (QDockWidget *&other : bottom) {
            if (!window->tabifiedDockWidgets(other).contains(dock))
                continue;
            grouped = true;
            if (front)
                other = dock;
        }
        if (!grouped)
            bottom.append(dock);
    }
    return bottom;
}

void LayoutController::applyDefaultSizes()
{
    QMainWindow *window = workbench().window;
    const QList<QDockWidget *> bottom = bottomDocks();
    // A first guess; once the window is laid out, fitBottomDocks() measures.
    window->resizeDocks(bottom, QList<int>(bottom.size(), qMax(80, window->height() / 9)),
                        Qt::Vertical);
    m_fitPending = true;
    m_fitTimer->start();
}

void LayoutController::fitBottomDocks()
{
    // The bottom docks take the height the canvas does not need for
    // kCanvasShare (at 1280×720 that shows the rows of a moment in the NAT
    // table), up to kMaximumBottomHeight on tall screens.
    QMainWindow *window = workbench().window;
    const QList<QDockWidget *> bottom = bottomDocks();
    if (bottom.isEmpty()) {
        m_fitPending = false;
        return;
    }
    // The first round starts from the front dock's height; later rounds correct
    // what was asked by what the canvas still has too much or too little. They
    // do not read the dock again: until the window is painted, the dock taken
    // for the front tab can be one behind it, with a stale height (that made
    // the fit end 30 px off in slow runs).
    QDockWidget *front = bottom.first();
    const bool frontShown = !front->visibleRegion().isEmpty();
    if (m_fitRounds == 0) {
        m_askedHeight = front->height() + m_tabBarHeight + spareHeight();
    } else {
        // resizeDocks() sizes a tab group including its tab bar: learnt from
        // what was asked and what a dock that is really in front got.
        if (frontShown)
            m_tabBarHeight = qMax(0, m_askedHeight - front->height());
        m_askedHeight += spareHeight();
    }
    m_askedHeight = qMin(m_askedHeight, kMaximumBottomHeight + m_tabBarHeight);
    // Every tab of a group gets the size, or the group keeps its old one.
    QList<QDockWidget *> tabs = bottom;
    for (QDockWidget *dock : bottom)
        tabs += window->tabifiedDockWidgets(dock);
    window->resizeDocks(tabs, QList<int>(tabs.size(), m_askedHeight), Qt::Vertical);
    // Check once laid out (a resize may have been on its way): a few more
    // rounds until it fits; what the user has not changed follows later resizes.
    m_fitPending = true;
    QTimer::singleShot(0, this, [this] {
        const QList<QDockWidget *> docks = bottomDocks();
        if (qAbs(spareHeight()) > 2 && ++m_fitRounds < 5) {
            m_fitTimer->start();
            return;
        }
        m_fitRounds = 0;
        m_defaultBottomHeight = docks.isEmpty() ? -1 : docks.first()->height();
        m_fitPending = false;
    });
}

int LayoutController::spareHeight() const
{
    const QMainWindow *window = workbench().window;
    return window->centralWidget()->height() - int(std::ceil(kCanvasShare * window->height()));
}

bool LayoutController::defaultSizesKept() const
{
    const QList<QDockWidget *> bottom = bottomDocks();
    if (m_fitPending)
        return true;
    return m_defaultBottomHeight > 0 && !bottom.isEmpty()
           && bottom.first()->height() == m_defaultBottomHeight;
}

void LayoutController::resetLayout()
{
    QMainWindow *window = workbench().window;
    window->restoreState(m_defaultState, kLayoutVersion);
    applyDefaultSizes();
    raiseDocks({QStringLiteral("natTableDock")});
    emit statusMessage(tr("Layout reset"));
}

QStringList LayoutController::frontDocks() const
{
    // A dock is in front when it is shown and not hidden behind another tab.
    QStringList names;
    for (QDockWidget *dock : workbench().window->findChildren<QDockWidget *>()) {
        if (dock->isVisible() && !dock->visibleRegion().isEmpty())
            names.append(dock->objectName());
    }
    return names;
}

void LayoutController::raiseDocks(const QStringList &objectNames)
{
    for (QDockWidget *dock : workbench().window->findChildren<QDockWidget *>()) {
        if (objectNames.contains(dock->objectName()))
            dock->raise();
    }
}

void LayoutController::save() const
{
    QMainWindow *window = workbench().window;
    QSettings settings;
    settings.setValue(QLatin1String(kGeometry), window->saveGeometry());
    settings.setValue(QLatin1String(kState), window->saveState(kLayoutVersion));
    settings.setValue(QLatin1String(kFront), frontDocks());
}

bool LayoutController::restore()
{
    QMainWindow *window = workbench().window;
    const QSettings settings;
    const QByteArray geometry = settings.value(QLatin1String(kGeometry)).toByteArray();
    const QByteArray state = settings.value(QLatin1String(kState)).toByteArray();
    if (state.isEmpty())
        return false;
    if (!geometry.isEmpty())
        window->restoreGeometry(geometry);
    if (!window->restoreState(state, kLayoutVersion))
        return false; // an older layout with other docks: keep the default
    raiseDocks(settings.value(QLatin1String(kFront)).toStringList());
    m_restored = true;
    return true;
}

void LayoutController::retranslate()
{
    m_reset->setText(tr("&Reset Layout"));
    m_reset->setStatusTip(tr("Put the docks and toolbars back where they were at first"));
}
