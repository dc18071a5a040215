#include "SimulationOverlay.h"

#include "GraphPalette.h"

#include "EdgeItem.h"
#include "EventText.h"
#include "MeshGraphScene.h"
#include "NodeItem.h"
#include "Project.h"
#include "SimulationSession.h"

#include <QGraphicsEllipseItem>
#include <QPen>
#include <QVariantAnimation>

namespace {

constexpr int AnimationMs = 450;
// Steps closer together than this (stepping fast, playing) are not animated.
constexpr qint64 FastStepMs = 180;

EdgeItem::State edgeState(SimEvent::TunnelState state)
{
    switch (state) {
    case SimEvent::Up: return EdgeItem::Up;
    case SimEvent::Down: return EdgeItem::Down;
    case SimEvent::Connecting:
    case SimEvent::NotDeployed: break;
    }
    return EdgeItem::Grey;
}

QPointF pointAt(const QPolygonF &path, qreal t)
{
    if (path.size() < 2)
        return path.value(0);
    qreal total = 0;
    for (int i = 1; i < path.size(); ++i)
        total += QLineF(path[i - 1], path[i]).length();
    qreal left = total * t;
    for (int i = 1; i < path.size(); ++i) {
        const QLineF segment(path[i - 1], path[i]);
        if (left <= segment.length() || i == path.size() - 1)
            return segment.pointAt(segment.length() > 0 ? qMin(1.0, left / segment.length()) : 1);
        left -= segment.length();
    }
    return path.last();
}

} // namespace

SimulationOverlay::SimulationOverlay(MeshGraphScene *scene)
    : QObject(scene)
    , m_scene(scene)
    , m_animation(new QVariantAnimation(this))
{
    m_animation->setStartValue(0.0);
    m_animation->setEndValue(1.0);
    m_animation->setDuration(AnimationMs);
    m_animation->setEasingCurve(QEasingCurve::InOutQuad);
    connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant &v) {
        if (m_dot)
            m_dot->setPos(pointAt(m_path, v.toReal()));
    });
    connect(m_animation, &QVariantAnimation::finished, this, [this] {
        if (m_dot)
            m_dot->hide();
    });
    connect(scene, &MeshGraphScene::pairsChanged, this, &SimulationOverlay::applyStates);
    m_sinceStep.start();
}

void SimulationOverlay::setSession(SimulationSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) {
        connect(session, &QObject::destroyed, this, [this] { m_session = nullptr; });
        connect(session, &SimulationSession::resultChanged, this, &SimulationOverlay::applyStates);
        connect(session, &SimulationSession::stepChanged, this, &SimulationOverlay::onStep);
    }
    applyStates();
}

void SimulationOverlay::detach()
{
    setSession(nullptr);
    detachItems();
}

void SimulationOverlay::detachItems()
{
    m_animation->stop();
    delete m_dot;
    m_dot = nullptr;
    m_highlighted = NoId;
    m_coloured.clear();
}

bool SimulationOverlay::isAnimating() const
{
    return m_animation->state() == QAbstractAnimation::Running;
}

void SimulationOverlay::setPacketVisible(bool visible)
{
    if (m_dot)
        m_dot->setVisible(visible && isAnimating());
}

void SimulationOverlay::refreshNode(ObjectId id)
{
    NodeItem *node = m_scene->nodeItem(id);
    if (!node || !m_session || !m_session->result())
        return;
    const SimulationResult &result = *m_session->result();
    const int i = result.tunnelOf(id);
    QString tip = node->labelText();
    if (i >= 0 && i < m_session->cursor().tunnelCount()) {
        const ReplayCursor::TunnelStatus &status = m_session->cursor().tunnel(i);
        tip += QLatin1Char('\n') + tr("Tunnel %1: %2").arg(result.tunnels[i].name,
                                                             EventText::stateName(status.state));
        if (status.event >= 0)
            tip += QLatin1Char('\n')
                   + EventText(*m_scene->project(), result)
                         .tunnelReason(result.events[size_t(status.event)]);
    }
    node->setToolTip(tip);
}

