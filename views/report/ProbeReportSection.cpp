#include "ProbeReportSection.h"

#include "ProbeProposal.h"
#include "Project.h"

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}
QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td>%1</td><td>%2</td></tr>\n").arg(esc(label), esc(value));
}
} // namespace

QString ProbeReportSection::html(const Project &project)
{
    QString out;
    for (ObjectId device : project.objects(ObjectKind::Device)) {
        QString error;
        const auto probe = ProbeProposal::attached(project, device, &error);
        if (!probe && error.isEmpty())
            continue;
        if (out.isEmpty())
            out = QStringLiteral("<h2>%1</h2>\n<p class=\"muted\">%2</p>\n")
                      .arg(esc(tr("Measured NAT behaviour")),
                           esc(tr("Measured with meshnat-probe behind the customer's NAT (RFC 5780 tests "
                                  "against a reflector), not simulated.")));
        out += QStringLiteral("<h3>%1</h3>\n").arg(esc(project.displayName(device)));
        if (!probe) {
            out += QStringLiteral("<p>%1</p>\n").arg(esc(tr("The attached result cannot be read: %1").arg(error)));
            continue;
        }
        const ProbeResult &r = probe->result;
        const ProbeClassifier::Classification &c = probe->classification;
        out += QStringLiteral("<p><b>%1</b></p>\n").arg(esc(ProbeClassifier::verdictSentence(r, c)));
        out += QStringLiteral("<table>\n");
        out += row(tr("Run"), tr("%1, %2, server %3").arg(r.runId, r.started, r.server.toString()));
        const auto opt = [&](const std::optional<Endpoint> &e) { return e ? e->toString() : tr("not measured"); };
        out += row(tr("Mapping"), ProbeClassifier::behaviourText(c.mapping));
        out += row(tr("Filtering"), ProbeClassifier::behaviourText(c.filtering));
        out += row(tr("Source port %1").arg(r.localPort), opt(c.firstMapped));
        out += row(tr("Second source, other destination"), opt(c.secondOther));
        out += row(tr("Second source, same server"), opt(c.secondSame));
        if (c.lifetimeGone > 0)
            out += row(tr("Binding lifetime"),
                       tr("between %1 s and %2 s").arg(std::max(0, c.lifetimeAlive)).arg(c.lifetimeGone));
        const QStringList differences = ProbeProposal::mismatches(project, device, *probe);
        out += row(tr("Configured profile"),
                   differences.isEmpty() ? tr("%1: agrees with the measurement").arg(project.text(device, Field::profile))
                                         : tr("%1: disagrees: %2")
                                               .arg(project.text(device, Field::profile),
                                                    differences.join(QStringLiteral("; "))));
        out += QStringLiteral("</table>\n<h4>%1</h4>\n<ul>\n").arg(esc(tr("Evidence: every request of the run")));
        for (const QString &line : ProbeProposal::evidence(r))
            out += QStringLiteral("<li>%1</li>\n").arg(esc(line));
        out += QStringLiteral("</ul>\n");
    }
    return out;
}
