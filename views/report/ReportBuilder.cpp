#include "ReportBuilder.h"

#include "ProbeReportSection.h"
#include "ProfileFacts.h"

#include "ProjectSchema.h"

#include "Diagnoser.h"
#include "EventText.h"
#include "Moments.h"
#include "ModelEnums.h"
#include "NatRules.h"
#include "Project.h"
#include "ReplayCursor.h"
#include "ShowNatFormat.h"
#include "Theme.h"
#include "TunnelStateStyle.h"

#include <QDateTime>
#include <QLocale>

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString row(const QStringList &cells, const char *tag = "td")
{
    QString html = QStringLiteral("<tr>");
    for (const QString &c : cells)
        html += QStringLiteral("<%1>%2</%1>").arg(QString::fromLatin1(tag), c);
    return html + QStringLiteral("</tr>\n");
}

// A header row that repeats on every page the table spans; widths in percent
// of the text width, so long cells wrap instead of running off the page.
QString headerRow(const QStringList &cells, const QList<int> &widths)
{
    QString html = QStringLiteral("<thead><tr>");
    for (int i = 0; i < cells.size(); ++i)
        html += QStringLiteral("<th width=\"%1%\">%2</th>").arg(widths.value(i)).arg(cells[i]);
    return html + QStringLiteral("</tr></thead>\n");
}

constexpr int MaxNatRows = 2000; // a report is read by people, not parsed
constexpr int MaxMoments = 40;   // beyond that the timeline tells the rest
} // namespace

ReportBuilder::ReportBuilder(const Project &project, std::shared_ptr<const SimulationResult> result,
                             const QList<Finding> &findings, const ReportOptions &options)
    : m_project(project)
    , m_result(std::move(result))
    , m_findings(findings)
    , m_options(options)
    , m_cursor(std::make_unique<ReplayCursor>(m_result))
{
    m_cursor->seek(options.step < 0 ? m_cursor->stepCount() - 1 : options.step);
}

ReportBuilder::~ReportBuilder() = default;

int ReportBuilder::step() const
{
    return m_cursor->step();
}

QString ReportBuilder::name(ObjectId id) const
{
    return id && m_project.contains(id) ? esc(m_project.displayName(id)) : QStringLiteral("—");
}

QString ReportBuilder::head() const
{
    // Paper is white whatever the screen shows: the light theme's colours.
    const QPalette paper = Theme::printPalette();
    const auto css = [&paper](Theme::Role role) { return Theme::color(role, paper).name(); };
    QString html = QStringLiteral(
        "<html><head><meta charset=\"utf-8\"><title>%1</title>"
        "<style>body{font-family:'IPAPGothic','DejaVu Sans',sans-serif;font-size:10pt}"
        "h1{font-size:20pt} h2{font-size:14pt;margin-top:18px} h3{font-size:11pt}"
        "table{border-collapse:collapse} td,th{border:1px solid %2;padding:3px 6px;"
        "vertical-align:top;overflow-wrap:anywhere} th{background:%3;text-align:left}"
        "tr{page-break-inside:avoid} h1,h2,h3{page-break-after:avoid}"
        ".down{color:%4;font-weight:bold}"
        ".up{color:%5;font-weight:bold} pre{background:%6;padding:6px;font-size:8pt;white-space:pre-wrap;"
        "font-family:monospace} .muted{color:%7} .nat td{font-size:8pt}"
        ".nat th{font-size:8pt} .figure svg{max-width:100%;height:auto}</style></head><body>\n")
                       .arg(esc(tr("HCX Service Mesh NAT report: %1").arg(m_project.name(NoId))),
                            Theme::axisColor(paper).name(), Theme::tint(Theme::Info, paper).name(),
                            css(Theme::Down), css(Theme::Up),
                            paper.color(QPalette::AlternateBase).name(), css(Theme::Muted));
    return html;
}

QString ReportBuilder::diagramHeading()
{
    return tr("Service Mesh diagram");
}

QString ReportBuilder::coverHtml() const
{
    return head() + cover() + QStringLiteral("</body></html>\n");
}

QString ReportBuilder::bodyHtml() const
{
    return head() + body(QString()) + QStringLiteral("</body></html>\n");
}

QString ReportBuilder::html(const QString &diagram, const QString &timeline) const
{
    QString html = head();
    html += cover();
    html += QStringLiteral("<h2>%1</h2>\n").arg(esc(diagramHeading()));
    html += diagram.isEmpty() ? QStringLiteral("<p>%1</p>").arg(DiagramPlaceholder) : diagram;
    html += body(timeline);
    return html + QStringLiteral("</body></html>\n");
}

