#include "PortUsageChart.h"

#include "Ipv4.h"
#include "Project.h"
#include "ShowNatFormat.h"
#include "SimulationSession.h"
#include "Theme.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDockWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QMap>
#include <QScatterSeries>
#include <QValueAxis>
#include <QVBoxLayout>

namespace {
constexpr int maxLanes = 12;
} // namespace

PortUsageChart::PortUsageChart(QWidget *parent)
    : QWidget(parent)
    , m_address(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_chart->legend()->hide();
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_address->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    bar->addWidget(m_address);
    bar->addWidget(m_summary, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    connect(m_address, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_syncing)
            rebuild();
    });
}

void PortUsageChart::setSession(SimulationSession *session)
{
    if (m_session) // the replay switches between the simulation and a capture
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    connect(session, &SimulationSession::resultChanged, this, &PortUsageChart::stepChanged);
    connect(session, &SimulationSession::stepChanged, this, &PortUsageChart::stepChanged);
    stepChanged();
}

void PortUsageChart::stepChanged()
{
    m_dirty = true;
    if (onScreen())
        refreshNow();
}

bool PortUsageChart::onScreen() const
{
    // A dock behind another's tab stays "visible", moved out of the window
    // (QMainWindow does not hide it): nothing of it can be seen there.
    return isVisible() && !visibleRegion().isEmpty();
}

void PortUsageChart::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_dock) {
        // Its tab selected: the dock comes back into the window, with no show event.
        for (QWidget *w = parentWidget(); w && !m_dock; w = w->parentWidget())
            m_dock = qobject_cast<QDockWidget *>(w);
        if (m_dock)
            connect(m_dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
                if (visible && m_dirty && isVisible())
                    refreshNow();
            });
    }
    if (m_dirty && onScreen())
        refreshNow();
}

void PortUsageChart::refreshNow()
{
    if (!m_session)
        return;
    fillAddresses();
    rebuild();
    m_dirty = false;
}

void PortUsageChart::fillAddresses()
{
    const SimulationResult &r = *m_session->result();
    QMap<quint32, int> addresses; // inside global -> device
    const auto &live = m_session->cursor().live();
    for (auto it = live.cbegin(); it != live.cend(); ++it) {
        const Translation &t = r.translation(it.key());
        if (t.insideGlobal.ip)
            addresses.insert(t.insideGlobal.ip, t.device);
    }
    quint32 wanted = m_address->currentData().toUInt();
    // Follow the replay: the address the current event's translation uses.
    if (const SimEvent *e = m_session->currentEvent(); e && e->translation)
        wanted = r.translation(e->translation).insideGlobal.ip;
    m_syncing = true;
    m_address->clear();
    for (auto it = addresses.cbegin(); it != addresses.cend(); ++it) {
        const QString device = it.value() >= 0 && it.value() < r.devices.size()
                                   ? r.devices[it.value()].name
                                   : QString();
        m_address->addItem(tr("%1 (%2)").arg(Ipv4::toString(it.key()), device), it.key());
    }
    const int index = m_address->findData(wanted);
    m_address->setCurrentIndex(index >= 0 ? index : 0);
    m_syncing = false;
}

