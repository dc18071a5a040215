#include "LayoutController.h"

#include "MainMenus.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QMenu>
#include <QSettings>

namespace {
constexpr int kLayoutVersion = 1; // bump when the set of docks changes
const char kGeometry[] = "window/geometry";
const char kState[] = "window/state";
const char kFront[] = "window/frontDocks";
constexpr int kMinimumBottomHeight = 70;
} // namespace

LayoutController::LayoutController(const Workbench &wb)
    : WorkbenchPart(wb)
    , m_reset(new QAction(this))
{
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
    }
    m_defaultState = window->saveState(kLayoutVersion);
    window->installEventFilter(this);
}

bool LayoutController::eventFilter(QObject *watched, QEvent *event)
{
    // Dock sizes only take once the window is laid out: on the first show.
    if (event->type() == QEvent::Show && watched == workbench().window && !m_shown) {
        m_shown = true;
        if (!m_restored)
            applyDefaultSizes();
    }
    return WorkbenchPart::eventFilter(watched, event);
}

void LayoutController::applyDefaultSizes()
{
    QMainWindow *window = workbench().window;
    // The bottom docks take about a ninth of the height: the canvas keeps more
    // than 60 % of it even at 1280×720 (their contents may shrink that far, see
    // captureDefault()); the user drags them taller when a table needs it.
    QList<QDockWidget *> bottom;
    for (QDockWidget *dock : window->findChildren<QDockWidget *>()) {
        if (window->dockWidgetArea(dock) != Qt::BottomDockWidgetArea || dock->isFloating())
            continue;
        bottom.append(dock);
    }
    window->resizeDocks(bottom, QList<int>(bottom.size(), qMax(80, window->height() / 9)),
                        Qt::Vertical);
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
