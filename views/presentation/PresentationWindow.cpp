#include "PresentationWindow.h"

#include "Theme.h"

#include "EventText.h"
#include "GraphFonts.h"
#include "Moments.h"
#include "MeshGraphScene.h"
#include "NatTableModel.h"
#include "NatTableView.h"
#include "Project.h"
#include "SimulationSession.h"

#include <QApplication>
#include <QEvent>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// Node text this many times the workbench's: the diagram is fitted into half a
// projector screen, which otherwise shrinks 9 pt text to about 7 px.
constexpr qreal DiagramTextScale = 2.0;

// A second scene on the same project (same simulation) with larger text; the
// workbench's canvas keeps its own geometry meanwhile.
QGraphicsScene *presentationScene(Project *project, SimulationSession *session,
                                  QGraphicsScene *given, MeshGraphScene **diagram, QObject *owner)
{
    if (!qobject_cast<MeshGraphScene *>(given))
        return given;
    *diagram = new MeshGraphScene(project, owner);
    (*diagram)->setSimulation(session);
    (*diagram)->setTextScale(DiagramTextScale);
    // The key drawn with the diagram (a corner overlay would cover part of it).
    (*diagram)->setLegendShown(true);
    return *diagram;
}

} // namespace

PresentationWindow::PresentationWindow(Project *project, SimulationSession *session,
                                       QGraphicsScene *scene, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_project(project)
    , m_session(session)
    , m_caption(new QLabel(this))
    , m_position(new QLabel(this))
    , m_help(new QLabel(this))
    , m_graph(new QGraphicsView(presentationScene(project, session, scene, &m_diagram, this), this))
    , m_table(new NatTableView(this))
    , m_chaptersTitle(new QLabel(this))
    , m_chapterList(new QListWidget(this))
    , m_bookmarkList(new QListWidget(this))
    , m_split(new QSplitter(Qt::Horizontal, this))
{
    m_caption->setWordWrap(true);
    m_caption->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    Theme::mark(m_help, Theme::Mark::Text, Theme::Muted);

    m_graph->setFont(QApplication::font()); // the scene's boxes are sized for it
    m_graph->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    m_graph->setInteractive(false);
    m_graph->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_graph->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_graph->setFrameShape(QFrame::NoFrame);
    m_graph->setFocusPolicy(Qt::NoFocus);
    // Fit whenever the graph's own size is known (after the splitter laid it out).
    // (its viewport's: the view's own Resize comes before the viewport has its size)
    m_graph->viewport()->installEventFilter(this);
    m_table->setSession(session);
    m_table->setFollowReplay(true);
    m_table->setFocusPolicy(Qt::NoFocus);
    // The HCX tunnels' rows (UDP 4500 inside) are what a customer needs to see;
    // the filter box stays editable for anything else.
    m_table->filterEdit()->setText(QStringLiteral(":4500"));
    m_table->setMinimumWidth(200);
    // Its filter bar at normal size (it is for the presenter), the rows large.
    m_table->setFont(QApplication::font());
    // The key columns only: where the appliance went out, toward whom, and whose
    // it is (outside local repeats outside global; timers are for the workbench).
    for (int c : {NatTableModel::ProtocolColumn, NatTableModel::OutsideLocalColumn,
                  NatTableModel::KindColumn, NatTableModel::CreatedColumn,
                  NatTableModel::LastUsedColumn, NatTableModel::ExpiresColumn})
        m_table->table()->setColumnHidden(c, true);
    m_table->table()->setWordWrap(false);
    m_table->table()->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->table()->horizontalHeader()->setStretchLastSection(true);
    m_table->table()->viewport()->installEventFilter(this);
    m_chapterList->setObjectName(QStringLiteral("chapters"));
    m_chapterList->setFocusPolicy(Qt::NoFocus);
    m_bookmarkList->setObjectName(QStringLiteral("bookmarkList"));
    m_bookmarkList->setFocusPolicy(Qt::NoFocus);
    QFont bold = m_chaptersTitle->font();
    bold.setBold(true);
    m_chaptersTitle->setFont(bold);

    auto *side = new QWidget(this);
    m_sideLayout = new QBoxLayout(QBoxLayout::TopToBottom, side);
    m_sideLayout->setContentsMargins(0, 0, 0, 0);
    auto *lists = new QWidget(side);
    auto *listsLayout = new QVBoxLayout(lists);
    listsLayout->setContentsMargins(0, 0, 0, 0);
    listsLayout->addWidget(m_chaptersTitle);
    listsLayout->addWidget(m_chapterList, 2);
    listsLayout->addWidget(m_bookmarkList, 1);
    m_sideLayout->addWidget(m_table, 3);
    m_sideLayout->addWidget(lists, 2);
    m_split->addWidget(m_graph);
    m_split->addWidget(side);
    m_split->setStretchFactor(0, 1);
    m_split->setStretchFactor(1, 1);
    m_split->setChildrenCollapsible(false);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_position);
    bottom->addStretch();
    bottom->addWidget(m_help);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_caption);
    layout->addWidget(m_split, 1);
    layout->addLayout(bottom);

    connect(session, &SimulationSession::stepChanged, this, &PresentationWindow::update);
    if (m_diagram)
        connect(m_diagram, &MeshGraphScene::synced, this, &PresentationWindow::fitGraph);
    connect(session, &SimulationSession::resultChanged, this, [this] {
        loadChapters();
        update();
        arrange();
        fitGraph();
    });
    connect(m_bookmarkList, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        seekBookmark(m_bookmarkList->row(item));
    });
    connect(m_chapterList, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        const int row = m_chapterList->row(item);
        if (row >= 0 && row < m_chapters.size())
            m_session->seek(m_chapters[row]);
    });
    setFocusPolicy(Qt::StrongFocus);
    scaleFonts();
    retranslate();
    update();
}

