#pragma once

#include "CliCommand.h"

// meshnat-cli simulate FILE [--json] [--until SECONDS]: each tunnel's status
// with its reason, and the final NAT tables in Cisco's show layout.
class SimulateCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SimulateCommand)
public:
    QString name() const override { return QStringLiteral("simulate"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};
