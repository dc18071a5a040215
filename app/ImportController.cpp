#include "ImportController.h"

#include "Document.h"
#include "ImportDialog.h"
#include "MainMenus.h"
#include "ObjectSelection.h"
#include "ObservedTableView.h"
#include "Project.h"
#include "UserPrompts.h"
#include "commands/ApplyChangeSet.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QUndoStack>

ImportController::ImportController(const Workbench &wb)
    : WorkbenchPart(wb)
    , m_importConfig(new QAction(this))
    , m_importTable(new QAction(this))
    , m_paste(new QAction(this))
    , m_view(new ObservedTableView(project(), wb.window))
    , m_dock(new QDockWidget(wb.window))
{
    m_importConfig->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_importTable->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    connect(m_importConfig, &QAction::triggered, this, [this] { runImport(ImportDialog::Configuration); });
    connect(m_importTable, &QAction::triggered, this, [this] { runImport(ImportDialog::Translations); });
    m_paste->setObjectName(QStringLiteral("pasteRouterOutputAction"));
    connect(m_paste, &QAction::triggered, this, [this] { runImport(ImportDialog::Any); });
    m_dock->setObjectName(QStringLiteral("observedTableDock"));
    m_dock->setWidget(m_view);
    connect(wb.selection, &ObjectSelection::currentChanged, m_view,
            &ObservedTableView::setCurrentObject);

    QMenu *file = wb.menus->fileMenu();
    // After Open / examples / recent files: before the first separator.
    QAction *before = nullptr;
    for (QAction *a : file->actions()) {
        if (a->isSeparator()) {
            before = a;
            break;
        }
    }
    file->insertSeparator(before);
    file->insertAction(before, m_importConfig);
    file->insertAction(before, m_importTable);
    file->insertAction(before, m_paste);
    wb.window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    wb.window->tabifyDockWidget(wb.bottomDock, m_dock);
    wb.bottomDock->raise();
    wb.menus->viewMenu()->addAction(m_dock->toggleViewAction());
}

void ImportController::retranslate()
{
    m_importConfig->setText(tr("Import Router &Configuration…"));
    m_importConfig->setStatusTip(
        tr("Build a NAT device from a Cisco IOS configuration or Linux iptables-save output"));
    m_importTable->setText(tr("Import NAT &Translations…"));
    m_importTable->setStatusTip(
        tr("Read show ip nat translations or conntrack -L output and find UDP 4500 collisions"));
    m_paste->setText(tr("&Paste Router Output…"));
    m_paste->setStatusTip(tr("Import what a router printed (a configuration or a translation or "
                             "session table) from the clipboard; its format is detected"));
    m_dock->setWindowTitle(tr("Observed Table"));
}

bool ImportController::runImport(int mode)
{
    Project *project = this->project();
    ObjectSelection *selection = workbench().selection;
    ObjectId device = selection->current();
    while (device != NoId && project->kind(device) != ObjectKind::Device)
        device = project->parentOf(device);
    ImportDialog dialog(ImportDialog::Mode(mode), project, device, workbench().window);
    if (mode == ImportDialog::Any) {
        const QString clipboard = QGuiApplication::clipboard()->text();
        if (clipboard.size() <= ImportDialog::EditableBytes)
            dialog.setText(clipboard);
    }
    if (!workbench().prompts()->runDialog(&dialog))
        return false;
    dialog.refresh(); // the plan of what the dialog holds now
    if (dialog.plan().isEmpty())
        return false;
    QString error;
    QList<ObjectId> created;
    if (!ApplyChangeSet::push(document()->undoStack(), project, dialog.plan().changes,
                              dialog.undoText(), &error, &created)) {
        showError(tr("Import"), tr("Import failed: %1").arg(error));
        return false;
    }
    // Select what the import is about: the new device, or the one that got the table.
    ObjectId target = NoId;
    for (ObjectId id : std::as_const(created)) {
        if (project->kind(id) == ObjectKind::Device) {
            target = id;
            break;
        }
    }
    for (const ChangeSet::Operation &op : dialog.plan().changes.operations()) {
        if (target == NoId && op.type == ChangeSet::Operation::Set)
            target = op.id;
    }
    if (target != NoId) {
        selection->setCurrent(target);
        m_view->setDevice(target);
    }
    if (dialog.readsTable()) {
        m_dock->show();
        m_dock->raise();
    }
    emit statusMessage(tr("%1: %n object(s) added", nullptr, int(created.size()))
                           .arg(dialog.undoText()));
    return true;
}
