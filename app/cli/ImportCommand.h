#pragma once

#include "CliCommand.h"

// meshnat-cli import [FILE…] [--format KEY] [--config FILE] [--iptables FILE]
// [--translations FILE] [--into PROJECT] -o PROJECT: builds a NAT device (and,
// from a table, the appliances and peers) and writes a project; each FILE may
// be any router output (a configuration or a table), its format detected
// (RouterDataRegistry::chooseAny) unless --format names it; --list-formats
// lists the keys. Prints which reader read each file, and what was not
// understood with file and line. Exit 1 on unreadable input or errors.
class ImportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};
