#include "GraphController.h"

#include "DiagramExporter.h"
#include "Document.h"
#include "MainMenus.h"
#include "MeshGraphLayout.h"
#include "MeshGraphScene.h"
#include "MeshGraphView.h"
#include "MeshRules.h"
#include "ModelEnums.h"
#include "ObjectClipboard.h"
#include "ObjectSelection.h"
#include "PasteChanges.h"
#include "PaletteWidget.h"
#include "Project.h"
#include "ProjectSchema.h"
#include "commands/AddObject.h"
#include "commands/ConnectObjects.h"
#include "commands/MoveObject.h"
#include "commands/ApplyChangeSet.h"
#include "commands/RemoveObject.h"
#include "commands/RenameObject.h"
#include "commands/SetPositions.h"

#include <QAction>
#include <QClipboard>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSet>
#include <QUndoStack>

namespace {

bool isSourceSide(const Project &project, ObjectId id)
{
    return MeshRules::sideOf(project, id) == MeshRules::Side::Source;
}

} // namespace

GraphController::GraphController(Document *document, ObjectSelection *selection,
                                 MeshGraphView *view, QMainWindow *window)
    : QObject(window)
    , m_document(document)
    , m_selection(selection)
    , m_view(view)
    , m_window(window)
    , m_palette(new PaletteWidget(window))
    , m_paletteDock(new QDockWidget(window))
    , m_export(new QAction(this))
    , m_copy(new QAction(this))
    , m_paste(new QAction(this))
    , m_rename(new QAction(this))
    , m_layout(new QAction(this))
    , m_zoomIn(new QAction(this))
    , m_zoomOut(new QAction(this))
    , m_fit(new QAction(this))
    , m_overview(new QAction(this))
{
    MeshGraphScene *scene = view->graphScene();
    scene->setSimulation(document->simulation());
    m_paletteDock->setObjectName(QStringLiteral("paletteDock"));
    m_paletteDock->setWidget(m_palette);

    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_copy->setShortcut(QKeySequence::Copy);
    m_paste->setShortcut(QKeySequence::Paste);
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    // F2 renames in the graph; elsewhere (the tree) it keeps its own meaning.
    m_rename->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    view->addAction(m_rename);
    m_layout->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    // Ctrl++ and Ctrl+= (the same key without Shift); the platform's zoom keys
    // may already be one of them, and a duplicate would make the key ambiguous.
    const auto keys = [](std::initializer_list<QKeySequence> wanted) {
        QList<QKeySequence> list;
        for (const QKeySequence &k : wanted) {
            if (!k.isEmpty() && !list.contains(k))
                list.append(k);
        }
        return list;
    };
    m_zoomIn->setShortcuts(keys({QKeySequence(Qt::CTRL | Qt::Key_Plus),
                                 QKeySequence(Qt::CTRL | Qt::Key_Equal),
                                 QKeySequence(QKeySequence::ZoomIn)}));
    m_zoomOut->setShortcuts(keys({QKeySequence(Qt::CTRL | Qt::Key_Minus),
                                  QKeySequence(QKeySequence::ZoomOut)}));
    m_fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_overview->setCheckable(true);
    m_overview->setChecked(true);

    connect(m_export, &QAction::triggered, this, &GraphController::exportInteractively);
    connect(m_copy, &QAction::triggered, this, &GraphController::copySelection);
    connect(m_paste, &QAction::triggered, this, &GraphController::paste);
    connect(m_rename, &QAction::triggered, this,
            [this] { m_view->startRename(m_view->graphScene()->currentObject()); });
    connect(m_layout, &QAction::triggered, this, &GraphController::autoLayout);
    connect(m_zoomIn, &QAction::triggered, view, &MeshGraphView::zoomIn);
    connect(m_zoomOut, &QAction::triggered, view, &MeshGraphView::zoomOut);
    connect(m_fit, &QAction::triggered, view, &MeshGraphView::fitToView);
    connect(m_overview, &QAction::toggled, view, &MeshGraphView::setOverviewEnabled);

    connect(scene, &MeshGraphScene::dropRequested, this,
            [this](ObjectKind kind, const FieldValues &values, ObjectId site, const QPointF &at) {
                addElement(kind, values, site, at);
            });
    connect(scene, &MeshGraphScene::connectRequested, this, &GraphController::connectObjects);
    connect(scene, &MeshGraphScene::moveRequested, this, &GraphController::moveObjects);
    connect(view, &MeshGraphView::renameRequested, this, &GraphController::renameObject);
    connect(view, &MeshGraphView::deleteRequested, this, &GraphController::deleteSelection);
    connect(m_palette, &PaletteWidget::addRequested, this,
            [this](ObjectKind kind, const FieldValues &values) {
                // The selected site (or the selected object's), else the first
                // site of the preset's side.
                const Project *project = m_document->project();
                ObjectId site = m_selection->current();
                while (site != NoId && project->kind(site) != ObjectKind::Site)
                    site = project->parentOf(site);
                if (site == NoId && !project->objects(ObjectKind::Site).isEmpty())
                    site = project->objects(ObjectKind::Site).first();
                addElement(kind, values, site, QPointF(), false);
            });
    connect(document, &Document::projectReplaced, this, &GraphController::storeInitialPlacement);
    retranslate();
}

