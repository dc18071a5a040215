#pragma once

#include "CaptureModels.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QTableView;

// The captured evidence of one NAT device in the workbench (issue #18): its
// captured NAT table, the captured packet timeline, and where the capture and
// the simulation disagree, each marked "captured".
class CaptureView : public QWidget
{
    Q_OBJECT
public:
    enum Tab { TranslationsTab, TimelineTab, ComparisonTab };
    explicit CaptureView(QWidget *parent = nullptr);
    void setEvidence(std::shared_ptr<const CaptureEvidence> evidence);
    std::shared_ptr<const CaptureEvidence> evidence() const { return m_evidence; }
    void showTab(Tab tab);
    void retranslate();

    CapturedTranslationModel *translations() const { return m_translations; }
    CapturedTimelineModel *timeline() const { return m_timeline; }
    CaptureComparisonModel *comparison() const { return m_comparison; }
    QString summaryText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    std::shared_ptr<const CaptureEvidence> m_evidence;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    CapturedTranslationModel *m_translations;
    CapturedTimelineModel *m_timeline;
    CaptureComparisonModel *m_comparison;
    QTableView *m_views[3];
};
