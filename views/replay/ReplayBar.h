#pragma once

#include "Field.h"
#include "ObjectId.h"

#include <QToolBar>

class CaptionLabel;
class EventFilterProxy;
class QAction;
class QComboBox;
class QLabel;
class QSlider;
class QTimer;
class SimulationSession;

// The replay toolbar: |< <<moment < play > moment>> >|, speed, a slider over
// simulated time, the step and time, and below them the current step's caption
// on one line. Steps honour the event list's filter (only shown events are
// stepped through); moments jump between the steps that tell the story. Every
// control has a keyboard shortcut (window-wide; PageUp/PageDown also suit a
// presenter remote). Moving the cursor never re-runs the simulation.
class ReplayBar : public QToolBar
{
    Q_OBJECT
public:
    explicit ReplayBar(QWidget *parent = nullptr);

    void setSession(SimulationSession *session);
    // The event list's filter: while it hides events, stepping visits only shown ones.
    void setStepFilter(const EventFilterProxy *filter);
    // The step a step forward / back goes to (-2: none), honouring the filter.
    int nextStep() const;
    int previousStep() const;
    void stepForward();
    void stepBack();
    void nextMoment();
    void previousMoment();

    QAction *firstAction() const { return m_first; }
    QAction *backAction() const { return m_back; }
    QAction *playAction() const { return m_play; }
    QAction *forwardAction() const { return m_forward; }
    QAction *lastAction() const { return m_last; }
    QAction *nextMomentAction() const { return m_nextMoment; }
    QAction *previousMomentAction() const { return m_previousMoment; }
    QAction *fasterAction() const { return m_faster; }
    QAction *slowerAction() const { return m_slower; }
    QList<QAction *> replayActions() const;
    QSlider *slider() const { return m_slider; }
    QComboBox *speedBox() const { return m_speed; }
    CaptionLabel *caption() const { return m_caption; }
    QLabel *positionLabel() const { return m_position; }
    // "Simulating…" while the session re-runs (the replay shows the last result).
    QLabel *busyLabel() const { return m_busy; }
    // When there is nothing to replay: what the project still lacks, as links.
    QLabel *missingLabel() const { return m_missing; }
    // "Captured": shown while the replay steps through packets of a capture.
    QLabel *capturedBadge() const { return m_badge; }
    // A button at the front of the controls (the replay's source switch).
    void addSourceAction(QAction *action);

    // Available speeds, steps per second.
    static QList<double> speeds();

signals:
    // A link of the "what is missing" line: the object and field to fill in.
    void fieldRequested(ObjectId id, FieldKey field);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showStep();
    void updatePlaying(bool playing);
    void updateBusy(bool busy);
    void changeSpeed(int delta);
    void retranslate();

    SimulationSession *m_session = nullptr;
    class QHBoxLayout *m_controls = nullptr;
    QLabel *m_badge = nullptr;
    QAction *m_first;
    QAction *m_back;
    QAction *m_play;
    QAction *m_forward;
    QAction *m_last;
    QAction *m_previousMoment;
    QAction *m_nextMoment;
    const EventFilterProxy *m_filter = nullptr;
    QAction *m_faster;
    QAction *m_slower;
    QComboBox *m_speed;
    QSlider *m_slider;
    QLabel *m_position;
    QLabel *m_speedLabel;
    QLabel *m_busy;
    QTimer *m_busyDelay;
    CaptionLabel *m_caption;
    QLabel *m_missing;
    bool m_syncing = false;
};
