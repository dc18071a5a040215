#include "NatTableView.h"

#include "ModelEnums.h"
#include "Moments.h"
#include "NatTableModel.h"
#include "Project.h"
#include "SimulationSession.h"
#include "TableRowDelegate.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QTabBar>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {
// Narrower than this, the device tabs get a row of their own.
constexpr int kOneRowWidth = 1000;
} // namespace
#include <functional>

NatTableView::NatTableView(QWidget *parent)
    : QWidget(parent)
    , m_model(new NatTableModel(this))
    , m_tabs(new QTabBar(this))
    , m_filter(new QLineEdit(this))
    , m_protocol(new QComboBox(this))
    , m_owner(new QComboBox(this))
    , m_follow(new QCheckBox(this))
    , m_count(new QLabel(this))
    , m_copyButton(new QToolButton(this))
    , m_exportButton(new QToolButton(this))
    , m_table(new QTableView(this))
    , m_copy(new QAction(this))
    , m_copyAll(new QAction(this))
    , m_export(new QAction(this))
{
    m_tabs->setDocumentMode(true);
    m_tabs->setExpanding(false);
    m_filter->setClearButtonEnabled(true);
    m_follow->setChecked(true);
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_protocol->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_table->setModel(m_model);
    m_table->setItemDelegate(new TableRowDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(NatTableModel::InsideGlobalColumn, Qt::AscendingOrder);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    // Fixed row heights and column widths: nothing is measured over a million rows.
    QHeaderView *rows = m_table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 4);
    rows->hide();
    // Room for a moment's rows (a collision: the new row and the one holding the
    // port), however small the dock is made.
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height()
                              + 2 * rows->defaultSectionSize() + 2 * m_table->frameWidth());
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setStretchLastSection(true);
    // Widths for the widest cell, and never narrower than the header's text
    // with its sort arrow in the language shown (retranslate() widens them).
    const int address = fontMetrics().horizontalAdvance(QStringLiteral("255.255.255.255:65535")) + 34;
    const int time = fontMetrics().horizontalAdvance(QStringLiteral("00000.0 s")) + 16;
    const int protocol = fontMetrics().horizontalAdvance(QStringLiteral("icmp")) + 16;
    const int widths[] = {protocol, address, address, address, address, 150, 110, time, time, time};
    for (int c = 0; c < NatTableModel::ColumnCount; ++c)
        columns->resizeSection(c, widths[c]);

    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(m_copy);
    m_table->addAction(m_copyAll);
    m_table->addAction(m_export);
    m_copyButton->setDefaultAction(m_copy);
    m_exportButton->setDefaultAction(m_export);
    m_copyButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_table->viewport()->installEventFilter(this);

    // Device tabs and filters share one row when there is room (at 1280×720
    // the dock is short and every pixel left goes to the rows of the current
    // moment); a narrow view (presentation mode) puts the tabs above.
    m_tabsRow = new QHBoxLayout;
    m_tabsRow->setContentsMargins(4, 0, 4, 0);
    auto *bar = m_bar = new QHBoxLayout;
    bar->setContentsMargins(4, 0, 4, 0);
    bar->addWidget(m_tabs);
    bar->addWidget(m_filter, 2);
    bar->addWidget(m_protocol);
    bar->addWidget(m_owner, 1);
    bar->addWidget(m_follow);
    bar->addWidget(m_count);
    bar->addStretch(0);
    bar->addWidget(m_copyButton);
    bar->addWidget(m_exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(m_tabsRow);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_tabs, &QTabBar::currentChanged, this, [this](int tab) {
        if (m_syncing)
            return;
        m_model->setDevice(tab);
        fillOwners();
        updateCount();
    });
    // Every keystroke filters at once, no pause in typing waited for: the first
    // screen of matches is there when setTextFilter() returns, and on a big
    // table the rest follows in slices between events, counted "so far"
    // (bench_nattable).
    connect(m_filter, &QLineEdit::textChanged, this, [this] {
        m_model->setTextFilter(m_filter->text());
        updateCount();
    });
    connect(m_protocol, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setProtocolFilter(m_protocol->currentData().toInt());
        updateCount();
    });
    connect(m_owner, &QComboBox::currentIndexChanged, this, [this] {
        if (m_syncing)
            return;
        m_model->setOwnerFilter(m_owner->currentData().toUInt());
        updateCount();
    });
    connect(m_copy, &QAction::triggered, this, &NatTableView::copyRows);
    connect(m_copyAll, &QAction::triggered, this, [this] {
        m_model->finishFiltering();
        QApplication::clipboard()->setText(m_model->ciscoText());
    });
    connect(m_export, &QAction::triggered, this, &NatTableView::exportRequested);
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (const ObjectId owner = index.data(NatTableModel::OwnerRole).toUInt()) {
            // The selection coming back must not replace the row the user clicked.
            m_syncing = true;
            emit objectActivated(owner);
            m_syncing = false;
        }
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const int step = creationStep(index.data(NatTableModel::TranslationIdRole).toUInt());
        if (step >= 0)
            emit stepRequested(step);
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &NatTableView::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &NatTableView::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &NatTableView::updateCount);
    connect(m_model, &NatTableModel::filterFinished, this, &NatTableView::updateCount);
    connect(m_model, &NatTableModel::filterProgress, this, &NatTableView::updateCount);
    retranslate();
}

