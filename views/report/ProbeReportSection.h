#pragma once

#include <QCoreApplication>
#include <QString>

class Project;

// The report's "Measured NAT behaviour" section: for each NAT device carrying
// a meshnat-probe result, the verdict, the classification, where the profile
// disagrees, and every request as evidence. Empty when no device has one.
class ProbeReportSection
{
    Q_DECLARE_TR_FUNCTIONS(ProbeReportSection)
public:
    static QString html(const Project &project);
};
