#include "MainMenus.h"
#include "Examples.h"

#include "Document.h"
#include "EditController.h"
#include "RecentFiles.h"

#include <QAction>
#include <QActionGroup>
#include <QMainWindow>
#include <QMenuBar>
#include <QStyle>
#include <QToolBar>
#include <QUndoStack>

MainMenus::MainMenus(QMainWindow *window, QUndoStack *undoStack, EditController *edits)
    : QObject(window)
    , m_window(window)
    , m_undoStack(undoStack)
    , m_edits(edits)
    , m_fileMenu(window->menuBar()->addMenu(QString()))
    , m_exampleMenu(new QMenu(window))
    , m_recentMenu(new QMenu(window))
    , m_editMenu(window->menuBar()->addMenu(QString()))
    , m_addMenu(new QMenu(window))
    , m_viewMenu(window->menuBar()->addMenu(QString()))
    , m_toolsMenu(window->menuBar()->addMenu(QString()))
    , m_languageMenu(window->menuBar()->addMenu(QString()))
    , m_helpMenu(window->menuBar()->addMenu(QString()))
    , m_themeMenu(new QMenu(window))
    , m_new(new QAction(window->style()->standardIcon(QStyle::SP_FileIcon), QString(), this))
    , m_open(new QAction(window->style()->standardIcon(QStyle::SP_DialogOpenButton), QString(), this))
    , m_save(new QAction(window->style()->standardIcon(QStyle::SP_DialogSaveButton), QString(), this))
    , m_saveAs(new QAction(this))
    , m_quit(new QAction(this))
    , m_undo(new QAction(window->style()->standardIcon(QStyle::SP_ArrowBack), QString(), this))
    , m_redo(new QAction(window->style()->standardIcon(QStyle::SP_ArrowForward), QString(), this))
    , m_about(new QAction(this))
    , m_languageGroup(new QActionGroup(this))
    , m_recent(new RecentFiles(m_recentMenu, this))
{
    m_new->setShortcut(QKeySequence::New);
    m_open->setShortcut(QKeySequence::Open);
    m_save->setShortcut(QKeySequence::Save);
    m_saveAs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quit->setMenuRole(QAction::QuitRole);
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z),
                          QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_about->setMenuRole(QAction::AboutRole);

    m_fileMenu->addAction(m_new);
    m_fileMenu->addAction(m_open);
    m_fileMenu->addMenu(m_exampleMenu);
    for (const QString &key : Examples::keys()) {
        QAction *action = m_exampleMenu->addAction(QString());
        m_examples.insert(key, action);
    }
    m_fileMenu->addMenu(m_recentMenu);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_save);
    m_fileMenu->addAction(m_saveAs);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);
    connect(m_quit, &QAction::triggered, window, &QWidget::close);

    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_redo);
    m_editMenu->addSeparator();
    m_editMenu->addMenu(m_addMenu);
    const QList<QAction *> adds = edits->addActions();
    for (int i = 0; i < adds.size(); ++i) {
        // Site-level kinds, then the parts of a NAT device.
        if (i == 3)
            m_addMenu->addSeparator();
        m_addMenu->addAction(adds.at(i));
    }
    m_editMenu->addAction(edits->deleteAction());
    connect(m_undo, &QAction::triggered, undoStack, &QUndoStack::undo);
    connect(m_redo, &QAction::triggered, undoStack, &QUndoStack::redo);
    connect(undoStack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(undoStack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(undoStack, &QUndoStack::indexChanged, this, &MainMenus::updateUndoTexts);
    m_undo->setEnabled(undoStack->canUndo());
    m_redo->setEnabled(undoStack->canRedo());

    // Each language is named in itself, so the menu is usable whatever is active.
    const QList<QPair<QString, QString>> languages = {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("ja"), QStringLiteral("日本語")},
    };
    for (const auto &language : languages) {
        QAction *action = m_languageMenu->addAction(language.second);
        action->setCheckable(true);
        action->setData(language.first);
        m_languageGroup->addAction(action);
        m_languages.insert(language.first, action);
    }

    m_helpMenu->addAction(m_about);

    m_toolBar = window->addToolBar(QString());
    QToolBar *toolBar = m_toolBar;
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_new);
    toolBar->addAction(m_open);
    toolBar->addAction(m_save);
    toolBar->addSeparator();
    toolBar->addAction(m_undo);
    toolBar->addAction(m_redo);
    toolBar->addSeparator();
    toolBar->addAction(edits->addAction(ObjectKind::Device));
    toolBar->addAction(edits->addAction(ObjectKind::Appliance));
    toolBar->setIconSize(QSize(20, 20));
    m_viewMenu->addAction(toolBar->toggleViewAction());
    // View → Theme: the system's look, or MeshNAT's light or dark palette.
    m_viewMenu->addMenu(m_themeMenu);
    auto *themeGroup = new QActionGroup(this);
    ThemeManager *themes = ThemeManager::instance();
    for (const ThemeManager::Mode mode : {ThemeManager::System, ThemeManager::Light, ThemeManager::Dark}) {
        QAction *action = m_themeMenu->addAction(QString());
        action->setCheckable(true);
        action->setChecked(themes->mode() == mode);
        themeGroup->addAction(action);
        m_themes.insert(mode, action);
        connect(action, &QAction::triggered, themes, [themes, mode] { themes->setMode(mode); });
    }
    connect(themes, &ThemeManager::modeChanged, this, [this](ThemeManager::Mode mode) {
        if (QAction *action = m_themes.value(mode))
            action->setChecked(true);
    });
    m_viewMenu->addSeparator();

    retranslate();
}

void MainMenus::setCurrentLanguage(const QString &code)
{
    if (QAction *action = m_languages.value(code))
        action->setChecked(true);
}

void MainMenus::updateUndoTexts()
{
    const QString undoText = m_undoStack->undoText();
    const QString redoText = m_undoStack->redoText();
    m_undo->setText(undoText.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undoText));
    m_redo->setText(redoText.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redoText));
    m_undo->setIconText(tr("Undo"));
    m_redo->setIconText(tr("Redo"));
}

void MainMenus::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_toolsMenu->setTitle(tr("&Tools"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_exampleMenu->setTitle(tr("Open &Example"));
    m_addMenu->setTitle(tr("&Add"));
    m_themeMenu->setTitle(tr("&Theme"));
    m_themes.value(ThemeManager::System)->setText(tr("&System"));
    m_themes.value(ThemeManager::Light)->setText(tr("&Light"));
    m_themes.value(ThemeManager::Dark)->setText(tr("&Dark"));

    m_new->setText(tr("&New"));
    m_new->setStatusTip(tr("Start a new project with an on-premises and a cloud site"));
    m_open->setText(tr("&Open…"));
    m_open->setStatusTip(tr("Open a MeshNAT project file"));
    m_save->setText(tr("&Save"));
    m_saveAs->setText(tr("Save &As…"));
    m_quit->setText(tr("&Quit"));
    m_about->setText(tr("&About MeshNAT"));
    for (auto it = m_examples.cbegin(); it != m_examples.cend(); ++it) {
        it.value()->setText(Examples::title(it.key()));
        it.value()->setStatusTip(Examples::description(it.key()));
    }
    if (QToolBar *toolBar = m_toolBar) {
        toolBar->setWindowTitle(tr("Main Toolbar"));
        toolBar->toggleViewAction()->setText(tr("Main Toolbar"));
    }
    m_recent->retranslate();
    m_edits->retranslate();
    updateUndoTexts();
}
