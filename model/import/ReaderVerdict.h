#pragma once

#include "ImportIssue.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

struct CiscoConfig;
struct LinuxNatConfig;
struct ObservedTranslations;

// One verdict for input that is not the format a reader expects (random bytes,
// a PDF, a configuration given as a translation table): instead of one "not
// understood" per line, "this does not look like …: 0 of N lines understood".
// Used alike by meshnat-cli and the import dialog, which also show only the
// first ShownIssues per-line issues and count the rest (shownIssues).
class ReaderVerdict
{
    Q_DECLARE_TR_FUNCTIONS(ReaderVerdict)
public:
    static constexpr int ShownIssues = 20;

    // Empty when the input looks like the format, else the verdict (translated).
    static QString translations(const ObservedTranslations &t);
    static QString ciscoConfig(const CiscoConfig &config);
    static QString iptablesSave(const LinuxNatConfig &config);

    // The first `limit` issues; *omitted is set to how many more there are.
    static QList<ImportIssue> shownIssues(const QList<ImportIssue> &issues, int limit,
                                          int *omitted);
    // "… and 149 980 more issues not shown" (translated).
    static QString omittedText(int omitted);
};
