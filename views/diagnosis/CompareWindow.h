#pragma once

#include <QWidget>

#include <memory>

class Project;
class QLabel;
class QPushButton;
class QTableWidget;
class ReplayCursor;
class SiteComparison;

// Two projects (the same mesh behind two NAT devices or profiles) replayed
// side by side in lockstep: the aligned steps below, each side's appliance
// translations and tunnel states at the current step above, and the first
// step where the translations diverge highlighted and explained.
class CompareWindow : public QWidget
{
    Q_OBJECT
public:
    CompareWindow(std::unique_ptr<Project> a, const QString &nameA, std::unique_ptr<Project> b,
                  const QString &nameB, QWidget *parent = nullptr);
    ~CompareWindow() override;

    const SiteComparison &comparison() const { return *m_comparison; }
    int currentStep() const { return m_step; }
    void setStep(int step);
    void goToDivergence();
    QTableWidget *stepTable() const { return m_steps; }
    QTableWidget *sideTable(int side) const { return m_table[side]; }
    QLabel *explanationLabel() const { return m_explanation; }
    QPushButton *closeButton() const { return m_close; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillSteps();
    void showStep();
    void fillSide(int side);
    void retranslate();

    std::unique_ptr<Project> m_project[2];
    QString m_name[2];
    std::unique_ptr<SiteComparison> m_comparison;
    std::unique_ptr<ReplayCursor> m_cursor[2];
    int m_step = -1;
    QLabel *m_explanation;
    QLabel *m_header[2];
    QTableWidget *m_table[2];
    QLabel *m_caption[2];
    QTableWidget *m_steps;
    QPushButton *m_first;
    QPushButton *m_previous;
    QPushButton *m_next;
    QPushButton *m_divergence;
    QPushButton *m_close; // and Escape: the window is a top-level one, not a dialog
};
