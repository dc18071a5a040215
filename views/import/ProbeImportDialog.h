#pragma once

#include "ChangeSet.h"
#include "ObjectId.h"
#include "ProbeProposal.h"

#include <QDialog>

class Project;
class QCheckBox;
class QLabel;
class QPlainTextEdit;

// File > Import > NAT Probe Result: what the probe measured, where the device's
// profile disagrees, and the proposal (profile, options, timeouts) to apply
// with the result as one undo step.
class ProbeImportDialog : public QDialog
{
    Q_OBJECT
public:
    ProbeImportDialog(const Project &project, ObjectId device, const QString &json,
                      const ProbeProposal::Attached &probe, QWidget *parent = nullptr);

    bool applyProposal() const;
    void setApplyProposal(bool on);
    // The project change: the result on the device, plus the proposal if chosen.
    ChangeSet changes() const;
    QString undoText() const;

private:
    const Project &m_project;
    ObjectId m_device;
    QString m_json;
    ProbeProposal::Proposal m_proposal;
    QCheckBox *m_apply = nullptr;
};
