#pragma once

#include "Finding.h"
#include "ObjectId.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

// The diagnosis findings: a list of findings with their evidence underneath
// (activating evidence asks to seek the replay and select the object), and
// for the current finding its root cause, the fix as text to copy and an
// "Apply fix" button. Shows what it is given; the controller diagnoses.
class FindingsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FindingsPanel(QWidget *parent = nullptr);

    // checks: titles of the rules that ran, shown when nothing was found.
    void setFindings(const QList<Finding> &findings, const QStringList &checks = {});
    const QList<Finding> &findings() const { return m_findings; }
    int currentFinding() const;
    void setCurrentFinding(int index);
    QTreeWidget *list() const { return m_list; }
    QPlainTextEdit *fixText() const { return m_fixText; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *copyButton() const { return m_copy; }
    // Activates evidence `row` of the current finding, as a click does.
    void activateEvidence(int row);

signals:
    void evidenceActivated(int event, ObjectId object);
    void applyFixRequested(int finding);
    void languageChanged();
    void countChanged(int errors, int warnings);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showCurrent();
    void onActivated(QTreeWidgetItem *item);
    void retranslate();

    QList<Finding> m_findings;
    QStringList m_checks;
    QLabel *m_summary;
    QTreeWidget *m_list;
    QLabel *m_title;
    QTextBrowser *m_cause;
    QLabel *m_fixSummary;
    QPlainTextEdit *m_fixText;
    QLabel *m_fixNote;
    QPushButton *m_copy;
    QPushButton *m_apply;
};