// Type sized for the back of the room: proportional to the window's height,
// 1280×720 being the smallest projector this is made for.
void PresentationWindow::scaleFonts()
{
    const qreal unit = qMax(720, qMin(height(), width() * 9 / 16)) / 720.0;
    const auto sized = [&](qreal pixels, bool bold = false) {
        QFont f = QApplication::font();
        f.setPixelSize(qRound(pixels * unit));
        f.setBold(bold);
        return f;
    };
    m_caption->setFont(sized(26, true));
    m_caption->setMinimumHeight(QFontMetrics(m_caption->font()).lineSpacing() * 3 + 4);
    m_table->table()->setFont(sized(18));
    m_table->table()->horizontalHeader()->setFont(sized(16, true));
    m_table->table()->verticalHeader()->setDefaultSectionSize(
        QFontMetrics(sized(18)).lineSpacing() + 8);
    m_chaptersTitle->setFont(sized(17, true));
    m_chapterList->setFont(sized(17));
    m_bookmarkList->setFont(sized(17));
    m_position->setFont(sized(15));
    m_help->setFont(sized(13));
}

void PresentationWindow::setBookmarks(const QList<Bookmark> &bookmarks)
{
    // In replay order; those that no longer apply last (keys 1–9 count the others).
    m_bookmarks = bookmarks;
    std::stable_sort(m_bookmarks.begin(), m_bookmarks.end(),
                     [](const Bookmark &a, const Bookmark &b) {
                         return a.step >= 0 && (b.step < 0 || a.step < b.step);
                     });
    m_bookmarkList->clear();
    for (int i = 0; i < m_bookmarks.size(); ++i) {
        const Bookmark &b = m_bookmarks[i];
        auto *item = new QListWidgetItem(m_bookmarkList);
        if (b.step >= 0) {
            item->setText(tr("%1. step %2 — %3").arg(i + 1).arg(b.step + 1).arg(b.label));
        } else {
            item->setText(tr("%1 (no longer applies)").arg(b.label));
            item->setToolTip(tr("What this bookmark marked no longer happens in the simulation."));
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
        }
    }
    m_bookmarkList->setVisible(!m_bookmarks.isEmpty());
    selectCurrentBookmark();
}

void PresentationWindow::loadChapters()
{
    // The workbench's chapter moments, one line a step: "12.0 s  IX given 1543 · IX Down".
    m_chapters.clear();
    m_chapterList->clear();
    const std::shared_ptr<const SimulationResult> result = m_session->result();
    if (!result)
        return;
    const EventText text(*m_project, *result);
    const std::shared_ptr<const Moments> moments = Moments::of(*m_project, result);
    for (const Moments::Moment &m : moments->all()) {
        if (!m.chapter || (!m_chapters.isEmpty() && m_chapters.last() == m.step))
            continue;
        m_chapters.append(m.step);
        const SimEvent &e = result->events[size_t(m.step)];
        const QString label = tr("%1 s").arg(QLocale().toString(e.time, 'f', 1))
                              + QStringLiteral("  ") + moments->labelAt(m.step);
        auto *item = new QListWidgetItem(label, m_chapterList);
        item->setToolTip(text.describe(e));
    }
    selectCurrentChapter();
}

