#pragma once

#include <QCoreApplication>
#include <QString>

// Simulated times and durations as the replay views show them ("12.5 s").
class SimTimeText
{
    Q_DECLARE_TR_FUNCTIONS(SimTimeText)
public:
    static QString seconds(double t) { return tr("%1 s").arg(t, 0, 'f', 1); }
};