void SimulationOverlay::applyStates()
{
    const QHash<ObjectId, EdgeItem *> &pairs = m_scene->pairItems();
    for (ObjectId id : std::as_const(m_coloured)) {
        if (NodeItem *node = m_scene->nodeItem(id)) {
            node->setStatusColour(QColor());
            node->setToolTip(node->labelText());
        }
    }
    m_coloured.clear();
    const std::shared_ptr<const SimulationResult> result =
        m_session ? m_session->result() : nullptr;
    QHash<ObjectId, int> tunnelOf; // pair key -> tunnel
    if (result) {
        for (int i = 0; i < result->tunnels.size(); ++i) {
            const auto &t = result->tunnels[i];
            tunnelOf.insert(qMin(t.appliance, t.peer), i);
        }
    }
    const Project &project = *m_scene->project();
    const QHash<int, quint32> mappings = result ? liveMappings(*result) : QHash<int, quint32>();
    for (auto it = pairs.cbegin(); it != pairs.cend(); ++it) {
        EdgeItem *edge = it.value();
        const int i = tunnelOf.value(it.key(), -1);
        if (i < 0 || i >= m_session->cursor().tunnelCount()) {
            m_scene->setPairVia(edge->id(), edge->peer(), NoId);
            edge->setPortLabel(QString(), EdgeItem::PortKept);
            edge->setState(result ? EdgeItem::Grey : EdgeItem::Unknown);
            edge->setToolTip(tr("Peer pair: %1 ↔ %2")
                                 .arg(project.displayName(edge->id()),
                                      project.displayName(edge->peer())));
            continue;
        }
        const SimulationResult::Tunnel &t = result->tunnels[i];
        const ReplayCursor::TunnelStatus &status = m_session->cursor().tunnel(i);
        edge->setState(edgeState(status.state));
        const EventText text(project, *result);
        QString tip = QStringLiteral("<b>%1</b><br>%2")
                          .arg(t.name.toHtmlEscaped(),
                               tr("State: %1").arg(EventText::stateName(status.state)));
        if (status.event >= 0)
            tip += QStringLiteral("<br>")
                   + tr("Reason: %1")
                         .arg(text.tunnelReason(result->events[size_t(status.event)])
                                  .toHtmlEscaped());
        tip += QStringLiteral("<br>") + text.policyText(t.policy).toHtmlEscaped();
        // Drawn through the NAT device it crosses, with the outside port that
        // device gave it at this step.
        const ObjectId via = t.device >= 0 && t.device < result->devices.size()
                                 ? result->devices[t.device].id
                                 : NoId;
        m_scene->setPairVia(t.appliance, t.peer, via);
        if (const quint32 id = mappings.value(i)) {
            const Translation &mapping = result->translation(id);
            const quint16 asked = mapping.requestedPort ? mapping.requestedPort
                                                        : mapping.insideLocal.port;
            const EdgeItem::PortMark mark = mapping.heldBy ? EdgeItem::PortCollision
                                            : mapping.insideGlobal.port != asked
                                                ? EdgeItem::PortChanged
                                                : EdgeItem::PortKept;
            edge->setPortLabel(QStringLiteral(":%1").arg(mapping.insideGlobal.port), mark);
            tip += QStringLiteral("<br>")
                   + tr("Outside: %1").arg(mapping.insideGlobal.toString()).toHtmlEscaped();
            if (mark != EdgeItem::PortKept) {
                const ObjectId holder =
                    mapping.heldBy ? result->translation(mapping.heldBy).owner : NoId;
                tip += QStringLiteral("<br>")
                       + (project.contains(holder)
                              ? tr("Asked for %1, held by %2").arg(asked).arg(project.displayName(holder))
                              : tr("Asked for %1").arg(asked))
                             .toHtmlEscaped();
            }
        } else {
            edge->setPortLabel(QString(), EdgeItem::PortKept);
        }
        edge->setToolTip(tip);
        for (ObjectId id : {t.appliance, t.peer}) {
            if (NodeItem *node = m_scene->nodeItem(id)) {
                node->setStatusColour(
                    EdgeItem::colour(edgeState(status.state), graphPalette(m_scene)));
                m_coloured.append(id);
                refreshNode(id);
            }
        }
    }
    emit statesApplied();
}