void GraphController::install(MainMenus *menus, QDockWidget *below)
{
    m_window->addDockWidget(Qt::LeftDockWidgetArea, m_paletteDock);
    if (below)
        m_window->splitDockWidget(m_paletteDock, below, Qt::Vertical);
    m_window->resizeDocks({m_paletteDock}, {230}, Qt::Vertical);
    menus->fileMenu()->insertAction(menus->quitAction(), m_export);
    menus->fileMenu()->insertSeparator(menus->quitAction());
    QMenu *edit = menus->editMenu();
    edit->addSeparator();
    edit->addAction(m_copy);
    edit->addAction(m_paste);
    edit->addAction(m_rename);
    QMenu *view = menus->viewMenu();
    view->addAction(m_paletteDock->toggleViewAction());
    view->addSeparator();
    view->addAction(m_zoomIn);
    view->addAction(m_zoomOut);
    view->addAction(m_fit);
    view->addAction(m_overview);
    view->addAction(m_layout);
    view->addSeparator();
}

void GraphController::retranslate()
{
    m_paletteDock->setWindowTitle(tr("Palette"));
    m_export->setText(tr("E&xport Diagram…"));
    m_export->setStatusTip(tr("Save the Service Mesh diagram as SVG, PNG or PDF"));
    m_copy->setText(tr("&Copy"));
    m_paste->setText(tr("&Paste"));
    m_rename->setText(tr("Re&name"));
    m_layout->setText(tr("&Lay Out Automatically"));
    m_layout->setStatusTip(
        tr("On-premises left, internet centre, cloud right, appliances beside their peers"));
    m_zoomIn->setText(tr("Zoom &In"));
    m_zoomOut->setText(tr("Zoom &Out"));
    m_fit->setText(tr("&Fit to Window"));
    m_overview->setText(tr("&Overview"));
    m_overview->setStatusTip(tr("Show a small map of the whole topology when it does not fit"));
}

bool GraphController::push(QUndoCommand *command)
{
    QUndoStack *stack = m_document->undoStack();
    const int before = stack->index();
    stack->push(command); // deletes a command that turned obsolete
    return stack->index() != before;
}

