#pragma once

#include <QString>

// What goes into a customer report and in which language.
struct ReportOptions
{
    QString language = QStringLiteral("en"); // "en" or "ja", independent of the UI
    int step = -1;                   // replay step for the status and NAT tables; -1: the end
    bool collisionRowsOnly = false;  // NAT table: only rows of appliances and collisions
    QString author;                  // overrides the project's author when set
};
