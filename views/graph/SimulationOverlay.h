#pragma once

#include "ObjectId.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPolygonF>

class MeshGraphScene;
class QGraphicsEllipseItem;
class QVariantAnimation;
class SimulationSession;
struct SimulationResult;

// What the simulation adds to the graph at the current replay step: tunnel
// edges coloured by state (Up green, Down red with a badge, others grey) with
// state, reason and peer policy as tooltips, appliance status dots, the NAT
// device acting in the current event highlighted, and a dot that travels the
// current packet's hop. Driven by SimulationSession's signals; no animation
// while stepping or playing fast.
class SimulationOverlay : public QObject
{
    Q_OBJECT
public:
    explicit SimulationOverlay(MeshGraphScene *scene);

    void setSession(SimulationSession *session);
    SimulationSession *session() const { return m_session; }
    // The scene is going away or about to delete all of its items.
    void detach();
    void detachItems();
    // A node's labels changed: put its status back into the tooltip.
    void refreshNode(ObjectId id);

    ObjectId highlightedDevice() const { return m_highlighted; }
    bool isAnimating() const;
    QPolygonF packetPath() const { return m_path; }
    // Exports show states, not the moving dot.
    void setPacketVisible(bool visible);

public slots:
    void applyStates();

signals:
    // Tunnel states, status dots and port labels were set for the current step.
    void statesApplied();

private:
    void onStep();
    // Tunnel index -> the live translation of its appliance on its NAT device.
    QHash<int, quint32> liveMappings(const SimulationResult &result) const;
    void highlight(ObjectId device);
    void animate(const QPolygonF &path, bool dropped);

    MeshGraphScene *m_scene;
    SimulationSession *m_session = nullptr;
    ObjectId m_highlighted = NoId;
    QGraphicsEllipseItem *m_dot = nullptr;
    QVariantAnimation *m_animation;
    QPolygonF m_path;
    QElapsedTimer m_sinceStep;
    QList<ObjectId> m_coloured; // appliances with a status dot
};
