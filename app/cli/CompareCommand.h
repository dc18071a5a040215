#pragma once

#include "CliCommand.h"

// meshnat-cli compare FILE_A FILE_B [--json]: simulates two projects (the same
// mesh behind two NAT devices), aligns them step by step and prints the first
// step where their translations diverge, explained.
class CompareCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CompareCommand)
public:
    QString name() const override { return QStringLiteral("compare"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};