ObjectId GraphController::addElement(ObjectKind kind, const FieldValues &preset, ObjectId site,
                                     const QPointF &scenePos, bool placed)
{
    Project *project = m_document->project();
    FieldValues values = preset;
    ObjectId parent = NoId;
    if (kind == ObjectKind::Site) {
        if (placed)
            values.insert(Field::position,
                          SetPositions::storable(scenePos - QPointF(MeshGraphLayout::EmptySiteWidth / 2, 20)));
    } else {
        if (project->kind(site) != ObjectKind::Site) {
            emit statusMessage(tr("Drop the %1 onto a site.").arg(ProjectSchema::kindDisplayName(kind)));
            return NoId;
        }
        parent = site;
        if (placed)
            values.insert(Field::position, SetPositions::storable(scenePos));
    }
    values.insert(Field::name, MeshRules::newName(*project, kind, parent, preset));
    auto *command = new AddObject(project, kind, parent, values);
    if (!push(command)) {
        emit statusMessage(tr("Could not add the %1.").arg(ProjectSchema::kindDisplayName(kind)));
        return NoId;
    }
    const ObjectId id = command->objectId();
    m_selection->setCurrent(id);
    emit statusMessage(tr("Added %1 \"%2\"").arg(ProjectSchema::kindDisplayName(kind),
                                                  project->displayName(id)));
    return id;
}

bool GraphController::connectObjects(ObjectId from, ObjectId to)
{
    Project *project = m_document->project();
    if (from == to || !project->contains(from) || !project->contains(to))
        return false;
    if (project->kind(from) == ObjectKind::Appliance && project->kind(to) == ObjectKind::Appliance
        && isSourceSide(*project, from) != isSourceSide(*project, to)) {
        // Across the WAN, two appliances are a Service Mesh pair, not a cable.
        ObjectId source = from;
        ObjectId target = to;
        const QString why = MeshRules::pairingProblem(*project, &source, &target);
        if (!why.isEmpty()) {
            emit statusMessage(why);
            return false;
        }
        if (project->value(source, Field::peer).toUInt() == target
            && project->value(target, Field::peer).toUInt() == source) {
            emit statusMessage(tr("%1 and %2 are already paired.")
                                   .arg(project->displayName(source), project->displayName(target)));
            return false;
        }
        QString error;
        if (!ApplyChangeSet::push(m_document->undoStack(), project,
                                  MeshRules::pairChanges(*project, source, target),
                                  tr("Pair %1 with %2")
                                      .arg(project->displayName(source), project->displayName(target)),
                                  &error)) {
            emit statusMessage(error);
            return false;
        }
        emit statusMessage(tr("Paired %1 with %2").arg(project->displayName(source),
                                                       project->displayName(target)));
        return true;
    }
    if (project->parentOf(from) == to || project->parentOf(to) == from) {
        emit statusMessage(tr("%1 is already in %2.")
                               .arg(project->displayName(project->parentOf(from) == to ? from : to),
                                    project->displayName(project->parentOf(from) == to ? to : from)));
        return false;
    }
    if (ConnectObjects::existingLink(*project, from, to) != NoId) {
        emit statusMessage(tr("%1 and %2 are already connected.")
                               .arg(project->displayName(from), project->displayName(to)));
        return false;
    }
    if (!push(new ConnectObjects(project, from, to)))
        return false;
    emit statusMessage(tr("Connected %1 and %2").arg(project->displayName(from),
                                                     project->displayName(to)));
    return true;
}

bool GraphController::moveObjects(const QHash<ObjectId, QPointF> &positions,
                                  const QHash<ObjectId, ObjectId> &newSites)
{
    Project *project = m_document->project();
    bool changes = !newSites.isEmpty();
    for (auto it = positions.cbegin(); it != positions.cend() && !changes; ++it)
        changes = project->value(it.key(), Field::position).toPointF()
                  != SetPositions::storable(it.value());
    if (!changes)
        return false;
    const ObjectId current = m_selection->current();
    const QList<ObjectId> selected = m_view->graphScene()->selectedObjects();
    QUndoStack *stack = m_document->undoStack();
    if (newSites.isEmpty()) {
        push(new SetPositions(project, positions));
    } else {
        // Into another site and to the new place: one step.
        stack->beginMacro(tr("Move %n item(s)", nullptr, int(positions.size())));
        for (auto it = newSites.cbegin(); it != newSites.cend(); ++it)
            stack->push(new MoveObject(project, it.key(), it.value()));
        stack->push(new SetPositions(project, positions));
        stack->endMacro();
        for (auto it = newSites.cbegin(); it != newSites.cend(); ++it)
            emit statusMessage(tr("Moved %1 to %2").arg(project->displayName(it.key()),
                                                        project->displayName(it.value())));
    }
    // Moving to another site re-creates items; keep what the user had selected.
    m_view->graphScene()->selectObjects(selected);
    if (project->contains(current))
        m_selection->setCurrent(current);
    return true;
}

