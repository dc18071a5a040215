#include "TimelinePlot.h"

#include "Project.h"
#include "SimulationSession.h"
#include "TunnelStateStyle.h"

#include <qcustomplot.h>

#include <QEvent>
#include <QVBoxLayout>

namespace {
const QList<QColor> &deviceColors()
{
    static const QList<QColor> colors = {QColor(31, 119, 180), QColor(148, 103, 189),
                                         QColor(23, 190, 207), QColor(140, 86, 75),
                                         QColor(227, 119, 194), QColor(127, 127, 127)};
    return colors;
}

void placeOn(QCPAbstractItem *item, QCPAxisRect *rect)
{
    item->setClipToAxisRect(true);
    item->setClipAxisRect(rect);
    for (QCPItemPosition *p : item->positions()) {
        p->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        p->setAxisRect(rect);
    }
}

constexpr int maxCallouts = 12;
} // namespace

TimelinePlot::TimelinePlot(QWidget *parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);

    m_plot->plotLayout()->clear();
    m_countRect = new QCPAxisRect(m_plot);
    m_laneRect = new QCPAxisRect(m_plot);
    m_plot->plotLayout()->addElement(0, 0, m_countRect);
    m_plot->plotLayout()->addElement(1, 0, m_laneRect);
    m_plot->plotLayout()->setRowSpacing(0);
    auto *margins = new QCPMarginGroup(m_plot);
    m_countRect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    m_laneRect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    for (QCPAxisRect *rect : {m_countRect, m_laneRect}) {
        rect->setRangeZoom(Qt::Horizontal);
        rect->setRangeDrag(Qt::Orientations()); // left drag seeks; panning is ours
        rect->setRangeZoomAxes(rect->axis(QCPAxis::atBottom), nullptr);
    }
    m_countRect->axis(QCPAxis::atBottom)->setTickLabels(false);
    auto *legend = new QCPLegend;
    m_countRect->insetLayout()->addElement(legend, Qt::AlignTop | Qt::AlignRight);
    legend->setLayer(QStringLiteral("legend"));
    legend->setBrush(QColor(255, 255, 255, 210));
    m_plot->legend = legend;
    m_plot->legend->setVisible(true);
    m_plot->setInteractions(QCP::iRangeZoom);

    QCPAxis *countX = m_countRect->axis(QCPAxis::atBottom);
    QCPAxis *laneX = m_laneRect->axis(QCPAxis::atBottom);
    connect(countX, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), laneX,
            qOverload<const QCPRange &>(&QCPAxis::setRange));
    connect(laneX, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), countX,
            qOverload<const QCPRange &>(&QCPAxis::setRange));
    connect(m_plot, &QCustomPlot::mousePress, this, &TimelinePlot::mousePressed);
    connect(m_plot, &QCustomPlot::mouseMove, this, &TimelinePlot::mouseMoved);
    connect(m_plot, &QCustomPlot::mouseRelease, this, &TimelinePlot::mouseReleased);
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this] {
        if (m_session)
            setTimeRange(0, std::max(1.0, m_session->result()->duration));
    });
    setMinimumHeight(160);
    retranslate();
}

void TimelinePlot::setSession(SimulationSession *session)
{
    m_session = session;
    connect(session, &SimulationSession::resultChanged, this, &TimelinePlot::rebuild);
    connect(session, &SimulationSession::stepChanged, this, &TimelinePlot::moveCursor);
    rebuild();
}

double TimelinePlot::rangeLower() const
{
    return m_laneRect->axis(QCPAxis::atBottom)->range().lower;
}

double TimelinePlot::rangeUpper() const
{
    return m_laneRect->axis(QCPAxis::atBottom)->range().upper;
}

