#pragma once

#include <QCoreApplication>
#include <QByteArrayView>
#include <QList>
#include <QString>

// One thing a reader of router data could not take as it was: an unknown line,
// a malformed known statement, or a note about something understood but not
// simulated. Readers never stop at one; the rest of the input still loads.
struct ImportIssue
{
    enum Severity {
        Error,   // a known statement that is malformed; it was not used
        Unknown, // a line the reader does not understand; it was not used
        Warning, // used, but something in it is doubtful
        Note,    // understood, but not (fully) modelled by the simulator
    };
    Severity severity = Unknown;
    int line = 0;  // 1-based; 0 = not tied to a line
    QString text;  // the line as read (trimmed)
    QString message;

    // An issue about one raw line; the text kept is cut to 200 bytes, and what is
    // not printable is escaped (Printable::bytes): input may be any bytes at all.
    static ImportIssue fromLine(Severity severity, int line, QByteArrayView text,
                                const QString &message);
};

class ImportIssues
{
    Q_DECLARE_TR_FUNCTIONS(ImportIssues)
public:
    // "router.cfg:12: error: <message>: <line text>", control characters escaped.
    static QString format(const QString &source, const ImportIssue &issue);
    static QString severityName(ImportIssue::Severity severity); // translated
    static int count(const QList<ImportIssue> &issues, ImportIssue::Severity severity);
};
