#include "ApplianceStatusPanel.h"

#include "RowSelection.h"
#include "ApplianceStatusModel.h"
#include "SimulationSession.h"

#include <QEvent>
#include <QHeaderView>

ApplianceStatusPanel::ApplianceStatusPanel(QWidget *parent)
    : QTreeView(parent)
    , m_model(new ApplianceStatusModel(this))
{
    setModel(m_model);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(ApplianceStatusModel::NameColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(ApplianceStatusModel::PairColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(ApplianceStatusModel::StateColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(ApplianceStatusModel::ReasonColumn, QHeaderView::Interactive);
    header()->setSectionResizeMode(ApplianceStatusModel::PolicyColumn, QHeaderView::ResizeToContents);
    header()->resizeSection(ApplianceStatusModel::ReasonColumn, 420);
    connect(this, &QTreeView::clicked, this, &ApplianceStatusPanel::activate);
    connect(this, &QTreeView::activated, this, &ApplianceStatusPanel::activate);
}

void ApplianceStatusPanel::setSession(SimulationSession *session)
{
    if (m_session) { // the replay switches between the simulation and a capture
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(m_session, nullptr, m_model, nullptr);
    }
    m_session = session;
    connect(session, &SimulationSession::resultChanged, this, &ApplianceStatusPanel::reload);
    connect(session, &SimulationSession::stepChanged, m_model, &ApplianceStatusModel::refresh);
    reload();
}

void ApplianceStatusPanel::reload()
{
    m_model->setSource(m_session->project(), m_session->result(), m_session->sharedCursor());
    expandAll();
}

void ApplianceStatusPanel::activate(const QModelIndex &index)
{
    if (m_syncing || !index.isValid())
        return;
    const ObjectId id = index.data(ApplianceStatusModel::ObjectIdRole).toUInt();
    const int event = index.data(ApplianceStatusModel::EventRole).toInt();
    if (id)
        emit objectActivated(id);
    if (event >= 0)
        emit stepRequested(event);
}

void ApplianceStatusPanel::setCurrentObject(ObjectId id)
{
    m_syncing = true;
    selectRowOrClear(this, m_model->indexOfObject(id));
    m_syncing = false;
}

void ApplianceStatusPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_model->retranslate();
    QTreeView::changeEvent(event);
}