void PortUsageChart::rebuild()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    m_chart->setTitle(QString());
    restyle();
    if (!m_session || m_address->count() == 0) {
        m_summary->setText(tr("No translation is in use at this step."));
        return;
    }
    const SimulationResult &r = *m_session->result();
    const Project &project = *m_session->project();
    const quint32 ip = m_address->currentData().toUInt();
    const auto ownerName = [&](ObjectId id) {
        return id && project.contains(id) ? project.displayName(id) : tr("(no owner)");
    };

    // Lanes: owner and protocol.
    struct Lane { QString label; QList<QPointF> points; int count = 0; };
    QMap<QPair<QString, int>, Lane> lanes;
    QList<quint32> collided;
    QList<quint32> holders;
    int total = 0;
    int minPort = 65535, maxPort = 0;
    const auto &live = m_session->cursor().live();
    for (auto it = live.cbegin(); it != live.cend(); ++it) {
        const Translation &t = r.translation(it.key());
        if (t.insideGlobal.ip != ip || t.simple)
            continue;
        const QString owner = ownerName(t.owner);
        Lane &lane = lanes[{owner, int(t.protocol)}];
        lane.label = QStringLiteral("%1 · %2").arg(owner, ShowNatFormat::protocolName(t).toUpper());
        lane.points.append(QPointF(t.insideGlobal.port, 0));
        ++lane.count;
        ++total;
        minPort = std::min<int>(minPort, t.insideGlobal.port);
        maxPort = std::max<int>(maxPort, t.insideGlobal.port);
        if (t.heldBy && t.requestedPort != t.insideGlobal.port) {
            collided.append(t.id);
            minPort = std::min<int>(minPort, t.requestedPort);
            maxPort = std::max<int>(maxPort, t.requestedPort);
            if (live.contains(t.heldBy))
                holders.append(t.heldBy);
        }
    }
    // The busiest lanes; the rest share one.
    QList<Lane> ordered = lanes.values();
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const Lane &a, const Lane &b) { return a.count > b.count; });
    if (ordered.size() > maxLanes) {
        Lane other{tr("Other owners"), {}, 0};
        for (int i = maxLanes - 1; i < ordered.size(); ++i) {
            other.points += ordered[i].points;
            other.count += ordered[i].count;
        }
        ordered.erase(ordered.begin() + maxLanes - 1, ordered.end());
        ordered.append(other);
    }

    auto *x = new QValueAxis;
    const int pad = std::max(16, (maxPort - minPort) / 20);
    x->setRange(std::max(0, minPort - pad), std::min(65535, maxPort + pad));
    x->setLabelFormat(QStringLiteral("%d"));
    x->applyNiceNumbers();
    x->setTitleText(tr("Port on %1").arg(Ipv4::toString(ip)));
    auto *y = new QCategoryAxis;
    y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    y->setStartValue(-0.5);
    y->setRange(-0.5, std::max<qsizetype>(1, ordered.size()) - 0.5);
    const QPalette pal = palette();
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(x), static_cast<QAbstractAxis *>(y)}) {
        axis->setLabelsColor(pal.color(QPalette::Text));
        axis->setTitleBrush(pal.color(QPalette::Text));
        axis->setLinePenColor(Theme::axisColor(pal));
        axis->setGridLineColor(Theme::gridColor(pal));
    }
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);

    QStringList parts;
    QHash<QString, int> laneOf;
    // The busiest lane on top: lane i sits at y = n - 1 - i.
    const int n = int(ordered.size());
    for (int i = n - 1; i >= 0; --i)
        y->append(tr("%1 (%n port(s))", nullptr, ordered[i].count).arg(ordered[i].label), n - 1 - i + 0.5);
    for (int i = 0; i < n; ++i) {
        Lane &lane = ordered[i];
        const QString label = tr("%1 (%n port(s))", nullptr, lane.count).arg(lane.label);
        laneOf.insert(lane.label, n - 1 - i);
        auto *series = new QScatterSeries;
        series->setName(label);
        series->setMarkerSize(7);
        series->setColor(Theme::categoryColor(i, pal));
        series->setBorderColor(Theme::categoryColor(i, pal));
        for (QPointF &p : lane.points)
            p.setY(n - 1 - i);
        series->append(lane.points);
        m_chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
        parts.append(QStringLiteral("%1: %2").arg(lane.label).arg(lane.count));
    }

    // The call-out: asked-for port (star), the port given, and the holder's port ringed.
    QStringList collisions;
    for (quint32 id : std::as_const(collided)) {
        const Translation &t = r.translation(id);
        const QString label = QStringLiteral("%1 · %2").arg(ownerName(t.owner), ShowNatFormat::protocolName(t).toUpper());
        const double lane = laneOf.value(label, -1);
        if (lane < 0)
            continue;
        auto *wanted = new QScatterSeries;
        wanted->setMarkerShape(QScatterSeries::MarkerShapeStar);
        wanted->setMarkerSize(18);
        const QColor collision = Theme::color(Theme::Collision, pal);
        wanted->setColor(collision);
        wanted->setBorderColor(collision);
        wanted->append(t.requestedPort, lane);
        auto *move = new QLineSeries;
        QPen pen(collision, 2, Qt::DashLine);
        move->setPen(pen);
        move->append(t.requestedPort, lane);
        move->append(t.insideGlobal.port, lane);
        for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(move), static_cast<QAbstractSeries *>(wanted)}) {
            m_chart->addSeries(s);
            s->attachAxis(x);
            s->attachAxis(y);
        }
        const Translation &holder = r.translation(t.heldBy);
        const double holderLane = laneOf.value(
            QStringLiteral("%1 · %2").arg(ownerName(holder.owner), ShowNatFormat::protocolName(holder).toUpper()), -1);
        if (holderLane >= 0 && live.contains(t.heldBy)) {
            auto *ring = new QScatterSeries;
            ring->setMarkerSize(18);
            ring->setBrush(Qt::NoBrush);
            ring->setBorderColor(collision);
            ring->setPen(QPen(collision, 2));
            ring->append(holder.insideGlobal.port, holderLane);
            m_chart->addSeries(ring);
            ring->attachAxis(x);
            ring->attachAxis(y);
        }
        collisions.append(tr("%1 asked for port %2, held by %3; given %4.")
                              .arg(ownerName(t.owner))
                              .arg(t.requestedPort)
                              .arg(ownerName(holder.owner))
                              .arg(t.insideGlobal.port));
    }
    if (!collisions.isEmpty())
        m_chart->setTitle(Theme::glyph(Theme::Collision) + QLatin1Char(' ')
                          + tr("Port collision: %1").arg(collisions.first()));
    QString text = tr("%n port(s) in use", nullptr, total) + QStringLiteral(" — ") + parts.join(QStringLiteral(", "));
    if (!collisions.isEmpty())
        text += QStringLiteral("\n") + collisions.join(QLatin1Char(' '));
    m_summary->setText(text);
}

QString PortUsageChart::summary() const
{
    return m_summary->text();
}

void PortUsageChart::restyle()
{
    const QPalette pal = palette();
    m_chart->setBackgroundBrush(pal.base());
    m_chart->setBackgroundPen(Qt::NoPen);
    m_chart->setTitleBrush(Theme::color(Theme::Collision, pal)); // the title is only ever the collision
    m_view->setBackgroundBrush(pal.base());
}

void PortUsageChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        restyle();
        m_dirty = true;
        if (onScreen())
            refreshNow();
    }
    if (event->type() == QEvent::LanguageChange) {
        m_dirty = true;
        if (onScreen())
            refreshNow();
    }
    QWidget::changeEvent(event);
}
