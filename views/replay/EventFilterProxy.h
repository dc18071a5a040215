#pragma once

#include <QSortFilterProxyModel>

class EventListModel;

// Hides events by type (a bit per SimEvent::Type), by a text that must appear
// in the sentence, device or type name, and optionally all but moments. Keeps
// the log's order.
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
    QString text() const { return m_text; }
    // Only the steps that are moments (tunnel changes, collisions, findings, bookmarks...).
    void setMomentsOnly(bool on);
    bool isMomentsOnly() const { return m_momentsOnly; }
    // True while some event is hidden by type or text (stepping then skips hidden ones).
    bool isActive() const;
    // The step of the first shown event after / the last before `step` (-2: none).
    int shownStepAfter(int step) const;
    int shownStepBefore(int step) const;

Q_SIGNALS:
    // The type mask or the text changed (after the rows were re-filtered).
    void filterChanged();

public:
    // The proxy row of the last shown event at or before step (-1: none).
    int rowAtOrBefore(int step) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    EventListModel *m_events = nullptr;
    quint32 m_types = ~0u;
    QString m_text;
    bool m_momentsOnly = false;
};
