#pragma once

#include "ObjectId.h"

#include <QWidget>

class EventFilterProxy;
class EventListModel;
class QLineEdit;
class QMenu;
class QTableView;
class QToolButton;
class SimulationSession;

// The event log, filterable by event type and text. Clicking an event moves
// the replay cursor there; the cursor moving selects its event (or the last
// shown one before it).
class EventListView : public QWidget
{
    Q_OBJECT
public:
    explicit EventListView(QWidget *parent = nullptr);

    void setSession(SimulationSession *session);
    EventListModel *eventModel() const { return m_model; }
    EventFilterProxy *filterModel() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QLineEdit *textFilter() const { return m_text; }
    QMenu *typeMenu() const { return m_menu; }

    void setTypeShown(int type, bool shown);
    void setTypeMask(quint32 mask);
    // Shows only the steps that are moments (and so steps through only them).
    void setMomentsOnly(bool on);

signals:
    void stepRequested(int step);
    void objectActivated(ObjectId id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void showStep(int step);
    void buildMenu();
    void retranslate();

    SimulationSession *m_session = nullptr;
    EventListModel *m_model;
    EventFilterProxy *m_proxy;
    QToolButton *m_typeButton;
    QMenu *m_menu;
    QLineEdit *m_text;
    QTableView *m_table;
    bool m_syncing = false;
};
