#pragma once

#include "ObjectId.h"

#include <QTreeView>

class ApplianceStatusModel;
class SimulationSession;

// The appliance status of every service mesh at the replay cursor. Clicking a
// pair selects its appliance everywhere and moves the replay to the event that
// put the tunnel in its state.
class ApplianceStatusPanel : public QTreeView
{
    Q_OBJECT
public:
    explicit ApplianceStatusPanel(QWidget *parent = nullptr);

    void setSession(SimulationSession *session);
    ApplianceStatusModel *statusModel() const { return m_model; }

public slots:
    void setCurrentObject(ObjectId id);

signals:
    void objectActivated(ObjectId id);
    void stepRequested(int step);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void activate(const QModelIndex &index);

    SimulationSession *m_session = nullptr;
    ApplianceStatusModel *m_model;
    bool m_syncing = false;
};
