#pragma once

#include "Finding.h"
#include "ReportOptions.h"
#include "SimulationResult.h"

#include <QCoreApplication>

#include <memory>

class Project;
class ReplayCursor;

// The customer report as HTML (the subset QTextDocument renders): cover,
// diagram, what happened (the key moments in words), appliance status,
// findings with evidence and fix, the appliances' and the collisions' NAT rows
// at the chosen step, the timeline, the assumptions in force and, as an
// option, the full NAT table as an appendix. Figures are
// given as HTML fragments (inline SVG/PNG for .html) or left as placeholders
// that ReportWriter replaces with vector drawings in the PDF.
class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)
public:
    static inline const QString DiagramPlaceholder = QStringLiteral("[[meshnat-diagram]]");
    static inline const QString TimelinePlaceholder = QStringLiteral("[[meshnat-timeline]]");

    ReportBuilder(const Project &project, std::shared_ptr<const SimulationResult> result,
                  const QList<Finding> &findings, const ReportOptions &options);
    ~ReportBuilder();

    // diagram/timeline: HTML to place, or empty for the PDF placeholders.
    QString html(const QString &diagram = QString(), const QString &timeline = QString()) const;
    // The PDF in three parts: the cover page, the diagram on a landscape page of
    // its own under diagramHeading() (its labels stay readable at A4), the rest.
    QString coverHtml() const;
    QString bodyHtml() const;
    static QString diagramHeading();
    int step() const;

private:
    QString head() const;
    QString body(const QString &timeline) const;
    QString cover() const;
    QString statusTable() const;
    QString findingsSection() const;
    QString whatHappened() const;
    QString natTables(bool collisionRowsOnly) const;
    QString assumptions() const;
    QString deviceSettings(ObjectId device) const;
    QString profileText(ObjectId device) const;
    QStringList changedBehaviourSettings() const;
    QString name(ObjectId id) const;

    const Project &m_project;
    std::shared_ptr<const SimulationResult> m_result;
    QList<Finding> m_findings;
    ReportOptions m_options;
    std::unique_ptr<ReplayCursor> m_cursor;
};
