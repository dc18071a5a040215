#pragma once

#include "CliCommand.h"

// meshnat-cli diagnose FILE | --example KEY [--json]: simulates the project,
// prints every finding with its evidence and fix; exit 3 when any finding is
// an error (0 otherwise, 1 bad input, 2 usage).
class DiagnoseCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(DiagnoseCommand)
public:
    static constexpr int ExitFindingErrors = 3;

    QString name() const override { return QStringLiteral("diagnose"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};
