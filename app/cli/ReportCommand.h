#pragma once

#include "CliCommand.h"

// meshnat-cli report FILE --lang ja|en -o OUT.pdf|OUT.html [--at SECONDS]
// [--collisions-only]: the customer report, in its own language.
class ReportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override;
    bool needsGui() const override { return true; }
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};
