#include "PresentationWindow.h"

#include "EventText.h"
#include "NatTableView.h"
#include "Project.h"
#include "SimulationSession.h"

#include <QApplication>
#include <QEvent>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

PresentationWindow::PresentationWindow(Project *project, SimulationSession *session,
                                       QGraphicsScene *scene, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_project(project)
    , m_session(session)
    , m_caption(new QLabel(this))
    , m_position(new QLabel(this))
    , m_help(new QLabel(this))
    , m_graph(new QGraphicsView(scene, this))
    , m_table(new NatTableView(this))
    , m_bookmarkList(new QListWidget(this))
    , m_split(new QSplitter(Qt::Horizontal, this))
{
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    setFont(big);
    QFont captionFont = big;
    captionFont.setPointSizeF(big.pointSizeF() * 1.3);
    captionFont.setBold(true);
    m_caption->setFont(captionFont);
    m_caption->setWordWrap(true);
    m_caption->setMinimumHeight(QFontMetrics(captionFont).lineSpacing() * 3);
    m_caption->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_help->setStyleSheet(QStringLiteral("color:#666"));

    m_graph->setFont(QApplication::font()); // the scene's boxes are sized for it
    m_graph->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    m_graph->setInteractive(false);
    m_graph->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_graph->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_graph->setFocusPolicy(Qt::NoFocus);
    m_table->setSession(session);
    m_table->setFollowReplay(true);
    m_table->setFocusPolicy(Qt::NoFocus);
    // The HCX tunnels' rows (UDP 4500 inside) are what a customer needs to see;
    // the filter box stays editable for anything else.
    m_table->filterEdit()->setText(QStringLiteral(":4500"));
    m_table->setMinimumWidth(200);
    // Its filter bar at normal size (it is for the presenter), the rows large.
    m_table->setFont(QApplication::font());
    m_table->table()->setFont(big);
    m_bookmarkList->setFocusPolicy(Qt::NoFocus);
    m_bookmarkList->setMaximumHeight(QFontMetrics(big).lineSpacing() * 5);

    m_split->addWidget(m_graph);
    m_split->addWidget(m_table);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_position);
    bottom->addStretch();
    bottom->addWidget(m_help);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_caption);
    layout->addWidget(m_split, 1);
    layout->addWidget(m_bookmarkList);
    layout->addLayout(bottom);

    connect(session, &SimulationSession::stepChanged, this, &PresentationWindow::update);
    connect(session, &SimulationSession::resultChanged, this, &PresentationWindow::update);
    connect(m_bookmarkList, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        seekBookmark(m_bookmarkList->row(item));
    });
    setFocusPolicy(Qt::StrongFocus);
    retranslate();
    update();
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
    m_table->table()->resizeColumnsToContents();
    selectCurrentBookmark();
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
    if (m_graph->scene())
        m_graph->fitInView(m_graph->scene()->itemsBoundingRect().adjusted(-20, -20, 20, 20),
                           Qt::KeepAspectRatio);
}

void PresentationWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_split->setSizes({width() * 55 / 100, width() * 45 / 100});
    fitGraph();
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
    m_help->setText(tr("PageDown/PageUp: step · B: bookmark · N/P or 1–9: bookmarks · Esc: leave"));
    setBookmarks(m_bookmarks);
}