bool GraphController::renameObject(ObjectId id, const QString &name)
{
    Project *project = m_document->project();
    if (!project->contains(id) || project->name(id) == name)
        return false;
    auto *command = new RenameObject(project, id, name);
    QString error;
    QVariant normalized;
    if (!project->checkValue(id, Field::name, name, &normalized, &error)) {
        delete command;
        emit statusMessage(tr("Not renamed: %1").arg(error));
        return false;
    }
    return push(command);
}

QList<ObjectId> GraphController::graphSelection() const
{
    QList<ObjectId> ids = m_view->graphScene()->selectedObjects();
    if (ids.isEmpty() && m_view->graphScene()->selectedPairs().isEmpty()
        && m_document->project()->contains(m_selection->current()))
        ids.append(m_selection->current());
    return ids;
}

bool GraphController::deleteSelection()
{
    Project *project = m_document->project();
    const QList<ObjectId> pairs = m_view->graphScene()->selectedPairs();
    const QList<ObjectId> all = graphSelection();
    const QSet<ObjectId> chosen(all.cbegin(), all.cend());
    // Whatever goes with something else (a device's site, a link's end) is not
    // deleted twice.
    QList<ObjectId> ids;
    for (ObjectId id : all) {
        bool covered = false;
        for (ObjectId at = project->parentOf(id); at != NoId && !covered; at = project->parentOf(at))
            covered = chosen.contains(at);
        if (project->kind(id) == ObjectKind::Link)
            covered = covered || chosen.contains(project->value(id, Field::a).toUInt())
                      || chosen.contains(project->value(id, Field::b).toUInt());
        if (!covered)
            ids.append(id);
    }
    if (ids.isEmpty() && pairs.isEmpty())
        return false;
    QUndoStack *stack = m_document->undoStack();
    const int steps = int(ids.size() + pairs.size());
    if (steps > 1)
        stack->beginMacro(tr("Delete %n item(s)", nullptr, steps));
    for (ObjectId source : pairs) {
        if (!chosen.contains(source))
            ApplyChangeSet::push(stack, project, MeshRules::pairChanges(*project, source, NoId),
                                 tr("Unpair %1").arg(project->displayName(source)));
    }
    for (ObjectId id : std::as_const(ids)) {
        if (project->contains(id))
            stack->push(new RemoveObject(project, id));
    }
    if (steps > 1)
        stack->endMacro();
    m_selection->setCurrent(NoId);
    emit statusMessage(tr("Deleted %n item(s)", nullptr, steps));
    return true;
}

bool GraphController::copySelection()
{
    const Project *project = m_document->project();
    const QList<ObjectRecord> records = ObjectClipboard::collect(*project, graphSelection());
    if (records.isEmpty())
        return false;
    QGuiApplication::clipboard()->setMimeData(ObjectClipboard::encode(*project, records));
    m_pasteCount = 0;
    emit statusMessage(tr("Copied %n object(s)", nullptr, int(records.size())));
    return true;
}

