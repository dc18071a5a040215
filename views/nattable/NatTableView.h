#pragma once

#include "ObjectId.h"

#include <QWidget>

#include <memory>

class NatTableModel;
class Project;
class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTabBar;
class QTableView;
class QToolButton;
class ReplayCursor;
class SimulationSession;
struct SimulationResult;

// The NAT translation tables at the replay cursor: one tab per NAT device over
// one NatTableModel, with text/protocol/owner filters, sorting by any column,
// copy in Cisco's layout and CSV export. Follows the replay: switches to the
// device acting at the current step and scrolls to the row it touched; at a
// moment (a collision, a tunnel going Down) the rows involved are selected and
// in view. Follows the shared selection: an appliance's (or tunnel's) rows.
class NatTableView : public QWidget
{
    Q_OBJECT
public:
    explicit NatTableView(QWidget *parent = nullptr);

    void setSession(SimulationSession *session);
    // Shows a result without a session (setSession() calls it for each new
    // result; the benchmark shows a synthetic million-row table with it).
    void showResult(const Project *project, std::shared_ptr<const SimulationResult> result,
                    std::shared_ptr<const ReplayCursor> cursor);
    NatTableModel *tableModel() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTabBar *tabs() const { return m_tabs; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *protocolFilter() const { return m_protocol; }
    QComboBox *ownerFilter() const { return m_owner; }
    QAction *copyAction() const { return m_copy; }

    void setDevice(int device);
    int device() const;
    // Switch tabs and scroll to the row the current event touched.
    void setFollowReplay(bool on);
    // Shows the rows of an appliance (a cloud peer: its on-prem partner's), or a
    // device's tab: switches tabs, selects the rows and scrolls to the first.
    void showObject(ObjectId id);
    // The selected rows (all rows when none) in Cisco's layout; also on the clipboard.
    QString copyRows();
    // Writes the shown rows as CSV; false with a message naming the file on failure.
    bool exportCsv(const QString &fileName, QString *error) const;

signals:
    void objectActivated(ObjectId id);
    void stepRequested(int step);
    // The user asked for CSV export; the window asks for a file name.
    void exportRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void reload();
    void followStep();
    void fillOwners();
    void updateCount();
    // Widens the columns whose header text (and sort arrow) would be cut.
    void fitHeaders();
    void retranslate();
    int creationStep(quint32 translation) const;
    // Switches to the device of the first of `ids`, selects their rows there and
    // scrolls so they are in view (the first centred).
    void showTranslations(const QList<quint32> &ids);
    // Scrolls so the selected rows are in view (all of them when they fit).
    void keepSelectionInView();

    SimulationSession *m_session = nullptr;
    NatTableModel *m_model;
    QTabBar *m_tabs;
    class QHBoxLayout *m_tabsRow; // the tabs' own row when the view is narrow
    class QHBoxLayout *m_bar;     // filters (and the tabs when there is room)
    QLineEdit *m_filter;
    QComboBox *m_protocol;
    QComboBox *m_owner;
    QCheckBox *m_follow;
    QLabel *m_count;
    QToolButton *m_copyButton;
    QToolButton *m_exportButton;
    QTableView *m_table;
    QAction *m_copy;
    QAction *m_copyAll;
    QAction *m_export;
    bool m_syncing = false;
};
