#include "EventListView.h"

#include "RowSelection.h"
#include "EventFilterProxy.h"
#include "EventListModel.h"
#include "EventText.h"
#include "Field.h"
#include "Project.h"
#include "SimulationSession.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSignalBlocker>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
// The types a walk-through usually wants: what the NAT and the tunnels do.
constexpr quint32 keyEvents = (1u << SimEvent::ApplianceDeployed) | (1u << SimEvent::ApplianceStopped)
                              | (1u << SimEvent::TranslationCreated)
                              | (1u << SimEvent::TranslationExpired) | (1u << SimEvent::PacketDropped)
                              | (1u << SimEvent::PeerLearned) | (1u << SimEvent::TunnelChanged)
                              | (1u << SimEvent::PortFlip) | (1u << SimEvent::ScenarioAction);
constexpr quint32 allEvents = (1u << SimEvent::TypeCount) - 1;
} // namespace

EventListView::EventListView(QWidget *parent)
    : QWidget(parent)
    , m_model(new EventListModel(this))
    , m_proxy(new EventFilterProxy(this))
    , m_typeButton(new QToolButton(this))
    , m_menu(new QMenu(this))
    , m_text(new QLineEdit(this))
    , m_table(new QTableView(this))
{
    m_proxy->setEventModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setStretchLastSection(true);
    columns->resizeSection(EventListModel::StepColumn, 60);
    columns->resizeSection(EventListModel::TimeColumn, 70);
    columns->resizeSection(EventListModel::MomentColumn, 150);
    columns->resizeSection(EventListModel::TypeColumn, 140);
    columns->resizeSection(EventListModel::DeviceColumn, 160);

    m_typeButton->setMenu(m_menu);
    m_typeButton->setPopupMode(QToolButton::InstantPopup);
    m_text->setClearButtonEnabled(true);
    buildMenu();

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    bar->addWidget(m_typeButton);
    bar->addWidget(m_text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_text, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_syncing = true;
        m_proxy->setText(text);
        m_syncing = false;
        showStep(m_session ? m_session->step() : -1);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_syncing || !current.isValid())
                    return;
                emit stepRequested(current.data(EventListModel::StepRole).toInt());
            });
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        emit stepRequested(index.data(EventListModel::StepRole).toInt());
        if (const ObjectId subject = index.data(EventListModel::SubjectRole).toUInt())
            emit objectActivated(subject);
    });
    retranslate();
}

void EventListView::buildMenu()
{
    m_menu->clear();
    QAction *key = m_menu->addAction(QString());
    key->setObjectName(QStringLiteral("keyEvents"));
    connect(key, &QAction::triggered, this, [this] { setTypeMask(keyEvents); });
    QAction *all = m_menu->addAction(QString());
    all->setObjectName(QStringLiteral("allEvents"));
    connect(all, &QAction::triggered, this, [this] {
        setMomentsOnly(false);
        setTypeMask(allEvents);
    });
    QAction *moments = m_menu->addAction(QString());
    moments->setObjectName(QStringLiteral("momentsOnly"));
    moments->setCheckable(true);
    moments->setChecked(m_proxy->isMomentsOnly());
    connect(moments, &QAction::toggled, this, &EventListView::setMomentsOnly);
    m_menu->addSeparator();
    for (int type = 0; type < SimEvent::TypeCount; ++type) {
        QAction *action = m_menu->addAction(EventText::typeName(SimEvent::Type(type)));
        action->setCheckable(true);
        action->setChecked(m_proxy->isTypeShown(type));
        action->setData(type);
        connect(action, &QAction::toggled, this, [this, type](bool on) { setTypeShown(type, on); });
    }
    key->setText(tr("Key events (NAT and tunnels)"));
    all->setText(tr("All events"));
    moments->setText(tr("Moments only (what tells the story)"));
    moments->setToolTip(tr("Tunnel state changes, port collisions, appliance translations, "
                           "findings and bookmarks; stepping then visits only these"));
}

void EventListView::setMomentsOnly(bool on)
{
    m_syncing = true;
    m_proxy->setMomentsOnly(on);
    m_syncing = false;
    for (QAction *action : m_menu->actions()) {
        if (action->objectName() == QLatin1String("momentsOnly")) {
            const QSignalBlocker blocker(action);
            action->setChecked(on);
        }
    }
    showStep(m_session ? m_session->step() : -1);
}

void EventListView::setTypeShown(int type, bool shown)
{
    setTypeMask(shown ? m_proxy->typeMask() | (1u << type) : m_proxy->typeMask() & ~(1u << type));
}

void EventListView::setTypeMask(quint32 mask)
{
    // Rows vanishing move the view's current row: that is not the user asking to seek.
    m_syncing = true;
    m_proxy->setTypeMask(mask);
    m_syncing = false;
    for (QAction *action : m_menu->actions()) {
        if (action->isCheckable() && action->data().isValid()) {
            const QSignalBlocker blocker(action);
            action->setChecked(m_proxy->isTypeShown(action->data().toInt()));
        }
    }
    showStep(m_session ? m_session->step() : -1);
}

void EventListView::setSession(SimulationSession *session)
{
    if (m_session) { // the replay switches between the simulation and a capture
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(m_session->project(), &Project::valueChanged, this, nullptr);
    }
    m_session = session;
    connect(session, &SimulationSession::resultChanged, this, &EventListView::reload);
    connect(session, &SimulationSession::stepChanged, this, &EventListView::showStep);
    connect(session->project(), &Project::valueChanged, this, [this](ObjectId id, FieldKey key) {
        if (id == NoId && key == Field::bookmarks) {
            m_model->refreshMoments();
            if (m_proxy->isMomentsOnly())
                m_proxy->invalidate();
        }
    });
    reload();
}

void EventListView::reload()
{
    m_model->setSource(m_session->project(), m_session->result());
    showStep(m_session->step());
}

void EventListView::showStep(int step)
{
    m_model->setCurrentStep(step);
    const int row = m_proxy->rowAtOrBefore(step);
    m_syncing = true;
    selectRowOrClear(m_table, row >= 0 ? m_proxy->index(row, 0) : QModelIndex());
    m_syncing = false;
}

void EventListView::retranslate()
{
    m_typeButton->setText(tr("Event types"));
    m_typeButton->setToolTip(tr("Choose which kinds of event the list shows"));
    m_text->setPlaceholderText(tr("Filter events: address, appliance, device…"));
    buildMenu();
    m_model->retranslate();
}

void EventListView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
