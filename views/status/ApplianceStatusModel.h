#pragma once

#include "ObjectId.h"

#include <QAbstractItemModel>

#include <memory>

class Project;
class ReplayCursor;
struct SimulationResult;

// Per service mesh, every service and its appliance pair with the tunnel state
// at the replay cursor, the reason and the peer port policy in force. Mesh rows
// summarise their pairs. Rows hold tunnel indexes; cells are read on demand.
class ApplianceStatusModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, StateColumn, ReasonColumn, PairColumn, PolicyColumn, ColumnCount };
    enum Role {
        ObjectIdRole = Qt::UserRole + 1, // the on-prem appliance, or the mesh
        EventRole,                       // the event that set the state, -1 none
        TunnelRole,                      // tunnel index, -1 none
        StateRole,                       // SimEvent::TunnelState
    };

    explicit ApplianceStatusModel(QObject *parent = nullptr);

    // Rebuilds the rows (a new result) inside one model reset; the cursor moving
    // only needs refresh(). Result and cursor are shared so they outlive the
    // session's move to the next ones; the project outlives the model.
    void setSource(const Project *project, std::shared_ptr<const SimulationResult> result,
                   std::shared_ptr<const ReplayCursor> cursor);
    void refresh();
    void retranslate();

    QModelIndex indexOfObject(ObjectId id) const;
    QModelIndex indexOfTunnel(int tunnel) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        QString service; // catalogue service key
        int tunnel = -1; // -1: the mesh lists the service but has no pair for it
    };
    struct Mesh
    {
        ObjectId id = NoId;
        QList<Entry> entries;
    };
    QVariant meshData(const Mesh &mesh, int column, int role) const;
    QVariant entryData(const Entry &entry, int column, int role) const;
    int state(int tunnel) const;

    const Project *m_project = nullptr;
    std::shared_ptr<const SimulationResult> m_result;
    std::shared_ptr<const ReplayCursor> m_cursor;
    QList<Mesh> m_meshes;
};
