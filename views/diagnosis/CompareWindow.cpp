#include "CompareWindow.h"

#include "EventText.h"
#include "Project.h"
#include "ReplayCursor.h"
#include "SiteComparison.h"
#include "Simulator.h"
#include "Theme.h"
#include "TunnelStateStyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QTableWidget *makeTable(QWidget *parent, int columns)
{
    auto *t = new QTableWidget(0, columns, parent);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}
} // namespace

CompareWindow::CompareWindow(std::unique_ptr<Project> a, const QString &nameA,
                             std::unique_ptr<Project> b, const QString &nameB, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_project{std::move(a), std::move(b)}
    , m_name{nameA, nameB}
    , m_explanation(new QLabel(this))
    , m_steps(makeTable(this, 4))
    , m_first(new QPushButton(this))
    , m_previous(new QPushButton(this))
    , m_next(new QPushButton(this))
    , m_divergence(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    m_comparison = std::make_unique<SiteComparison>(*m_project[0], Simulator::run(*m_project[0]),
                                                    *m_project[1], Simulator::run(*m_project[1]));
    m_explanation->setWordWrap(true);
    m_explanation->setObjectName(QStringLiteral("divergenceExplanation"));
    m_explanation->setFrameShape(QFrame::StyledPanel);
    m_explanation->setMargin(6);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *sides = new QSplitter(Qt::Horizontal, this);
    for (int side = 0; side < 2; ++side) {
        m_cursor[side] = std::make_unique<ReplayCursor>(m_comparison->result(side));
        auto *box = new QWidget(sides);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        m_header[side] = new QLabel(box);
        m_header[side]->setWordWrap(true);
        QFont bold = m_header[side]->font();
        bold.setBold(true);
        m_header[side]->setFont(bold);
        m_table[side] = makeTable(box, 5);
        m_table[side]->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        m_table[side]->horizontalHeader()->setStretchLastSection(true);
        m_caption[side] = new QLabel(box);
        m_caption[side]->setWordWrap(true);
        m_caption[side]->setMinimumHeight(m_caption[side]->fontMetrics().height() * 3);
        m_caption[side]->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        layout->addWidget(m_header[side]);
        layout->addWidget(m_table[side], 1);
        layout->addWidget(m_caption[side]);
        sides->addWidget(box);
    }

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_first);
    buttons->addWidget(m_previous);
    buttons->addWidget(m_next);
    buttons->addStretch(1);
    buttons->addWidget(m_divergence);
    buttons->addSpacing(12);
    buttons->addWidget(m_close);

    sides->setChildrenCollapsible(false);
    sides->setSizes({1000, 1000}); // equal halves
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(sides);
    vertical->addWidget(m_steps);
    vertical->setSizes({330, 400});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addWidget(vertical, 1);
    layout->addLayout(buttons);

    m_previous->setShortcut(QKeySequence(Qt::Key_Left));
    m_next->setShortcut(QKeySequence(Qt::Key_Right));
    m_first->setShortcut(QKeySequence(Qt::Key_Home));
    m_divergence->setShortcut(QKeySequence(Qt::Key_D));
    connect(m_first, &QPushButton::clicked, this, [this] { setStep(0); });
    connect(m_previous, &QPushButton::clicked, this, [this] { setStep(std::max(0, m_step - 1)); });
    connect(m_next, &QPushButton::clicked, this, [this] {
        setStep(std::min(int(m_comparison->steps().size()) - 1, m_step + 1));
    });
    connect(m_divergence, &QPushButton::clicked, this, &CompareWindow::goToDivergence);
    connect(m_close, &QPushButton::clicked, this, &QWidget::close);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WindowShortcut);
    connect(escape, &QShortcut::activated, this, &QWidget::close);
    connect(m_steps, &QTableWidget::currentCellChanged, this,
            [this](int row) { if (row >= 0 && row != m_step) setStep(row); });
    resize(1280, 820);
    retranslate();
    goToDivergence();
}

CompareWindow::~CompareWindow() = default;

void CompareWindow::goToDivergence()
{
    const int d = m_comparison->divergence();
    setStep(d >= 0 ? d : int(m_comparison->steps().size()) - 1);
}

void CompareWindow::setStep(int step)
{
    if (step < 0 || step >= m_comparison->steps().size())
        return;
    m_step = step;
    for (int side = 0; side < 2; ++side)
        m_cursor[side]->seek(m_comparison->eventAt(step, side));
    if (m_steps->currentRow() != step)
        m_steps->setCurrentCell(step, 0);
    m_steps->scrollToItem(m_steps->item(step, 0));
    showStep();
}