void NatTableView::setSession(SimulationSession *session)
{
    if (m_session) // the replay switches between the simulation and a capture
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    connect(session, &SimulationSession::resultChanged, this, &NatTableView::reload);
    connect(session, &SimulationSession::stepChanged, this, [this] {
        m_model->refresh();
        followStep();
    });
    reload();
}

void NatTableView::reload()
{
    showResult(m_session->project(), m_session->result(), m_session->sharedCursor());
    followStep();
}

void NatTableView::showResult(const Project *project, std::shared_ptr<const SimulationResult> result,
                              std::shared_ptr<const ReplayCursor> cursor)
{
    const int keep = m_tabs->currentIndex();
    m_syncing = true;
    while (m_tabs->count())
        m_tabs->removeTab(0);
    for (const auto &device : result->devices) {
        const int tab = m_tabs->addTab(device.name);
        m_tabs->setTabToolTip(tab, ModelEnums::displayName(device.profile));
    }
    const int device = result->devices.isEmpty() ? -1 : std::clamp(keep, 0, int(result->devices.size()) - 1);
    m_tabs->setCurrentIndex(device);
    m_syncing = false;
    m_model->setSource(project, result, std::move(cursor));
    m_model->setDevice(device);
    fillOwners();
    updateCount();
}

void NatTableView::setDevice(int device)
{
    m_tabs->setCurrentIndex(device);
}

int NatTableView::device() const
{
    return m_model->device();
}

void NatTableView::setFollowReplay(bool on)
{
    m_follow->setChecked(on);
}

void NatTableView::followStep()
{
    if (!m_follow->isChecked() || !m_session)
        return;
    const SimEvent *e = m_session->currentEvent();
    if (!e)
        return;
    const SimulationResult &r = *m_session->result();
    // At a moment: every row it involves (a collision: the new row and the one
    // holding the port asked for; a tunnel change: the appliance's mapping).
    QList<quint32> ids;
    const auto moments = Moments::of(*m_session->project(), m_session->result());
    for (const Moments::Moment &m : moments->at(m_session->step())) {
        if (m.translation && !ids.contains(m.translation)) {
            ids << m.translation;
            const quint32 holder = r.translation(m.translation).heldBy;
            if (m.kind == Moments::Collision && holder && !ids.contains(holder))
                ids << holder;
        }
    }
    if (!ids.isEmpty()) {
        showTranslations(ids);
        return;
    }
    if (!e->translation
        || (e->type != SimEvent::TranslationCreated && e->type != SimEvent::NatTranslated
            && e->type != SimEvent::TranslationExpired))
        return;
    const int device = r.translation(e->translation).device;
    if (device != m_model->device())
        setDevice(device);
    const int row = m_model->rowOf(e->translation);
    if (row >= 0)
        m_table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
}

