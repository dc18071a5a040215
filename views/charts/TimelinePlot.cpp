#include "TimelinePlot.h"

#include "Field.h"
#include "Moments.h"
#include "Project.h"
#include "SimulationSession.h"
#include "Theme.h"
#include "TunnelStateStyle.h"

#include <qcustomplot.h>

#include <QEvent>
#include <QVBoxLayout>

namespace {
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
constexpr int labelRows = 3; // chapter labels stagger over this many rows at the top

QString annotationLayer()
{
    return QStringLiteral("annotations");
}
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
    m_plot->legend = legend;
    m_plot->legend->setVisible(true);
    m_plot->setInteractions(QCP::iRangeZoom);
    // Labels above every series and the cursor, so no line strikes through them.
    m_plot->addLayer(annotationLayer(), m_plot->layer(QStringLiteral("main")), QCustomPlot::limAbove);

    QCPAxis *countX = m_countRect->axis(QCPAxis::atBottom);
    QCPAxis *laneX = m_laneRect->axis(QCPAxis::atBottom);
    connect(countX, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), laneX,
            qOverload<const QCPRange &>(&QCPAxis::setRange));
    connect(laneX, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), countX,
            qOverload<const QCPRange &>(&QCPAxis::setRange));
    connect(laneX, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, [this] {
        if (!m_ranging)
            m_autoRange = false;
    });
    connect(m_plot, &QCustomPlot::mousePress, this, &TimelinePlot::mousePressed);
    connect(m_plot, &QCustomPlot::mouseMove, this, &TimelinePlot::mouseMoved);
    connect(m_plot, &QCustomPlot::mouseRelease, this, &TimelinePlot::mouseReleased);
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this] {
        if (m_session)
            setTimeRange(0, std::max(1.0, m_session->result()->duration));
    });
    setMinimumHeight(160);
    restyle();
    retranslate();
}

void TimelinePlot::restyle()
{
    // Plot furniture from the widget's palette: the screen's, or the report's paper.
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    m_plot->setBackground(pal.base());
    for (QCPAxisRect *rect : {m_countRect, m_laneRect}) {
        for (QCPAxis *axis : rect->axes()) {
            axis->setBasePen(QPen(Theme::axisColor(pal)));
            axis->setTickPen(QPen(Theme::axisColor(pal)));
            axis->setSubTickPen(QPen(Theme::axisColor(pal)));
            axis->setLabelColor(text);
            axis->setTickLabelColor(text);
            axis->grid()->setPen(QPen(Theme::gridColor(pal), 0, Qt::DotLine));
            axis->grid()->setZeroLinePen(QPen(Theme::gridColor(pal)));
        }
    }
    QColor legendFill = pal.color(QPalette::Base);
    legendFill.setAlpha(215);
    m_plot->legend->setBrush(legendFill);
    m_plot->legend->setBorderPen(QPen(Theme::axisColor(pal)));
    m_plot->legend->setTextColor(text);
}