QString ReportBuilder::body(const QString &timeline) const
{
    QString html = whatHappened();
    html += statusTable();
    html += findingsSection();
    html += ProbeReportSection::html(m_project); // measured NAT behaviour, if any
    html += natTables(true);
    html += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Timeline")));
    html += QStringLiteral("<p class=\"muted\">%1</p>")
                .arg(esc(tr("Translations in use per NAT device, and each tunnel's Up/Down spans, "
                            "over simulated time.")));
    html += timeline.isEmpty() ? QStringLiteral("<p>%1</p>").arg(TimelinePlaceholder) : timeline;
    html += assumptions();
    if (m_options.fullTable)
        html += natTables(false);
    return html;
}

QString ReportBuilder::cover() const
{
    const QLocale locale(m_options.language == QLatin1String("ja") ? QLocale::Japanese
                                                                   : QLocale::English);
    const QString author = m_options.author.isEmpty() ? m_project.text(NoId, Field::author)
                                                      : m_options.author;
    QString sites;
    for (ObjectId site : m_project.objects(ObjectKind::Site))
        sites += QStringLiteral("%1 (%2)<br>").arg(
            esc(m_project.displayName(site)),
            esc(ModelEnums::displayName(m_project.text(site, Field::kind))));
    const double time = m_cursor->time();
    QString html = QStringLiteral("<h1>%1</h1>\n<p>%2</p>\n<table>\n")
                       .arg(esc(tr("HCX Service Mesh NAT troubleshooting report")),
                            esc(m_project.text(NoId, Field::description)));
    html += row({esc(tr("Project")), esc(m_project.name(NoId))});
    html += row({esc(tr("Customer")), esc(m_project.text(NoId, Field::customer))});
    html += row({esc(tr("Sites")), sites});
    html += row({esc(tr("Date")), esc(locale.toString(QDateTime::currentDateTime(), QLocale::LongFormat))});
    html += row({esc(tr("Author")), esc(author)});
    html += row({esc(tr("Replay position")),
                 esc(tr("step %1 of %2, at %3 s of simulated time")
                         .arg(locale.toString(m_cursor->step() + 1))
                         .arg(locale.toString(m_cursor->stepCount()))
                         .arg(locale.toString(time, 'f', 1)))});
    html += row({esc(tr("Generated by")), esc(QStringLiteral("MeshNAT %1").arg(QStringLiteral(MESHNAT_VERSION)))});
    return html + QStringLiteral("</table>\n");
}

QString ReportBuilder::statusTable() const
{
    const EventText text(m_project, *m_result);
    QString html = QStringLiteral("<h2>%1</h2>\n<table width=\"100%\">\n")
                       .arg(esc(tr("Appliance status")));
    html += headerRow({esc(tr("Service mesh")), esc(tr("Appliance pair")), esc(tr("Service")),
                       esc(tr("State")), esc(tr("Peer port policy")), esc(tr("Reason"))},
                      {11, 17, 16, 9, 15, 32});
    for (int i = 0; i < m_result->tunnels.size(); ++i) {
        const SimulationResult::Tunnel &t = m_result->tunnels[i];
        const ReplayCursor::TunnelStatus &s = m_cursor->tunnel(i);
        const QString state = QStringLiteral("<span class=\"%1\">%2 %3</span>")
                                  .arg(s.state == SimEvent::Up ? QStringLiteral("up")
                                                               : QStringLiteral("down"),
                                       TunnelStateStyle::glyph(s.state),
                                       esc(EventText::stateName(s.state)));
        const QString reason = s.event >= 0
                                   ? esc(text.tunnelReason(m_result->events[size_t(s.event)]))
                                   : QString();
        html += row({name(t.mesh), esc(t.name), esc(ModelEnums::displayName(t.applianceType)),
                     state, esc(t.policy), reason});
    }
    if (m_result->tunnels.isEmpty())
        html += row({esc(tr("No appliance pairs in any service mesh."))});
    return html + QStringLiteral("</table>\n");
}

