#pragma once

#include "CliCommand.h"

// meshnat-cli export FILE --svg|--png|--pdf OUT [--scale N] [--at SECONDS]:
// the Service Mesh diagram with tunnel states at the end of the simulation
// (or at a given time), drawn as the workbench draws it.
class ExportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    bool needsGui() const override { return true; }
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};
