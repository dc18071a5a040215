#include "ProbeImportDialog.h"

#include "Project.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

ProbeImportDialog::ProbeImportDialog(const Project &project, ObjectId device, const QString &json,
                                     const ProbeProposal::Attached &probe, QWidget *parent)
    : QDialog(parent), m_project(project), m_device(device), m_json(json),
      m_proposal(ProbeProposal::propose(probe.classification))
{
    setObjectName(QStringLiteral("probeImportDialog"));
    setWindowTitle(tr("Import NAT Probe Result"));
    auto *layout = new QVBoxLayout(this);
    auto *verdict = new QLabel(
        QStringLiteral("<b>%1</b>").arg(ProbeClassifier::verdictSentence(probe.result, probe.classification).toHtmlEscaped()),
        this);
    verdict->setWordWrap(true);
    layout->addWidget(new QLabel(tr("Attach to %1 as its observed NAT behaviour:").arg(project.displayName(device)), this));
    layout->addWidget(verdict);
    auto *summary = new QPlainTextEdit(ProbeClassifier::summary(probe.result, probe.classification), this);
    summary->setReadOnly(true);
    summary->setObjectName(QStringLiteral("probeSummary"));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    summary->setFont(mono);
    layout->addWidget(summary, 1);

    const QStringList differences = ProbeProposal::mismatches(project, device, probe);
    const ChangeSet proposed = ProbeProposal::changes(project, device, m_proposal);
    QString proposal;
    if (!m_proposal.decided)
        proposal = tr("The probe did not measure enough to propose a profile (run it with --second-source).");
    else if (proposed.isEmpty())
        proposal = tr("The device's profile (%1) already matches the measurement.").arg(project.text(device, Field::profile));
    else
        proposal = tr("Configured now: %1. Measured: %2.\nProposed: profile %3%4, because %5.")
                       .arg(project.text(device, Field::profile),
                            differences.isEmpty() ? tr("no conflict") : differences.join(QStringLiteral("; ")),
                            m_proposal.profile,
                            m_proposal.options.isEmpty()
                                ? QString()
                                : QStringLiteral(" (%1)").arg(m_proposal.options.join(QStringLiteral(", "))),
                            m_proposal.why.join(QStringLiteral("; ")));
    auto *proposalLabel = new QLabel(proposal, this);
    proposalLabel->setWordWrap(true);
    proposalLabel->setObjectName(QStringLiteral("probeProposal"));
    layout->addWidget(proposalLabel);
    m_apply = new QCheckBox(tr("Apply the proposed profile, options and timeouts"), this);
    m_apply->setObjectName(QStringLiteral("applyProposal"));
    m_apply->setChecked(!proposed.isEmpty());
    m_apply->setEnabled(!proposed.isEmpty());
    layout->addWidget(m_apply);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 560);
}

bool ProbeImportDialog::applyProposal() const
{
    return m_apply->isChecked();
}

void ProbeImportDialog::setApplyProposal(bool on)
{
    m_apply->setChecked(on && m_apply->isEnabled());
}

ChangeSet ProbeImportDialog::changes() const
{
    ChangeSet changes;
    changes.set(m_device, Field::observedProbe, m_json);
    if (applyProposal())
        changes.append(ProbeProposal::changes(m_project, m_device, m_proposal));
    return changes;
}

QString ProbeImportDialog::undoText() const
{
    return applyProposal() ? tr("Import NAT Probe Result and Apply Profile") : tr("Import NAT Probe Result");
}