QString ReportBuilder::whatHappened() const
{
    const QLocale locale(m_options.language == QLatin1String("ja") ? QLocale::Japanese
                                                                   : QLocale::English);
    QString html = QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("What happened")));
    // The workbench's chapters (Moments), one row per step: the story the
    // customer was walked through is the story the report tells.
    QList<int> steps;
    QList<bool> stateChanges;
    // Moments::of: the workbench's (cached) moments of this result, not a second diagnosis.
    const std::shared_ptr<const Moments> story = Moments::of(m_project, m_result);
    for (const Moments::Moment &m : story->all()) {
        if (!m.chapter)
            continue;
        if (steps.isEmpty() || steps.last() != m.step) {
            steps.append(m.step);
            stateChanges.append(false);
        }
        if (m.kind == Moments::TunnelState)
            stateChanges.last() = true;
    }
    const QList<int> &moments = steps;
    if (moments.isEmpty())
        return html + QStringLiteral("<p>%1</p>\n")
                          .arg(esc(tr("No tunnel changed state and no appliance lost its port.")));
    html += QStringLiteral("<p>%1</p>\n<table width=\"100%\">\n")
                .arg(esc(tr("The key moments of the simulation: each tunnel going Up or Down, and "
                            "each appliance that did not get the port it asked for.")));
    html += headerRow({esc(tr("Time")), esc(tr("What happened"))}, {11, 89});
    const EventText text(m_project, *m_result);
    for (int i = 0; i < moments.size() && i < MaxMoments; ++i) {
        const SimEvent &e = m_result->events[size_t(moments[i])];
        QString what = esc(text.describe(e));
        if (stateChanges[i] && e.tunnel >= 0 && e.tunnel < m_result->tunnels.size()) {
            // A packet or translation that sets a tunnel's state says so in words.
            if (e.type != SimEvent::TunnelChanged)
                what += QStringLiteral(" ")
                        + esc(tr("Tunnel %1 is now %2.")
                                  .arg(m_result->tunnels[e.tunnel].name,
                                       EventText::stateName(e.state)));
            what = QStringLiteral("<span class=\"%1\">%2 %3</span>")
                       .arg(e.state == SimEvent::Up ? QStringLiteral("up") : QStringLiteral("down"),
                            TunnelStateStyle::glyph(e.state), what);
        }
        html += row({esc(tr("%1 s").arg(locale.toString(e.time, 'f', 1))), what});
    }
    html += QStringLiteral("</table>\n");
    if (moments.size() > MaxMoments)
        html += QStringLiteral("<p class=\"muted\">%1</p>\n")
                    .arg(esc(tr("%1 more moments follow; the timeline below shows them all.")
                                 .arg(locale.toString(moments.size() - MaxMoments))));
    return html;
}

QString ReportBuilder::findingsSection() const
{
    QString html = QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Findings")));
    if (m_findings.isEmpty())
        return html + QStringLiteral("<p>%1</p>\n").arg(esc(tr("No problems found.")));
    const QLocale locale(m_options.language == QLatin1String("ja") ? QLocale::Japanese
                                                                   : QLocale::English);
    int n = 0;
    for (const Finding &f : m_findings) {
        html += QStringLiteral("<h3>%1. [%2] %3</h3>\n")
                    .arg(++n)
                    .arg(esc(Diagnoser::severityName(f.severity)), esc(f.title));
        html += QStringLiteral("<p>%1</p>\n").arg(esc(f.cause));
        QStringList affected;
        for (ObjectId id : f.appliances + f.devices)
            affected << name(id);
        if (!affected.isEmpty())
            html += QStringLiteral("<p><b>%1</b> %2</p>\n")
                        .arg(esc(tr("Affected:")), affected.join(QStringLiteral(", ")));
        if (!f.evidence.isEmpty()) {
            html += QStringLiteral("<p><b>%1</b></p><ul>\n").arg(esc(tr("Evidence:")));
            for (const Evidence &e : f.evidence) {
                QString line = esc(e.text);
                if (e.event >= 0 && size_t(e.event) < m_result->events.size())
                    line = QStringLiteral("%1 s — %2")
                               .arg(locale.toString(m_result->events[size_t(e.event)].time, 'f', 1),
                                    line);
                if (e.translation)
                    line += QStringLiteral("<br><code>%1</code>")
                                .arg(esc(ShowNatFormat::row(m_result->translation(e.translation))));
                html += QStringLiteral("<li>%1</li>\n").arg(line);
            }
            html += QStringLiteral("</ul>\n");
        }
        if (!f.fix.isEmpty()) {
            html += QStringLiteral("<p><b>%1</b> %2</p>\n")
                        .arg(esc(tr("Fix:")), esc(f.fix.summary));
            if (!f.fix.config.isEmpty())
                html += QStringLiteral("<pre>%1</pre>\n").arg(esc(f.fix.config));
            if (!f.fix.note.isEmpty())
                html += QStringLiteral("<p class=\"muted\">%1</p>\n").arg(esc(f.fix.note));
        }
    }
    return html;
}

