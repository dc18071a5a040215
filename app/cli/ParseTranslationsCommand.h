#pragma once

#include "CliCommand.h"

// meshnat-cli parse-translations FILE [--json]: reads `show ip nat translations`
// (or `conntrack -L`) output, prints the rows, what was not understood (with
// line numbers) and any 4500 collisions; exit 1 when the file cannot be read.
class ParseTranslationsCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ParseTranslationsCommand)
public:
    QString name() const override { return QStringLiteral("parse-translations"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};