void TimelinePlot::setTimeRange(double lower, double upper)
{
    m_laneRect->axis(QCPAxis::atBottom)->setRange(lower, upper);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

double TimelinePlot::cursorTime() const
{
    return m_laneCursor ? m_laneCursor->point1->coords().x() : 0;
}

double TimelinePlot::timeAt(int x) const
{
    return m_laneRect->axis(QCPAxis::atBottom)->pixelToCoord(x);
}

void TimelinePlot::rebuild()
{
    m_plot->clearGraphs();
    m_plot->clearItems();
    const SimulationResult &r = *m_session->result();
    const int devices = int(r.devices.size());
    const int tunnels = int(r.tunnels.size());
    QCPAxis *countX = m_countRect->axis(QCPAxis::atBottom);
    QCPAxis *countY = m_countRect->axis(QCPAxis::atLeft);
    QCPAxis *laneX = m_laneRect->axis(QCPAxis::atBottom);
    QCPAxis *laneY = m_laneRect->axis(QCPAxis::atLeft);

    // Translations in use per device: a step line through every change.
    std::vector<QVector<double>> xs(static_cast<size_t>(devices)), ys(static_cast<size_t>(devices));
    std::vector<int> counts(size_t(devices), 0);
    for (int d = 0; d < devices; ++d) {
        xs[size_t(d)].append(0);
        ys[size_t(d)].append(0);
    }
    // Tunnel lanes: spans between state changes.
    struct Span { double from; SimEvent::TunnelState state; };
    std::vector<Span> open(size_t(tunnels), Span{0, SimEvent::NotDeployed});
    const double end = std::max(1.0, r.duration);
    const auto closeSpan = [&](int t, double until) {
        const Span &s = open[size_t(t)];
        if (until <= s.from || s.state == SimEvent::NotDeployed)
            return;
        auto *rect = new QCPItemRect(m_plot);
        placeOn(rect, m_laneRect);
        rect->topLeft->setCoords(s.from, t - 0.32);
        rect->bottomRight->setCoords(until, t + 0.32);
        const QColor color = TunnelStateStyle::color(s.state);
        rect->setPen(QPen(color.darker(120)));
        rect->setBrush(color);
    };
    int callouts = 0;
    for (const SimEvent &e : r.events) {
        if (e.type == SimEvent::TranslationCreated || e.type == SimEvent::TranslationExpired) {
            const int d = r.translation(e.translation).device;
            if (d >= 0 && d < devices) {
                counts[size_t(d)] += e.type == SimEvent::TranslationCreated ? 1 : -1;
                xs[size_t(d)].append(e.time);
                ys[size_t(d)].append(counts[size_t(d)]);
            }
            const Translation &t = r.translation(e.translation);
            if (e.type == SimEvent::TranslationCreated && t.heldBy
                && t.requestedPort != t.insideGlobal.port && t.owner && callouts < maxCallouts
                && m_session->project()->kind(t.owner) == ObjectKind::Appliance) {
                ++callouts;
                auto *line = new QCPItemStraightLine(m_plot);
                placeOn(line, m_countRect);
                line->point1->setCoords(e.time, 0);
                line->point2->setCoords(e.time, 1);
                line->setPen(QPen(TunnelStateStyle::color(SimEvent::Down), 1, Qt::DashLine));
                auto *label = new QCPItemText(m_plot);
                placeOn(label, m_countRect);
                label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
                label->position->setCoords(e.time, 0.05 + 0.12 * (callouts - 1));
                label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
                label->setPadding(QMargins(4, 1, 4, 1));
                label->setColor(TunnelStateStyle::color(SimEvent::Down));
                label->setBrush(QColor(255, 255, 255, 220));
                label->setText(tr("%1: port %2 taken → %3")
                                   .arg(m_session->project()->displayName(t.owner))
                                   .arg(t.requestedPort)
                                   .arg(t.insideGlobal.port));
            }
        }
        if (e.tunnel >= 0 && e.tunnel < tunnels
            && (e.type == SimEvent::TunnelChanged || (e.flags & SimEvent::StateChange))) {
            closeSpan(e.tunnel, e.time);
            open[size_t(e.tunnel)] = Span{e.time, e.state};
        }
    }
    for (int t = 0; t < tunnels; ++t)
        closeSpan(t, end);

    int maxCount = 1;
    for (int d = 0; d < devices; ++d) {
        xs[size_t(d)].append(end);
        ys[size_t(d)].append(counts[size_t(d)]);
        QCPGraph *graph = m_plot->addGraph(countX, countY);
        graph->setName(r.devices[d].name);
        graph->setLineStyle(QCPGraph::lsStepLeft);
        const QColor color = deviceColors()[d % deviceColors().size()];
        graph->setPen(QPen(color, 2));
        QColor fill = color;
        fill.setAlpha(40);
        graph->setBrush(fill);
        graph->setData(xs[size_t(d)], ys[size_t(d)], true);
        for (double y : std::as_const(ys[size_t(d)]))
            maxCount = std::max(maxCount, int(y));
    }
    countY->setRange(0, maxCount * 1.15 + 1);

    QSharedPointer<QCPAxisTickerText> names(new QCPAxisTickerText);
    for (int t = 0; t < tunnels; ++t)
        names->addTick(t, r.tunnels[t].name);
    laneY->setTicker(names);
    laneY->setRange(-0.5, std::max(1, tunnels) - 0.5);
    laneY->setRangeReversed(true); // first tunnel at the top
    laneY->grid()->setVisible(false);
    m_plot->plotLayout()->setRowStretchFactor(0, 2);
    m_plot->plotLayout()->setRowStretchFactor(1, std::max(0.6, 0.35 * tunnels));

    m_countCursor = new QCPItemStraightLine(m_plot);
    placeOn(m_countCursor, m_countRect);
    m_laneCursor = new QCPItemStraightLine(m_plot);
    placeOn(m_laneCursor, m_laneRect);
    for (QCPItemStraightLine *line : {m_countCursor, m_laneCursor})
        line->setPen(QPen(QColor(20, 20, 20), 2));
    laneX->setRange(0, end);
    countX->setRange(0, end);
    m_plot->legend->setVisible(devices > 0);
    moveCursor();
}

void TimelinePlot::moveCursor()
{
    if (!m_laneCursor)
        return;
    const double t = m_session->time();
    for (QCPItemStraightLine *line : {m_countCursor, m_laneCursor}) {
        line->point1->setCoords(t, 0);
        line->point2->setCoords(t, 1);
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TimelinePlot::mousePressed(QMouseEvent *event)
{
    if (!m_session)
        return;
    if (event->button() == Qt::LeftButton) {
        m_drag = Drag::Seek;
        m_session->seekTime(timeAt(event->pos().x()));
    } else if (event->button() == Qt::RightButton || event->button() == Qt::MiddleButton) {
        m_drag = Drag::Pan;
        m_panStartX = event->pos().x();
        m_panLower = rangeLower();
        m_panUpper = rangeUpper();
    }
}

void TimelinePlot::mouseMoved(QMouseEvent *event)
{
    if (m_drag == Drag::Seek) {
        m_session->seekTime(timeAt(event->pos().x()));
    } else if (m_drag == Drag::Pan) {
        const double perPixel = (m_panUpper - m_panLower) / std::max(1, m_laneRect->width());
        const double shift = (m_panStartX - event->pos().x()) * perPixel;
        setTimeRange(m_panLower + shift, m_panUpper + shift);
    }
}

void TimelinePlot::mouseReleased(QMouseEvent *)
{
    m_drag = Drag::None;
}

void TimelinePlot::retranslate()
{
    m_countRect->axis(QCPAxis::atLeft)->setLabel(tr("Translations"));
    m_laneRect->axis(QCPAxis::atBottom)->setLabel(tr("Simulated time (s)"));
    if (m_session)
        rebuild();
}

void TimelinePlot::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
