#pragma once

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QDockWidget;
class QLabel;
class SimulationSession;

// For one inside global address, the ports in use at the replay cursor, one
// lane per owner and protocol (Qt Charts), with the collided port called out:
// the port an appliance asked for, the port it was given, and who held it.
// Follows the address of the translation the current event touched.
class PortUsageChart : public QWidget
{
    Q_OBJECT
public:
    explicit PortUsageChart(QWidget *parent = nullptr);

    void setSession(SimulationSession *session);
    QComboBox *addressBox() const { return m_address; }
    QChart *chart() const { return m_chart; }
    QString summary() const;
    // Rebuilds now even when hidden (normally it waits until shown: its dock
    // visible and its tab selected).
    void refreshNow();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void stepChanged();
    void fillAddresses();
    void restyle();
    void rebuild();
    bool onScreen() const;

    SimulationSession *m_session = nullptr;
    QComboBox *m_address;
    QLabel *m_summary;
    QChart *m_chart;
    QChartView *m_view;
    QDockWidget *m_dock = nullptr; // the dock it sits in, found when first shown
    bool m_dirty = true;
    bool m_syncing = false;
};
