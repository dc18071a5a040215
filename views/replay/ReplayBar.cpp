#include "ReplayBar.h"
#include "Project.h"
#include "ProjectSchema.h"
#include "ReplayReadiness.h"

#include "CaptionLabel.h"
#include "EventFilterProxy.h"
#include "EventText.h"
#include "Moments.h"
#include "SimTimeText.h"
#include "SimulationSession.h"
#include "Theme.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
// The slider counts tenths of a simulated second.
constexpr double sliderScale = 10.0;
} // namespace

ReplayBar::ReplayBar(QWidget *parent)
    : QToolBar(parent)
    , m_first(new QAction(this))
    , m_back(new QAction(this))
    , m_play(new QAction(this))
    , m_forward(new QAction(this))
    , m_last(new QAction(this))
    , m_previousMoment(new QAction(this))
    , m_nextMoment(new QAction(this))
    , m_faster(new QAction(this))
    , m_slower(new QAction(this))
{
    setObjectName(QStringLiteral("replayBar"));
    setMovable(false);
    setFloatable(false);
    toggleViewAction()->setVisible(false); // always visible

    auto *panel = new QWidget(this);
    m_speed = new QComboBox(panel);
    m_slider = new QSlider(Qt::Horizontal, panel);
    m_position = new QLabel(panel);
    m_speedLabel = new QLabel(panel);
    m_busy = new QLabel(panel);
    m_busy->setObjectName(QStringLiteral("replayBusy"));
    m_busy->setVisible(false);
    // Most runs take milliseconds: show the indication only for one that lasts,
    // so the bar does not flicker on every edit.
    m_busyDelay = new QTimer(this);
    m_busyDelay->setSingleShot(true);
    m_busyDelay->setInterval(150);
    connect(m_busyDelay, &QTimer::timeout, m_busy, &QWidget::show);
    m_caption = new CaptionLabel(panel);
    m_caption->setObjectName(QStringLiteral("replayCaption"));
    m_caption->setFrameShape(QFrame::StyledPanel);
    m_caption->setAutoFillBackground(true);
    m_caption->setBackgroundRole(QPalette::Base);

    const QStyle *s = style();
    m_first->setIcon(s->standardIcon(QStyle::SP_MediaSkipBackward));
    m_back->setIcon(s->standardIcon(QStyle::SP_MediaSeekBackward));
    m_play->setIcon(s->standardIcon(QStyle::SP_MediaPlay));
    m_forward->setIcon(s->standardIcon(QStyle::SP_MediaSeekForward));
    m_last->setIcon(s->standardIcon(QStyle::SP_MediaSkipForward));
    m_previousMoment->setIcon(s->standardIcon(QStyle::SP_ArrowLeft));
    m_nextMoment->setIcon(s->standardIcon(QStyle::SP_ArrowRight));
    m_first->setShortcuts({QKeySequence(Qt::Key_Home), QKeySequence(Qt::CTRL | Qt::Key_Home)});
    m_back->setShortcuts({QKeySequence(Qt::Key_PageUp), QKeySequence(Qt::CTRL | Qt::Key_Left)});
    m_play->setShortcuts({QKeySequence(Qt::Key_Space), QKeySequence(Qt::Key_MediaTogglePlayPause)});
    m_forward->setShortcuts({QKeySequence(Qt::Key_PageDown), QKeySequence(Qt::CTRL | Qt::Key_Right)});
    m_last->setShortcuts({QKeySequence(Qt::Key_End), QKeySequence(Qt::CTRL | Qt::Key_End)});
    // A moment is a bigger step: Ctrl with the step keys, and M for one hand.
    m_previousMoment->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_PageUp),
                                    QKeySequence(Qt::SHIFT | Qt::Key_M)});
    m_nextMoment->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_PageDown), QKeySequence(Qt::Key_M)});
    m_faster->setShortcuts({QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal)});
    m_slower->setShortcuts({QKeySequence(Qt::Key_Minus)});
    m_first->setObjectName(QStringLiteral("replayFirst"));
    m_back->setObjectName(QStringLiteral("replayBack"));
    m_play->setObjectName(QStringLiteral("replayPlay"));
    m_forward->setObjectName(QStringLiteral("replayForward"));
    m_last->setObjectName(QStringLiteral("replayLast"));
    m_previousMoment->setObjectName(QStringLiteral("replayPreviousMoment"));
    m_nextMoment->setObjectName(QStringLiteral("replayNextMoment"));

    auto *controls = m_controls = new QHBoxLayout;
    controls->setContentsMargins(0, 0, 0, 0);
    for (QAction *action : {m_first, m_previousMoment, m_back, m_play, m_forward, m_nextMoment, m_last}) {
        action->setShortcutContext(Qt::WindowShortcut);
        auto *button = new QToolButton(panel);
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        button->setIconSize(QSize(22, 22));
        controls->addWidget(button);
    }
    for (QAction *action : {m_faster, m_slower}) {
        action->setShortcutContext(Qt::WindowShortcut);
        panel->addAction(action); // shortcuts only, no buttons
    }
    for (double speed : speeds())
        m_speed->addItem(QString(), speed);
    m_slider->setMinimumWidth(240);
    controls->addSpacing(6);
    controls->addWidget(m_speedLabel);
    controls->addWidget(m_speed);
    controls->addSpacing(6);
    controls->addWidget(m_slider, 1);
    m_badge = new QLabel(panel);
    m_badge->setObjectName(QStringLiteral("replayCapturedBadge"));
    m_badge->setVisible(false);
    Theme::mark(m_badge, Theme::Mark::Banner, Theme::Observed);
    controls->addWidget(m_badge);
    controls->addWidget(m_position);
    controls->addWidget(m_busy);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(2);
    layout->addLayout(controls);
    layout->addWidget(m_caption);
    m_missing = new QLabel(panel);
    m_missing->setObjectName(QStringLiteral("replayMissing"));
    m_missing->setTextFormat(Qt::RichText);
    m_missing->setWordWrap(true);
    m_missing->setVisible(false);
    connect(m_missing, &QLabel::linkActivated, this, [this](const QString &link) {
        // "object:ID:field"; the field is looked up in the schema of that object.
        const QStringList parts = link.split(QLatin1Char(':'));
        const ObjectId id = parts.value(1).toUInt();
        const ObjectKind kind = m_session->project()->kind(id);
        const PropertyDef *def = ProjectSchema::fieldByName(kind, parts.value(2));
        emit fieldRequested(id, def ? def->key : FieldKey());
    });
    layout->addWidget(m_missing);
    addWidget(panel);

    connect(m_first, &QAction::triggered, this, [this] { if (m_session) m_session->toStart(); });
    connect(m_back, &QAction::triggered, this, &ReplayBar::stepBack);
    connect(m_forward, &QAction::triggered, this, &ReplayBar::stepForward);
    connect(m_previousMoment, &QAction::triggered, this, &ReplayBar::previousMoment);
    connect(m_nextMoment, &QAction::triggered, this, &ReplayBar::nextMoment);
    connect(m_last, &QAction::triggered, this, [this] { if (m_session) m_session->toEnd(); });
    connect(m_play, &QAction::triggered, this, [this] {
        if (!m_session)
            return;
        if (m_session->isPlaying())
            m_session->pause();
        else
            m_session->play();
    });
    connect(m_faster, &QAction::triggered, this, [this] { changeSpeed(+1); });
    connect(m_slower, &QAction::triggered, this, [this] { changeSpeed(-1); });
    connect(m_speed, &QComboBox::currentIndexChanged, this, [this] {
        if (m_session)
            m_session->setSpeed(m_speed->currentData().toDouble());
    });
    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        if (!m_syncing && m_session)
            m_session->seekTime(value / sliderScale);
    });
    retranslate();
}