void NatTableView::showTranslations(const QList<quint32> &ids)
{
    const SimulationResult &r = *m_session->result();
    if (ids.isEmpty() || !ids.first() || ids.first() > r.translations.size())
        return;
    const int device = r.translation(ids.first()).device;
    if (device < 0)
        return;
    if (device != m_model->device())
        setDevice(device);
    m_model->finishFiltering(); // the rows' places among every match
    QList<int> rows;
    for (quint32 id : ids) {
        const int row = m_model->rowOf(id);
        if (row >= 0 && r.translation(id).device == device)
            rows << row;
    }
    QItemSelection selection;
    for (int row : std::as_const(rows))
        selection.select(m_model->index(row, 0), m_model->index(row, NatTableModel::ColumnCount - 1));
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (rows.isEmpty())
        return;
    keepSelectionInView();
}

void NatTableView::keepSelectionInView()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    // The first centred, then the others pulled into view around it.
    m_table->scrollTo(m_model->index(rows.first(), 0), QAbstractItemView::PositionAtCenter);
    for (int row : std::as_const(rows))
        m_table->scrollTo(m_model->index(row, 0), QAbstractItemView::EnsureVisible);
    m_table->scrollTo(m_model->index(rows.first(), 0), QAbstractItemView::EnsureVisible);
}

void NatTableView::resizeEvent(QResizeEvent *event)
{
    const bool oneRow = width() >= kOneRowWidth;
    if (oneRow && m_tabsRow->indexOf(m_tabs) >= 0) {
        m_tabsRow->removeWidget(m_tabs);
        m_bar->insertWidget(0, m_tabs);
    } else if (!oneRow && m_bar->indexOf(m_tabs) >= 0) {
        m_bar->removeWidget(m_tabs);
        m_tabsRow->addWidget(m_tabs);
        m_tabsRow->addStretch(1);
    }
    if (oneRow) {
        while (QLayoutItem *spacer = m_tabsRow->takeAt(0))
            delete spacer;
    }
    QWidget::resizeEvent(event);
}

bool NatTableView::eventFilter(QObject *watched, QEvent *event)
{
    // A dock resized (the window laid out, the user dragging it): the rows of
    // the moment stay in view.
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        QTimer::singleShot(0, this, &NatTableView::keepSelectionInView);
    return QWidget::eventFilter(watched, event);
}

void NatTableView::showObject(ObjectId id)
{
    if (!m_session || id == NoId || m_syncing)
        return;
    const SimulationResult &r = *m_session->result();
    for (int d = 0; d < r.devices.size(); ++d) {
        if (r.devices[d].id == id) {
            setDevice(d);
            return;
        }
    }
    if (m_session->project()->kind(id) != ObjectKind::Appliance)
        return;
    // A tunnel selects one of its appliances; the rows are the on-prem one's.
    ObjectId owner = id;
    const int tunnel = r.tunnelOf(id);
    if (tunnel >= 0)
        owner = r.tunnels[tunnel].appliance;
    // Its live rows, newest first: the port it uses now.
    QList<quint32> ids;
    const ReplayCursor &cursor = m_session->cursor();
    for (auto it = cursor.live().cbegin(); it != cursor.live().cend(); ++it) {
        if (r.translation(it.key()).owner == owner)
            ids << it.key();
    }
    std::sort(ids.begin(), ids.end(), std::greater<quint32>());
    if (ids.isEmpty() && tunnel >= 0 && r.tunnels[tunnel].device >= 0) {
        setDevice(r.tunnels[tunnel].device); // nothing live yet: at least its router
        return;
    }
    // Rows on the device of the newest one only (one tab is shown).
    if (!ids.isEmpty()) {
        const int device = r.translation(ids.first()).device;
        ids.erase(std::remove_if(ids.begin(), ids.end(),
                                 [&](quint32 t) { return r.translation(t).device != device; }),
                  ids.end());
    }
    showTranslations(ids);
}