void PresentationWindow::selectCurrentChapter()
{
    // The chapter the current step is in: the last one at or before it.
    int current = -1;
    for (int i = 0; i < m_chapters.size() && m_chapters[i] <= m_session->step(); ++i)
        current = i;
    for (int i = 0; i < m_chapterList->count(); ++i)
        m_chapterList->item(i)->setSelected(i == current);
    if (current >= 0)
        m_chapterList->scrollToItem(m_chapterList->item(current));
}

void PresentationWindow::nextChapter()
{
    for (int step : std::as_const(m_chapters)) {
        if (step > m_session->step()) {
            m_session->seek(step);
            return;
        }
    }
}

void PresentationWindow::previousChapter()
{
    for (auto it = m_chapters.crbegin(); it != m_chapters.crend(); ++it) {
        if (*it < m_session->step()) {
            m_session->seek(*it);
            return;
        }
    }
}

QString PresentationWindow::caption() const
{
    return m_caption->text();
}

QString PresentationWindow::defaultLabel() const
{
    const SimEvent *e = m_session->currentEvent();
    if (!e)
        return tr("Start");
    // A step that changed a tunnel's state reads "IX Down".
    const SimulationResult &result = *m_session->result();
    const bool setsState = e->type == SimEvent::TunnelChanged || (e->flags & SimEvent::StateChange);
    if (setsState && e->tunnel >= 0 && e->tunnel < result.tunnels.size())
        return tr("%1 %2").arg(result.tunnels[e->tunnel].applianceType,
                               EventText::stateName(e->state));
    return EventText::typeName(e->type);
}

void PresentationWindow::seekBookmark(int index)
{
    if (index >= 0 && index < m_bookmarks.size() && m_bookmarks[index].step >= 0)
        m_session->seek(m_bookmarks[index].step);
}

void PresentationWindow::nextBookmark()
{
    for (const Bookmark &b : std::as_const(m_bookmarks)) {
        if (b.step >= 0 && b.step > m_session->step()) {
            m_session->seek(b.step);
            return;
        }
    }
}

