#pragma once

#include "CliCommand.h"

// meshnat-cli validate FILE | --example KEY: loads a project, prints a summary
// and every validation issue; exit 1 when the file cannot be read or has errors.
class ValidateCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ValidateCommand)
public:
    QString name() const override { return QStringLiteral("validate"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};