void NatTableView::fillOwners()
{
    m_syncing = true;
    const ObjectId keep = m_owner->currentData().toUInt();
    m_owner->clear();
    m_owner->addItem(tr("All owners"), 0u);
    for (ObjectId owner : m_model->owners())
        m_owner->addItem(m_model->ownerName(owner), owner);
    const int index = m_owner->findData(keep);
    m_owner->setCurrentIndex(index >= 0 ? index : 0);
    m_syncing = false;
    m_model->setOwnerFilter(m_owner->currentData().toUInt());
}

void NatTableView::updateCount()
{
    if (m_tabs->count() == 0) {
        m_count->setText(tr("No NAT device in this project"));
        return;
    }
    // Numbers as the language of the interface writes them (LanguageManager sets the locale).
    const QLocale locale;
    const int shown = m_model->rowCount();
    if (m_model->isFiltering())
        m_count->setText(tr("%1 matches so far…").arg(locale.toString(m_model->matchesSoFar())));
    else if (shown == m_model->unfilteredCount())
        m_count->setText(tr("%Ln translation(s)", nullptr, shown));
    else
        m_count->setText(tr("%1 of %2 translations")
                             .arg(locale.toString(shown), locale.toString(m_model->unfilteredCount())));
}

void NatTableView::fitHeaders()
{
    QHeaderView *columns = m_table->horizontalHeader();
    for (int c = 0; c < NatTableModel::ColumnCount; ++c)
        columns->resizeSection(c, std::max(columns->sectionSize(c), columns->sectionSizeHint(c)));
}

QString NatTableView::copyRows()
{
    m_model->finishFiltering();
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    const QString text = m_model->ciscoText(rows);
    QApplication::clipboard()->setText(text);
    return text;
}

bool NatTableView::exportCsv(const QString &fileName, QString *error) const
{
    m_model->finishFiltering(); // every shown row, not the ones found so far
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    file.write(m_model->csv().toUtf8());
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

int NatTableView::creationStep(quint32 translation) const
{
    if (!translation || !m_session)
        return -1;
    const auto &events = m_session->result()->events;
    for (size_t i = 0; i < events.size(); ++i) {
        if (events[i].type == SimEvent::TranslationCreated && events[i].translation == translation)
            return int(i);
    }
    return -1;
}

void NatTableView::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter: address, port or owner"));
    m_follow->setText(tr("Follow replay"));
    m_follow->setToolTip(tr("Show the device acting at the current step and scroll to the row "
                            "it touched"));
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the selected rows as show ip nat translations prints them"));
    m_copyAll->setText(tr("Copy all rows"));
    m_export->setText(tr("Export CSV…"));
    const int protocol = m_protocol->currentIndex();
    const QSignalBlocker blocker(m_protocol);
    m_protocol->clear();
    m_protocol->addItem(tr("All protocols"), -1);
    for (Protocol p : {Protocol::Udp, Protocol::Tcp, Protocol::Icmp, Protocol::Esp})
        m_protocol->addItem(ModelEnums::displayName(enumKey(p, ModelEnums::protocolKeys())), int(p));
    m_protocol->setCurrentIndex(std::max(0, protocol));
    m_model->setProtocolFilter(m_protocol->currentData().toInt());
    if (m_owner->count())
        m_owner->setItemText(0, tr("All owners"));
    m_model->retranslate();
    fitHeaders();
    updateCount();
}

void NatTableView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
