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

    // Empty when the input looks like the format, else the verdict (translated),
    // naming the reader that read it ("this does not look like <displayName>:
    // 0 of N lines understood"); an empty displayName names the classic formats.
    static QString translations(const ObservedTranslations &t,
                                const QString &displayName = QString());
    static QString ciscoConfig(const CiscoConfig &config, const QString &displayName = QString());
    static QString iptablesSave(const LinuxNatConfig &config,
                                const QString &displayName = QString());
    static QString notTheFormat(const QString &displayName, int understood, int lines);
    // How the reader was chosen, for the line that reports a read: "read as
    // Cisco IOS configuration (detected; --format overrides)" / "(as asked)".
    static QString chosen(const QString &displayName, bool detected);

    // The first `limit` issues; *omitted is set to how many more there are.
    static QList<ImportIssue> shownIssues(const QList<ImportIssue> &issues, int limit,
                                          int *omitted);
    // "… and 149 980 more issues not shown" (translated).
    static QString omittedText(int omitted);
};
