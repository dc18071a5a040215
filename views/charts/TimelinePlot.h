#pragma once

#include <QWidget>

class QCPAxisRect;
class QCPItemStraightLine;
class QCustomPlot;
class QMouseEvent;
class QWheelEvent;
class SimulationSession;

// Over simulated time: translations in use per NAT device, and one lane per
// tunnel with its Up/Down spans; a cursor at the current step. Click or drag
// (left button) to seek; the wheel zooms the time axis, right or middle drag
// pans it, double-click shows the whole run. Series are built once per run.
class TimelinePlot : public QWidget
{
    Q_OBJECT
public:
    explicit TimelinePlot(QWidget *parent = nullptr);

    void setSession(SimulationSession *session);
    QCustomPlot *plot() const { return m_plot; }
    // Visible time range.
    double rangeLower() const;
    double rangeUpper() const;
    void setTimeRange(double lower, double upper);
    double cursorTime() const;
    // Simulated time at a widget x coordinate of the plot.
    double timeAt(int x) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void moveCursor();
    void mousePressed(QMouseEvent *event);
    void mouseMoved(QMouseEvent *event);
    void mouseReleased(QMouseEvent *event);
    void retranslate();

    SimulationSession *m_session = nullptr;
    QCustomPlot *m_plot;
    QCPAxisRect *m_countRect;
    QCPAxisRect *m_laneRect;
    QCPItemStraightLine *m_countCursor = nullptr;
    QCPItemStraightLine *m_laneCursor = nullptr;
    enum class Drag { None, Seek, Pan } m_drag = Drag::None;
    int m_panStartX = 0;
    double m_panLower = 0;
    double m_panUpper = 0;
};