QString ReportBuilder::natTables(bool collisionRowsOnly) const
{
    const QLocale locale(m_options.language == QLatin1String("ja") ? QLocale::Japanese
                                                                   : QLocale::English);
    const QString time = locale.toString(m_cursor->time(), 'f', 1);
    QString html = QStringLiteral("<h2>%1</h2>\n")
                       .arg(esc(collisionRowsOnly
                                    ? tr("NAT translations at %1 s").arg(time)
                                    : tr("Appendix: the full NAT table at %1 s").arg(time)));
    if (collisionRowsOnly)
        html += QStringLiteral("<p class=\"muted\">%1</p>\n")
                    .arg(esc(tr("Only the appliances' rows and the rows involved in port "
                                "collisions are shown.")));
    for (int d = 0; d < m_result->devices.size(); ++d) {
        const QList<quint32> live = m_cursor->liveTranslations(d);
        // The same rows as meshnat-cli simulate shows by default.
        const QList<quint32> ids =
            collisionRowsOnly ? ShowNatFormat::evidenceRows(m_project, *m_result, live) : live;
        html += QStringLiteral("<h3>%1 (%2)</h3>\n<table class=\"nat\" width=\"100%\">\n")
                    .arg(esc(m_result->devices[d].name),
                         esc(ModelEnums::displayName(m_result->devices[d].profile)));
        // Outside local and outside global are one column: no outside NAT is
        // modelled, so they are always equal (and the addresses stay whole).
        html += headerRow({QStringLiteral("Pro"), QStringLiteral("Inside global"),
                           QStringLiteral("Inside local"),
                           QStringLiteral("Outside local = global"), esc(tr("Owner"))},
                          {6, 20, 20, 20, 34});
        int shown = 0, omitted = 0;
        for (quint32 id : ids) {
            const Translation &t = m_result->translation(id);
            if (shown >= MaxNatRows) {
                ++omitted;
                continue;
            }
            ++shown;
            QString owner = t.owner ? name(t.owner) : QString();
            if (t.heldBy)
                owner += QStringLiteral(" <span class=\"down\">%1 %2</span>")
                             .arg(Theme::glyph(Theme::Collision),
                                  esc(tr("(asked for %1; held by %2)")
                                          .arg(t.requestedPort)
                                          .arg(m_result->translation(t.heldBy).owner
                                                   ? m_project.displayName(m_result->translation(t.heldBy).owner)
                                                   : m_result->translation(t.heldBy).insideLocal.toString())));
            html += row({esc(ShowNatFormat::protocolName(t)), esc(ShowNatFormat::insideGlobal(t)),
                         esc(ShowNatFormat::insideLocal(t)), esc(ShowNatFormat::outside(t)),
                         owner});
        }
        html += QStringLiteral("</table>\n");
        if (omitted)
            html += QStringLiteral("<p class=\"muted\">%1</p>\n")
                        .arg(esc(tr("%1 more rows are not shown.").arg(locale.toString(omitted))));
    }
    return html;
}

QString ReportBuilder::profileText(ObjectId device) const
{
    const QString profile = m_project.text(device, Field::profile);
    const double udpTimeout = m_project.value(device, Field::udpTimeout).toDouble();
    if (profile == QLatin1String("cisco-ios"))
        return tr("Keeps the source port when no translation holds that port on the global "
                  "address, whatever its destination; otherwise gives the first free port from "
                  "the start of the port's group (0–511, 512–1023, 1024–65535). UDP translations "
                  "expire after %1 s idle.")
            .arg(udpTimeout);
    if (profile == QLatin1String("linux-netfilter"))
        return tr("Uniqueness per full tuple, destination included: two hosts may both keep "
                  "port 4500 toward different peers. Unreplied UDP entries expire after %1 s, "
                  "assured ones after %2 s (this router's conntrack timeouts). Measured on "
                  "Linux 6.18.")
            .arg(m_project.value(device, Field::conntrackUdpTimeout).toInt())
            .arg(m_project.value(device, Field::conntrackUdpStreamTimeout).toInt());
    if (profile == QLatin1String("rfc4787-eim"))
        return tr("Endpoint-independent mapping and filtering with port preservation (RFC 4787).");
    // The vendor profiles: each simulated fact with its evidence (documented /
    // assumed), for the options in force (ProfileFacts, docs/profiles.md).
    QStringList facts;
    for (const ProfileFacts::Fact &f :
         ProfileFacts::of(profile, m_project.value(device, Field::options).toStringList()))
        facts.append(ProfileFacts::line(f));
    if (!facts.isEmpty())
        return facts.join(QLatin1Char(' ')) + QLatin1Char(' ')
               + tr("UDP translations expire after %1 s idle.").arg(udpTimeout);
    return tr("Unknown profile.");
}

