#pragma once

#include "Field.h"
#include "ObjectId.h"

#include <QWidget>

class Project;
class QLabel;
class QTreeWidget;

// The validation issues of the project (ProjectValidator), refreshed after every
// change. Clicking an issue selects its object; activating it (double-click,
// Enter) also asks for its field (fieldActivated), to fix it there.
class ValidationPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ValidationPanel(Project *project, QWidget *parent = nullptr);

    int issueCount() const;
    QTreeWidget *issueList() const { return m_list; }

public slots:
    void refresh();

signals:
    void objectActivated(ObjectId id);
    void fieldActivated(ObjectId id, FieldKey field);
    // Emitted after each refresh, for the dock tab title.
    void countChanged(int errors, int warnings);

protected:
    void changeEvent(QEvent *event) override;

private:
    void scheduleRefresh();
    void retranslate();

    Project *m_project;
    QLabel *m_summary;
    QTreeWidget *m_list;
    bool m_pending = false;
    int m_errors = 0;
    int m_warnings = 0;
    int m_notes = 0; // Info issues: shown, not problems
};