void TimelinePlot::setSession(SimulationSession *session)
{
    if (m_session) { // the replay switches between the simulation and a capture
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(m_session->project(), &Project::valueChanged, this, nullptr);
    }
    m_session = session;
    connect(session, &SimulationSession::resultChanged, this, &TimelinePlot::rebuild);
    connect(session, &SimulationSession::stepChanged, this, &TimelinePlot::moveCursor);
    connect(session->project(), &Project::valueChanged, this, [this](ObjectId id, FieldKey key) {
        if (id == NoId && key == Field::bookmarks)
            rebuild(); // the marks; the user's range stays
    });
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
    // A captured timeline (issue #18) runs on the capture's clock.
    m_laneRect->axis(QCPAxis::atBottom)->setLabel(r.isCaptured() ? tr("Capture time (s)")
                                                                  : tr("Simulated time (s)"));
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
    const QPalette pal = palette();
    const auto closeSpan = [&](int t, double until) {
        const Span &s = open[size_t(t)];
        if (until <= s.from || s.state == SimEvent::NotDeployed)
            return;
        auto *rect = new QCPItemRect(m_plot);
        placeOn(rect, m_laneRect);
        rect->topLeft->setCoords(s.from, t - 0.32);
        rect->bottomRight->setCoords(until, t + 0.32);
        // Colour and fill pattern (Down hatched) and the state's glyph at its start.
        const QColor color = Theme::color(TunnelStateStyle::role(s.state), pal);
        rect->setPen(QPen(color, 1.5));
        rect->setBrush(QBrush(color, Theme::pattern(TunnelStateStyle::role(s.state))));
        auto *mark = new QCPItemText(m_plot);
        placeOn(mark, m_laneRect);
        mark->setLayer(annotationLayer());
        mark->position->setCoords(s.from, t);
        mark->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        mark->setPadding(QMargins(2, 0, 2, 0));
        mark->setColor(color);
        mark->setBrush(pal.base());
        mark->setText(TunnelStateStyle::glyph(s.state));
    };
    for (const SimEvent &e : r.events) {
        if (e.type == SimEvent::TranslationCreated || e.type == SimEvent::TranslationExpired) {
            const int d = r.translation(e.translation).device;
            if (d >= 0 && d < devices) {
                counts[size_t(d)] += e.type == SimEvent::TranslationCreated ? 1 : -1;
                xs[size_t(d)].append(e.time);
                ys[size_t(d)].append(counts[size_t(d)]);
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
        const QColor color = Theme::categoryColor(d, pal);
        graph->setPen(QPen(color, 2, Theme::categoryPen(d)));
        QColor fill = color;
        fill.setAlpha(Theme::isDark(pal) ? 55 : 40);
        graph->setBrush(fill);
        graph->setData(xs[size_t(d)], ys[size_t(d)], true);
        for (double y : std::as_const(ys[size_t(d)]))
            maxCount = std::max(maxCount, int(y));
    }
    // Head room for the chapter labels, so they sit above the series.
    countY->setRange(0, (maxCount * 1.05 + 1) / (1 - 0.13 * labelRows));

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
        line->setPen(QPen(pal.color(QPalette::Text), 2));
    addMarks();
    if (m_autoRange) {
        const auto [lower, upper] = storyRange();
        m_ranging = true;
        laneX->setRange(lower, upper); // the count axis follows
        m_ranging = false;
    }
    m_plot->legend->setVisible(devices > 0);
    moveCursor();
}

void TimelinePlot::showStory()
{
    m_autoRange = true;
    const auto [lower, upper] = storyRange();
    m_ranging = true;
    m_laneRect->axis(QCPAxis::atBottom)->setRange(lower, upper);
    m_ranging = false;
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

QPair<double, double> TimelinePlot::storyRange() const
{
    const SimulationResult &r = *m_session->result();
    const double end = std::max(1.0, r.duration);
    const auto moments = Moments::of(*m_session->project(), m_session->result());
    // The chapters up to the first failure (all of them when nothing fails).
    const int failure = moments->firstFailure();
    double first = -1, last = -1;
    for (const Moments::Moment &m : moments->all()) {
        if (!m.chapter && m.step != failure)
            continue;
        if (failure >= 0 && m.step > failure)
            break;
        const double t = r.events[size_t(m.step)].time;
        first = first < 0 ? t : std::min(first, t);
        last = std::max(last, t);
    }
    if (first < 0)
        return {0, end};
    // A capture's story can last a tenth of a second: pad it by its own scale.
    const double pad = std::max(r.isCaptured() ? 0.05 * end : 2.0, 0.25 * (last - first));
    return {std::max(0.0, first - pad), std::min(end, last + pad)};
}

void TimelinePlot::addMarks()
{
    m_chapterLabels.clear();
    m_bookmarkLabels.clear();
    const SimulationResult &r = *m_session->result();
    const auto moments = Moments::of(*m_session->project(), m_session->result());
    const auto line = [this](QCPAxisRect *rect, double t, const QPen &pen) {
        auto *l = new QCPItemStraightLine(m_plot);
        placeOn(l, rect);
        l->point1->setCoords(t, 0);
        l->point2->setCoords(t, 1);
        l->setPen(pen);
    };
    const QPalette pal = palette();
    const auto label = [this, pal](QCPAxisRect *rect, double t, double y, Qt::Alignment align,
                              const QString &text, const QColor &color) {
        auto *l = new QCPItemText(m_plot);
        placeOn(l, rect);
        l->setLayer(annotationLayer());
        l->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        l->position->setCoords(t, y);
        l->setPositionAlignment(align);
        l->setPadding(QMargins(4, 1, 4, 1));
        l->setColor(color);
        l->setPen(QPen(color));
        l->setBrush(pal.base()); // opaque: nothing shows through the text
        l->setText(text);
    };
    // One mark per simulated instant, labelled with all its chapters: moments a
    // few steps apart at the same time would otherwise stack on one spot.
    struct Mark { double time; QStringList chapters, bookmarks; bool failure = false; };
    QList<Mark> marks;
    for (const Moments::Moment &m : moments->all()) {
        const double t = r.events[size_t(m.step)].time;
        if (marks.isEmpty() || marks.last().time != t)
            marks.append(Mark{t, {}, {}, false});
        Mark &mark = marks.last();
        if (m.kind == Moments::UserBookmark)
            mark.bookmarks << QStringLiteral("★ ") + m.label;
        else if (m.chapter && !mark.chapters.contains(m.label))
            mark.chapters << m.label;
        mark.failure = mark.failure || (m.chapter && m.failure);
    }
    for (const Mark &mark : std::as_const(marks)) {
        const double t = mark.time;
        const QStringList &chapters = mark.chapters;
        const QStringList &bookmarks = mark.bookmarks;
        const bool failure = mark.failure;
        if (!chapters.isEmpty() && m_chapterLabels.size() < maxCallouts) {
            const QColor color = Theme::color(failure ? Theme::Down : Theme::Chapter, pal);
            line(m_countRect, t, QPen(color, 1, Qt::DashLine));
            line(m_laneRect, t, QPen(color, 1, Qt::DashLine));
            const int row = int(m_chapterLabels.size()) % labelRows;
            m_chapterLabels << Theme::glyph(failure ? Theme::Down : Theme::Chapter) + QLatin1Char(' ')
                                   + chapters.join(QStringLiteral(" · "));
            label(m_countRect, t, 0.02 + 0.13 * row, Qt::AlignLeft | Qt::AlignTop,
                  m_chapterLabels.last(), color);
        }
        if (!bookmarks.isEmpty()) {
            const QColor bookmarkColor = Theme::color(Theme::Bookmark, pal);
            line(m_countRect, t, QPen(bookmarkColor, 1.5, Qt::DotLine));
            line(m_laneRect, t, QPen(bookmarkColor, 1.5, Qt::DotLine));
            m_bookmarkLabels << bookmarks.join(QStringLiteral(" · "));
            label(m_laneRect, t, 0.98, Qt::AlignLeft | Qt::AlignBottom, m_bookmarkLabels.last(),
                  bookmarkColor);
        }
    }
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
    if (m_session)
        rebuild(); // the time axis's label too
}

void TimelinePlot::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange) {
        restyle();
        if (m_session)
            rebuild();
    }
    QWidget::changeEvent(event);
}
