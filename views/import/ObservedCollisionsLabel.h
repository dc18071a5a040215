#pragma once

#include <QLabel>

class Project;

// Under the appliance status: the port collisions found in the customer's real
// `show ip nat translations` (imported into a device), so the observed
// evidence sits next to the simulated verdict.
class ObservedCollisionsLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ObservedCollisionsLabel(Project *project, QWidget *parent = nullptr);
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    Project *m_project;
};