QList<double> ReplayBar::speeds()
{
    return {0.5, 1, 2, 4, 10, 50, 200, 1000, 10000};
}

QList<QAction *> ReplayBar::replayActions() const
{
    return {m_first, m_previousMoment, m_back, m_play, m_forward, m_nextMoment, m_last,
            m_faster, m_slower};
}

void ReplayBar::addSourceAction(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setVisible(action->isVisible());
    // A tool button does not follow its action's visibility by itself.
    connect(action, &QAction::changed, button, [button, action] { button->setVisible(action->isVisible()); });
    m_controls->insertWidget(0, button);
}

void ReplayBar::setStepFilter(const EventFilterProxy *filter)
{
    m_filter = filter;
    connect(filter, &EventFilterProxy::filterChanged, this, &ReplayBar::showStep);
    showStep();
}

int ReplayBar::nextStep() const
{
    if (!m_session)
        return -2;
    const int step = m_session->step();
    if (m_filter && m_filter->isActive())
        return m_filter->shownStepAfter(step);
    return step < m_session->stepCount() - 1 ? step + 1 : -2;
}

int ReplayBar::previousStep() const
{
    if (!m_session)
        return -2;
    const int step = m_session->step();
    if (m_filter && m_filter->isActive())
        return m_filter->shownStepBefore(step);
    return step >= 0 ? step - 1 : -2;
}