QStringList ReportBuilder::changedBehaviourSettings() const
{
    // Fields that carry an evidence note (documented / measured / assumed) are
    // behaviour parameters; list each one that is not at its default.
    QStringList lines;
    for (ObjectKind kind : {ObjectKind::Appliance, ObjectKind::Background, ObjectKind::Event}) {
        for (ObjectId id : m_project.objects(kind)) {
            for (const PropertyDef &def : ProjectSchema::fields(kind)) {
                if (!def.toolTip || !def.simulated)
                    continue;
                const QVariant value = m_project.value(id, def.key);
                if (value == def.defaultValue
                    || (value.typeId() == QMetaType::QStringList && value.toStringList().isEmpty()))
                    continue;
                const QString shown = value.typeId() == QMetaType::Bool
                                          ? (value.toBool() ? tr("yes") : tr("no"))
                                      : value.typeId() == QMetaType::QStringList
                                          ? value.toStringList().join(QStringLiteral(", "))
                                          : ModelEnums::displayName(value.toString());
                lines.append(tr("%1 — %2: %3 (%4)")
                                 .arg(m_project.displayName(id), ProjectSchema::label(def), shown,
                                      ProjectSchema::toolTip(def)));
            }
        }
    }
    return lines;
}

// Every behaviour setting of a device the simulation used, from the schema, so
// a setting added there is listed here too.
QString ReportBuilder::deviceSettings(ObjectId device) const
{
    QStringList parts;
    for (const PropertyDef &def : ProjectSchema::fields(ObjectKind::Device)) {
        if (!def.simulated || def.hidden || def.key == Field::kind || def.key == Field::profile)
            continue;
        const QVariant value = m_project.value(device, def.key);
        QString shown;
        switch (def.type) {
        case PropertyType::Bool: shown = value.toBool() ? tr("yes") : tr("no"); break;
        case PropertyType::TextList: {
            const QStringList list = value.toStringList();
            shown = list.isEmpty() ? tr("none") : list.join(QStringLiteral(", "));
            break;
        }
        default: shown = value.toString(); break;
        }
        parts.append(tr("%1: %2").arg(ProjectSchema::label(def), shown));
    }
    return parts.join(QStringLiteral("; "));
}

QString ReportBuilder::assumptions() const
{
    QString html = QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n")
                       .arg(esc(tr("Appendix: assumptions in force")),
                            esc(tr("These results come from a deterministic simulation of the "
                                   "NAT behaviour profiles below, not from a packet capture. "
                                   "Random choices use seed %1; %2 s of traffic were simulated.")
                                    .arg(m_project.value(NoId, Field::seed).toInt())
                                    .arg(m_result->duration)));
    html += QStringLiteral("<h3>%1</h3>\n<table>\n").arg(esc(tr("NAT behaviour profiles")));
    for (const SimulationResult::Device &d : m_result->devices) {
        QString cell = esc(profileText(d.id)) + QStringLiteral("<br>") + esc(deviceSettings(d.id));
        // Rules of the device the simulation skipped (NatRules), each named with why.
        for (ObjectId rule : NatRules::notSimulated(m_project, d.id))
            cell += QStringLiteral("<br>")
                    + esc(tr("NAT rule %1: %2").arg(m_project.displayName(rule), NatRules::notSimulatedNote()));
        html += row({esc(d.name), esc(ModelEnums::displayName(d.profile)), cell});
    }
    // Appliance and traffic settings that change the simulated behaviour, where
    // they differ from their defaults (e.g. a peer's tunnel port, extra uplinks,
    // flows that get no reply, peers that send first).
    const QStringList others = changedBehaviourSettings();
    if (!others.isEmpty()) {
        html += QStringLiteral("</table>\n<h3>%1</h3>\n<table>\n")
                    .arg(esc(tr("Other settings that change the behaviour")));
        for (const QString &line : others)
            html += row({esc(line)});
    }
    html += QStringLiteral("</table>\n<h3>%1</h3>\n<table>\n").arg(esc(tr("Peer port policy")));
    const EventText text(m_project, *m_result);
    for (const SimulationResult::Tunnel &t : m_result->tunnels)
        html += row({esc(t.name), esc(text.policyText(t.policy))});
    html += QStringLiteral("</table>\n<p class=\"muted\">%1</p>\n")
                .arg(esc(tr("VMware states that HCX traffic is initiated from on-premises and "
                            "that the cloud side must receive on UDP 4500; the on-premises "
                            "global source port need not be 4500. \"expects-4500\" models the "
                            "behaviour seen in the field, where a tunnel whose source port was "
                            "changed stayed Down.")));
    return html;
}
