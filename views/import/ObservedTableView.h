#pragma once

#include "ObjectId.h"
#include "ObservedTable.h"

#include <QWidget>

class ObservedTableModel;
class Project;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

// The "Observed table" tab: the customer's real translation table stored on a
// NAT device, read-only, with the rows where two inside locals asked for UDP
// 4500 behind one inside global marked (holder green, moved red) and a line
// summarising each collision, filtered as you type and sorted by any column
// (a million rows stay responsive). Holds the device id only.
class ObservedTableView : public QWidget
{
    Q_OBJECT
public:
    explicit ObservedTableView(const Project *project, QWidget *parent = nullptr);

    ObservedTableModel *model() const { return m_model; }
    ObjectId device() const;
    void setDevice(ObjectId device);
    // Follows the selection: a device, or the device an object belongs to.
    void setCurrentObject(ObjectId id);
    // Shows a table that is not in the project (the import preview).
    void showPreview(const ObservedTable &table);
    QString summaryText() const;
    QLineEdit *filterEdit() const { return m_filter; }
    QTableView *table() const { return m_table; }
    QString countText() const;

signals:
    void deviceChanged(ObjectId device);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void refillDevices();
    void updateSummary();
    void updateCount();
    void retranslate();

    const Project *m_project;
    ObservedTableModel *m_model;
    QComboBox *m_devices = nullptr;
    QLabel *m_deviceLabel = nullptr;
    QLabel *m_summary;
    QLineEdit *m_filter;
    QLabel *m_count;
    QTableView *m_table;
    bool m_filtering = false; // a reset from the filter: the same table, widths kept
    bool m_preview = false;
};
