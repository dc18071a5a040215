#pragma once

#include <QSortFilterProxyModel>

class EventListModel;

// Hides events by type (a bit per SimEvent::Type) and by a text that must
// appear in the sentence, device or type name. Keeps the log's order.
class EventFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit EventFilterProxy(QObject *parent = nullptr);

    void setEventModel(EventListModel *model);
    void setTypeShown(int type, bool shown);
    bool isTypeShown(int type) const { return m_types & (1u << type); }
    void setTypeMask(quint32 mask);
    quint32 typeMask() const { return m_types; }
    void setText(const QString &text);
    // The proxy row of the last shown event at or before step (-1: none).
    int rowAtOrBefore(int step) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    EventListModel *m_events = nullptr;
    quint32 m_types = ~0u;
    QString m_text;
};