void CompareWindow::fillSteps()
{
    const auto &steps = m_comparison->steps();
    m_steps->setRowCount(int(steps.size()));
    for (int i = 0; i < steps.size(); ++i) {
        const SiteComparison::Step &s = steps[i];
        const QString time = tr("%1 s").arg(s.time, 0, 'f', 1);
        const QStringList cells = {s.diverges ? QStringLiteral("≠ ") + time : time, s.appliance,
                                   m_comparison->describe(i, 0), m_comparison->describe(i, 1)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c].isEmpty() ? tr("(nothing)") : cells[c]);
            item->setToolTip(cells[c]);
            if (i == m_comparison->divergence()) // marked "≠" too
                item->setBackground(Theme::tint(Theme::Highlight, palette()));
            m_steps->setItem(i, c, item);
        }
    }
    m_steps->setColumnWidth(0, 70);
    m_steps->setColumnWidth(1, 110);
    m_steps->setColumnWidth(2, 520);
}

void CompareWindow::fillSide(int side)
{
    const SimulationResult &r = m_cursor[side]->result();
    const Project &p = *m_project[side];
    const ReplayCursor &cursor = *m_cursor[side];
    QTableWidget *table = m_table[side];
    table->setRowCount(int(r.tunnels.size()));
    const int divergence = m_comparison->divergence();
    const QString divergentAppliance =
        m_step == divergence && divergence >= 0 ? m_comparison->steps()[divergence].appliance : QString();
    for (int i = 0; i < r.tunnels.size(); ++i) {
        const auto &tunnel = r.tunnels[i];
        QString global = tr("—");
        for (auto it = cursor.live().cbegin(); it != cursor.live().cend(); ++it) {
            const Translation &t = r.translation(it.key());
            if ((t.owner == tunnel.appliance && t.outside == tunnel.remote)
                || (t.isStatic && t.insideLocal.ip == tunnel.local.ip)) {
                global = t.simple ? Ipv4::toString(t.insideGlobal.ip) : t.insideGlobal.toString();
                if (!t.isStatic)
                    break;
            }
        }
        const auto state = cursor.tunnel(i).state;
        const QStringList cells = {p.displayName(tunnel.appliance), tunnel.local.toString(), global,
                                   tunnel.remote.toString(), EventText::stateName(state)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c == 4 && (state == SimEvent::Up || state == SimEvent::Down)) {
                item->setForeground(Theme::color(TunnelStateStyle::role(state), palette()));
                item->setIcon(Theme::icon(TunnelStateStyle::role(state), palette()));
            }
            if (!divergentAppliance.isEmpty() && cells[0] == divergentAppliance)
                item->setBackground(Theme::tint(Theme::Highlight, palette()));
            table->setItem(i, c, item);
        }
    }
    const QString caption = m_comparison->describe(m_step, side);
    m_caption[side]->setText(caption.isEmpty() ? tr("(no step on this side)") : caption);
}

void CompareWindow::showStep()
{
    for (int side = 0; side < 2; ++side)
        fillSide(side);
}

void CompareWindow::retranslate()
{
    setWindowTitle(tr("Compare Sites — %1 ⇄ %2").arg(m_name[0], m_name[1]));
    const QString explanation = m_comparison->explanation();
    m_explanation->setText(explanation);
    Theme::mark(m_explanation, m_comparison->divergence() >= 0 ? Theme::Mark::Banner : Theme::Mark::Plain,
                Theme::Highlight);
    for (int side = 0; side < 2; ++side) {
        m_header[side]->setText(QStringLiteral("%1: %2 — %3")
                                    .arg(side ? QStringLiteral("B") : QStringLiteral("A"), m_name[side],
                                         m_comparison->sideName(side)));
        m_table[side]->setHorizontalHeaderLabels({tr("Appliance"), tr("Inside local"),
                                                  tr("Inside global"), tr("Peer"), tr("Tunnel")});
    }
    m_steps->setHorizontalHeaderLabels(
        {tr("Time"), tr("Appliance"), tr("A: %1").arg(m_name[0]), tr("B: %1").arg(m_name[1])});
    m_first->setText(tr("|< First"));
    m_previous->setText(tr("< Previous"));
    m_next->setText(tr("Next >"));
    m_divergence->setText(tr("Go to &Divergence"));
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("Close the comparison (Esc)"));
    fillSteps();
    if (m_step >= 0)
        showStep();
}

void CompareWindow::changeEvent(QEvent *event)
{
    // Texts and the palette's colours are both filled in by retranslate().
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        retranslate();
    QWidget::changeEvent(event);
}
