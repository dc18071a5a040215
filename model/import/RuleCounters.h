#pragma once

#include "ImportIssue.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

// Rule hit counters routers print (Cisco ASA `show nat [detail]`, Juniper SRX
// `show security nat source summary|pool|rule`). They count rules, not
// translations, so they are neither a configuration nor an observed table:
// an import reads them into notes shown beside what it imports. The readers
// themselves live in model/import/vendors; this is the one place that knows
// them, for detection and --format.
class RuleCounters
{
    Q_DECLARE_TR_FUNCTIONS(RuleCounters)
public:
    struct Read
    {
        QList<ImportIssue> issues; // the reader's own (lines it did not understand …)
        QList<ImportIssue> notes;  // one per rule or pool, with its counts
        int lines = 0;
        int understood = 0;
        QString verdict; // ReaderVerdict::notTheFormat when nothing was understood, else empty
    };

    static QStringList keys(); // "cisco-asa-show-nat", "juniper-srx-nat-source"
    static QString displayName(const QString &key);
    // The best counters reader for this input's start and its confidence (0 … 100).
    static int sniff(QByteArrayView head, QString *key);
    // The counters reader for this input when it sniffs it better than every
    // RouterDataRegistry reader (meshnat-cli import and the import dialogs
    // detect counters so), else empty.
    static QString detect(QByteArrayView head);
    static Read read(const QString &key, const QString &text);
};
