#pragma once

#include <QWidget>

class QCPAxisRect;
class QCPItemStraightLine;
class QCustomPlot;
class QMouseEvent;
class QWheelEvent;
class SimulationSession;

// Over simulated time: translations in use per NAT device, and one lane per
// tunnel with its Up/Down spans; a cursor at the current step; chapter marks at
// the key moments ("IX given 1543", "IX Down") and, apart from them, the user's
// ★ bookmarks, drawn above the series. Opens zoomed to the story (the moments
// up to the first failure) until the user zooms. Click or drag (left button) to
// seek; the wheel zooms the time axis, right or middle drag pans it,
// double-click shows the whole run. Series are built once per run.
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
    // The chapter labels drawn, in time order (one per instant), and the bookmark labels.
    QStringList chapterLabels() const { return m_chapterLabels; }
    QStringList bookmarkLabels() const { return m_bookmarkLabels; }
    // The range the timeline opens with: around the moments that tell the story.
    QPair<double, double> storyRange() const;
    // Back to the story range, kept across results until the user zooms again.
    void showStory();

protected:
    void changeEvent(QEvent *event) override;

private:
    void restyle();
    void rebuild();
    void addMarks();
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
    QStringList m_chapterLabels;
    QStringList m_bookmarkLabels;
    bool m_autoRange = true; // false once the user zoomed, panned or set a range
    bool m_ranging = false;  // the story range being applied (not the user)
    enum class Drag { None, Seek, Pan } m_drag = Drag::None;
    int m_panStartX = 0;
    double m_panLower = 0;
    double m_panUpper = 0;
};
