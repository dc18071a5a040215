#pragma once

#include <QString>

// What goes into a customer report and in which language.
struct ReportOptions
{
    QString language = QStringLiteral("en"); // "en" or "ja", independent of the UI
    int step = -1;                   // replay step for the status and NAT tables; -1: the end
    bool fullTable = false;          // appendix: every live NAT row, not only the appliances'
                                     // and the collisions' (those are always in the report)
    QString author;                  // overrides the project's author when set
};
