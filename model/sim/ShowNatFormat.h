#pragma once

#include "Translation.h"

#include <QList>
#include <QString>

class Project;
struct SimulationResult;

// Rows in the layout of Cisco's `show ip nat translations`, so engineers can
// hold the simulated table next to the customer's real output.
class ShowNatFormat
{
public:
    static QString header();
    static QString row(const Translation &t);
    static QString protocolName(const Translation &t);
    static QString insideGlobal(const Translation &t);
    static QString insideLocal(const Translation &t);
    static QString outside(const Translation &t); // outside local and global are equal here
    // Of the live rows `ids`, those that are evidence, in order: an appliance's,
    // static ones, and both sides of a port collision (the row that asked for a
    // port and the row holding it). The report's "collision rows only" rule;
    // meshnat-cli simulate shows these unless --all.
    static QList<quint32> evidenceRows(const Project &project, const SimulationResult &result,
                                       const QList<quint32> &ids);
};