void ReplayBar::stepForward()
{
    const int step = nextStep();
    if (step >= -1)
        m_session->seek(step);
}

void ReplayBar::stepBack()
{
    const int step = previousStep();
    if (step >= -1)
        m_session->seek(step);
}

void ReplayBar::nextMoment()
{
    if (!m_session)
        return;
    const int step = Moments::of(*m_session->project(), m_session->result())->next(m_session->step());
    if (step >= 0)
        m_session->seek(step);
}

void ReplayBar::previousMoment()
{
    if (!m_session)
        return;
    const int step =
        Moments::of(*m_session->project(), m_session->result())->previous(m_session->step());
    if (step >= 0)
        m_session->seek(step);
}

void ReplayBar::setSession(SimulationSession *session)
{
    if (m_session) { // the replay switches between the simulation and a capture
        m_session->pause();
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    connect(session, &SimulationSession::resultChanged, this, &ReplayBar::showStep);
    connect(session, &SimulationSession::stepChanged, this, &ReplayBar::showStep);
    connect(session, &SimulationSession::playingChanged, this, &ReplayBar::updatePlaying);
    connect(session, &SimulationSession::busyChanged, this, &ReplayBar::updateBusy);
    const int speed = m_speed->findData(session->speed());
    m_speed->setCurrentIndex(speed >= 0 ? speed : m_speed->findData(4.0));
    updatePlaying(session->isPlaying());
    updateBusy(session->isBusy());
    showStep();
}

void ReplayBar::changeSpeed(int delta)
{
    m_speed->setCurrentIndex(std::clamp(m_speed->currentIndex() + delta, 0, m_speed->count() - 1));
}

void ReplayBar::updatePlaying(bool playing)
{
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setText(playing ? tr("Pause") : tr("Play"));
    m_play->setToolTip(playing ? tr("Pause (Space)") : tr("Play (Space)"));
}

void ReplayBar::updateBusy(bool busy)
{
    if (busy) {
        if (m_busy->isHidden())
            m_busyDelay->start();
        return;
    }
    m_busyDelay->stop();
    m_busy->hide();
}

void ReplayBar::showStep()
{
    if (!m_session)
        return;
    const int step = m_session->step();
    const int count = m_session->stepCount();
    m_syncing = true;
    m_slider->setRange(0, int(m_session->result()->duration * sliderScale));
    m_slider->setValue(int(m_session->time() * sliderScale));
    m_syncing = false;
    // A captured timeline is marked as such wherever the replay shows it.
    const SimulationResult &result = *m_session->result();
    m_badge->setVisible(result.isCaptured());
    m_slider->setToolTip(result.isCaptured() ? tr("Capture time: drag to move the replay")
                                             : tr("Simulated time: drag to move the replay"));
    if (result.isCaptured()) {
        m_badge->setText(tr("Captured"));
        m_badge->setToolTip(tr("The replay steps through the packets of %1, not the simulation")
                                .arg(result.capturedFrom));
    }
    const auto moments = Moments::of(*m_session->project(), m_session->result());
    const bool filtered = m_filter && m_filter->isActive();
    m_first->setEnabled(step >= 0);
    m_back->setEnabled(previousStep() >= -1);
    m_forward->setEnabled(nextStep() >= 0);
    m_last->setEnabled(step < count - 1);
    m_previousMoment->setEnabled(moments->previous(step) >= 0);
    m_nextMoment->setEnabled(moments->next(step) >= 0);
    m_play->setEnabled(count > 0);
    QString position = tr("Step %1 / %2 · %3").arg(step + 1).arg(count).arg(SimTimeText::seconds(m_session->time()));
    if (filtered)
        position += tr(" · stepping through %1 shown events").arg(m_filter->rowCount());
    m_position->setText(position);
    const SimEvent *e = m_session->currentEvent();
    m_caption->setVisible(count > 0);
    m_missing->setVisible(count == 0);
    if (count == 0) {
        QStringList items;
        for (const ReplayReadiness::Missing &m : ReplayReadiness::check(*m_session->project()))
            items.append(QStringLiteral("<a href=\"object:%1:%2\">%3</a>")
                             .arg(m.object)
                             .arg(m.field.toString(), m.what.toHtmlEscaped()));
        m_missing->setText(items.isEmpty()
                               ? tr("Nothing to replay: the simulation produced no events.")
                               : tr("Nothing to replay yet. Missing: %1")
                                     .arg(items.join(QStringLiteral("; "))));
        m_caption->setCaption(m_missing->text());
    } else if (!e) {
        m_caption->setCaption(tr("Before the first event. Press Play (Space), step forward (Page Down) "
                                 "or go to the next moment (Ctrl+Page Down)."));
    } else {
        const QString sentence = EventText(*m_session->project(), *m_session->result()).describeStep(step);
        const QString moment = moments->labelAt(step);
        m_caption->setCaption(moment.isEmpty() ? sentence : tr("%1 — %2").arg(moment, sentence));
    }
}

void ReplayBar::retranslate()
{
    setWindowTitle(tr("Replay"));
    m_first->setText(tr("First step"));
    m_first->setToolTip(tr("First step (Home)"));
    m_back->setText(tr("Step back"));
    m_back->setToolTip(tr("Step back (Page Up, Ctrl+Left); with an event filter, to the previous shown event"));
    m_forward->setText(tr("Step forward"));
    m_forward->setToolTip(tr("Step forward (Page Down, Ctrl+Right); with an event filter, to the next shown event"));
    m_last->setText(tr("Last step"));
    m_last->setToolTip(tr("Last step (End)"));
    m_previousMoment->setText(tr("Previous moment"));
    m_previousMoment->setToolTip(tr("Previous moment: a tunnel state change, port collision, "
                                    "appliance translation, finding or bookmark (Ctrl+Page Up, Shift+M)"));
    m_nextMoment->setText(tr("Next moment"));
    m_nextMoment->setToolTip(tr("Next moment: a tunnel state change, port collision, "
                                "appliance translation, finding or bookmark (Ctrl+Page Down, M)"));
    m_faster->setText(tr("Faster"));
    m_slower->setText(tr("Slower"));
    m_speedLabel->setText(tr("Speed"));
    m_speed->setToolTip(tr("Steps per second while playing (+ and - change it)"));
    m_slider->setToolTip(tr("Simulated time: drag to move the replay"));
    m_busy->setText(tr("Simulating…"));
    m_busy->setToolTip(tr("The project changed: the replay shows the previous simulation until "
                          "the new one is ready"));
    const QList<double> all = speeds();
    for (int i = 0; i < all.size(); ++i)
        m_speed->setItemText(i, tr("%1 steps/s").arg(all[i]));
    updatePlaying(m_session && m_session->isPlaying());
    showStep();
}

void ReplayBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QToolBar::changeEvent(event);
}
