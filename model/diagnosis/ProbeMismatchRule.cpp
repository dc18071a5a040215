#include "ProbeMismatchRule.h"

#include "DiagnosisContext.h"
#include "ProbeProposal.h"
#include "Project.h"

QList<Finding> ProbeMismatchRule::check(const DiagnosisContext &c) const
{
    QList<Finding> findings;
    const Project &p = c.project();
    for (ObjectId device : p.objects(ObjectKind::Device)) {
        QString error;
        const auto probe = ProbeProposal::attached(p, device, &error);
        if (!probe) {
            if (!error.isEmpty()) {
                Finding f;
                f.rule = key();
                f.severity = Finding::Warning;
                f.title = tr("%1: the attached NAT probe result cannot be read").arg(p.displayName(device));
                f.cause = error;
                f.devices = {device};
                f.evidence = {Evidence{-1, 0, device, error}};
                findings.append(f);
            }
            continue;
        }
        const QStringList differences = ProbeProposal::mismatches(p, device, *probe);
        if (differences.isEmpty())
            continue;
        Finding f;
        f.rule = key();
        f.severity = Finding::Warning;
        f.title = tr("%1 is configured unlike the NAT the probe measured").arg(p.displayName(device));
        f.cause = tr("The simulation models %1 with profile %2, but %3. Its results about this device "
                     "may not match the real NAT.")
                      .arg(p.displayName(device), p.text(device, Field::profile),
                           differences.join(QStringLiteral("; ")));
        f.devices = {device};
        f.evidence.append(Evidence{-1, 0, device,
                                   ProbeClassifier::verdictSentence(probe->result, probe->classification)});
        for (const QString &line : ProbeProposal::evidence(probe->result))
            f.evidence.append(Evidence{-1, 0, device, line});
        const ProbeProposal::Proposal proposal = ProbeProposal::propose(probe->classification);
        f.fix.vendor = QStringLiteral("meshnat");
        f.fix.changes = ProbeProposal::changes(p, device, proposal);
        if (!f.fix.changes.isEmpty()) {
            f.fix.summary = tr("Set %1 to profile %2%3 as measured")
                                .arg(p.displayName(device), proposal.profile,
                                     proposal.options.isEmpty()
                                         ? QString()
                                         : QStringLiteral(" (%1)").arg(proposal.options.join(QStringLiteral(", "))));
            f.fix.note = proposal.why.join(QStringLiteral("; "));
        }
        findings.append(f);
    }
    return findings;
}