QList<ObjectId> GraphController::paste()
{
    Project *project = m_document->project();
    QList<ObjectRecord> records;
    if (!ObjectClipboard::decode(QGuiApplication::clipboard()->mimeData(), &records)) {
        emit statusMessage(tr("The clipboard holds no MeshNAT objects."));
        return {};
    }
    ObjectId site = m_selection->current();
    while (site != NoId && project->kind(site) != ObjectKind::Site)
        site = project->parentOf(site);
    // Each paste of the same copy lands a little further along.
    ++m_pasteCount;
    QList<int> nodes;
    const ChangeSet changes =
        PasteChanges::build(*project, records, site, QPointF(40, 40) * m_pasteCount, &nodes);
    QString error;
    QList<ObjectId> created;
    if (!ApplyChangeSet::push(m_document->undoStack(), project, changes,
                              tr("Paste %n item(s)", nullptr, int(nodes.size())), &error,
                              &created)) {
        emit statusMessage(tr("Nothing could be pasted: %1").arg(error));
        return {};
    }
    QList<ObjectId> pasted;
    for (int index : std::as_const(nodes))
        pasted.append(created.value(index));
    if (pasted.isEmpty()) {
        emit statusMessage(tr("Nothing could be pasted."));
        return {};
    }
    m_view->graphScene()->selectObjects(pasted);
    return pasted;
}

bool GraphController::autoLayout()
{
    Project *project = m_document->project();
    const MeshGraphLayout::Result layout = MeshGraphLayout::compute(*project);
    QHash<ObjectId, QPointF> positions = layout.nodes;
    for (auto it = layout.sites.cbegin(); it != layout.sites.cend(); ++it)
        positions.insert(it.key(), it.value());
    auto *command = new SetPositions(project, positions);
    command->setText(tr("Lay Out Automatically"));
    const bool done = push(command);
    m_view->fitToView();
    return done;
}

void GraphController::storeInitialPlacement()
{
    // Not an undo step: the user did not move anything, and a freshly opened
    // file should neither count as modified nor offer to undo its own layout.
    Project *project = m_document->project();
    const QHash<ObjectId, QPointF> computed = m_view->graphScene()->computedPositions();
    for (auto it = computed.cbegin(); it != computed.cend(); ++it)
        project->setValue(it.key(), Field::position, SetPositions::storable(it.value()));
}

bool GraphController::exportDiagram(const QString &fileName, qreal pngScale)
{
    DiagramExporter::Format format;
    if (!DiagramExporter::formatForFile(fileName, &format)) {
        m_error = tr("%1: choose a file name ending in .svg, .png or .pdf")
                      .arg(QFileInfo(fileName).fileName());
        return false;
    }
    DiagramExporter exporter(m_view->graphScene());
    if (!exporter.exportTo(fileName, format, pngScale)) {
        m_error = exporter.errorString();
        return false;
    }
    m_error.clear();
    emit statusMessage(tr("Exported the diagram to %1").arg(QFileInfo(fileName).fileName()));
    return true;
}

void GraphController::exportInteractively()
{
    const QString base = QFileInfo(m_document->displayName()).completeBaseName();
    QString selectedFilter;
    const QString fileName = QFileDialog::getSaveFileName(
        m_window, tr("Export Diagram"), base + QStringLiteral(".svg"),
        tr("SVG drawing (*.svg);;PNG image (*.png);;PDF document (*.pdf)"), &selectedFilter);
    if (fileName.isEmpty())
        return;
    qreal scale = 2;
    DiagramExporter::Format format;
    if (DiagramExporter::formatForFile(fileName, &format) && format == DiagramExporter::Png) {
        const DiagramExporter exporter(m_view->graphScene());
        QStringList choices;
        const QList<qreal> scales = {1, 2, 3, 4};
        for (qreal s : scales) {
            const QSize size = exporter.pngSize(s);
            choices.append(tr("%1× (%2 × %3 pixels)").arg(s).arg(size.width()).arg(size.height()));
        }
        bool ok = false;
        const QString choice = QInputDialog::getItem(m_window, tr("Export Diagram"),
                                                     tr("PNG scale:"), choices, 1, false, &ok);
        if (!ok)
            return;
        scale = scales.value(int(choices.indexOf(choice)), 2);
    }
    if (!exportDiagram(fileName, scale))
        QMessageBox::warning(m_window, tr("Export Diagram"), m_error);
}