QHash<int, quint32> SimulationOverlay::liveMappings(const SimulationResult &result) const
{
    // The live translation of each tunnel's appliance endpoint on its NAT
    // device: one pass over the live table, whatever the number of tunnels.
    QHash<QPair<int, Endpoint>, int> wanted; // (device, inside local) -> tunnel
    const int count = qMin(int(result.tunnels.size()), m_session->cursor().tunnelCount());
    for (int i = 0; i < count; ++i) {
        const SimulationResult::Tunnel &t = result.tunnels[i];
        if (t.device >= 0)
            wanted.insert({t.device, t.local}, i);
    }
    QHash<int, quint32> mappings;
    if (wanted.isEmpty())
        return mappings;
    const auto &live = m_session->cursor().live();
    for (auto it = live.cbegin(); it != live.cend(); ++it) {
        const Translation &row = result.translation(it.key());
        if (row.toRouter || row.protocol != Protocol::Udp)
            continue;
        const int i = wanted.value({row.device, row.insideLocal}, -1);
        if (i < 0)
            continue;
        // Toward its peer first; otherwise the newest row of that endpoint.
        const quint32 had = mappings.value(i);
        const bool towardPeer = row.outside == result.tunnels[i].remote;
        if (!had || (towardPeer && result.translation(had).outside != result.tunnels[i].remote)
            || (towardPeer == (result.translation(had).outside == result.tunnels[i].remote)
                && row.id > had))
            mappings.insert(i, row.id);
    }
    return mappings;
}

void SimulationOverlay::onStep()
{
    const bool fast = m_sinceStep.restart() < FastStepMs
                      || (m_session->isPlaying() && m_session->speed() > 4);
    applyStates();
    const SimEvent *event = m_session->currentEvent();
    const std::shared_ptr<const SimulationResult> result = m_session->result();
    ObjectId device = NoId;
    if (event && result && event->device >= 0 && event->device < result->devices.size())
        device = result->devices[event->device].id;
    highlight(device);

    m_animation->stop();
    if (m_dot)
        m_dot->hide();
    m_path.clear();
    if (!event || !result || event->tunnel < 0 || event->tunnel >= result->tunnels.size())
        return;
    const SimulationResult::Tunnel &t = result->tunnels[event->tunnel];
    const ObjectId nat = t.device >= 0 && t.device < result->devices.size()
                             ? result->devices[t.device].id
                             : NoId;
    const bool inbound = event->flags & SimEvent::Inbound;
    // The hop this event is about: into the NAT device, or out of it.
    QList<ObjectId> hops;
    const ObjectId from = inbound ? t.peer : t.appliance;
    const ObjectId to = inbound ? t.appliance : t.peer;
    switch (event->type) {
    case SimEvent::PacketSent:
    case SimEvent::PacketDropped:
        hops = nat != NoId ? QList<ObjectId>{from, nat} : QList<ObjectId>{from, to};
        break;
    case SimEvent::TranslationCreated:
    case SimEvent::NatTranslated:
    case SimEvent::PacketDelivered:
        hops = nat != NoId ? QList<ObjectId>{nat, to} : QList<ObjectId>{from, to};
        break;
    default:
        return;
    }
    for (ObjectId id : std::as_const(hops)) {
        if (!m_scene->nodeItem(id))
            return;
        m_path.append(m_scene->nodeItem(id)->pos());
    }
    if (!fast)
        animate(m_path, event->type == SimEvent::PacketDropped);
}

void SimulationOverlay::highlight(ObjectId device)
{
    if (device == m_highlighted)
        return;
    if (NodeItem *old = m_scene->nodeItem(m_highlighted))
        old->setHighlighted(false);
    m_highlighted = device;
    if (NodeItem *now = m_scene->nodeItem(device))
        now->setHighlighted(true);
}

void SimulationOverlay::animate(const QPolygonF &path, bool dropped)
{
    if (!m_dot) {
        m_dot = new QGraphicsEllipseItem(-7, -7, 14, 14);
        m_dot->setZValue(20);
        m_scene->addItem(m_dot);
    }
    const QPalette palette = graphPalette(m_scene);
    m_dot->setPen(QPen(palette.color(QPalette::Base), 2));
    m_dot->setBrush(Theme::color(dropped ? Theme::Down : Theme::Highlight, palette));
    m_dot->setPos(path.first());
    m_dot->show();
    m_animation->start();
}
