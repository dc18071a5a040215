#include "EventFilterProxy.h"

#include "EventListModel.h"
#include "SimEvent.h"

EventFilterProxy::EventFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void EventFilterProxy::setEventModel(EventListModel *model)
{
    m_events = model;
    setSourceModel(model);
}

void EventFilterProxy::setTypeShown(int type, bool shown)
{
    setTypeMask(shown ? m_types | (1u << type) : m_types & ~(1u << type));
}

void EventFilterProxy::setTypeMask(quint32 mask)
{
    if (mask == m_types)
        return;
    m_types = mask;
    invalidateRowsFilter();
    Q_EMIT filterChanged();
}

void EventFilterProxy::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateRowsFilter();
    Q_EMIT filterChanged();
}

void EventFilterProxy::setMomentsOnly(bool on)
{
    if (on == m_momentsOnly)
        return;
    m_momentsOnly = on;
    invalidateRowsFilter();
    Q_EMIT filterChanged();
}

bool EventFilterProxy::isActive() const
{
    constexpr quint32 all = (1u << SimEvent::TypeCount) - 1;
    return (m_types & all) != all || !m_text.isEmpty() || m_momentsOnly;
}

int EventFilterProxy::shownStepAfter(int step) const
{
    const int row = rowAtOrBefore(step) + 1; // rows keep the log's order
    return row < rowCount() ? mapToSource(index(row, 0)).row() : -2;
}

int EventFilterProxy::shownStepBefore(int step) const
{
    const int row = rowAtOrBefore(step - 1);
    return row >= 0 ? mapToSource(index(row, 0)).row() : -2;
}

bool EventFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (!m_events)
        return true;
    if (!(m_types & (1u << m_events->event(sourceRow).type)))
        return false;
    if (m_momentsOnly
        && m_events->index(sourceRow, 0).data(EventListModel::MomentRole).toString().isEmpty())
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column : {EventListModel::DescriptionColumn, EventListModel::MomentColumn,
                       EventListModel::DeviceColumn,
                       EventListModel::TypeColumn}) {
        if (m_events->index(sourceRow, column).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

int EventFilterProxy::rowAtOrBefore(int step) const
{
    // Proxy rows keep the log's order: binary search on the source row.
    int low = 0, high = rowCount() - 1, found = -1;
    while (low <= high) {
        const int mid = (low + high) / 2;
        if (mapToSource(index(mid, 0)).row() <= step) {
            found = mid;
            low = mid + 1;
        } else {
            high = mid - 1;
        }
    }
    return found;
}