void PresentationWindow::previousBookmark()
{
    for (auto it = m_bookmarks.crbegin(); it != m_bookmarks.crend(); ++it) {
        if (it->step >= 0 && it->step < m_session->step()) {
            m_session->seek(it->step);
            return;
        }
    }
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_PageDown:
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_Space:
        m_session->stepForward();
        break;
    case Qt::Key_PageUp:
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_Backspace:
        m_session->stepBack();
        break;
    case Qt::Key_Home:
        m_session->toStart();
        break;
    case Qt::Key_End:
        m_session->toEnd();
        break;
    case Qt::Key_B:
        Q_EMIT bookmarkToggled(m_session->step(), defaultLabel());
        break;
    case Qt::Key_N:
        nextBookmark();
        break;
    case Qt::Key_P:
        previousBookmark();
        break;
    case Qt::Key_Period:
    case Qt::Key_BracketRight:
        nextChapter();
        break;
    case Qt::Key_Comma:
    case Qt::Key_BracketLeft:
        previousChapter();
        break;
    case Qt::Key_Escape:
    case Qt::Key_F5:
        close();
        break;
    default:
        if (event->key() >= Qt::Key_1 && event->key() <= Qt::Key_9) {
            seekBookmark(event->key() - Qt::Key_1);
            break;
        }
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void PresentationWindow::update()
{
    const SimEvent *e = m_session->currentEvent();
    m_caption->setText(e ? EventText(*m_project, *m_session->result()).describe(*e)
                         : tr("Before the first event. Press PageDown to start."));
    m_position->setText(tr("Step %1 of %2 · %3 s")
                            .arg(m_session->step() + 1)
                            .arg(m_session->stepCount())
                            .arg(QLocale().toString(m_session->time(), 'f', 1)));
    fitTable();
    selectCurrentBookmark();
    selectCurrentChapter();
}

// The key columns as wide as their contents; when they do not all fit, the
// inside local address goes first (the owner names the appliance anyway), then
// every column shares the width.
void PresentationWindow::fitTable()
{
    QTableView *table = m_table->table();
    QHeaderView *header = table->horizontalHeader();
    const int available = table->viewport()->width();
    table->setColumnHidden(NatTableModel::InsideLocalColumn, false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    const auto needed = [&] {
        int sum = 0;
        for (int c = 0; c < NatTableModel::ColumnCount; ++c) {
            if (!table->isColumnHidden(c)) {
                table->resizeColumnToContents(c);
                sum += header->sectionSize(c);
            }
        }
        return sum;
    };
    if (needed() <= available)
        return;
    table->setColumnHidden(NatTableModel::InsideLocalColumn, true);
    if (needed() <= available)
        return;
    header->setSectionResizeMode(QHeaderView::Stretch);
}

void PresentationWindow::selectCurrentBookmark()
{
    for (int i = 0; i < m_bookmarkList->count() && i < m_bookmarks.size(); ++i) {
        const int step = m_bookmarks[i].step;
        m_bookmarkList->item(i)->setSelected(step >= 0 && step == m_session->step());
    }
}

void PresentationWindow::fitGraph()
{
    if (m_diagram)
        m_diagram->flush(); // the legend's place under the diagram
    if (m_graph->scene())
        m_graph->fitInView(m_graph->scene()->itemsBoundingRect().adjusted(-20, -20, 20, 20),
                           Qt::KeepAspectRatio);
}

qreal PresentationWindow::nodeTextPixels() const
{
    const qreal scale = m_diagram ? m_diagram->textScale() : 1;
    return GraphFonts::text(scale).pixelSize() * m_graph->transform().m11();
}

void PresentationWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    scaleFonts();
    arrange();
    fitGraph();
}

// The diagram gets the half of the screen where it is drawn largest: beside
// the table for a tall diagram, above it (the table and the chapters side by
// side below) for a wide one such as the usual on-premises ↔ cloud mesh.
void PresentationWindow::arrange()
{
    if (m_diagram)
        m_diagram->flush();
    const QSizeF area(width() - 24, height() - m_caption->minimumHeight()
                                        - 2 * QFontMetrics(m_position->font()).lineSpacing() - 24);
    QSizeF diagram(4, 3);
    if (m_graph->scene() && !m_graph->scene()->itemsBoundingRect().isEmpty())
        diagram = m_graph->scene()->itemsBoundingRect().adjusted(-20, -20, 20, 20).size();
    const qreal beside = qMin(area.width() / 2 / diagram.width(), area.height() / diagram.height());
    const qreal above = qMin(area.width() / diagram.width(), area.height() / 2 / diagram.height());
    const bool vertical = above > beside;
    m_split->setOrientation(vertical ? Qt::Vertical : Qt::Horizontal);
    m_sideLayout->setDirection(vertical ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    // Above the table the diagram takes all but room for the table's header
    // and three rows (the appliances' rows; it scrolls to the current one).
    const int length = vertical ? m_split->height() : m_split->width();
    QTableView *table = m_table->table();
    const int tableRows = m_table->filterEdit()->sizeHint().height() + 12
                          + table->horizontalHeader()->sizeHint().height()
                          + 3 * table->verticalHeader()->defaultSectionSize() + 2 * table->frameWidth();
    const int first = vertical ? qBound(length / 2, length - tableRows, length * 4 / 5) : length / 2;
    m_split->setSizes({first, length - first});
}

bool PresentationWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize) {
        if (watched == m_graph->viewport())
            fitGraph();
        else if (watched == m_table->table()->viewport())
            fitTable();
    }
    return QWidget::eventFilter(watched, event);
}

void PresentationWindow::closeEvent(QCloseEvent *event)
{
    Q_EMIT closed();
    QWidget::closeEvent(event);
}

void PresentationWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        update();
    }
    QWidget::changeEvent(event);
}

void PresentationWindow::retranslate()
{
    setWindowTitle(tr("MeshNAT presentation"));
    m_help->setText(tr("PageDown/PageUp: step · . and ,: chapters · B: bookmark · N/P or 1–9: "
                       "bookmarks · Esc: leave"));
    m_chaptersTitle->setText(tr("Chapters"));
    loadChapters();
    setBookmarks(m_bookmarks);
}
